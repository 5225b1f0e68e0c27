#include "import/infer/FileConventions.h"

namespace sondo {

FileConventions::Votes FileConventions::votes(const ColumnValues& c) {
    Votes out;
    if (c.answered == 0)
        return out;
    qint64 p = 0, k = 0;
    bool numbers = true;
    for (int v = 0; v < int(c.values.size()) && numbers; ++v) {
        if (c.counts[v] <= 0)
            continue;
        switch (NumberParser::read(c.values[v])) {
        case NumberParser::Reading::NotANumber:
            numbers = false;
            break;
        case NumberParser::Reading::PointOnly:
            p += c.counts[v];
            break;
        case NumberParser::Reading::CommaOnly:
            k += c.counts[v];
            break;
        default:
            break;
        }
    }
    if (numbers) {
        out.point = p;
        out.comma = k;
        return out;
    }
    qint64 d = 0, m = 0, bad = 0;
    for (int v = 0; v < int(c.values.size()); ++v) {
        if (c.counts[v] <= 0)
            continue;
        const auto s = DateParser::shape(c.values[v]);
        if (!s.valid) {
            bad += c.counts[v];
            // Not a date column: stop reading a million free-text cells.
            if (bad * 10 > c.answered)
                break;
            continue;
        }
        if (s.dayFirstPossible && !s.monthFirstPossible)
            d += c.counts[v];
        else if (s.monthFirstPossible && !s.dayFirstPossible)
            m += c.counts[v];
    }
    if (bad * 10 <= c.answered) {
        out.dayFirst = d;
        out.monthFirst = m;
    }
    return out;
}

FileConventions FileConventions::fromVotes(const std::vector<Votes>& columns) {
    Votes all;
    for (const Votes& c : columns) {
        all.point += c.point;
        all.comma += c.comma;
        all.dayFirst += c.dayFirst;
        all.monthFirst += c.monthFirst;
    }
    FileConventions out;
    if (all.point != all.comma)
        out.decimalMark = all.point > all.comma ? DecimalMark::Point : DecimalMark::Comma;
    if (all.dayFirst != all.monthFirst)
        out.dateOrder = all.dayFirst > all.monthFirst ? DateOrder::DayFirst : DateOrder::MonthFirst;
    return out;
}

} // namespace sondo
