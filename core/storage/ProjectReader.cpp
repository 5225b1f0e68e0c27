#include "storage/ProjectReader.h"

#include "storage/ProjectSchema.h"
#include "storage/ProjectStateStore.h"
#include "storage/ResponseStore.h"
#include "storage/SqlConnection.h"
#include "storage/SqlErrorText.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <limits>

namespace sondo {

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

/** The error for a table that cannot be read or holds what no Sondo writes. */
template <typename T> Result<T> damagedFile(const QString& fileName, const QString& detail) {
    return Result<T>::failure(Diagnostic{
        fileName, 0, 0,
        QCoreApplication::translate("sondo", "the project file is damaged: %1").arg(detail)});
}

} // namespace

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
    auto damaged = [&](const QString& detail) {
        return damagedFile<Survey>(m_path, detail);
    };
    Survey survey;
    QSqlQuery query(m_connection->database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT key, value FROM project")))
        return damaged(sqlErrorText(query.lastError()));
    while (query.next()) {
        const QString key = query.value(0).toString();
        if (key == u"title")
            survey.title = query.value(1).toString();
        else if (key == u"source_format")
            survey.sourceFormat = query.value(1).toString();
    }

    // Groups first: the questions name them.
    if (!query.exec(QStringLiteral("SELECT id, text, kind FROM question_groups ORDER BY position")))
        return damaged(sqlErrorText(query.lastError()));
    QHash<QString, int> groupIndex;
    while (query.next()) {
        QuestionGroup group;
        group.id = query.value(0).toString();
        group.text = query.value(1).toString();
        const auto kind = questionGroupKindFromName(query.value(2).toString());
        if (!kind)
            return damaged(QStringLiteral("question group %1 has the unknown kind \"%2\"")
                               .arg(group.id, query.value(2).toString()));
        group.kind = *kind;
        groupIndex.insert(group.id.toLower(), survey.groups.size());
        survey.groups.append(group);
    }

    if (!query.exec(QStringLiteral("SELECT id, code, text, type, metadata, scored, group_id "
                                   "FROM questions ORDER BY position")))
        return damaged(sqlErrorText(query.lastError()));
    QHash<QString, int> index;
    QList<bool> scored;
    while (query.next()) {
        const QString id = query.value(0).toString();
        const auto type = questionTypeFromName(query.value(3).toString());
        if (!type)
            return damaged(QStringLiteral("question %1 has the unknown type \"%2\"")
                               .arg(id, query.value(3).toString()));
        Question question;
        question.id = id;
        question.type = *type;
        question.code = query.value(1).toString();
        question.text = query.value(2).toString();
        question.metadata = query.value(4).toInt() != 0;
        scored.append(query.value(5).toInt() != 0);
        if (!query.value(6).isNull()) {
            const int g = groupIndex.value(query.value(6).toString().toLower(), -1);
            if (g < 0)
                return damaged(QStringLiteral("question %1 is in the unknown group %2")
                                   .arg(id, query.value(6).toString()));
            question.group = survey.groups[g].id;
            survey.groups[g].items.append(id);
        }
        index.insert(question.id.toLower(), survey.questions.size());
        survey.questions.append(question);
    }

    if (!query.exec(QStringLiteral("SELECT question_id, position, label, score FROM options "
                                   "ORDER BY question_id, position")))
        return damaged(sqlErrorText(query.lastError()));
    while (query.next()) {
        const QString id = query.value(0).toString();
        const int q = index.value(id.toLower(), -1);
        if (q < 0)
            return damaged(QStringLiteral("an option of the unknown question %1").arg(id));
        Question& question = survey.questions[q];
        // Codes in responses are option positions: a gap would shift every later option.
        if (query.value(1).toInt() != question.options.size() + 1)
            return damaged(QStringLiteral("the options of %1 are not numbered 1, 2, …").arg(id));
        question.options.append(query.value(2).toString());
        if (scored[q])
            question.scores.push_back(query.value(3).isNull() ? NaN : query.value(3).toDouble());
    }
    // A group's options are its items' options in order of first appearance (see
    // QuestionGroup::options): derived, so not stored twice.
    for (QuestionGroup& group : survey.groups) {
        if (group.items.isEmpty())
            return damaged(QStringLiteral("question group %1 has no items").arg(group.id));
        for (const QString& item : group.items)
            for (const QString& option : survey.questions[index.value(item.toLower())].options)
                if (!group.options.contains(option))
                    group.options.append(option);
    }
    return survey;
}

Result<ResponseTableLayout> ProjectReader::layout(const Survey& survey) {
    auto damaged = [&](const QString& detail) {
        return damagedFile<ResponseTableLayout>(m_path, detail);
    };
    QHash<QString, int> index;
    for (int q = 0; q < survey.questions.size(); ++q)
        index.insert(survey.questions[q].id.toLower(), q);
    std::vector<ResponseTableLayout::Column> columns;
    QSqlQuery query(m_connection->database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT column_name, question_id, option_position, content "
                                   "FROM columns ORDER BY rowid")))
        return damaged(sqlErrorText(query.lastError()));
    while (query.next()) {
        ResponseTableLayout::Column column;
        column.name = query.value(0).toString();
        column.question = index.value(query.value(1).toString().toLower(), -1);
        column.option = query.value(2).isNull() ? -1 : query.value(2).toInt() - 1;
        const auto content = ResponseTableLayout::contentFromName(query.value(3).toString());
        if (!content)
            return damaged(QStringLiteral("column %1 holds the unknown content \"%2\"")
                               .arg(column.name, query.value(3).toString()));
        column.content = *content;
        columns.push_back(column);
    }
    ResponseTableLayout layout = ResponseTableLayout::fromColumns(std::move(columns));
    const QString mismatch = layout.mismatch(survey);
    if (!mismatch.isEmpty())
        return damaged(mismatch);
    return layout;
}

Result<QList<ImportRecord>> ProjectReader::imports() {
    QSqlQuery query(m_connection->database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT source_name, source_path, sha256, imported_at, rows, "
                                   "format, encoding, delimiter FROM imports ORDER BY id")))
        return damagedFile<QList<ImportRecord>>(m_path, sqlErrorText(query.lastError()));
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

Result<QJsonObject> ProjectReader::state() {
    return ProjectStateStore::readTable(*m_connection, m_path);
}

} // namespace sondo
