#pragma once

#include <QString>

namespace sondo {

/**
 * Where the project of a survey file lives. The analyst expects `<name>.sondo` beside
 * `<name>.csv`; when that folder is read-only (the demo inside an installed package, a shared
 * drive) the project goes to the application's data folder instead, under a name that keeps two
 * surveys of the same name apart.
 */
class ProjectLocator {
public:
    /** `<folder>/<complete base name>.sondo` beside the survey file. */
    static QString besidePath(const QString& surveyPath);
    /**
     * `<AppDataLocation>/projects/<base name>-<8 hex digits of the absolute path's hash>.sondo`.
     * Empty when the application data folder is unknown.
     */
    static QString fallbackPath(const QString& surveyPath);
    /** Where a new project of `surveyPath` is written: beside it if that folder is writable. */
    static QString newProjectPath(const QString& surveyPath);
    /** The project already made from `surveyPath` (beside it, else in the fallback), or empty. */
    static QString existingProjectPath(const QString& surveyPath);
    /** True when a file can be created in `folder` (tried, not guessed from permission bits). */
    static bool isWritableFolder(const QString& folder);
};

} // namespace sondo
