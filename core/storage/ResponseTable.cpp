#include "storage/ResponseTable.h"

#include "storage/SqlConnection.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <limits>
#include <sqlite3.h>

namespace sondo {

namespace {

/** Rows per INSERT: enough to amortise each statement, few enough to stay in the CPU cache. */
constexpr int MaxRowsPerStatement = 100;
/** Rows between two progress reports. */
constexpr qint64 ProgressEvery = 16384;

/** Finalises a statement when the scope ends, whatever the way out. */
class Statement {
public:
    Statement() = default;
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool prepare(sqlite3* db, const QString& sql) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        return sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr) ==
               SQLITE_OK;
    }
    sqlite3_stmt* get() const { return m_stmt; }

private:
    sqlite3_stmt* m_stmt = nullptr;
};

Diagnostic error(const QString& fileName, const QString& message) {
    return Diagnostic{fileName, 0, 0, message};
}

QString sqliteMessage(sqlite3* db) {
    return QString::fromUtf8(sqlite3_errmsg(db));
}

/** One column's answers as raw pointers, so the row loops do no lookups. */
template <typename Int32, typename Double, typename Text, typename Byte> struct CellsOf {
    ColumnLayout::Content content;
    Int32* codes = nullptr;
    Double* values = nullptr;
    Text* texts = nullptr;
    Byte* selected = nullptr;
    Byte* answered = nullptr;
};
using Source = CellsOf<const std::int32_t, const double, const QString, const std::uint8_t>;
using Target = CellsOf<std::int32_t, double, QString, std::uint8_t>;

} // namespace

int ResponseTable::columnLimit(SqlConnection& connection) {
    sqlite3* db = connection.handle();
    return db ? sqlite3_limit(db, SQLITE_LIMIT_COLUMN, -1) : 0;
}

Result<Done> ResponseTable::insert(SqlConnection& connection, const ColumnLayout& layout,
                                   const ResponseMatrix& responses,
                                   const ProgressCallback& progress, const QString& fileName) {
    sqlite3* db = connection.handle();
    if (!db)
        return Result<Done>::failure(
            error(fileName, QCoreApplication::translate(
                                "sondo", "the project file needs the SQLite database driver")));

    std::vector<Source> cells;
    cells.reserve(layout.columns().size());
    for (const ColumnLayout::Column& column : layout.columns()) {
        const AnswerColumn& answers = responses.columns[column.question];
        Source c{column.content};
        switch (column.content) {
        case ColumnLayout::Content::Code:
            c.codes = answers.codes.data();
            break;
        case ColumnLayout::Content::Number:
        case ColumnLayout::Content::Msecs:
            c.values = answers.values.data();
            break;
        case ColumnLayout::Content::Text:
            // A date may come without the text as written.
            c.texts = answers.texts.isEmpty() ? nullptr : answers.texts.constData();
            break;
        case ColumnLayout::Content::Selected:
            c.selected = answers.selected[column.option].data();
            c.answered = answers.answered.data();
            break;
        }
        cells.push_back(c);
    }

    const qint64 n = responses.respondentCount;
    const int perRow = 3 + int(cells.size());
    const int variableLimit = sqlite3_limit(db, SQLITE_LIMIT_VARIABLE_NUMBER, -1);
    const int rowsPerStatement = std::clamp(variableLimit / perRow, 1, MaxRowsPerStatement);

    QString columnList = QStringLiteral("respondent, respondent_id, weight");
    for (const ColumnLayout::Column& column : layout.columns())
        columnList += QStringLiteral(", ") + ColumnLayout::quoteIdentifier(column.name);
    const QString rowPlaceholders =
        QLatin1Char('(') + QStringLiteral("?,").repeated(perRow - 1) + QStringLiteral("?)");
    auto insertSql = [&](int rows) {
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

    Statement full;
    Statement tail;
    const bool haveIds = !responses.respondentIds.isEmpty();
    const bool haveWeights = !responses.weights.empty();
    qint64 nextReport = ProgressEvery;
    for (qint64 start = 0; start < n;) {
        const int rows = int(std::min<qint64>(rowsPerStatement, n - start));
        Statement& statement = rows == rowsPerStatement ? full : tail;
        if (!statement.get() && !statement.prepare(db, insertSql(rows)))
            return Result<Done>::failure(
                error(fileName, QCoreApplication::translate("sondo", "cannot store the answers: %1")
                                    .arg(sqliteMessage(db))));
        sqlite3_stmt* st = statement.get();
        int p = 1;
        for (qint64 row = start; row < start + rows; ++row) {
            sqlite3_bind_int64(st, p++, row + 1);
            if (haveIds) {
                const QString& id = responses.respondentIds[row];
                // The matrix outlives the step, so SQLite may read the UTF-16 in place.
                sqlite3_bind_text16(st, p++, id.utf16(), int(id.size() * sizeof(char16_t)),
                                    SQLITE_STATIC);
            } else {
                sqlite3_bind_null(st, p++);
            }
            const double weight = haveWeights ? responses.weights[row] : 1.0;
            if (std::isnan(weight))
                sqlite3_bind_null(st, p++);
            else
                sqlite3_bind_double(st, p++, weight);
            for (const Source& c : cells) {
                switch (c.content) {
                case ColumnLayout::Content::Code:
                    if (c.codes[row] != 0)
                        sqlite3_bind_int(st, p, c.codes[row]);
                    else
                        sqlite3_bind_null(st, p);
                    break;
                case ColumnLayout::Content::Number:
                case ColumnLayout::Content::Msecs:
                    if (!std::isnan(c.values[row]))
                        sqlite3_bind_double(st, p, c.values[row]);
                    else
                        sqlite3_bind_null(st, p);
                    break;
                case ColumnLayout::Content::Text:
                    if (c.texts && !c.texts[row].isEmpty())
                        sqlite3_bind_text16(st, p, c.texts[row].utf16(),
                                            int(c.texts[row].size() * sizeof(char16_t)),
                                            SQLITE_STATIC);
                    else
                        sqlite3_bind_null(st, p);
                    break;
                case ColumnLayout::Content::Selected:
                    if (c.answered[row])
                        sqlite3_bind_int(st, p, c.selected[row] ? 1 : 0);
                    else
                        sqlite3_bind_null(st, p);
                    break;
                }
                ++p;
            }
        }
        if (sqlite3_step(st) != SQLITE_DONE) {
            const QString message = sqliteMessage(db);
            sqlite3_reset(st);
            return Result<Done>::failure(error(
                fileName,
                QCoreApplication::translate("sondo", "cannot store the answers: %1").arg(message)));
        }
        sqlite3_reset(st);
        start += rows;
        if (progress && (start >= nextReport || start == n)) {
            nextReport = start + ProgressEvery;
            if (!progress(start, n))
                return Result<Done>::failure(
                    error(fileName, QCoreApplication::translate("sondo", "cancelled")));
        }
    }
    if (progress && n == 0 && !progress(0, 0))
        return Result<Done>::failure(
            error(fileName, QCoreApplication::translate("sondo", "cancelled")));
    return Done{};
}

Result<ResponseMatrix> ResponseTable::read(SqlConnection& connection, const ColumnLayout& layout,
                                           const Survey& survey, const ProgressCallback& progress,
                                           const QString& fileName) {
    auto fail = [&](const QString& message) {
        return Result<ResponseMatrix>::failure(error(fileName, message));
    };
    sqlite3* db = connection.handle();
    if (!db)
        return fail(QCoreApplication::translate(
            "sondo", "the project file needs the SQLite database driver"));
    auto damaged = [&]() {
        return fail(QCoreApplication::translate("sondo", "cannot read the answers: %1")
                        .arg(sqliteMessage(db)));
    };

    qint64 n = 0;
    {
        Statement count;
        if (!count.prepare(db, QStringLiteral("SELECT count(*) FROM responses")) ||
            sqlite3_step(count.get()) != SQLITE_ROW)
            return damaged();
        n = sqlite3_column_int64(count.get(), 0);
    }
    if (n > std::numeric_limits<int>::max())
        return fail(QCoreApplication::translate("sondo", "too many respondents (%1)").arg(n));

    constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
    ResponseMatrix matrix;
    matrix.respondentCount = int(n);
    matrix.respondentIds.resize(n);
    matrix.weights.assign(n, NaN);
    matrix.columns.resize(survey.questions.size());
    for (int q = 0; q < survey.questions.size(); ++q) {
        const Question& question = survey.questions[q];
        AnswerColumn& answers = matrix.columns[q];
        switch (question.type) {
        case QuestionType::Single:
        case QuestionType::Likert:
            answers.codes.assign(n, 0);
            break;
        case QuestionType::Multiple:
            answers.answered.assign(n, 0);
            answers.selected.assign(question.options.size(), std::vector<std::uint8_t>(n, 0));
            break;
        case QuestionType::Numeric:
            answers.values.assign(n, NaN);
            break;
        case QuestionType::Date:
            answers.values.assign(n, NaN);
            answers.texts.resize(n);
            break;
        case QuestionType::Text:
        case QuestionType::Identifier:
            answers.texts.resize(n);
            break;
        }
    }

    std::vector<Target> cells;
    QString sql = QStringLiteral("SELECT respondent, respondent_id, weight");
    for (const ColumnLayout::Column& column : layout.columns()) {
        AnswerColumn& answers = matrix.columns[column.question];
        Target c{column.content};
        switch (column.content) {
        case ColumnLayout::Content::Code:
            c.codes = answers.codes.data();
            break;
        case ColumnLayout::Content::Number:
        case ColumnLayout::Content::Msecs:
            c.values = answers.values.data();
            break;
        case ColumnLayout::Content::Text:
            c.texts = answers.texts.data();
            break;
        case ColumnLayout::Content::Selected:
            c.selected = answers.selected[column.option].data();
            c.answered = answers.answered.data();
            break;
        }
        cells.push_back(c);
        sql += QStringLiteral(", ") + ColumnLayout::quoteIdentifier(column.name);
    }
    sql += QStringLiteral(" FROM responses ORDER BY respondent");

    Statement select;
    if (!select.prepare(db, sql))
        return damaged();
    sqlite3_stmt* st = select.get();
    QString* ids = matrix.respondentIds.data();
    double* weights = matrix.weights.data();
    qint64 row = 0;
    int rc = SQLITE_ROW;
    while (row < n && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (sqlite3_column_type(st, 1) == SQLITE_NULL)
            ids[row] = QString::number(sqlite3_column_int64(st, 0));
        else
            ids[row] = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 1)),
                                         sqlite3_column_bytes(st, 1));
        if (sqlite3_column_type(st, 2) != SQLITE_NULL)
            weights[row] = sqlite3_column_double(st, 2);
        int i = 3;
        for (const Target& c : cells) {
            const bool null = sqlite3_column_type(st, i) == SQLITE_NULL;
            switch (c.content) {
            case ColumnLayout::Content::Code:
                if (!null)
                    c.codes[row] = sqlite3_column_int(st, i);
                break;
            case ColumnLayout::Content::Number:
            case ColumnLayout::Content::Msecs:
                if (!null)
                    c.values[row] = sqlite3_column_double(st, i);
                break;
            case ColumnLayout::Content::Text:
                if (!null)
                    c.texts[row] =
                        QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, i)),
                                          sqlite3_column_bytes(st, i));
                break;
            case ColumnLayout::Content::Selected:
                if (!null) {
                    c.answered[row] = 1;
                    c.selected[row] = sqlite3_column_int(st, i) != 0 ? 1 : 0;
                }
                break;
            }
            ++i;
        }
        ++row;
        if (progress && (row % ProgressEvery == 0 || row == n) && !progress(row, n))
            return fail(QCoreApplication::translate("sondo", "cancelled"));
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return damaged();
    return matrix;
}

} // namespace sondo
