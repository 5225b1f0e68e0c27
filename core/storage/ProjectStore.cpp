#include "storage/ProjectStore.h"

#include "storage/ProjectReader.h"
#include "storage/ProjectStateStore.h"

#include <QCoreApplication>
#include <algorithm>

namespace sondo {

namespace {

Result<Done> failure(const QString& path, const QString& message) {
    return Result<Done>::failure(Diagnostic{path, 0, 0, message});
}

} // namespace

Result<Done> ProjectStore::write(const QString& path, const Project& project,
                                 const ProgressCallback& progress) {
    const QString problem = ProjectWriter::problem(project);
    if (!problem.isEmpty())
        return failure(
            path, QCoreApplication::translate("sondo", "cannot save the project: %1").arg(problem));
    MatrixSource answers(project.responses);
    return write(path, project, answers, progress);
}

Result<Done> ProjectStore::write(const QString& path, const Project& project,
                                 ResponseSource& answers, const ProgressCallback& progress) {
    auto begun = ProjectWriter::begin(path, project.survey);
    if (!begun.ok())
        return Result<Done>::failure(begun.error());
    ProjectWriter& writer = *begun.value();
    const qint64 n = answers.respondentCount();
    for (qint64 first = 0; first < n; first += ProjectWriter::SliceSize) {
        const int count = int(std::min<qint64>(ProjectWriter::SliceSize, n - first));
        const ResponseSource::Slice slice = answers.slice(int(first), count);
        Result<Done> appended = writer.append(slice.answers, int(first) - slice.offset, count);
        if (!appended.ok())
            return appended;
        if (progress && !progress(first + count, n))
            return failure(path, QCoreApplication::translate("sondo", "cancelled"));
    }
    if (progress && n == 0 && !progress(0, 0))
        return failure(path, QCoreApplication::translate("sondo", "cancelled"));
    return writer.commit(project);
}

Result<Project> ProjectStore::read(const QString& path, const ProgressCallback& progress,
                                   const std::vector<bool>& questions) {
    auto opened = ProjectReader::open(path);
    if (!opened.ok())
        return Result<Project>::failure(opened.error());
    return opened.value()->project(progress, questions);
}

Result<Project> ProjectStore::readChosen(const QString& path, const ProgressCallback& progress,
                                         const AnswersChooser& chooser) {
    auto opened = ProjectReader::open(path);
    if (!opened.ok())
        return Result<Project>::failure(opened.error());
    ProjectReader& reader = *opened.value();
    Result<Survey> survey = reader.survey();
    if (!survey.ok())
        return Result<Project>::failure(survey.error());
    // Unreadable settings choose as none saved; project() reports them.
    const Result<QJsonObject> state = reader.state();
    std::vector<bool> questions =
        chooser(survey.value(), state.ok() ? state.value() : QJsonObject());
    questions.resize(size_t(survey.value().questions.size()), false);
    // Flags for every question, even all false: an empty list would mean everything and the ids.
    if (questions.empty())
        questions.push_back(false);
    return reader.project(progress, questions);
}

Result<Done> ProjectStore::writeState(const QString& path, const QJsonObject& state) {
    return ProjectStateStore::write(path, state);
}

Result<QJsonObject> ProjectStore::readState(const QString& path) {
    return ProjectStateStore::read(path);
}

Result<Survey> ProjectStore::readSurvey(const QString& path) {
    return ProjectReader::read(path, &ProjectReader::survey);
}

Result<QStringList> ProjectStore::readRespondentIds(const QString& path) {
    return ProjectReader::read(path, &ProjectReader::respondentIds);
}

} // namespace sondo
