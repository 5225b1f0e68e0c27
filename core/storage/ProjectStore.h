#pragma once

#include "base/Progress.h"
#include "base/Result.h"
#include "model/Project.h"
#include "storage/ProjectSchema.h"
#include "storage/ProjectWriter.h"
#include "storage/ResponseSource.h"

#include <QJsonObject>
#include <QString>
#include <functional>
#include <memory>

namespace sondo {

/**
 * Reads and writes .sondo project files: plain SQLite databases that outside tools can query.
 * The one door for callers; the work is done by ProjectWriter, ProjectReader, ProjectStateStore
 * and, for the answers, a ResponseStore.
 *
 * Layout (format 1): `project` (title, source_format), `questions`, `options`, `columns` (which
 * column of `responses` holds which question or option), a wide `responses` table (respondent
 * 1..N, respondent_id, weight, then one column per question, one 0/1 column per
 * multiple-choice option), the `responses_labelled` view with option labels, `imports` (the
 * import history) and `state` (the analyst's saved state, one JSON value per key).
 *
 * Every function opens its own connection, so each may run on any thread. Errors name the file.
 */
class ProjectStore {
public:
    static constexpr int SchemaVersion = ProjectSchema::Version;

    /** A project file written in steps (see ProjectWriter). */
    using Writer = ProjectWriter;

    /**
     * Writes a whole project to `path` atomically: built in a temporary file beside it in one
     * transaction, synced, then renamed over it. On any failure, or when `progress` returns
     * false, the previous file is byte-identical and no temporary file is left. An existing
     * file keeps its permissions; a symbolic link keeps pointing at the (replaced) file.
     */
    static Result<Done> write(const QString& path, const Project& project,
                              const ProgressCallback& progress = {});
    /**
     * The same, with the answers taken from `answers` a range of respondents at a time instead
     * of from `project.responses` (which is ignored): an import writes a million respondents
     * without coding them all in memory first. The answers must fit `project.survey`.
     */
    static Result<Done> write(const QString& path, const Project& project, ResponseSource& answers,
                              const ProgressCallback& progress = {});

    /**
     * Reads a whole project. A file from an older Sondo is brought up to date in memory (the
     * file itself is never changed); a file from a newer Sondo, a damaged file, or one that is
     * not a Sondo project gives an error saying so. With `questions` (one flag per question of
     * the survey) only the flagged questions' answers are loaded, the way a command that needs
     * two questions of a million-respondent project opens it in a fraction of the time: the
     * other answer columns stay empty, and so do the respondent ids (see ResponseStore::read()).
     */
    static Result<Project> read(const QString& path, const ProgressCallback& progress = {},
                                const std::vector<bool>& questions = {});

    /**
     * Replaces the saved analysis state in one transaction, leaving everything else as it is.
     * A file from an older Sondo is upgraded to the current format in the same transaction.
     */
    static Result<Done> writeState(const QString& path, const QJsonObject& state);
    /** The saved analysis state (empty if none was saved). */
    static Result<QJsonObject> readState(const QString& path);

    /** Reads just the survey (title, questions, options): a fast listing without the answers. */
    static Result<Survey> readSurvey(const QString& path);
    /** Which questions' answers to load (one flag each), given the survey and saved state. */
    using AnswersChooser = std::function<std::vector<bool>(const Survey&, const QJsonObject&)>;
    /**
     * Reads a project with only the answers `chooser` names, chosen from its survey and saved
     * state as read in the same snapshot as the answers (so the flags fit them, whoever writes
     * the file meanwhile). The respondent ids are left out (see readRespondentIds()): at a
     * million respondents they are among the largest parts of the answers in memory and of the
     * time to read them, and only a few views show them.
     */
    static Result<Project> readChosen(const QString& path, const ProgressCallback& progress,
                                      const AnswersChooser& chooser);
    /**
     * Reads just the respondent ids, for a project read without them (readChosen()):
     * empty when the file numbers its respondents instead.
     */
    static Result<QStringList> readRespondentIds(const QString& path);
};

} // namespace sondo
