#include "import/RawTable.h"

namespace sondo {

namespace {

bool isBlank(QByteArrayView utf8)
{
    for (char c : utf8)
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return false;
    return true;
}

} // namespace

void RawTable::ensureColumns(int count)
{
    while (int(m_columns.size()) < count) {
        Column column;
        column.cells.assign(m_lines.size(), 0);
        m_columns.push_back(std::move(column));
    }
}

std::uint32_t RawTable::intern(Column& column, QByteArrayView utf8)
{
    if (utf8.isEmpty() || isBlank(utf8))
        return 0;
    // Looking up by a non-owning key avoids a copy per cell; most cells repeat a known value.
    const QByteArray key = QByteArray::fromRawData(utf8.data(), utf8.size());
    auto it = column.index.constFind(key);
    if (it != column.index.constEnd())
        return it.value();
    const auto id = std::uint32_t(column.values.size() + 1);
    column.index.insert(QByteArray(utf8.data(), utf8.size()), id);
    column.values.append(QString::fromUtf8(utf8));
    return id;
}

void RawTable::appendRow(const std::vector<QByteArrayView>& utf8Cells, qint64 line)
{
    ensureColumns(int(utf8Cells.size()));
    for (size_t c = 0; c < m_columns.size(); ++c) {
        Column& column = m_columns[c];
        column.cells.push_back(c < utf8Cells.size() ? intern(column, utf8Cells[c]) : 0);
    }
    m_lines.push_back(line);
}

void RawTable::appendRow(const QStringList& cells, qint64 line)
{
    std::vector<QByteArray> encoded;
    encoded.reserve(cells.size());
    for (const QString& cell : cells)
        encoded.push_back(cell.toUtf8());
    std::vector<QByteArrayView> views(encoded.begin(), encoded.end());
    appendRow(views, line);
}

QString RawTable::cell(int row, int column) const
{
    const std::uint32_t id = cellId(row, column);
    return id == 0 ? QString() : m_columns[column].values[id - 1];
}

QStringList RawTable::row(int row) const
{
    QStringList out;
    out.reserve(columnCount());
    for (int c = 0; c < columnCount(); ++c)
        out.append(cell(row, c));
    return out;
}

void RawTable::finish()
{
    for (Column& column : m_columns) {
        column.index = {};
        column.cells.shrink_to_fit();
    }
}

} // namespace sondo
