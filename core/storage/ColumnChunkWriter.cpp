#include "storage/ColumnChunkWriter.h"

#include "storage/ColumnChunkCodec.h"

#include <algorithm>
#include <sqlite3.h>

namespace sondo {

namespace {

using Content = ResponseTableLayout::Content;

template <typename Vector, typename From>
void appendRange(Vector& to, const From* from, int count) {
    to.insert(to.end(), from, from + count);
}

} // namespace

ColumnChunkWriter::ColumnChunkWriter(sqlite3* db, const ResponseTableLayout& layout)
    : m_db(db) {
    for (const ResponseTableLayout::Column& column : layout.columns()) {
        if (m_questions.empty() || m_questions.back().question != column.question)
            m_questions.push_back({column.question, {}});
        m_questions.back().columns.push_back(column);
    }
    const int questions =
        m_questions.empty()
            ? 0
            : 1 + std::max_element(m_questions.begin(), m_questions.end(),
                                   [](const QuestionColumns& a, const QuestionColumns& b) {
                                       return a.question < b.question;
                                   })
                      ->question;
    m_gathered.columns.resize(size_t(questions));
}

QString ColumnChunkWriter::append(const ResponseMatrix& answers, qint64 row, int count) {
    if (!m_started) {
        m_started = true;
        m_ids = !answers.respondentIds.isEmpty();
    }
    while (count > 0) {
        if (m_gatheredRows == 0 && count >= ColumnChunkCodec::ChunkRows) {
            // A whole chunk where it lies: no copy.
            if (const QString error = write(answers, row, ColumnChunkCodec::ChunkRows);
                !error.isEmpty())
                return error;
            row += ColumnChunkCodec::ChunkRows;
            count -= ColumnChunkCodec::ChunkRows;
            continue;
        }
        const int take = std::min(count, ColumnChunkCodec::ChunkRows - m_gatheredRows);
        gather(answers, row, take);
        row += take;
        count -= take;
        if (m_gatheredRows == ColumnChunkCodec::ChunkRows) {
            const QString error = write(m_gathered, 0, m_gatheredRows);
            clearGathered();
            if (!error.isEmpty())
                return error;
        }
    }
    return QString();
}

QString ColumnChunkWriter::finish() {
    if (m_gatheredRows > 0) {
        const QString error = write(m_gathered, 0, m_gatheredRows);
        clearGathered();
        if (!error.isEmpty())
            return error;
    }
    SqliteStatement facts;
    if (!facts.prepare(m_db, QStringLiteral("INSERT OR REPLACE INTO project(key, value) VALUES "
                                            "('respondents', ?1), ('column_chunk_rows', ?2)")))
        return QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_bind_int64(facts.get(), 1, m_written);
    sqlite3_bind_int(facts.get(), 2, ColumnChunkCodec::ChunkRows);
    if (sqlite3_step(facts.get()) != SQLITE_DONE)
        return QString::fromUtf8(sqlite3_errmsg(m_db));
    return QString();
}

QString ColumnChunkWriter::write(const ResponseMatrix& answers, qint64 row, int rows) {
    for (const QuestionColumns& q : m_questions) {
        std::vector<SourceCells> parts;
        for (const ResponseTableLayout::Column& column : q.columns)
            parts.push_back(
                cellsOf<SourceCells>(column, answers.columns[size_t(q.question)]).from(row));
        if (const QString error = insert(q.question + 1, ColumnChunkCodec::encode(parts, rows));
            !error.isEmpty())
            return error;
    }
    if (m_ids) {
        SourceCells ids;
        ids.content = Content::Text;
        QStringList numbered;
        if (answers.respondentIds.isEmpty()) {
            // A slice without the ids the first one had: its respondents are numbered.
            for (int r = 0; r < rows; ++r)
                numbered << QString::number(m_written + r + 1);
            ids.texts = numbered.constData();
        } else {
            ids.texts = answers.respondentIds.constData() + row;
        }
        if (const QString error = insert(IdsKey, ColumnChunkCodec::encode({ids}, rows));
            !error.isEmpty())
            return error;
    }
    SourceCells weights;
    weights.content = Content::Number;
    const std::vector<double> ones(answers.weights.empty() ? size_t(rows) : 0, 1.0);
    weights.values = answers.weights.empty() ? ones.data() : answers.weights.data() + row;
    if (const QString error = insert(WeightsKey, ColumnChunkCodec::encode({weights}, rows));
        !error.isEmpty())
        return error;
    m_written += rows;
    return QString();
}

QString ColumnChunkWriter::insert(int key, const QByteArray& data) {
    if (!m_insert.get() &&
        !m_insert.prepare(m_db, QStringLiteral("INSERT INTO column_chunks(question, chunk, data) "
                                               "VALUES (?1, ?2, ?3)")))
        return QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_stmt* st = m_insert.get();
    sqlite3_bind_int(st, 1, key);
    sqlite3_bind_int64(st, 2, m_written / ColumnChunkCodec::ChunkRows);
    sqlite3_bind_blob(st, 3, data.constData(), int(data.size()), SQLITE_STATIC);
    const bool done = sqlite3_step(st) == SQLITE_DONE;
    const QString error = done ? QString() : QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(st);
    return error;
}

void ColumnChunkWriter::gather(const ResponseMatrix& answers, qint64 row, int count) {
    for (const QuestionColumns& q : m_questions) {
        const AnswerColumn& from = answers.columns[size_t(q.question)];
        AnswerColumn& to = m_gathered.columns[size_t(q.question)];
        bool answeredTaken = false;
        for (const ResponseTableLayout::Column& column : q.columns) {
            switch (column.content) {
            case Content::Code:
                appendRange(to.codes, from.codes.data() + row, count);
                break;
            case Content::Number:
            case Content::Msecs:
                appendRange(to.values, from.values.data() + row, count);
                break;
            case Content::Text:
                // A date may come without the texts as written: they are then empty.
                if (from.texts.isEmpty())
                    to.texts.resize(to.texts.size() + count);
                else
                    to.texts.append(from.texts.mid(row, count));
                break;
            case Content::Selected:
                if (!answeredTaken)
                    appendRange(to.answered, from.answered.data() + row, count);
                answeredTaken = true;
                if (to.selected.size() <= size_t(column.option))
                    to.selected.resize(size_t(column.option) + 1);
                appendRange(to.selected[size_t(column.option)],
                            from.selected[size_t(column.option)].data() + row, count);
                break;
            }
        }
    }
    if (m_ids) {
        if (answers.respondentIds.isEmpty())
            for (int r = 0; r < count; ++r)
                m_gathered.respondentIds << QString::number(m_written + m_gatheredRows + r + 1);
        else
            m_gathered.respondentIds.append(answers.respondentIds.mid(row, count));
    }
    if (answers.weights.empty())
        m_gathered.weights.insert(m_gathered.weights.end(), size_t(count), 1.0);
    else
        appendRange(m_gathered.weights, answers.weights.data() + row, count);
    m_gatheredRows += count;
}

void ColumnChunkWriter::clearGathered() {
    for (AnswerColumn& column : m_gathered.columns) {
        column.codes.clear();
        column.values.clear();
        column.texts.clear();
        column.answered.clear();
        for (auto& flags : column.selected)
            flags.clear();
    }
    m_gathered.respondentIds.clear();
    m_gathered.weights.clear();
    m_gatheredRows = 0;
}

} // namespace sondo
