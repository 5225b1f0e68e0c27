#include "import/infer/JoinedAnswers.h"

#include "base/CoreText.h"

#include <QHash>
#include <algorithm>
#include <cstdlib>

namespace sondo {

std::optional<ColumnCoding> JoinedAnswers::split(const ColumnValues& column,
                                                 const QString& separator, bool force,
                                                 int writeInLimit) {
    const int n = int(column.values.size());
    // Nothing to split: leave before sorting and hashing a column of free text.
    if (!force && std::none_of(column.values.begin(), column.values.end(),
                               [&](const QString& v) { return v.contains(separator); }))
        return std::nullopt;
    const std::vector<int> order = column.appearanceOrder();
    ColumnCoding c;
    c.type = QuestionType::Multiple;
    c.optionsOfValue.assign(n, {});

    struct Range {
        int start, end, part;
    };
    struct PartInfo {
        bool starts = false;
        bool ends = false;
        int pred = -1; // -1: never preceded, -2: preceded by several parts
    };
    std::vector<std::vector<Range>> cellParts(n);
    QHash<QString, int> partIds;
    std::vector<PartInfo> parts;
    for (int v : order) {
        const QString& s = column.values[v];
        auto& cp = cellParts[v];
        int from = 0;
        while (true) {
            const int at = separator.isEmpty() ? -1 : int(s.indexOf(separator, from));
            int a = from, b = at < 0 ? int(s.size()) : at;
            while (a < b && s[a].isSpace())
                ++a;
            while (b > a && s[b - 1].isSpace())
                --b;
            if (b > a) {
                const QString key = s.mid(a, b - a);
                auto it = partIds.constFind(key);
                if (it == partIds.constEnd()) {
                    it = partIds.insert(key, int(parts.size()));
                    parts.emplace_back();
                }
                cp.push_back({a, b, *it});
            }
            if (at < 0)
                break;
            from = at + int(separator.size());
        }
        if (cp.empty())
            continue;
        parts[cp.front().part].starts = true;
        parts[cp.back().part].ends = true;
        for (size_t i = 1; i < cp.size(); ++i) {
            PartInfo& p = parts[cp[i].part];
            if (p.pred == -1)
                p.pred = cp[i - 1].part;
            else if (p.pred != cp[i - 1].part)
                p.pred = -2;
        }
    }

    // An option that itself contains the separator ("Curso en línea (por ejemplo, Coursera,
    // edX)", "Sì, molto") shows as a part that never opens a cell, always follows the same part,
    // which in turn never closes a cell: such parts are glued back together.
    struct UnitInfo {
        QString label;
        qint64 count = 0;
        qint64 alone = 0;
        int combos = 0;
    };
    QHash<QString, int> unitIds;
    std::vector<UnitInfo> units;
    std::vector<std::vector<int>> cellUnits(n);
    qint64 multiWeight = 0;
    for (int v : order) {
        const auto& cp = cellParts[v];
        if (cp.empty())
            continue;
        const QString& s = column.values[v];
        std::vector<int>& cu = cellUnits[v];
        int us = cp[0].start, ue = cp[0].end;
        auto close = [&] {
            const QString key = s.mid(us, ue - us);
            auto it = unitIds.constFind(key);
            if (it == unitIds.constEnd()) {
                it = unitIds.insert(key, int(units.size()));
                units.push_back({key});
            }
            if (std::find(cu.begin(), cu.end(), *it) == cu.end())
                cu.push_back(*it);
        };
        for (size_t i = 1; i < cp.size(); ++i) {
            const PartInfo& p = parts[cp[i].part];
            const bool glue = !p.starts && p.pred == cp[i - 1].part && !parts[cp[i - 1].part].ends;
            if (glue) {
                ue = cp[i].end;
            } else {
                close();
                us = cp[i].start;
                ue = cp[i].end;
            }
        }
        close();
        for (int u : cu) {
            units[u].count += column.counts[v];
            if (cu.size() == 1)
                units[u].alone += column.counts[v];
            else
                ++units[u].combos;
        }
        if (cu.size() >= 2)
            multiWeight += column.counts[v];
    }
    const int U = int(units.size());
    if (U == 0 && !force)
        return std::nullopt;

    // A real multiple choice: some cells hold several options, and the options recur, alone or
    // in different combinations. Parts that never stand alone and keep to one combination are
    // pieces of a longer answer, and a column made of those is not split.
    std::vector<bool> credible(U);
    int credibleCount = 0;
    qint64 total = 0, credibleTotal = 0;
    for (int u = 0; u < U; ++u) {
        credible[u] = units[u].alone > 0 || units[u].combos >= 2;
        total += units[u].count;
        if (credible[u]) {
            ++credibleCount;
            credibleTotal += units[u].count;
        }
    }
    if (!force) {
        if (multiWeight == 0 || credibleCount > kMaxOptions || credibleCount < 2)
            return std::nullopt;
        if (credibleTotal * 10 < total * 9)
            return std::nullopt;
        qint64 inMulti = 0, credibleInMulti = 0;
        for (int v : order) {
            if (cellUnits[v].size() < 2)
                continue;
            for (int u : cellUnits[v]) {
                inMulti += column.counts[v];
                if (credible[u])
                    credibleInMulti += column.counts[v];
            }
        }
        if (credibleInMulti * 10 < inMulti * 8)
            return std::nullopt;
    }

    // Tools write the chosen options in questionnaire order, so the order inside cells tells
    // the questionnaire's order. Options are inserted one by one, in order of first appearance,
    // where they contradict the fewest observed orders (the latest such place, so that options
    // never seen together with others keep their order of first appearance); a second pass
    // re-inserts each option once the others are known.
    std::vector<int> optionOrder;
    if (U <= 200) {
        std::vector<qint64> before(size_t(U) * U, 0);
        for (int v : order) {
            const auto& cu = cellUnits[v];
            for (size_t i = 0; i < cu.size(); ++i)
                for (size_t j = i + 1; j < cu.size(); ++j)
                    before[size_t(cu[i]) * U + cu[j]] += column.counts[v];
        }
        auto precedes = [&](int a, int b) {
            return before[size_t(a) * U + b] > before[size_t(b) * U + a];
        };
        auto insert = [&](int u, int preferred) {
            // cost(p) = options placed before p that u should precede + options after p that
            // should precede u. Among the cheapest places, the one nearest `preferred`.
            int cost = 0;
            for (int w : optionOrder)
                if (precedes(w, u))
                    ++cost;
            int bestCost = cost, bestPos = 0;
            for (size_t p = 0; p < optionOrder.size(); ++p) {
                const int w = optionOrder[p];
                cost += (precedes(u, w) ? 1 : 0) - (precedes(w, u) ? 1 : 0);
                const int pos = int(p) + 1;
                if (cost < bestCost || (cost == bestCost && std::abs(pos - preferred) <=
                                                                std::abs(bestPos - preferred))) {
                    bestCost = cost;
                    bestPos = pos;
                }
            }
            optionOrder.insert(optionOrder.begin() + bestPos, u);
        };
        for (int u = 0; u < U; ++u)
            insert(u, int(optionOrder.size()));
        for (int u = 0; u < U; ++u) {
            const auto it = std::find(optionOrder.begin(), optionOrder.end(), u);
            const int was = int(it - optionOrder.begin());
            optionOrder.erase(it);
            insert(u, was);
        }
    } else {
        for (int u = 0; u < U; ++u)
            optionOrder.push_back(u);
    }

    // A respondent's own words typed into "Other:" come after the ticked options (Google Forms,
    // Microsoft Forms write them last) and are given by one or two respondents: such pieces are
    // write-ins, counted together as one "Other" option, not dozens of one-respondent options.
    // Only where there are enough answers to tell a write-in from a rarely chosen option.
    qint64 answered = 0;
    for (int v : order)
        answered += cellUnits[v].empty() ? 0 : column.counts[v];
    auto rare = [&](int u) {
        return units[u].count <= writeInLimit;
    };
    std::vector<bool> writeIn(U, false);
    if (!force && writeInLimit > 0 && answered >= kMinAnswersForWriteIns) {
        for (int u = 0; u < U; ++u)
            writeIn[u] = rare(u);
        // Several words typed in one "Other" box are several rare pieces; a piece followed by an
        // option many chose was ticked from the list.
        for (int v : order) {
            const auto& cu = cellUnits[v];
            bool frequentAfter = false;
            for (auto it = cu.rbegin(); it != cu.rend(); ++it) {
                if (frequentAfter)
                    writeIn[*it] = false;
                frequentAfter = frequentAfter || !rare(*it);
            }
        }
    }
    const int writeIns = int(std::count(writeIn.begin(), writeIn.end(), true));
    // Hundreds of one-off "Other" texts would bury the options: beyond the limit they become one
    // "Other" option.
    int remaining = 0;
    for (int u = 0; u < U; ++u)
        remaining += !writeIn[u] && !credible[u] ? 1 : 0;
    const bool lumpOthers = !force && remaining > kMaxOptions;
    auto toOther = [&](int u) {
        return writeIn[u] || (lumpOthers && !credible[u]);
    };
    std::vector<int> optionOfUnit(U, -1);
    for (int u : optionOrder) {
        if (toOther(u))
            continue;
        optionOfUnit[u] = int(c.options.size());
        c.options.append(units[u].label);
    }
    if (writeIns > 0 || lumpOthers) {
        const int other = int(c.options.size());
        c.options.append(CoreText::tr("Other"));
        for (int u = 0; u < U; ++u)
            if (toOther(u))
                optionOfUnit[u] = other;
        if (writeIns > 0)
            c.notes.append({CoreText::tr("%1 write-in answers (each given by at most %2 "
                                         "respondents) counted as \"Other\"")
                                .arg(writeIns)
                                .arg(writeInLimit),
                            -1});
        if (lumpOthers)
            c.notes.append(
                {CoreText::tr("%1 rare answers grouped as \"Other\"").arg(remaining), -1});
    }
    if (writeIns > 0 || lumpOthers) {
        // The words behind "Other" stay readable (WriteInTexts makes them a text question).
        c.otherTextOfValue.resize(n);
        for (int v : order) {
            QStringList typed;
            for (int u : cellUnits[v])
                if (toOther(u))
                    typed.append(units[u].label);
            if (!typed.isEmpty())
                c.otherTextOfValue[v] = typed.join(separator);
        }
    }
    for (int v : order) {
        auto& out = c.optionsOfValue[v];
        for (int u : cellUnits[v])
            if (std::find(out.begin(), out.end(), optionOfUnit[u]) == out.end())
                out.push_back(optionOfUnit[u]);
        std::sort(out.begin(), out.end());
    }
    return c;
}

} // namespace sondo
