#pragma once

#include "project/ProjectService.h"

#include <QString>

namespace sondo {

/**
 * Kept only so that `ui/window/MainWindow` compiles while it is being split: opening is
 * ProjectService's job now (ProjectService::open, openFor, openProject). Remove this file once
 * the window calls ProjectService::isProjectFile().
 */
class ProjectOpener {
public:
    /** ProjectService::isProjectFile(). */
    static bool isProjectFile(const QString& path) { return ProjectService::isProjectFile(path); }
};

} // namespace sondo
