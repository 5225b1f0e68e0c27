#include "project/ProjectOpener.h"

#include "import/SurveyImporter.h"
#include "storage/ProjectStore.h"

#include <QFile>

namespace sondo {

bool ProjectOpener::isProjectFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    static constexpr char sqliteMagic[] = "SQLite format 3";
    return file.read(sizeof sqliteMagic) == QByteArray(sqliteMagic, sizeof sqliteMagic);
}

Result<Project> ProjectOpener::open(const QString& path, const ImportOptions& options,
                                    const ProgressCallback& progress) {
    if (isProjectFile(path))
        return ProjectStore::read(path, progress);
    return SurveyImporter::importFile(path, options, progress);
}

} // namespace sondo
