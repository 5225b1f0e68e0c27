#pragma once

#include "base/Progress.h"
#include "base/Result.h"
#include "import/ImportOptions.h"
#include "model/ImportRecord.h"
#include "model/Survey.h"

#include <QString>

namespace sondo {

/** What an import into a project file brought in. */
struct ImportSummary {
    Survey survey;
    int respondents = 0;
    ImportRecord record;
    /**
     * Where the project this import replaced was kept (`NAME.sondo.bak`, see ProjectBackup);
     * empty when it replaced none. Set by ProjectService.
     */
    QString backupPath;
};

/**
 * Imports a survey file straight into a new project file: reads and codes it (SurveyImporter),
 * then writes the answers a slice of respondents at a time (ProjectStore), so that a
 * million-respondent export never has all its answers coded in memory at once. The options are
 * saved in the project, so that a later `--update` reads the next export the same way.
 *
 * A piece of ProjectService: the command line and the window call ProjectService::importInto().
 */
class ProjectImporter {
public:
    /**
     * Replaces `projectPath` atomically by a project made from `sourcePath`. On any failure (or
     * when `progress` returns false) an existing project is left byte-identical.
     */
    static Result<ImportSummary> importInto(const QString& sourcePath, const QString& projectPath,
                                            const ImportOptions& options,
                                            const ProgressCallback& progress = {});
};

} // namespace sondo
