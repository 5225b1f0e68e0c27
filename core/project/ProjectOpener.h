#pragma once

#include "import/ImportOptions.h"
#include "model/Diagnostic.h"
#include "model/Project.h"

namespace sondo {

/**
 * Opens whatever the analyst points at: a .sondo project is read from disk, a survey export is
 * imported in memory (nothing written). One place decides, for the CLI and the window alike.
 */
class ProjectOpener {
public:
    static Result<Project> open(const QString& path, const ImportOptions& options = {},
                                const ProgressCallback& progress = {});
    /** True when the file is an SQLite database (by its header), whatever its extension. */
    static bool isProjectFile(const QString& path);
};

} // namespace sondo
