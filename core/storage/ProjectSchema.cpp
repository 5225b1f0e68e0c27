#include "storage/ProjectSchema.h"

#include "storage/ResponseStore.h"
#include "storage/SqlConnection.h"
#include "storage/SurveyTables.h"

#include <QCoreApplication>
#include <QVariant>

namespace sondo {

QStringList ProjectSchema::migrationStep(int version) {
    switch (version) {
    case 1:
        return {
            // Survey-wide facts: title, source_format.
            QStringLiteral("CREATE TABLE project(key TEXT PRIMARY KEY, value TEXT)"),
            // position is the questionnaire order (1-based); scored tells a Likert question whose
            // options carry scores (a NULL score then means "not on the scale", e.g. "Non so").
            QStringLiteral("CREATE TABLE questions("
                           "position INTEGER PRIMARY KEY, "
                           "id TEXT NOT NULL UNIQUE COLLATE NOCASE, "
                           "code TEXT NOT NULL DEFAULT '', "
                           "text TEXT NOT NULL DEFAULT '', "
                           "type TEXT NOT NULL, "
                           "metadata INTEGER NOT NULL DEFAULT 0, "
                           "scored INTEGER NOT NULL DEFAULT 0)"),
            // position is the code stored in responses (1 = first option).
            QStringLiteral("CREATE TABLE options("
                           "question_id TEXT NOT NULL REFERENCES questions(id), "
                           "position INTEGER NOT NULL, "
                           "label TEXT NOT NULL, "
                           "score REAL, "
                           "PRIMARY KEY(question_id, position))"),
            // Which column of `responses` holds what: content is code (single/likert), number,
            // msecs and text (date), text, or selected (one 0/1 column per multiple-choice
            // option, NULL when the respondent did not answer the question).
            QStringLiteral("CREATE TABLE columns("
                           "column_name TEXT PRIMARY KEY, "
                           "question_id TEXT NOT NULL REFERENCES questions(id), "
                           "option_position INTEGER, "
                           "content TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE imports("
                           "id INTEGER PRIMARY KEY, "
                           "source_name TEXT, source_path TEXT, sha256 TEXT, "
                           "imported_at TEXT, rows INTEGER, format TEXT, encoding TEXT, "
                           "delimiter TEXT)"),
            // One row per top-level key of the analyst's state; value is JSON.
            QStringLiteral("CREATE TABLE state(key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        };
    case 2:
        return {
            // Question groups (grids, batteries): position is file order; an item's group_id
            // names its group, and items come in question order. A group's options are its
            // items' options, so they are not stored twice. Format-1 files simply have none.
            QStringLiteral("CREATE TABLE question_groups("
                           "position INTEGER PRIMARY KEY, "
                           "id TEXT NOT NULL UNIQUE COLLATE NOCASE, "
                           "text TEXT NOT NULL DEFAULT '', "
                           "kind TEXT NOT NULL)"),
            QStringLiteral("ALTER TABLE questions ADD COLUMN group_id TEXT COLLATE NOCASE "
                           "REFERENCES question_groups(id)"),
        };
    case 3:
        return {
            // Each question's answers again, 65,536 respondents to a row, in the narrowest form
            // that holds them (see ColumnChunkCodec): loading one question reads about a
            // megabyte per million respondents instead of the whole responses table. question
            // is the question's position; 0 holds the respondent ids, -1 the weights. The
            // `project` keys respondents and column_chunk_rows say that the chunks are complete;
            // an older file gets its chunks when it is next saved (ResponseStore::
            // addColumnChunks), and is read from its responses table until then.
            QStringLiteral("CREATE TABLE column_chunks("
                           "question INTEGER NOT NULL, "
                           "chunk INTEGER NOT NULL, "
                           "data BLOB NOT NULL, "
                           "PRIMARY KEY(question, chunk))"),
        };
    default:
        return {};
    }
}

Result<int> ProjectSchema::check(SqlConnection& connection, const QString& fileName) {
    auto fail = [&](const QString& message) {
        return Result<int>::failure(Diagnostic{fileName, 0, 0, message});
    };
    // Reading the header pages is the first real access: a file that is not SQLite fails here.
    const QVariant appId = connection.scalar(QStringLiteral("PRAGMA application_id"));
    if (!appId.isValid())
        return fail(
            QCoreApplication::translate(
                "sondo",
                "not a Sondo project: the file is not an SQLite database or is damaged (%1)")
                .arg(connection.errorText()));
    const QVariant version = connection.scalar(QStringLiteral("PRAGMA user_version"));
    if (!version.isValid())
        return fail(QCoreApplication::translate("sondo",
                                                "not a Sondo project: cannot read its version (%1)")
                        .arg(connection.errorText()));
    if (appId.toLongLong() != ApplicationId)
        return fail(QCoreApplication::translate(
            "sondo", "not a Sondo project: an SQLite database made by another program"));
    const int v = version.toInt();
    if (v > Version)
        return fail(
            QCoreApplication::translate(
                "sondo",
                "made by a newer version of Sondo (project format %1; this version reads up "
                "to %2): update Sondo to open it")
                .arg(v)
                .arg(Version));
    if (v < 1)
        return fail(
            QCoreApplication::translate("sondo", "not a Sondo project: its format version is %1")
                .arg(v));
    return v;
}

Result<Done> ProjectSchema::migrate(SqlConnection& connection, int from, const QString& fileName,
                                    int to) {
    for (int step = from + 1; step <= to; ++step) {
        for (const QString& sql : migrationStep(step)) {
            if (!connection.exec(sql))
                return Result<Done>::failure(
                    Diagnostic{fileName, 0, 0,
                               QCoreApplication::translate(
                                   "sondo", "cannot update the project to format %1: %2")
                                   .arg(step)
                                   .arg(connection.errorText())});
        }
    }
    // PRAGMAs take no bound values; both are plain integers formatted here.
    if (!connection.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)) ||
        !connection.exec(QStringLiteral("PRAGMA user_version = %1").arg(to)))
        return Result<Done>::failure(
            Diagnostic{fileName, 0, 0,
                       QCoreApplication::translate("sondo", "cannot mark the project's format: %1")
                           .arg(connection.errorText())});
    return Done{};
}

Result<Done> ProjectSchema::migrateFile(SqlConnection& connection, int from,
                                        const QString& fileName) {
    Result<Done> migrated = migrate(connection, from, fileName);
    if (!migrated.ok() || from >= 3)
        return migrated;
    Result<Survey> survey = SurveyTables::survey(connection, fileName);
    if (!survey.ok())
        return Result<Done>::failure(survey.error());
    Result<ResponseTableLayout> layout = SurveyTables::layout(connection, fileName, survey.value());
    if (!layout.ok())
        return Result<Done>::failure(layout.error());
    return ResponseStore::forConnection(connection, fileName)
        ->addColumnChunks(layout.value(), survey.value());
}

} // namespace sondo
