#pragma once

#include "base/Progress.h"
#include "base/Result.h"
#include "import/ImportOptions.h"
#include "model/Project.h"

#include <functional>
#include <vector>

namespace sondo {

/**
 * Opens whatever the analyst points at: a .sondo project is read from disk, a survey export is
 * imported in memory (nothing written). One place decides, for the CLI and the window alike.
 */
class ProjectOpener {
public:
    static Result<Project> open(const QString& path, const ImportOptions& options = {},
                                const ProgressCallback& progress = {});
    /**
     * Opens `path` for work that needs only some answers: once the questions are read, `needed`
     * says which questions' answers to load (one flag per question). A project then loads only
     * those (a million-respondent project opens in a fraction of the time; the other answer
     * columns and the respondent ids stay empty); a survey export is imported whole.
     */
    static Result<Project> openFor(const QString& path,
                                   const std::function<std::vector<bool>(const Survey&)>& needed);
    /** True when the file is an SQLite database (by its header), whatever its extension. */
    static bool isProjectFile(const QString& path);
};

} // namespace sondo
