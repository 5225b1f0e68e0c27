#include "storage/SqliteResponseStore.h"

#include "base/FreshMemory.h"

#include "storage/ColumnCells.h"
#include "storage/ColumnChunkCodec.h"
#include "storage/ColumnChunkReader.h"
#include "storage/ColumnChunkWriter.h"
#include "storage/SqlConnection.h"
#include "storage/SqliteStatement.h"

#include <QCoreApplication>
#include <QStringEncoder>
#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <sqlite3.h>
#include <utility>

namespace sondo {

namespace {

/** Rows per INSERT: enough to amortise each statement, few enough to stay in the CPU cache. */
constexpr int MaxRowsPerStatement = 100;
/** Rows read between two progress reports. */
constexpr int RowsPerSlice = 8192;

Diagnostic error(const QString& fileName, const QString& message) {
    return Diagnostic{fileName, 0, 0, message};
}

QString sqliteMessage(sqlite3* db) {
    return QString::fromUtf8(sqlite3_errmsg(db));
}

} // namespace

struct SqliteResponseStore::Statements {
    SqliteStatement full;
    SqliteStatement tail; // a shorter statement, for the file's last rows
    int tailRows = 0;
};

SqliteResponseStore::SqliteResponseStore(SqlConnection& connection, const QString& fileName)
    : m_connection(connection)
    , m_fileName(fileName)
    , m_statements(std::make_unique<Statements>()) {
}

SqliteResponseStore::~SqliteResponseStore() = default;

int SqliteResponseStore::columnLimit() const {
    sqlite3* db = m_connection.handle();
    return db ? sqlite3_limit(db, SQLITE_LIMIT_COLUMN, -1) : 0;
}

Result<Done> SqliteResponseStore::create(const ResponseTableLayout& layout) {
    if (!m_connection.exec(layout.createTableSql()))
        return saveFailure(QStringLiteral("responses"));
    m_layout = layout;
    m_statements = std::make_unique<Statements>();
    m_appended = 0;
    m_db = m_connection.handle();
    if (!m_db)
        return Done{};
    m_chunks = std::make_unique<ColumnChunkWriter>(m_db, layout);
    const int perRow = 2 + int(layout.columns().size()); // bound: respondent_id, weight, columns
    const int variableLimit = sqlite3_limit(m_db, SQLITE_LIMIT_VARIABLE_NUMBER, -1);
    m_rowsPerStatement = std::clamp(variableLimit / perRow, 1, MaxRowsPerStatement);
    return Done{};
}

Result<Done> SqliteResponseStore::createLabelledView(const ResponseTableLayout& layout,
                                                     const Survey& survey) {
    if (!m_connection.exec(layout.createLabelledViewSql(survey)))
        return saveFailure(QStringLiteral("responses_labelled"));
    return Done{};
}

Result<Done> SqliteResponseStore::saveFailure(const QString& what) const {
    return Result<Done>::failure(
        error(m_fileName, QCoreApplication::translate("sondo", "cannot save the project (%1): %2")
                              .arg(what, m_connection.errorText())));
}

Result<Done> SqliteResponseStore::append(const ResponseMatrix& answers, qint64 first, int offset,
                                         int count) {
    auto failed = [&](const QString& message) {
        return Result<Done>::failure(error(
            m_fileName,
            QCoreApplication::translate("sondo", "cannot store the answers: %1").arg(message)));
    };
    sqlite3* db = m_db;
    if (!db)
        return Result<Done>::failure(
            error(m_fileName, QCoreApplication::translate(
                                  "sondo", "the project file needs the SQLite database driver")));
    // SQLite numbers the rows as they come: respondents must come in order, none left out.
    if (first != m_appended)
        return failed(QStringLiteral("respondent %1 comes before respondent %2")
                          .arg(first + 1)
                          .arg(m_appended + 1));
    // Parameters per row: respondent_id, weight and the columns. The respondent number is left
    // to SQLite (NULL: the next rowid), which then appends without looking the number up first.
    const int perRow = 2 + int(m_layout.columns().size());
    // Only when a statement is prepared: twice per import.
    auto insertSql = [&](int rows) {
        QString columnList = QStringLiteral("respondent, respondent_id, weight");
        for (const ResponseTableLayout::Column& column : m_layout.columns())
            columnList += QStringLiteral(", ") + ResponseTableLayout::quoteIdentifier(column.name);
        const QString rowPlaceholders =
            QStringLiteral("(NULL") + QStringLiteral(",?").repeated(perRow) + QLatin1Char(')');
        QString sql =
            QStringLiteral("INSERT INTO responses(") + columnList + QStringLiteral(") VALUES ");
        sql.reserve(sql.size() + rows * (rowPlaceholders.size() + 1));
        for (int r = 0; r < rows; ++r) {
            if (r > 0)
                sql += QLatin1Char(',');
            sql += rowPlaceholders;
        }
        return sql;
    };

    std::vector<SourceCells> cells;
    cells.reserve(m_layout.columns().size());
    for (const ResponseTableLayout::Column& column : m_layout.columns())
        cells.push_back(cellsOf<SourceCells>(column, answers.columns[column.question]));
    const bool haveIds = !answers.respondentIds.isEmpty();
    const bool haveWeights = !answers.weights.empty();
    std::vector<const QString*> textColumns;
    for (const SourceCells& c : cells)
        if (c.content == ResponseTableLayout::Content::Text && c.texts)
            textColumns.push_back(c.texts);

    // Text is bound as UTF-8, SQLite's own encoding, from one buffer per statement: binding
    // UTF-16 made SQLite convert every cell.
    QStringEncoder toUtf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    char* utf8End = nullptr;
    auto bindText = [&](sqlite3_stmt* st, int p, const QString& text) {
        char* const begin = utf8End;
        utf8End = toUtf8.appendToBuffer(utf8End, text);
        sqlite3_bind_text(st, p, begin, int(utf8End - begin), SQLITE_STATIC);
    };

    for (qint64 start = first; start < first + count;) {
        const int rows = int(std::min<qint64>(m_rowsPerStatement, first + count - start));
        SqliteStatement* statement = &m_statements->full;
        if (rows != m_rowsPerStatement) {
            statement = &m_statements->tail;
            if (m_statements->tailRows != rows) {
                statement->prepare(nullptr, QString());
                m_statements->tailRows = rows;
            }
        }
        if (!statement->get() && !statement->prepare(db, insertSql(rows)))
            return failed(sqliteMessage(db));
        sqlite3_stmt* st = statement->get();

        // Room for every text of these rows: at most three UTF-8 bytes per UTF-16 unit.
        qsizetype textUnits = 0;
        for (qint64 i = start - offset; i < start - offset + rows; ++i) {
            if (haveIds)
                textUnits += answers.respondentIds[i].size();
            for (const QString* texts : textColumns)
                textUnits += texts[i].size();
        }
        if (m_utf8.size() < size_t(3 * textUnits + 1))
            m_utf8.resize(size_t(3 * textUnits + 1));
        utf8End = m_utf8.data();

        // Parameters are bound a column at a time: one kind of cell per loop, each column's
        // array read in order. Parameters of row r: respondent_id r * perRow + 1, weight
        // r * perRow + 2, column k r * perRow + k + 3.
        for (int r = 0; r < rows; ++r) {
            const qint64 i = start + r - offset;
            const int p = r * perRow + 1;
            if (haveIds)
                bindText(st, p, answers.respondentIds[i]);
            else
                sqlite3_bind_null(st, p);
            const double weight = haveWeights ? answers.weights[i] : 1.0;
            if (std::isnan(weight))
                sqlite3_bind_null(st, p + 1);
            else
                sqlite3_bind_double(st, p + 1, weight);
        }
        for (size_t k = 0; k < cells.size(); ++k) {
            const SourceCells& c = cells[k];
            const qint64 i0 = start - offset;
            int p = 3 + int(k);
            // Each case binds the cell where `answered` says there is one, NULL elsewhere.
            auto bindColumn = [&](auto answered, auto bind) {
                for (qint64 i = i0; i < i0 + rows; ++i, p += perRow) {
                    if (answered(i))
                        bind(p, i);
                    else
                        sqlite3_bind_null(st, p);
                }
            };
            switch (c.content) {
            case ResponseTableLayout::Content::Code:
                bindColumn([&](qint64 i) { return c.codes[i] != 0; },
                           [&](int param, qint64 i) { sqlite3_bind_int(st, param, c.codes[i]); });
                break;
            case ResponseTableLayout::Content::Number:
            case ResponseTableLayout::Content::Msecs:
                bindColumn(
                    [&](qint64 i) { return !std::isnan(c.values[i]); },
                    [&](int param, qint64 i) { sqlite3_bind_double(st, param, c.values[i]); });
                break;
            case ResponseTableLayout::Content::Text:
                bindColumn([&](qint64 i) { return c.texts && !c.texts[i].isEmpty(); },
                           [&](int param, qint64 i) { bindText(st, param, c.texts[i]); });
                break;
            case ResponseTableLayout::Content::Selected:
                bindColumn([&](qint64 i) { return c.answered[i] != 0; },
                           [&](int param, qint64 i) {
                               sqlite3_bind_int(st, param, c.selected[i] ? 1 : 0);
                           });
                break;
            }
        }
        if (sqlite3_step(st) != SQLITE_DONE) {
            const QString message = sqliteMessage(db);
            sqlite3_reset(st);
            return failed(message);
        }
        sqlite3_reset(st);
        start += rows;
        m_appended += rows;
    }
    if (const QString message = m_chunks->append(answers, first - offset, count);
        !message.isEmpty())
        return failed(message);
    return Done{};
}

Result<Done> SqliteResponseStore::finish() {
    if (!m_chunks)
        return Done{};
    if (const QString message = m_chunks->finish(); !message.isEmpty())
        return Result<Done>::failure(error(
            m_fileName,
            QCoreApplication::translate("sondo", "cannot store the answers: %1").arg(message)));
    return Done{};
}

Result<Done> SqliteResponseStore::addColumnChunks(const ResponseTableLayout& layout,
                                                  const Survey& survey) {
    Result<ResponseMatrix> answers = read(layout, survey, {});
    if (!answers.ok())
        return Result<Done>::failure(answers.error());
    m_db = m_connection.handle();
    if (!m_db)
        return Done{};
    m_chunks = std::make_unique<ColumnChunkWriter>(m_db, layout);
    const ResponseMatrix& matrix = answers.value();
    if (const QString message = m_chunks->append(matrix, 0, matrix.respondentCount);
        !message.isEmpty())
        return Result<Done>::failure(error(
            m_fileName,
            QCoreApplication::translate("sondo", "cannot store the answers: %1").arg(message)));
    return finish();
}

Result<ResponseMatrix> SqliteResponseStore::read(const ResponseTableLayout& layout,
                                                 const Survey& survey,
                                                 const ProgressCallback& progress,
                                                 const std::vector<bool>& questions) {
    const bool all = questions.empty();
    auto wanted = [&](int q) {
        return all || (size_t(q) < questions.size() && questions[q]);
    };
    auto fail = [&](const QString& message) {
        return Result<ResponseMatrix>::failure(error(m_fileName, message));
    };
    sqlite3* db = m_connection.handle();
    if (!db)
        return fail(QCoreApplication::translate(
            "sondo", "the project file needs the SQLite database driver"));
    auto damaged = [&]() {
        return fail(QCoreApplication::translate("sondo", "cannot read the answers: %1")
                        .arg(sqliteMessage(db)));
    };

    ColumnChunkReader chunks(db);
    bool chunked = false;
    const Result<qint64> counted = respondentCount(chunks, &chunked);
    if (!counted.ok())
        return Result<ResponseMatrix>::failure(counted.error());
    const qint64 n = counted.value();

    constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
    ResponseMatrix matrix;
    matrix.respondentCount = int(n);
    if (!all && std::find(questions.begin(), questions.end(), true) == questions.end()) {
        // No answers asked for: how many respondents is all there is to read.
        matrix.columns.resize(survey.questions.size());
        return matrix;
    }
    if (all)
        matrix.respondentIds.resize(n);
    const auto size = std::size_t(n);
    FreshMemory::assign(matrix.weights, size, NaN);
    matrix.columns.resize(survey.questions.size());
    for (int q = 0; q < survey.questions.size(); ++q) {
        if (!wanted(q))
            continue;
        const Question& question = survey.questions[q];
        AnswerColumn& answers = matrix.columns[q];
        switch (question.type) {
        case QuestionType::Single:
        case QuestionType::Likert:
            FreshMemory::assign(answers.codes, size, std::int32_t(0));
            break;
        case QuestionType::Multiple:
            FreshMemory::assign(answers.answered, size, std::uint8_t(0));
            answers.selected.resize(std::size_t(question.options.size()));
            for (std::vector<std::uint8_t>& option : answers.selected)
                FreshMemory::assign(option, size, std::uint8_t(0));
            break;
        case QuestionType::Numeric:
            FreshMemory::assign(answers.values, size, NaN);
            break;
        case QuestionType::Date:
            FreshMemory::assign(answers.values, size, NaN);
            if (!chunked) // from the chunks, only when there are texts (readChunks())
                answers.texts.resize(n);
            break;
        case QuestionType::Text:
        case QuestionType::Identifier:
            answers.texts.resize(n);
            break;
        }
    }

    if (chunked) {
        bool cancelled = false;
        const QString problem = readChunks(chunks, layout, matrix, questions, progress, &cancelled);
        if (cancelled)
            return fail(QCoreApplication::translate("sondo", "cancelled"));
        if (!problem.isEmpty())
            return fail(
                QCoreApplication::translate("sondo", "cannot read the answers: %1").arg(problem));
        return matrix;
    }

    std::vector<TargetCells> cells;
    QString sql = QStringLiteral("SELECT respondent, respondent_id, weight");
    for (const ResponseTableLayout::Column& column : layout.columns()) {
        if (!wanted(column.question))
            continue;
        cells.push_back(cellsOf<TargetCells>(column, matrix.columns[column.question]));
        sql += QStringLiteral(", ") + ResponseTableLayout::quoteIdentifier(column.name);
    }
    sql += QStringLiteral(" FROM responses ORDER BY respondent");

    SqliteStatement select;
    if (!select.prepare(db, sql))
        return damaged();
    sqlite3_stmt* st = select.get();
    QString* ids = matrix.respondentIds.data();
    double* weights = matrix.weights.data();
    qint64 row = 0;
    int rc = SQLITE_ROW;
    while (row < n && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (!all) {
            // Only some answers asked for: the ids are not.
        } else if (sqlite3_column_type(st, 1) == SQLITE_NULL) {
            ids[row] = QString::number(sqlite3_column_int64(st, 0));
        } else {
            ids[row] = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 1)),
                                         sqlite3_column_bytes(st, 1));
        }
        if (sqlite3_column_type(st, 2) != SQLITE_NULL)
            weights[row] = sqlite3_column_double(st, 2);
        int i = 3;
        for (const TargetCells& c : cells) {
            const bool null = sqlite3_column_type(st, i) == SQLITE_NULL;
            switch (c.content) {
            case ResponseTableLayout::Content::Code:
                if (!null)
                    c.codes[row] = sqlite3_column_int(st, i);
                break;
            case ResponseTableLayout::Content::Number:
            case ResponseTableLayout::Content::Msecs:
                if (!null)
                    c.values[row] = sqlite3_column_double(st, i);
                break;
            case ResponseTableLayout::Content::Text:
                if (!null)
                    c.texts[row] =
                        QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, i)),
                                          sqlite3_column_bytes(st, i));
                break;
            case ResponseTableLayout::Content::Selected:
                if (!null) {
                    c.answered[row] = 1;
                    c.selected[row] = sqlite3_column_int(st, i) != 0 ? 1 : 0;
                }
                break;
            }
            ++i;
        }
        ++row;
        if (progress && (row % RowsPerSlice == 0 || row == n) && !progress(row, n))
            return fail(QCoreApplication::translate("sondo", "cancelled"));
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return damaged();
    return matrix;
}

Result<qint64> SqliteResponseStore::respondentCount(ColumnChunkReader& chunks, bool* chunked) {
    auto fail = [&](const QString& message) {
        return Result<qint64>::failure(error(m_fileName, message));
    };
    // A file with column chunks says how many respondents it holds; counting the rows of an
    // older file's table reads all of it.
    QString chunkError;
    const std::optional<qint64> fromChunks = chunks.respondents(&chunkError);
    if (!chunkError.isEmpty())
        return fail(
            QCoreApplication::translate("sondo", "cannot read the answers: %1").arg(chunkError));
    *chunked = fromChunks.has_value();
    qint64 n = fromChunks.value_or(0);
    if (!fromChunks) {
        SqliteStatement count;
        if (!count.prepare(m_connection.handle(),
                           QStringLiteral("SELECT count(*) FROM responses")) ||
            sqlite3_step(count.get()) != SQLITE_ROW)
            return fail(QCoreApplication::translate("sondo", "cannot read the answers: %1")
                            .arg(sqliteMessage(m_connection.handle())));
        n = sqlite3_column_int64(count.get(), 0);
    }
    if (n > std::numeric_limits<int>::max())
        return fail(QCoreApplication::translate("sondo", "too many respondents (%1)").arg(n));
    return n;
}

Result<QStringList> SqliteResponseStore::readRespondentIds() {
    sqlite3* db = m_connection.handle();
    auto fail = [&](const QString& message) {
        return Result<QStringList>::failure(error(
            m_fileName,
            QCoreApplication::translate("sondo", "cannot read the answers: %1").arg(message)));
    };
    if (!db)
        return fail(QCoreApplication::translate(
            "sondo", "the project file needs the SQLite database driver"));
    ColumnChunkReader chunks(db);
    bool chunked = false;
    const Result<qint64> counted = respondentCount(chunks, &chunked);
    if (!counted.ok())
        return Result<QStringList>::failure(counted.error());
    const qint64 n = counted.value();
    QStringList ids;
    if (chunked) {
        if (!chunks.has(ColumnChunkWriter::IdsKey))
            return ids;
        ids.resize(n);
        TargetCells texts;
        texts.content = ResponseTableLayout::Content::Text;
        texts.texts = ids.data();
        bool cancelled = false;
        const QString problem = chunks.read(
            ColumnChunkWriter::IdsKey,
            [&](qint64 first) { return std::vector<TargetCells>{texts.from(first)}; }, n,
            [](qint64, int) { return true; }, &cancelled);
        if (!problem.isEmpty())
            return fail(problem);
        return ids;
    }
    // An older file's table: a missing id reads as the respondent's number, as read() gives it.
    SqliteStatement select;
    if (!select.prepare(db, QStringLiteral("SELECT respondent, respondent_id FROM responses "
                                           "ORDER BY respondent")))
        return fail(sqliteMessage(db));
    ids.reserve(n);
    int rc = SQLITE_ROW;
    while (ids.size() < n && (rc = sqlite3_step(select.get())) == SQLITE_ROW) {
        sqlite3_stmt* st = select.get();
        if (sqlite3_column_type(st, 1) == SQLITE_NULL)
            ids.append(QString::number(sqlite3_column_int64(st, 0)));
        else
            ids.append(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 1)),
                                         sqlite3_column_bytes(st, 1)));
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return fail(sqliteMessage(db));
    return ids;
}

QString SqliteResponseStore::readChunks(ColumnChunkReader& chunks,
                                        const ResponseTableLayout& layout, ResponseMatrix& matrix,
                                        const std::vector<bool>& questions,
                                        const ProgressCallback& progress, bool* cancelled) {
    const bool all = questions.empty();
    const qint64 n = matrix.respondentCount;
    // Each question's columns, in layout order: the parts of its chunks. A date's texts as
    // written (what could not be read as a date) are rare: a column for them is made only when
    // a chunk has one (AnswerColumn allows a date without texts), so a timestamp of a million
    // respondents costs no million empty strings.
    struct Read {
        int key = 0;
        std::vector<TargetCells> parts;
        AnswerColumn* dateTexts = nullptr; ///< the date whose texts are gathered chunk by chunk
    };
    std::vector<Read> reads;
    for (const ResponseTableLayout::Column& column : layout.columns()) {
        if (!all && !(size_t(column.question) < questions.size() && questions[column.question]))
            continue;
        if (reads.empty() || reads.back().key != column.question + 1)
            reads.push_back({column.question + 1, {}, nullptr});
        AnswerColumn& answers = matrix.columns[size_t(column.question)];
        reads.back().parts.push_back(cellsOf<TargetCells>(column, answers));
        if (column.content == ResponseTableLayout::Content::Text && answers.texts.isEmpty())
            reads.back().dateTexts = &answers;
    }
    TargetCells weights;
    weights.content = ResponseTableLayout::Content::Number;
    weights.values = matrix.weights.data();
    reads.push_back({ColumnChunkWriter::WeightsKey, {weights}, nullptr});
    const bool ids = all && chunks.has(ColumnChunkWriter::IdsKey);
    if (ids) {
        TargetCells texts;
        texts.content = ResponseTableLayout::Content::Text;
        texts.texts = matrix.respondentIds.data();
        reads.push_back({ColumnChunkWriter::IdsKey, {texts}, nullptr});
    } else if (all) {
        for (qint64 r = 0; r < n; ++r)
            matrix.respondentIds[r] = QString::number(r + 1);
    }

    // Progress counts respondents: every read goes over all of them, so the reads' rows are
    // shared out evenly.
    const qint64 passes = qint64(reads.size());
    qint64 rowsRead = 0;
    QStringList gathered; // one chunk of a date's texts
    for (const Read& read : reads) {
        auto partsAt = [&](qint64 first) {
            std::vector<TargetCells> at;
            for (const TargetCells& part : read.parts) {
                at.push_back(part.from(first));
                if (read.dateTexts && part.content == ResponseTableLayout::Content::Text) {
                    gathered.resize(ColumnChunkCodec::ChunkRows);
                    at.back().texts = gathered.data();
                }
            }
            return at;
        };
        auto chunkRead = [&](qint64 first, int rows) {
            for (int r = 0; read.dateTexts && r < rows; ++r) {
                if (gathered[r].isNull())
                    continue;
                if (read.dateTexts->texts.isEmpty())
                    read.dateTexts->texts.resize(n);
                read.dateTexts->texts[first + r] = std::exchange(gathered[r], QString());
            }
            rowsRead += rows;
            return !progress || progress(rowsRead / passes, n);
        };
        const QString problem = chunks.read(read.key, partsAt, n, chunkRead, cancelled);
        if (*cancelled || !problem.isEmpty())
            return problem;
    }
    return QString();
}

} // namespace sondo
