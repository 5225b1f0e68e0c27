#pragma once

#include "base/Result.h"
#include "model/Project.h"

#include <QString>
#include <memory>

namespace sondo {

/**
 * A project file written in steps: the answers as they come, then the questions, imports and
 * state. The file is built beside the path in one transaction and put in place by commit() (see
 * AtomicFileReplacement): until then the file at the path is untouched, and a writer destroyed
 * before (a failure, a cancelled import) leaves no trace. Every call must come from the thread
 * that called begin(). Errors name the path as given.
 */
class ProjectWriter {
public:
    /** Respondents handed to append() at once by ProjectStore::write(). */
    static constexpr int SliceSize = 8192;

    /**
     * Why `project` cannot be saved as it is, or empty: questions without an id or whose ids
     * repeat (begin() refuses such a survey too), or answers that do not fit the survey (a
     * column per question, each as long as there are respondents). Checked before anything is
     * written, so that a bad project is refused with a reason rather than saved as a file that
     * cannot be read back.
     */
    static QString problem(const Project& project);

    /** Starts a project whose answers are laid out for `survey`'s questions. */
    static Result<std::unique_ptr<ProjectWriter>> begin(const QString& path, const Survey& survey);
    ~ProjectWriter();
    ProjectWriter(const ProjectWriter&) = delete;
    ProjectWriter& operator=(const ProjectWriter&) = delete;

    /** Stores rows [firstRow, firstRow + count) of `answers` as the next respondents. */
    Result<Done> append(const ResponseMatrix& answers, int firstRow, int count);
    qint64 respondentsWritten() const;
    /**
     * Writes the rest of `project` (its answers are what append() stored; its survey must lay
     * them out as begin()'s did), commits, syncs and puts the file in place.
     */
    Result<Done> commit(const Project& project);

private:
    ProjectWriter();
    // Behind a pointer so that this header, included wherever projects are saved, brings in
    // neither SQLite nor the response table's layout.
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace sondo
