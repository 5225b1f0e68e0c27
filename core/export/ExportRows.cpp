#include "export/ExportRows.h"

#include <QDate>

#include <cmath>
#include <cstdio>

namespace sondo {

std::vector<int> ExportRows::selected(const ResponseMatrix& responses, const RespondentMask& mask) {
    std::vector<int> rows;
    const int n = responses.respondentCount;
    rows.reserve(size_t(n));
    for (int r = 0; r < n; ++r)
        if (mask.empty() || (size_t(r) < mask.size() && mask[size_t(r)]))
            rows.push_back(r);
    return rows;
}

QString ExportRows::respondentId(const ResponseMatrix& responses, int row) {
    return row < responses.respondentIds.size() ? responses.respondentIds[row]
                                                : QString::number(row + 1);
}

QByteArray ExportRows::dateText(double ms) {
    const qint64 whole = qint64(std::llround(ms));
    qint64 days = whole / kMsPerDay;
    qint64 rest = whole % kMsPerDay;
    if (rest < 0) {
        rest += kMsPerDay;
        --days;
    }
    const QDate date = QDate(1970, 1, 1).addDays(days);
    char buffer[64];
    const qint64 seconds = rest / 1000;
    const int n = seconds == 0
                      ? std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year(),
                                      date.month(), date.day())
                      : std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d %02d:%02d:%02d",
                                      date.year(), date.month(), date.day(), int(seconds / 3600),
                                      int(seconds / 60 % 60), int(seconds % 60));
    return QByteArray(buffer, n);
}

} // namespace sondo
