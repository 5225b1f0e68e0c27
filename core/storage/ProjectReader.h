#pragma once

#include "base/Progress.h"
#include "base/Result.h"
#include "model/Project.h"
#include "storage/ResponseTableLayout.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

namespace sondo {

class ResponseStore;
class SqlConnection;

/**
 * An open project read from one snapshot: every part read through the same reader comes from the
 * same state of the file, whoever writes it meanwhile. A file from an older Sondo is copied into
 * memory and brought up to date there (the file itself is never changed); a file from a newer
 * Sondo, a damaged file, or one that is not a Sondo project gives an error saying so. Errors name
 * the path as given. A reader belongs to the thread that opened it.
 */
class ProjectReader {
public:
    /** Opens the project at `path` for reading. */
    static Result<std::unique_ptr<ProjectReader>> open(const QString& path);
    ~ProjectReader();
    ProjectReader(const ProjectReader&) = delete;
    ProjectReader& operator=(const ProjectReader&) = delete;

    /**
     * Opens `path` and reads one part of it, e.g. `read(path, &ProjectReader::survey)`: a fast
     * listing without the answers.
     */
    template <typename T>
    static Result<T> read(const QString& path, Result<T> (ProjectReader::*part)()) {
        Result<std::unique_ptr<ProjectReader>> opened = open(path);
        if (!opened.ok())
            return Result<T>::failure(opened.error());
        return (*opened.value().*part)();
    }

    /**
     * Why `path` cannot be a readable project file (missing, a folder, unreadable, not an SQLite
     * file), checked before SQLite is asked to open it, or nothing.
     */
    static std::optional<QString> whyUnreadable(const QString& path);

    /**
     * The whole project. With `questions` (one flag per question of the survey) only the flagged
     * questions' answers are loaded, the way a command that needs two questions of a
     * million-respondent project opens it in a fraction of the time: the other answer columns
     * stay empty, and so do the respondent ids (see ResponseStore::read()). Unreadable saved
     * settings are left out with a warning.
     */
    Result<Project> project(const ProgressCallback& progress = {},
                            const std::vector<bool>& questions = {});
    /** The survey (title, questions, options): a fast listing without the answers. */
    Result<Survey> survey();
    /** Which column of the answers holds what, checked against `survey`. */
    Result<ResponseTableLayout> layout(const Survey& survey);
    /** The import history, oldest first. */
    Result<QList<ImportRecord>> imports();
    /** The analyst's saved state (see ProjectStateStore::readTable()). */
    Result<QJsonObject> state();
    /**
     * The respondent ids alone, for a project read without them (see project()); empty when
     * the file numbers its respondents instead.
     */
    Result<QStringList> respondentIds();

private:
    ProjectReader(const QString& path, std::unique_ptr<SqlConnection> connection);

    QString m_path;
    std::unique_ptr<SqlConnection> m_connection;
    std::unique_ptr<ResponseStore> m_responses;
};

} // namespace sondo
