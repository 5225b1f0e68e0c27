#pragma once

#include "base/Progress.h"
#include "base/Result.h"
#include "import/ImportOptions.h"
#include "model/Project.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sondo {

/** What a re-import changed, as the analyst reads it after `sondo import … --update`. */
struct UpdateReport {
    /** Respondents of the new export that the project did not have. */
    int respondentsAdded = 0;
    /** Respondents in both whose answer to some question present in both differs. */
    int respondentsChanged = 0;
    int respondentsUnchanged = 0;
    /** Respondents of the project that the new export no longer has. */
    int respondentsRemoved = 0;
    /** True when respondents were matched by the tool's respondent id, false by position. */
    bool matchedById = false;
    /** Ids (in the updated project) of questions new in the export, in file order. */
    QStringList questionsAdded;
    /** Ids (in the old project) of questions the export no longer has. */
    QStringList questionsRemoved;
    /** Ids of questions found in both whose type differs. */
    QStringList questionsTypeChanged;

    /**
     * "12 respondents added, 3 changed, 1 removed; questions: 1 added", the question part
     * left out when no question was added, removed or changed type.
     */
    QString summary() const;
};

/** The project after a re-import, and what changed. */
struct ProjectUpdate {
    Project project;
    UpdateReport report;
};

/**
 * Re-imports a newer export of the same survey into an existing project, keeping what the
 * analyst built on it.
 *
 * Questions are matched by the tool's code, then by exact text; a matched question keeps its
 * EXISTING id, so saved filters, compare-by and chart state keyed by ids keep working; a new
 * question gets a fresh id after the highest one the project has used. Respondents are matched by
 * respondent id when both sides have distinct ids that overlap, else by position. The answers,
 * questions and options come from the new export (it is the truth); the project keeps its title,
 * its saved state and its import history, to which the new import is appended.
 *
 * A piece of ProjectService: the command line and the window call ProjectService::update().
 */
class ProjectUpdater {
    Q_DECLARE_TR_FUNCTIONS(sondo)

public:
    /**
     * Merges a freshly imported project (one ImportRecord) into `existing`. Pure: nothing is
     * read or written.
     */
    static ProjectUpdate merge(const Project& existing, Project fresh);

    /**
     * The whole re-import: reads the project at `projectPath`, imports `sourcePath` with the
     * import options saved in the project (SavedImportOptions) overlaid by `given` (its format,
     * encoding, delimiter and sheet when set; its type overrides added to the saved ones, keys
     * naming questions of the project or of the new export), merges, saves the options used and
     * writes the project atomically. On any error the project file is left byte for byte as it
     * was. A saved override whose question the export no longer has is dropped with a warning.
     *
     * Overrides are tied to project questions, whose ids may differ from the ids the new
     * export's questions get on import, so when there are any the export is read twice: once to
     * match its questions, once with the overrides addressed to them.
     */
    static Result<UpdateReport> updateFile(const QString& projectPath, const QString& sourcePath,
                                           const ImportOptions& given = {},
                                           const ProgressCallback& progress = {});
};

} // namespace sondo
