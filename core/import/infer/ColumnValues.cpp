#include "import/infer/ColumnValues.h"

#include <QHash>
#include <algorithm>

namespace sondo {

ColumnValues ColumnValues::fromTable(const RawTable& table, int column, int firstDataRow) {
    ColumnValues c;
    if (column < 0 || column >= table.columnCount())
        return c;
    c.values = table.distinctValues(column);
    if (column < table.columnInfo.size()) {
        c.valueLabels = table.columnInfo[column].valueLabels;
        c.measure = table.columnInfo[column].measure;
    }
    const int n = int(c.values.size());
    c.counts.assign(n, 0);
    c.firstRow.assign(n, -1);
    const int first = std::max(firstDataRow, 0);
    qint64 answered = 0;
    table.forEachId(column, first, table.rowCount() - first, [&](int i, std::uint32_t id) {
        if (id == 0)
            return;
        const std::uint32_t v = id - 1;
        if (c.counts[v]++ == 0)
            c.firstRow[v] = first + i - firstDataRow;
        ++answered;
    });
    c.answered = answered;
    return c;
}

ColumnValues ColumnValues::fromCells(const QStringList& cells) {
    ColumnValues c;
    QHash<QString, int> index;
    for (int r = 0; r < cells.size(); ++r) {
        if (cells[r].trimmed().isEmpty())
            continue;
        auto it = index.constFind(cells[r]);
        int v = 0;
        if (it == index.constEnd()) {
            v = int(c.values.size());
            index.insert(cells[r], v);
            c.values.append(cells[r]);
            c.counts.push_back(0);
            c.firstRow.push_back(r);
        } else {
            v = *it;
        }
        ++c.counts[v];
        ++c.answered;
    }
    return c;
}

std::vector<int> ColumnValues::appearanceOrder() const {
    std::vector<int> order;
    for (int v = 0; v < int(values.size()); ++v)
        if (counts[v] > 0)
            order.push_back(v);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return firstRow[a] < firstRow[b]; });
    return order;
}

} // namespace sondo
