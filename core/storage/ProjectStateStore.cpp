#include "storage/ProjectStateStore.h"

#include "storage/PreparedInsert.h"
#include "storage/ProjectReader.h"
#include "storage/ProjectSchema.h"
#include "storage/SqlConnection.h"
#include "storage/SqlErrorText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <optional>

namespace sondo {

namespace {

/** A JSON value as text; QJsonDocument only writes arrays and objects, hence the brackets. */
QString jsonText(const QJsonValue& value) {
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

std::optional<QJsonValue> jsonValue(const QString& text) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text.toUtf8() + "]", &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return std::nullopt;
    return doc.array().first();
}

} // namespace

bool ProjectStateStore::insert(SqlConnection& connection, const QJsonObject& state,
                               QString* error) {
    PreparedInsert insert(connection,
                          QStringLiteral("INSERT INTO state(key, value) VALUES (?, ?)"));
    for (auto it = state.begin(); it != state.end(); ++it) {
        if (!insert.run({it.key(), jsonText(it.value())})) {
            *error = insert.errorText();
            return false;
        }
    }
    return true;
}

Result<QJsonObject> ProjectStateStore::readTable(SqlConnection& connection,
                                                 const QString& fileName) {
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT key, value FROM state ORDER BY key")))
        return Result<QJsonObject>::failure(
            Diagnostic{fileName, 0, 0,
                       QCoreApplication::translate("sondo", "the project file is damaged: %1")
                           .arg(sqlErrorText(query.lastError()))});
    QJsonObject state;
    QList<Diagnostic> warnings;
    while (query.next()) {
        const QString key = query.value(0).toString();
        if (const auto value = jsonValue(query.value(1).toString()))
            state.insert(key, *value);
        else
            warnings.append(
                Diagnostic{fileName, 0, 0,
                           QCoreApplication::translate(
                               "sondo", "the saved setting \"%1\" is unreadable and was left out")
                               .arg(key)});
    }
    Result<QJsonObject> result(state);
    result.warnings = warnings;
    return result;
}

Result<Done> ProjectStateStore::write(const QString& path, const QJsonObject& state) {
    auto fail = [&](const QString& detail) {
        return Result<Done>::failure(
            Diagnostic{path, 0, 0,
                       QCoreApplication::translate("sondo", "cannot save the analysis state: %1")
                           .arg(detail)});
    };
    if (const auto reason = ProjectReader::whyUnreadable(path))
        return Result<Done>::failure(Diagnostic{path, 0, 0, *reason});
    SqlConnection connection(path, SqlConnection::Mode::Existing);
    // IMMEDIATE takes the write lock before reading the version, so nobody changes it between.
    if (!connection.open() || !connection.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(connection.errorText());
    Result<int> version = ProjectSchema::check(connection, path);
    if (!version.ok())
        return Result<Done>::failure(version.error());
    if (version.value() < ProjectSchema::Version) {
        Result<Done> migrated = ProjectSchema::migrateFile(connection, version.value(), path);
        if (!migrated.ok())
            return migrated;
    }
    if (!connection.exec(QStringLiteral("DELETE FROM state")))
        return fail(connection.errorText());
    QString error;
    if (!insert(connection, state, &error))
        return fail(error);
    if (!connection.exec(QStringLiteral("COMMIT")))
        return fail(connection.errorText());
    return Done{};
}

Result<QJsonObject> ProjectStateStore::read(const QString& path) {
    return ProjectReader::read(path, &ProjectReader::state);
}

} // namespace sondo
