#include "storage/ProjectStore.h"

#include "storage/ColumnLayout.h"
#include "storage/ResponseTable.h"
#include "storage/SqlConnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <cmath>
#include <limits>
#include <memory>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#else
#include <filesystem>
#endif

namespace sondo {

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

template <typename T> Result<T> failure(const QString& fileName, const QString& message) {
    return Result<T>::failure(Diagnostic{fileName, 0, 0, message});
}

/** Why `survey` cannot be saved (questions without an id, ids that repeat), or empty. */
QString surveyInconsistency(const Survey& survey) {
    QSet<QString> ids;
    for (int q = 0; q < survey.questions.size(); ++q) {
        const Question& question = survey.questions[q];
        if (question.id.trimmed().isEmpty())
            return QStringLiteral("question %1 has no id").arg(q + 1);
        const QString key = question.id.toLower();
        if (ids.contains(key))
            return QStringLiteral("two questions have the id %1").arg(question.id);
        ids.insert(key);
    }
    return QString();
}

/** Why `project` cannot be saved as it is (answers that do not fit the survey), or empty. */
QString inconsistency(const Project& project) {
    const Survey& survey = project.survey;
    if (const QString problem = surveyInconsistency(survey); !problem.isEmpty())
        return problem;
    const ResponseMatrix& responses = project.responses;
    const qsizetype n = responses.respondentCount;
    if (n < 0)
        return QStringLiteral("negative respondent count");
    if (responses.columns.size() != size_t(survey.questions.size()))
        return QStringLiteral("%1 answer columns for %2 questions")
            .arg(responses.columns.size())
            .arg(survey.questions.size());
    if (!responses.respondentIds.isEmpty() && responses.respondentIds.size() != n)
        return QStringLiteral("%1 respondent ids for %2 respondents")
            .arg(responses.respondentIds.size())
            .arg(n);
    if (!responses.weights.empty() && responses.weights.size() != size_t(n))
        return QStringLiteral("%1 weights for %2 respondents").arg(responses.weights.size()).arg(n);
    for (int q = 0; q < survey.questions.size(); ++q) {
        const Question& question = survey.questions[q];
        const AnswerColumn& answers = responses.columns[q];
        bool fits = true;
        switch (question.type) {
        case QuestionType::Single:
        case QuestionType::Likert:
            fits = answers.codes.size() == size_t(n);
            break;
        case QuestionType::Multiple:
            fits = answers.answered.size() == size_t(n) &&
                   answers.selected.size() == size_t(question.options.size());
            for (const auto& flags : answers.selected)
                fits = fits && flags.size() == size_t(n);
            break;
        case QuestionType::Numeric:
            fits = answers.values.size() == size_t(n);
            break;
        case QuestionType::Date:
            fits = answers.values.size() == size_t(n) &&
                   (answers.texts.isEmpty() || answers.texts.size() == n);
            break;
        case QuestionType::Text:
        case QuestionType::Identifier:
            fits = answers.texts.size() == n;
            break;
        }
        if (!fits)
            return QStringLiteral("the answers to %1 (%2) do not fit %3 respondents")
                .arg(question.id, questionTypeName(question.type))
                .arg(n);
    }
    return QString();
}

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

QVariant nullable(const QString& text) {
    return text.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

/** For NOT NULL columns: QtSql binds a null QString as NULL. */
QString notNull(const QString& text) {
    return text.isNull() ? QStringLiteral("") : text;
}

/** Runs a prepared statement once per call with positional values. */
class Insert {
public:
    Insert(SqlConnection& connection, const QString& sql)
        : m_query(connection.database()) {
        m_ok = m_query.prepare(sql);
    }
    bool run(const QVariantList& values) {
        if (!m_ok)
            return false;
        for (int i = 0; i < values.size(); ++i)
            m_query.bindValue(i, values[i]);
        m_ok = m_query.exec();
        return m_ok;
    }
    QString errorText() const { return m_query.lastError().text(); }

private:
    QSqlQuery m_query;
    bool m_ok = false;
};

/** Writes everything of `project` but its answers, and the labelled view over them. */
Result<Done> writeTables(SqlConnection& connection, const QString& fileName, const Project& project,
                         const ColumnLayout& layout) {
    auto sqlFailure = [&](const QString& what) {
        return failure<Done>(
            fileName, QCoreApplication::translate("sondo", "cannot save the project (%1): %2")
                          .arg(what, connection.errorText()));
    };
    const Survey& survey = project.survey;
    {
        Insert facts(connection, QStringLiteral("INSERT INTO project(key, value) VALUES (?, ?)"));
        if (!facts.run({QStringLiteral("title"), nullable(survey.title)}) ||
            !facts.run({QStringLiteral("source_format"), nullable(survey.sourceFormat)}))
            return failure<Done>(fileName,
                                 QCoreApplication::translate("sondo", "cannot save the project: %1")
                                     .arg(facts.errorText()));

        Insert questions(connection,
                         QStringLiteral("INSERT INTO questions(position, id, code, text, type, "
                                        "metadata, scored) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        Insert options(connection, QStringLiteral("INSERT INTO options(question_id, position, "
                                                  "label, score) VALUES (?, ?, ?, ?)"));
        const QVariant nullScore(QMetaType::fromType<double>());
        for (int q = 0; q < survey.questions.size(); ++q) {
            const Question& question = survey.questions[q];
            if (!questions.run({q + 1, question.id, notNull(question.code), notNull(question.text),
                                questionTypeName(question.type), int(question.metadata),
                                int(!question.scores.empty())}))
                return failure<Done>(
                    fileName, QCoreApplication::translate("sondo", "cannot save the project: %1")
                                  .arg(questions.errorText()));
            for (int o = 0; o < question.options.size(); ++o) {
                const double score =
                    size_t(o) < question.scores.size() ? question.scores[size_t(o)] : NaN;
                if (!options.run({question.id, o + 1, notNull(question.options[o]),
                                  std::isnan(score) ? nullScore : QVariant(score)}))
                    return failure<Done>(fileName, QCoreApplication::translate(
                                                       "sondo", "cannot save the project: %1")
                                                       .arg(options.errorText()));
            }
        }

        Insert columns(connection, QStringLiteral("INSERT INTO columns(column_name, question_id, "
                                                  "option_position, content) VALUES (?, ?, ?, ?)"));
        for (const ColumnLayout::Column& column : layout.columns()) {
            const QVariant option = column.option >= 0 ? QVariant(column.option + 1)
                                                       : QVariant(QMetaType::fromType<int>());
            if (!columns.run({column.name, survey.questions[column.question].id, option,
                              ColumnLayout::contentName(column.content)}))
                return failure<Done>(
                    fileName, QCoreApplication::translate("sondo", "cannot save the project: %1")
                                  .arg(columns.errorText()));
        }

        Insert imports(connection,
                       QStringLiteral("INSERT INTO imports(source_name, source_path, sha256, "
                                      "imported_at, rows, format, encoding, delimiter) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const ImportRecord& record : project.imports) {
            const QString when = record.importedAt.isValid()
                                     ? record.importedAt.toUTC().toString(Qt::ISODateWithMs)
                                     : QString();
            if (!imports.run({nullable(record.sourceName), nullable(record.sourcePath),
                              nullable(record.sha256), nullable(when), record.rows,
                              nullable(record.format), nullable(record.encoding),
                              nullable(record.delimiter)}))
                return failure<Done>(
                    fileName, QCoreApplication::translate("sondo", "cannot save the project: %1")
                                  .arg(imports.errorText()));
        }

        Insert state(connection, QStringLiteral("INSERT INTO state(key, value) VALUES (?, ?)"));
        for (auto it = project.state.begin(); it != project.state.end(); ++it)
            if (!state.run({it.key(), jsonText(it.value())}))
                return failure<Done>(
                    fileName, QCoreApplication::translate("sondo", "cannot save the project: %1")
                                  .arg(state.errorText()));
    }

    if (!connection.exec(layout.createLabelledViewSql(survey)))
        return sqlFailure(QStringLiteral("responses_labelled"));
    return Done{};
}

/** Creates an empty file with a fresh name beside `target`, readable as the umask allows. */
QString createTempFile(const QString& target, QString* error) {
    const QFileInfo info(target);
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QString name =
            QStringLiteral(".%1.%2.sondo-tmp")
                .arg(info.fileName())
                .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        const QString path = info.dir().filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return path;
        *error = file.errorString();
        if (QFileInfo::exists(path))
            continue;
        break;
    }
    return QString();
}

/** Flushes a file (or folder) to the disk so that a crash after the rename finds it whole. */
bool syncToDisk(const QString& path, QString* error) {
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        if (fd >= 0)
            ::close(fd);
        return false;
    }
    ::close(fd);
#else
    Q_UNUSED(path);
    Q_UNUSED(error);
#endif
    return true;
}

/**
 * Asks the system to start writing the file's pages out now, without waiting for them: the sync
 * before the file is put in place then has little left to do, instead of writing the whole file
 * while the import waits. A hint only; nothing is lost where it is not available.
 */
void startWriteback(QFile& file) {
#ifdef Q_OS_LINUX
    if (file.isOpen())
        ::sync_file_range(file.handle(), 0, 0, SYNC_FILE_RANGE_WRITE);
#else
    Q_UNUSED(file);
#endif
}

/** Replaces `target` by `source` in one step: readers see the old file or the new one. */
bool replaceFile(const QString& source, const QString& target, QString* error) {
#ifdef Q_OS_UNIX
    // QFile::rename refuses to overwrite; rename(2) replaces atomically.
    if (::rename(QFile::encodeName(source).constData(), QFile::encodeName(target).constData()) !=
        0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
#else
    std::error_code code;
    std::filesystem::rename(std::filesystem::path(source.toStdU16String()),
                            std::filesystem::path(target.toStdU16String()), code);
    if (code) {
        *error = QString::fromStdString(code.message());
        return false;
    }
#endif
    return true;
}

/** Checks that `path` names a readable SQLite file before SQLite is asked to open it. */
std::optional<QString> unreadableReason(const QString& path) {
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

/**
 * Opens a project for reading inside a transaction, so that every table is read from the same
 * snapshot. A file in an older format is copied into memory and migrated there.
 */
Result<std::unique_ptr<SqlConnection>> openForReading(const QString& path) {
    using Opened = Result<std::unique_ptr<SqlConnection>>;
    if (const auto reason = unreadableReason(path))
        return failure<std::unique_ptr<SqlConnection>>(path, *reason);
    // Read-write (yet never creating) so that SQLite can roll back a hot journal left by a crash;
    // plain reads change nothing.
    auto connection = std::make_unique<SqlConnection>(path, SqlConnection::Mode::Existing);
    if (!connection->open() || !connection->exec(QStringLiteral("BEGIN")))
        return failure<std::unique_ptr<SqlConnection>>(
            path, QCoreApplication::translate("sondo", "cannot open the project: %1")
                      .arg(connection->errorText()));
    Result<int> version = ProjectSchema::check(*connection, path);
    if (!version.ok())
        return Opened::failure(version.error());
    if (version.value() == ProjectSchema::Version)
        return Opened(std::move(connection));

    connection.reset();
    auto memory = std::make_unique<SqlConnection>(QString(), SqlConnection::Mode::Memory);
    if (!memory->open() || !memory->loadCopyOf(path) || !memory->exec(QStringLiteral("BEGIN")))
        return failure<std::unique_ptr<SqlConnection>>(
            path, QCoreApplication::translate("sondo", "cannot open the project: %1")
                      .arg(memory->errorText()));
    Result<Done> migrated = ProjectSchema::migrate(*memory, version.value(), path);
    if (!migrated.ok())
        return Opened::failure(migrated.error());
    return Opened(std::move(memory));
}

Result<Survey> readSurveyTables(SqlConnection& connection, const QString& fileName) {
    auto damaged = [&](const QString& detail) {
        return failure<Survey>(
            fileName,
            QCoreApplication::translate("sondo", "the project file is damaged: %1").arg(detail));
    };
    Survey survey;
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT key, value FROM project")))
        return damaged(query.lastError().text());
    while (query.next()) {
        const QString key = query.value(0).toString();
        if (key == u"title")
            survey.title = query.value(1).toString();
        else if (key == u"source_format")
            survey.sourceFormat = query.value(1).toString();
    }

    if (!query.exec(QStringLiteral("SELECT id, code, text, type, metadata, scored FROM questions "
                                   "ORDER BY position")))
        return damaged(query.lastError().text());
    QHash<QString, int> index;
    QList<bool> scored;
    while (query.next()) {
        Question question;
        question.id = query.value(0).toString();
        question.code = query.value(1).toString();
        question.text = query.value(2).toString();
        const auto type = questionTypeFromName(query.value(3).toString());
        if (!type)
            return damaged(QStringLiteral("question %1 has the unknown type \"%2\"")
                               .arg(question.id, query.value(3).toString()));
        question.type = *type;
        question.metadata = query.value(4).toInt() != 0;
        scored.append(query.value(5).toInt() != 0);
        index.insert(question.id.toLower(), survey.questions.size());
        survey.questions.append(question);
    }

    if (!query.exec(QStringLiteral("SELECT question_id, position, label, score FROM options "
                                   "ORDER BY question_id, position")))
        return damaged(query.lastError().text());
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
    return survey;
}

Result<ColumnLayout> readLayout(SqlConnection& connection, const Survey& survey,
                                const QString& fileName) {
    auto damaged = [&](const QString& detail) {
        return failure<ColumnLayout>(
            fileName,
            QCoreApplication::translate("sondo", "the project file is damaged: %1").arg(detail));
    };
    QHash<QString, int> index;
    for (int q = 0; q < survey.questions.size(); ++q)
        index.insert(survey.questions[q].id.toLower(), q);
    std::vector<ColumnLayout::Column> columns;
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT column_name, question_id, option_position, content "
                                   "FROM columns ORDER BY rowid")))
        return damaged(query.lastError().text());
    while (query.next()) {
        ColumnLayout::Column column;
        column.name = query.value(0).toString();
        column.question = index.value(query.value(1).toString().toLower(), -1);
        column.option = query.value(2).isNull() ? -1 : query.value(2).toInt() - 1;
        const auto content = ColumnLayout::contentFromName(query.value(3).toString());
        if (!content)
            return damaged(QStringLiteral("column %1 holds the unknown content \"%2\"")
                               .arg(column.name, query.value(3).toString()));
        column.content = *content;
        columns.push_back(column);
    }
    ColumnLayout layout = ColumnLayout::fromColumns(std::move(columns));
    const QString mismatch = layout.mismatch(survey);
    if (!mismatch.isEmpty())
        return damaged(mismatch);
    return layout;
}

Result<QList<ImportRecord>> readImports(SqlConnection& connection, const QString& fileName) {
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT source_name, source_path, sha256, imported_at, rows, "
                                   "format, encoding, delimiter FROM imports ORDER BY id")))
        return failure<QList<ImportRecord>>(
            fileName, QCoreApplication::translate("sondo", "the project file is damaged: %1")
                          .arg(query.lastError().text()));
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

Result<QJsonObject> readStateTable(SqlConnection& connection, const QString& fileName) {
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT key, value FROM state ORDER BY key")))
        return failure<QJsonObject>(
            fileName, QCoreApplication::translate("sondo", "the project file is damaged: %1")
                          .arg(query.lastError().text()));
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

} // namespace

Result<Done> ProjectStore::write(const QString& path, const Project& project,
                                 const ProgressCallback& progress) {
    const QString problem = inconsistency(project);
    if (!problem.isEmpty())
        return failure<Done>(
            path, QCoreApplication::translate("sondo", "cannot save the project: %1").arg(problem));
    MatrixSource answers(project.responses);
    return write(path, project, answers, progress);
}

Result<Done> ProjectStore::write(const QString& path, const Project& project,
                                 ResponseSource& answers, const ProgressCallback& progress) {
    auto begun = Writer::begin(path, project.survey);
    if (!begun.ok())
        return Result<Done>::failure(begun.error());
    Writer& writer = *begun.value();
    const qint64 n = answers.respondentCount();
    for (qint64 first = 0; first < n; first += Writer::SliceSize) {
        const int count = int(std::min<qint64>(Writer::SliceSize, n - first));
        const ResponseSource::Slice slice = answers.slice(int(first), count);
        Result<Done> appended = writer.append(slice.answers, int(first) - slice.offset, count);
        if (!appended.ok())
            return appended;
        if (progress && !progress(first + count, n))
            return failure<Done>(path, QCoreApplication::translate("sondo", "cancelled"));
    }
    if (progress && n == 0 && !progress(0, 0))
        return failure<Done>(path, QCoreApplication::translate("sondo", "cancelled"));
    return writer.commit(project);
}

struct ProjectStore::Writer::State {
    QString path;   ///< as given, for messages
    QString target; ///< the file replaced in the end (a symbolic link's target)
    QString temp;   ///< the file being built
    std::unique_ptr<SqlConnection> connection;
    ColumnLayout layout;
    std::unique_ptr<ResponseTable::Inserter> inserter;
    QFile writeback; ///< the file being built, opened once for startWriteback()
    qint64 written = 0;
    bool committed = false;
};

ProjectStore::Writer::Writer()
    : m_state(std::make_unique<State>()) {
}

ProjectStore::Writer::~Writer() {
    if (m_state->committed)
        return;
    m_state->inserter.reset();
    m_state->connection.reset();
    m_state->writeback.close();
    if (!m_state->temp.isEmpty())
        QFile::remove(m_state->temp);
}

qint64 ProjectStore::Writer::respondentsWritten() const {
    return m_state->written;
}

Result<std::unique_ptr<ProjectStore::Writer>> ProjectStore::Writer::begin(const QString& path,
                                                                          const Survey& survey) {
    using Begun = Result<std::unique_ptr<Writer>>;
    auto fail = [&](const QString& message) {
        return Begun::failure(Diagnostic{
            path, 0, 0,
            QCoreApplication::translate("sondo", "cannot save the project: %1").arg(message)});
    };
    const QString problem = surveyInconsistency(survey);
    if (!problem.isEmpty())
        return fail(problem);

    // Replacing a symbolic link would turn it into a plain file; replace what it points at.
    const QFileInfo given(path);
    const QString target = given.isSymLink() ? given.symLinkTarget() : given.absoluteFilePath();
    const QFileInfo info(target);
    if (info.isDir())
        return Begun::failure(
            Diagnostic{path, 0, 0,
                       QCoreApplication::translate(
                           "sondo", "cannot save the project: a folder has this name")});
    if (!info.dir().exists())
        return Begun::failure(
            Diagnostic{path, 0, 0,
                       QCoreApplication::translate(
                           "sondo", "cannot save the project: the folder %1 does not exist")
                           .arg(QDir::toNativeSeparators(info.absolutePath()))});

    std::unique_ptr<Writer> writer(new Writer());
    State& state = *writer->m_state;
    state.path = path;
    state.target = target;
    QString error;
    state.temp = createTempFile(target, &error);
    if (state.temp.isEmpty())
        return Begun::failure(
            Diagnostic{path, 0, 0,
                       QCoreApplication::translate(
                           "sondo", "cannot save the project: cannot create a file in %1: %2")
                           .arg(QDir::toNativeSeparators(info.absolutePath()), error)});

    state.connection = std::make_unique<SqlConnection>(state.temp, SqlConnection::Mode::ReadWrite);
    SqlConnection& connection = *state.connection;
    auto sqlFailure = [&](const QString& what) {
        return Begun::failure(
            Diagnostic{path, 0, 0,
                       QCoreApplication::translate("sondo", "cannot save the project (%1): %2")
                           .arg(what, connection.errorText())});
    };
    if (!connection.open())
        return sqlFailure(QStringLiteral("open"));
    // The temporary file is discarded on any failure, so neither a rollback journal nor syncs
    // mid-way buy anything; the whole file is synced once before the rename.
    if (!connection.exec(QStringLiteral("PRAGMA journal_mode = OFF")) ||
        !connection.exec(QStringLiteral("PRAGMA synchronous = OFF")) ||
        !connection.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")) ||
        !connection.exec(QStringLiteral("BEGIN")))
        return sqlFailure(QStringLiteral("begin"));
    Result<Done> schema = ProjectSchema::migrate(connection, 0, path);
    if (!schema.ok())
        return Begun::failure(schema.error());

    state.layout = ColumnLayout::forSurvey(survey);
    // respondent, respondent_id and weight come first.
    const int needed = int(state.layout.columns().size()) + 3;
    if (needed > ResponseTable::columnLimit(connection))
        return fail(QCoreApplication::translate("sondo", "its answers need %1 columns, more than "
                                                         "the %2 a project file can hold")
                        .arg(needed)
                        .arg(ResponseTable::columnLimit(connection)));
    if (!connection.exec(state.layout.createTableSql()))
        return sqlFailure(QStringLiteral("responses"));
    state.inserter = std::make_unique<ResponseTable::Inserter>(connection, state.layout, path);
    return Begun(std::move(writer));
}

Result<Done> ProjectStore::Writer::append(const ResponseMatrix& answers, int firstRow, int count) {
    Result<Done> inserted = m_state->inserter->insert(answers, m_state->written,
                                                      int(m_state->written) - firstRow, count);
    if (inserted.ok())
        m_state->written += count;
    if (!m_state->writeback.isOpen()) {
        m_state->writeback.setFileName(m_state->temp);
        m_state->writeback.open(QIODevice::ReadOnly); // a hint only: may fail harmlessly
    }
    startWriteback(m_state->writeback);
    return inserted;
}

Result<Done> ProjectStore::Writer::commit(const Project& project) {
    State& state = *m_state;
    const QString& path = state.path;
    const ColumnLayout layout = ColumnLayout::forSurvey(project.survey);
    bool same = layout.columns().size() == state.layout.columns().size();
    for (size_t c = 0; same && c < layout.columns().size(); ++c)
        same = layout.columns()[c].name == state.layout.columns()[c].name &&
               layout.columns()[c].content == state.layout.columns()[c].content;
    if (!same)
        return failure<Done>(path, QCoreApplication::translate(
                                       "sondo", "cannot save the project: its questions changed "
                                                "while its answers were written"));
    Result<Done> tables = writeTables(*state.connection, path, project, layout);
    if (!tables.ok())
        return tables;
    if (!state.connection->exec(QStringLiteral("COMMIT")))
        return failure<Done>(
            path, QCoreApplication::translate("sondo", "cannot save the project (%1): %2")
                      .arg(QStringLiteral("commit"), state.connection->errorText()));
    state.inserter.reset();
    state.connection.reset();
    state.writeback.close();

    const QFileInfo info(state.target);
    QString error;
    if (!syncToDisk(state.temp, &error))
        return failure<Done>(
            path, QCoreApplication::translate("sondo", "cannot save the project: %1").arg(error));
    if (info.exists())
        QFile::setPermissions(state.temp, QFile::permissions(state.target));
    if (!replaceFile(state.temp, state.target, &error))
        return failure<Done>(
            path, QCoreApplication::translate("sondo", "cannot save the project: %1").arg(error));
    state.committed = true;
    // The rename itself lives in the folder: sync it too, or a crash could forget it.
    syncToDisk(info.absolutePath(), &error);
    return Done{};
}

Result<Project> ProjectStore::read(const QString& path, const ProgressCallback& progress,
                                   const std::vector<bool>& questions) {
    auto opened = openForReading(path);
    if (!opened.ok())
        return Result<Project>::failure(opened.error());
    SqlConnection& connection = *opened.value();

    Project project;
    Result<Survey> survey = readSurveyTables(connection, path);
    if (!survey.ok())
        return Result<Project>::failure(survey.error());
    project.survey = survey.takeValue();

    Result<ColumnLayout> layout = readLayout(connection, project.survey, path);
    if (!layout.ok())
        return Result<Project>::failure(layout.error());
    Result<ResponseMatrix> responses =
        ResponseTable::read(connection, layout.value(), project.survey, progress, path, questions);
    if (!responses.ok())
        return Result<Project>::failure(responses.error());
    project.responses = responses.takeValue();

    Result<QList<ImportRecord>> imports = readImports(connection, path);
    if (!imports.ok())
        return Result<Project>::failure(imports.error());
    project.imports = imports.takeValue();

    Result<QJsonObject> state = readStateTable(connection, path);
    if (!state.ok())
        return Result<Project>::failure(state.error());
    project.state = state.value();

    connection.exec(QStringLiteral("ROLLBACK"));
    Result<Project> result(std::move(project));
    result.warnings = state.warnings;
    return result;
}

Result<Done> ProjectStore::writeState(const QString& path, const QJsonObject& state) {
    if (const auto reason = unreadableReason(path))
        return failure<Done>(path, *reason);
    SqlConnection connection(path, SqlConnection::Mode::Existing);
    auto sqlFailure = [&]() {
        return failure<Done>(
            path, QCoreApplication::translate("sondo", "cannot save the analysis state: %1")
                      .arg(connection.errorText()));
    };
    // IMMEDIATE takes the write lock before reading the version, so nobody changes it between.
    if (!connection.open() || !connection.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlFailure();
    Result<int> version = ProjectSchema::check(connection, path);
    if (!version.ok())
        return Result<Done>::failure(version.error());
    if (version.value() < ProjectSchema::Version) {
        Result<Done> migrated = ProjectSchema::migrate(connection, version.value(), path);
        if (!migrated.ok())
            return migrated;
    }
    {
        Insert insert(connection, QStringLiteral("INSERT INTO state(key, value) VALUES (?, ?)"));
        if (!connection.exec(QStringLiteral("DELETE FROM state")))
            return sqlFailure();
        for (auto it = state.begin(); it != state.end(); ++it)
            if (!insert.run({it.key(), jsonText(it.value())}))
                return failure<Done>(
                    path, QCoreApplication::translate("sondo", "cannot save the analysis state: %1")
                              .arg(insert.errorText()));
    }
    if (!connection.exec(QStringLiteral("COMMIT")))
        return sqlFailure();
    return Done{};
}

Result<QJsonObject> ProjectStore::readState(const QString& path) {
    auto opened = openForReading(path);
    if (!opened.ok())
        return Result<QJsonObject>::failure(opened.error());
    Result<QJsonObject> state = readStateTable(*opened.value(), path);
    opened.value()->exec(QStringLiteral("ROLLBACK"));
    return state;
}

Result<Survey> ProjectStore::readSurvey(const QString& path) {
    auto opened = openForReading(path);
    if (!opened.ok())
        return Result<Survey>::failure(opened.error());
    Result<Survey> survey = readSurveyTables(*opened.value(), path);
    opened.value()->exec(QStringLiteral("ROLLBACK"));
    return survey;
}

} // namespace sondo
