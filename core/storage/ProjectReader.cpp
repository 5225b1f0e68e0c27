#include "storage/ProjectReader.h"

#include "storage/ProjectSchema.h"
#include "storage/ProjectStateStore.h"
#include "storage/ResponseStore.h"
#include "storage/SqlConnection.h"
#include "storage/SqlErrorText.h"
#include "storage/SurveyTables.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace sondo {

ProjectReader::ProjectReader(const QString& path, std::unique_ptr<SqlConnection> connection)
    : m_path(path)
    , m_connection(std::move(connection))
    , m_responses(ResponseStore::forConnection(*m_connection, path)) {
}

ProjectReader::~ProjectReader() {
    m_responses.reset();
    // Ends the read transaction; a copy migrated in memory is discarded with it.
    m_connection->exec(QStringLiteral("ROLLBACK"));
}

std::optional<QString> ProjectReader::whyUnreadable(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists())
        return QCoreApplication::translate("sondo", "file not found");
    if (info.isDir())
        return QCoreApplication::translate("sondo", "is a folder, not a project file");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("sondo", "cannot open the file: %1")
            .arg(file.errorString());
    // Every SQLite database begins with this header; checking it gives a clear message for the
    // common mistake of opening a CSV or a spreadsheet as a project.
    static constexpr char Magic[] = "SQLite format 3";
    if (file.read(sizeof Magic) != QByteArray(Magic, sizeof Magic))
        return QCoreApplication::translate(
            "sondo", "not a Sondo project: the file is not an SQLite database");
    return std::nullopt;
}

Result<std::unique_ptr<ProjectReader>> ProjectReader::open(const QString& path) {
    using Opened = Result<std::unique_ptr<ProjectReader>>;
    auto failed = [&](const QString& message) {
        return Opened::failure(Diagnostic{path, 0, 0, message});
    };
    if (const auto reason = whyUnreadable(path))
        return failed(*reason);
    // Read-write (yet never creating) so that SQLite can roll back a hot journal left by a crash;
    // plain reads change nothing.
    auto connection = std::make_unique<SqlConnection>(path, SqlConnection::Mode::Existing);
    if (!connection->open() || !connection->exec(QStringLiteral("BEGIN")))
        return failed(QCoreApplication::translate("sondo", "cannot open the project: %1")
                          .arg(connection->errorText()));
    Result<int> version = ProjectSchema::check(*connection, path);
    if (!version.ok())
        return Opened::failure(version.error());
    if (version.value() == ProjectSchema::Version)
        return Opened(
            std::unique_ptr<ProjectReader>(new ProjectReader(path, std::move(connection))));

    // An older format: brought up to date in a copy, so the file itself never changes.
    connection.reset();
    auto memory = std::make_unique<SqlConnection>(QString(), SqlConnection::Mode::Memory);
    if (!memory->open() || !memory->loadCopyOf(path) || !memory->exec(QStringLiteral("BEGIN")))
        return failed(QCoreApplication::translate("sondo", "cannot open the project: %1")
                          .arg(memory->errorText()));
    Result<Done> migrated = ProjectSchema::migrate(*memory, version.value(), path);
    if (!migrated.ok())
        return Opened::failure(migrated.error());
    return Opened(std::unique_ptr<ProjectReader>(new ProjectReader(path, std::move(memory))));
}

Result<Project> ProjectReader::project(const ProgressCallback& progress,
                                       const std::vector<bool>& questions) {
    Project project;
    Result<Survey> survey = this->survey();
    if (!survey.ok())
        return Result<Project>::failure(survey.error());
    project.survey = survey.takeValue();

    Result<ResponseTableLayout> layout = this->layout(project.survey);
    if (!layout.ok())
        return Result<Project>::failure(layout.error());
    Result<ResponseMatrix> responses =
        m_responses->read(layout.value(), project.survey, progress, questions);
    if (!responses.ok())
        return Result<Project>::failure(responses.error());
    project.responses = responses.takeValue();

    Result<QList<ImportRecord>> imports = this->imports();
    if (!imports.ok())
        return Result<Project>::failure(imports.error());
    project.imports = imports.takeValue();

    Result<QJsonObject> state = this->state();
    if (!state.ok())
        return Result<Project>::failure(state.error());
    project.state = state.value();

    Result<Project> result(std::move(project));
    result.warnings = state.warnings;
    return result;
}

Result<Survey> ProjectReader::survey() {
    return SurveyTables::survey(*m_connection, m_path);
}

Result<ResponseTableLayout> ProjectReader::layout(const Survey& survey) {
    return SurveyTables::layout(*m_connection, m_path, survey);
}

Result<QList<ImportRecord>> ProjectReader::imports() {
    QSqlQuery query(m_connection->database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT source_name, source_path, sha256, imported_at, rows, "
                                   "format, encoding, delimiter FROM imports ORDER BY id")))
        return Result<QList<ImportRecord>>::failure(
            Diagnostic{m_path, 0, 0,
                       QCoreApplication::translate("sondo", "the project file is damaged: %1")
                           .arg(sqlErrorText(query.lastError()))});
    QList<ImportRecord> records;
    while (query.next()) {
        ImportRecord record;
        record.sourceName = query.value(0).toString();
        record.sourcePath = query.value(1).toString();
        record.sha256 = query.value(2).toString();
        if (!query.value(3).isNull())
            record.importedAt =
                QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs).toUTC();
        record.rows = query.value(4).toLongLong();
        record.format = query.value(5).toString();
        record.encoding = query.value(6).toString();
        record.delimiter = query.value(7).toString();
        records.append(record);
    }
    return records;
}

Result<QStringList> ProjectReader::respondentIds() {
    return m_responses->readRespondentIds();
}

Result<QJsonObject> ProjectReader::state() {
    return ProjectStateStore::readTable(*m_connection, m_path);
}

} // namespace sondo
