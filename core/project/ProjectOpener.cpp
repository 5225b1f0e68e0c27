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

Result<Project>
ProjectOpener::openFor(const QString& path,
                       const std::function<std::vector<bool>(const Survey&)>& needed) {
    if (!isProjectFile(path))
        return SurveyImporter::importFile(path, {});
    auto survey = ProjectStore::readSurvey(path);
    if (!survey.ok())
        return Result<Project>::failure(survey.error());
    std::vector<bool> questions = needed(survey.value());
    questions.resize(size_t(survey.value().questions.size()), false);
    return ProjectStore::read(path, {}, questions);
}

} // namespace sondo
