#include "import/infer/TypeInference.h"

#include "import/build/RawTable.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <limits>

namespace sondo {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QString tr(const char* text) {
    return QCoreApplication::translate("sondo", text);
}

// The number a label starts with ("18 - 24" → 18, "65 +" → 65), for ordering bands.
std::optional<double> leadingNumber(const QString& label) {
    qsizetype k = 0;
    const qsizetype n = label.size();
    while (k < n && label[k].unicode() >= '0' && label[k].unicode() <= '9')
        ++k;
    if (k == 0)
        return std::nullopt;
    qsizetype end = k;
    if (k + 1 < n && (label[k] == QLatin1Char('.') || label[k] == QLatin1Char(',')) &&
        label[k + 1].unicode() >= '0' && label[k + 1].unicode() <= '9') {
        end = k + 1;
        while (end < n && label[end].unicode() >= '0' && label[end].unicode() <= '9')
            ++end;
    }
    QString digits = label.left(end);
    digits.replace(QLatin1Char(','), QLatin1Char('.'));
    return NumberParser::parse(digits, DecimalMark::Point);
}

// The number a band is ordered by: "18 - 24" → 18, "Fino a 50 postazioni" → 49.5 (before 50),
// "Oltre 500 postazioni" → 500.5 (after every band starting at 500).
std::optional<double> bandNumber(const QString& label) {
    if (auto n = leadingNumber(label))
        return n;
    static const QRegularExpression below(
        QStringLiteral("^(fino a|meno di|sotto i?|up to|less than|under|fewer than|bis|unter|"
                       "weniger als|hasta|menos de|jusqu'à|moins de)\\s+(\\d+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression above(
        QStringLiteral("^(oltre|più di|sopra i?|over|more than|above|über|mehr als|ab|más de|"
                       "plus de|au-delà de)\\s+(\\d+)"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = below.match(label); m.hasMatch())
        return m.captured(2).toDouble() - 0.5;
    if (const auto m = above.match(label); m.hasMatch())
        return m.captured(2).toDouble() + 0.5;
    return std::nullopt;
}

enum class Polarity { Yes, No, Other };

// Questionnaires ask "Yes" before "No"; CSV exports only tell which answer came first.
Polarity polarity(const QString& label) {
    static const QRegularExpression yes(QStringLiteral("^(sì|si|yes|ja|oui|sí)\\b"),
                                        QRegularExpression::CaseInsensitiveOption |
                                            QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression no(QStringLiteral("^(no|nein|non|not)\\b"),
                                       QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::UseUnicodePropertiesOption);
    if (yes.match(label).hasMatch())
        return Polarity::Yes;
    if (no.match(label).hasMatch())
        return Polarity::No;
    return Polarity::Other;
}

// "Altro", "Other (please specify)": listed last in every questionnaire.
bool isOtherOption(const QString& label) {
    static const QRegularExpression other(
        QStringLiteral("^(altro|altri|altra|other|others|andere|anderes|sonstige|sonstiges|otro|"
                       "otra|otros|autre|autres)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return other.match(label).hasMatch();
}

bool isYesNo(const QString& key) {
    static const char* const tokens[] = {"yes",   "no",   "si",     "ja",        "nein",  "oui",
                                         "non",   "y",    "n",      "true",      "false", "vero",
                                         "falso", "wahr", "falsch", "verdadero", "vrai",  "faux"};
    return std::any_of(std::begin(tokens), std::end(tokens),
                       [&](const char* t) { return key == QLatin1String(t); });
}

} // namespace

// ---------------------------------------------------------------------------------------------
// ColumnValues

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

// ---------------------------------------------------------------------------------------------
// TypeInference

TypeInference::TypeInference(const ScaleLibrary& scales, FileConventions conventions)
    : m_scales(scales)
    , m_conventions(conventions) {
}

ConventionVotes TypeInference::votes(const ColumnValues& c) {
    ConventionVotes out;
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

FileConventions TypeInference::conventions(const std::vector<ConventionVotes>& columns) {
    ConventionVotes all;
    for (const ConventionVotes& c : columns) {
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

TypeInference::NumberReading TypeInference::readNumbers(const ColumnValues& column,
                                                        bool exhaustive) const {
    const int n = int(column.values.size());
    NumberReading r;
    std::vector<NumberParser::Reading> readings(n, NumberParser::Reading::NotANumber);
    qint64 pointOnly = 0, commaOnly = 0;
    int notNumbers = 0;
    for (int v = 0; v < n; ++v) {
        if (column.counts[v] <= 0)
            continue;
        readings[v] = NumberParser::read(column.values[v]);
        // More than a few different non-numbers: not numeric, and too many to name in a note.
        if (!exhaustive && readings[v] == NumberParser::Reading::NotANumber &&
            ++notNumbers > kMaxStrayNumbers) {
            r.badCount = column.answered;
            r.badDistinct = notNumbers;
            return r;
        }
        if (readings[v] == NumberParser::Reading::PointOnly)
            pointOnly += column.counts[v];
        else if (readings[v] == NumberParser::Reading::CommaOnly)
            commaOnly += column.counts[v];
    }
    // The column's own cells decide; only when none is telling does the rest of the file.
    DecimalMark mark = m_conventions.decimalMark.value_or(DecimalMark::Point);
    if (pointOnly != commaOnly)
        mark = pointOnly > commaOnly ? DecimalMark::Point : DecimalMark::Comma;
    r.mark = mark;
    r.values.assign(n, kNaN);
    const DecimalMark other = mark == DecimalMark::Point ? DecimalMark::Comma : DecimalMark::Point;
    for (int v = 0; v < n; ++v) {
        if (column.counts[v] <= 0)
            continue;
        std::optional<double> x;
        if (readings[v] != NumberParser::Reading::NotANumber) {
            x = NumberParser::parse(column.values[v], mark);
            if (!x) {
                // A hand-typed "2.5" among "3,5"s: only one reading exists, take it.
                x = NumberParser::parse(column.values[v], other);
                r.mixedMarks = true;
            }
        }
        if (x) {
            r.values[v] = *x;
            continue;
        }
        r.badCount += column.counts[v];
        ++r.badDistinct;
        if (r.firstBad < 0 || column.firstRow[v] < column.firstRow[r.firstBad])
            r.firstBad = v;
    }
    return r;
}

TypeInference::DateReading TypeInference::readDates(const ColumnValues& column) const {
    const int n = int(column.values.size());
    DateReading r;
    r.values.assign(n, kNaN);
    qint64 dayOnly = 0, monthOnly = 0, twelveHour = 0, dotted = 0, bad = 0;
    std::vector<bool> valid(n, false);
    for (int v = 0; v < n; ++v) {
        if (column.counts[v] <= 0)
            continue;
        const auto s = DateParser::shape(column.values[v], true);
        if (!s.valid) {
            bad += column.counts[v];
            if (bad * 10 > column.answered) {
                // Not a date column; no need to look at the rest.
                r.values.assign(n, kNaN);
                r.parsedCount = 0;
                r.firstBad = v;
                return r;
            }
            continue;
        }
        valid[v] = true;
        if (s.value)
            r.values[v] = *s.value; // reads the same in either order: not parsed again below
        if (s.dayFirstPossible && !s.monthFirstPossible)
            dayOnly += column.counts[v];
        else if (s.monthFirstPossible && !s.dayFirstPossible)
            monthOnly += column.counts[v];
        if (s.twelveHour)
            twelveHour += column.counts[v];
        if (s.dottedTime)
            dotted += column.counts[v];
    }
    DateOrder order = m_conventions.dateOrder.value_or(DateOrder::DayFirst);
    if (dayOnly != monthOnly)
        order = dayOnly > monthOnly ? DateOrder::DayFirst : DateOrder::MonthFirst;
    else if (dotted > 0)
        order = DateOrder::DayFirst;
    else if (twelveHour > 0 && !m_conventions.dateOrder)
        order = DateOrder::MonthFirst;
    r.order = order;
    for (int v = 0; v < n; ++v) {
        if (column.counts[v] <= 0)
            continue;
        const auto x = !valid[v]                  ? std::nullopt
                       : !std::isnan(r.values[v]) ? std::optional<double>(r.values[v])
                                                  : DateParser::parse(column.values[v], order);
        if (x) {
            r.values[v] = *x;
            r.parsedCount += column.counts[v];
        } else if (r.firstBad < 0 || column.firstRow[v] < column.firstRow[r.firstBad]) {
            r.firstBad = v;
        }
    }
    return r;
}

std::optional<ColumnCoding> TypeInference::scale(const ColumnValues& column) const {
    if (std::count_if(column.counts.begin(), column.counts.end(), [](qint64 c) { return c > 0; }) >
        ScaleLibrary::kMaxDistinct)
        return std::nullopt;
    const std::vector<int> order = column.appearanceOrder();
    QStringList values;
    std::vector<qint64> counts;
    for (int v : order) {
        values.append(column.values[v]);
        counts.push_back(column.counts[v]);
    }
    const auto m = m_scales.match(values, counts);
    if (!m)
        return std::nullopt;
    ColumnCoding c;
    c.type = QuestionType::Likert;
    c.options = m->options;
    c.scores = m->scores;
    c.codeOfValue.assign(column.values.size(), 0);
    for (size_t i = 0; i < order.size(); ++i)
        c.codeOfValue[order[i]] = m->optionOfValue[i] + 1;
    return c;
}

std::optional<ColumnCoding> TypeInference::labelled(const ColumnValues& column, bool force) const {
    // A variable measured on a scale is numeric whatever labels its extremes carry.
    if (column.valueLabels.isEmpty() ||
        (!force && column.measure == SourceColumnInfo::Measure::Scale))
        return std::nullopt;
    QHash<QString, int> optionOf;
    for (int i = 0; i < column.valueLabels.size(); ++i)
        optionOf.insert(column.valueLabels[i].simplified(), i);
    QStringList extra;
    std::vector<double> extraNumber;
    std::vector<int> order = column.appearanceOrder();
    for (int v : order) {
        const QString key = column.values[v].simplified();
        if (optionOf.contains(key) || extra.contains(key))
            continue;
        // Unlabelled codes are numbers; any other text means the labels do not describe the
        // cells.
        auto x = NumberParser::parse(key, DecimalMark::Point);
        if (!x)
            return std::nullopt;
        extra.append(key);
        extraNumber.push_back(*x);
    }
    // Mostly unlabelled numbers: a numeric variable with a label or two.
    if (!force && extra.size() > column.valueLabels.size())
        return std::nullopt;
    std::vector<int> perm(extra.size());
    for (size_t i = 0; i < perm.size(); ++i)
        perm[i] = int(i);
    std::stable_sort(perm.begin(), perm.end(),
                     [&](int a, int b) { return extraNumber[a] < extraNumber[b]; });
    ColumnCoding c;
    c.options = column.valueLabels;
    for (int i : perm) {
        optionOf.insert(extra[i], int(c.options.size()));
        c.options.append(extra[i]);
    }
    const auto asScale =
        m_scales.match(column.valueLabels, std::vector<qint64>(column.valueLabels.size(), 1));
    c.type = column.measure == SourceColumnInfo::Measure::Ordinal || asScale ? QuestionType::Likert
                                                                             : QuestionType::Single;
    if (c.type == QuestionType::Likert) {
        // The file's code order stands (it may run from agree to disagree); "don't know" labels
        // score NaN.
        int position = 0;
        for (const QString& option : c.options)
            c.scores.push_back(m_scales.isNonSubstantive(option) ? kNaN : double(++position));
    }
    c.codeOfValue.assign(column.values.size(), 0);
    for (int v : order)
        c.codeOfValue[v] = optionOf.value(column.values[v].simplified()) + 1;
    return c;
}

ColumnCoding TypeInference::single(const ColumnValues& column) const {
    ColumnCoding c;
    c.type = QuestionType::Single;
    c.codeOfValue.assign(column.values.size(), 0);
    const std::vector<int> order = column.appearanceOrder();
    // "Masculino" and "Masculino ", "Alta - 25€" and "Alta  - 25€" are one answer.
    QHash<QString, int> optionOf;
    std::vector<int> optionOfValue(column.values.size(), -1);
    for (int v : order) {
        const QString key = column.values[v].simplified();
        auto it = optionOf.constFind(key);
        if (it == optionOf.constEnd())
            it = optionOf.insert(key, int(c.options.size())), c.options.append(key);
        optionOfValue[v] = *it;
    }
    // Bands written with numbers ("18 - 24", "Fino a 50", "Oltre 500") read in numeric order,
    // yes before no, and "Altro" or a "don't know" last. Otherwise the file's order of first
    // appearance is the most stable guess at the questionnaire's order.
    const int k = int(c.options.size());
    std::vector<std::optional<double>> band(k);
    std::vector<int> tail(k, 0);
    std::vector<Polarity> pole(k);
    int numbered = 0, trailing = 0, poled = 0;
    for (int i = 0; i < k; ++i) {
        band[i] = bandNumber(c.options[i]);
        pole[i] = polarity(c.options[i]);
        if (m_scales.isNonSubstantive(c.options[i]))
            tail[i] = 2;
        else if (isOtherOption(c.options[i]))
            tail[i] = 1;
        numbered += band[i] && !tail[i] ? 1 : 0;
        trailing += tail[i] ? 1 : 0;
        poled += pole[i] != Polarity::Other && !tail[i] ? 1 : 0;
    }
    const bool byBand = numbered >= 2 && numbered + trailing == k;
    const bool byPole = !byBand && poled >= 2 && poled + trailing == k;
    std::vector<int> perm(k);
    for (int i = 0; i < k; ++i)
        perm[i] = i;
    std::stable_sort(perm.begin(), perm.end(), [&](int a, int b) {
        if (tail[a] != tail[b])
            return tail[a] < tail[b];
        if (byBand && band[a] && band[b])
            return *band[a] < *band[b];
        if (byPole)
            return int(pole[a]) < int(pole[b]);
        return false;
    });
    std::vector<int> rank(k);
    QStringList sorted;
    for (int i = 0; i < k; ++i) {
        rank[perm[i]] = i;
        sorted.append(c.options[perm[i]]);
    }
    c.options = sorted;
    for (int v : order)
        c.codeOfValue[v] = rank[optionOfValue[v]] + 1;
    return c;
}

bool TypeInference::looksSingle(const ColumnValues& column) const {
    // Free text with thousands of different answers: decide on the raw values, without
    // building a merged copy of each.
    qint64 rawDistinct = 0, rawRepeatedDistinct = 0, rawRepeatedCount = 0;
    for (qint64 count : column.counts) {
        if (count <= 0)
            continue;
        ++rawDistinct;
        if (count >= 2) {
            ++rawRepeatedDistinct;
            rawRepeatedCount += count;
        }
    }
    if (rawDistinct > 1000)
        return rawRepeatedDistinct <= kMaxSingleOptions &&
               rawRepeatedCount * 10 >= column.answered * 8;
    QHash<QString, qint64> counts;
    for (int v = 0; v < int(column.values.size()); ++v)
        if (column.counts[v] > 0)
            counts[column.values[v].simplified()] += column.counts[v];
    const qint64 n = column.answered;
    const qint64 d = counts.size();
    if (d == 0)
        return false;
    if (d <= 3) {
        bool yesNo = true;
        for (auto it = counts.constBegin(); it != counts.constEnd() && yesNo; ++it)
            yesNo =
                isYesNo(ScaleLibrary::normalize(it.key())) || m_scales.isNonSubstantive(it.key());
        if (yesNo)
            return true;
    }
    if (d <= kMaxSingleOptions && d * 10 <= n * 6)
        return true;
    // A choice with an "Other: …" box: a few options that repeat and a tail of one-off texts.
    qint64 repeatedDistinct = 0, repeatedCount = 0, length = 0;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        length += it.key().size();
        if (it.value() >= 2) {
            ++repeatedDistinct;
            repeatedCount += it.value();
        }
    }
    if (repeatedDistinct >= 2 && repeatedDistinct <= kMaxSingleOptions &&
        repeatedCount * 10 >= n * 8)
        return true;
    // Short labels that repeat a lot (countries, free-typed gender).
    return d * 2 <= n && length <= 40 * d && d <= 100;
}

std::optional<ColumnCoding> TypeInference::splitJoined(const ColumnValues& column,
                                                       const QString& separator, bool force) const {
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
        if (multiWeight == 0 || credibleCount > kMaxJoinedOptions || credibleCount < 2)
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

    // Hundreds of one-off "Other" texts would bury the options: beyond the limit they become one
    // "Other" option.
    const bool lumpOthers = !force && U - credibleCount > kMaxJoinedOptions;
    std::vector<int> optionOfUnit(U, -1);
    for (int u : optionOrder) {
        if (lumpOthers && !credible[u])
            continue;
        optionOfUnit[u] = int(c.options.size());
        c.options.append(units[u].label);
    }
    if (lumpOthers) {
        const int other = int(c.options.size());
        c.options.append(tr("Other"));
        for (int u = 0; u < U; ++u)
            if (!credible[u])
                optionOfUnit[u] = other;
        c.notes.append({tr("%1 rare answers grouped as \"Other\"").arg(U - credibleCount), -1});
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

ColumnCoding TypeInference::infer(const ColumnValues& column, const QString& joinSeparator) const {
    if (column.answered == 0) {
        ColumnCoding c;
        c.type = QuestionType::Text;
        return c;
    }
    if (auto c = labelled(column, false))
        return *c;
    if (auto c = scale(column))
        return *c;
    NumberReading numbers = readNumbers(column, false);
    if (numbers.badCount == 0) {
        ColumnCoding c;
        c.type = QuestionType::Numeric;
        c.decimalMark = numbers.mark;
        c.numberOfValue = std::move(numbers.values);
        if (numbers.mixedMarks)
            c.notes.append(
                {tr("Numbers written with both decimal marks (\"3,5\" and \"3.5\")"), -1});
        return c;
    }
    DateReading dates = readDates(column);
    if (dates.parsedCount > 0 && dates.parsedCount * 10 >= column.answered * 9) {
        ColumnCoding c;
        c.type = QuestionType::Date;
        c.dateOrder = dates.order;
        c.numberOfValue = std::move(dates.values);
        if (dates.parsedCount < column.answered)
            c.notes.append({tr("%1 cells are not dates, first \"%2\": read as missing")
                                .arg(column.answered - dates.parsedCount)
                                .arg(column.values[dates.firstBad]),
                            dates.firstBad});
        return c;
    }
    ColumnCoding c;
    std::optional<ColumnCoding> split;
    if (!joinSeparator.isEmpty())
        split = splitJoined(column, joinSeparator, false);
    if (split)
        c = std::move(*split);
    else if (looksSingle(column))
        c = single(column);
    else
        c.type = QuestionType::Text;
    // Mostly numbers: say which cell kept the column from being numeric, so that the analyst
    // can fix the file or decide.
    if (numbers.badDistinct <= kMaxStrayNumbers && numbers.badCount * 10 <= column.answered &&
        column.answered - numbers.badCount >= 3)
        c.notes.append({tr("Numbers except for \"%1\": read as %2, not numeric")
                            .arg(column.values[numbers.firstBad], questionTypeName(c.type)),
                        numbers.firstBad});
    return c;
}

std::vector<ColumnCoding> TypeInference::inferGrid(const std::vector<const ColumnValues*>& items,
                                                   const QString& joinSeparator) const {
    std::vector<ColumnCoding> own;
    own.reserve(items.size());
    for (const ColumnValues* item : items)
        own.push_back(infer(*item, joinSeparator));
    // Value labels from a binary source already give every item its options.
    if (items.size() < 2 || std::any_of(items.begin(), items.end(), [](const ColumnValues* c) {
            return !c->valueLabels.isEmpty();
        }))
        return own;

    // Some items' answers as one column: the union of values, counts summed, first appearance
    // over all of them; pooledOf[i][v] = index in the pool of item i's value v.
    struct Pool {
        ColumnValues column;
        std::vector<std::vector<int>> pooledOf;
    };
    auto pool = [&](const std::vector<int>& which) {
        Pool p;
        QHash<QString, int> index;
        p.pooledOf.resize(items.size());
        for (int i : which) {
            const ColumnValues& c = *items[i];
            p.pooledOf[i].assign(c.values.size(), -1);
            for (int v = 0; v < int(c.values.size()); ++v) {
                if (c.counts[v] <= 0)
                    continue;
                auto it = index.constFind(c.values[v]);
                if (it == index.constEnd()) {
                    it = index.insert(c.values[v], int(p.column.values.size()));
                    p.column.values.append(c.values[v]);
                    p.column.counts.push_back(0);
                    p.column.firstRow.push_back(c.firstRow[v]);
                }
                p.column.counts[*it] += c.counts[v];
                p.column.firstRow[*it] = std::min(p.column.firstRow[*it], c.firstRow[v]);
                p.column.answered += c.counts[v];
                p.pooledOf[i][v] = *it;
            }
        }
        return p;
    };
    auto share = [&](const Pool& p, const ColumnCoding& shared, const std::vector<int>& which) {
        for (int i : which) {
            ColumnCoding c;
            c.type = shared.type;
            c.options = shared.options;
            c.scores = shared.scores;
            c.codeOfValue.assign(items[i]->values.size(), 0);
            for (size_t v = 0; v < p.pooledOf[i].size(); ++v)
                if (p.pooledOf[i][v] >= 0)
                    c.codeOfValue[v] = shared.codeOfValue[p.pooledOf[i][v]];
            c.notes = own[i].notes;
            own[i] = std::move(c);
        }
    };
    std::vector<int> likert, choices, fewTexts;
    for (int i = 0; i < int(items.size()); ++i) {
        if (own[i].type == QuestionType::Likert)
            likert.push_back(i);
        else if (own[i].type == QuestionType::Single)
            choices.push_back(i);
        // An item with a handful of answers may be a choice too few respondents made.
        else if (own[i].type == QuestionType::Text &&
                 std::count_if(items[i]->counts.begin(), items[i]->counts.end(),
                               [](qint64 c) { return c > 0; }) <= 10)
            fewTexts.push_back(i);
    }
    if (!likert.empty()) {
        // The scale items define the scale; other items join when their answers fit on it (an
        // item whose respondents all chose one point), never when they are free text.
        std::vector<int> all = likert;
        all.insert(all.end(), choices.begin(), choices.end());
        all.insert(all.end(), fewTexts.begin(), fewTexts.end());
        Pool p = pool(all);
        if (auto shared = scale(p.column)) {
            share(p, *shared, all);
            return own;
        }
        p = pool(likert);
        if (auto shared = scale(p.column))
            share(p, *shared, likert);
        return own;
    }
    std::vector<int> all = choices;
    all.insert(all.end(), fewTexts.begin(), fewTexts.end());
    if (all.size() < 2)
        return own;
    std::sort(all.begin(), all.end());
    Pool p = pool(all);
    if (p.column.values.size() <= kMaxSingleOptions && looksSingle(p.column))
        share(p, single(p.column), all);
    return own;
}

ColumnCoding TypeInference::inferMetadata(const ColumnValues& column) const {
    ColumnCoding c;
    c.type = QuestionType::Identifier;
    if (column.answered == 0)
        return c;
    DateReading dates = readDates(column);
    if (dates.parsedCount > 0 && dates.parsedCount * 10 >= column.answered * 9) {
        c.type = QuestionType::Date;
        c.dateOrder = dates.order;
        c.numberOfValue = std::move(dates.values);
    }
    return c;
}

TypeInference::Forced TypeInference::force(const ColumnValues& column, QuestionType type,
                                           const QString& joinSeparator) const {
    Forced out;
    ColumnCoding c;
    c.type = type;
    switch (type) {
    case QuestionType::Text:
    case QuestionType::Identifier:
        out.coding = c;
        return out;
    case QuestionType::Numeric: {
        NumberReading numbers = readNumbers(column);
        if (numbers.badCount > 0) {
            out.badValue = numbers.firstBad;
            return out;
        }
        c.decimalMark = numbers.mark;
        c.numberOfValue = std::move(numbers.values);
        out.coding = c;
        return out;
    }
    case QuestionType::Date: {
        DateReading dates = readDates(column);
        if (dates.parsedCount < column.answered) {
            out.badValue = dates.firstBad;
            return out;
        }
        c.dateOrder = dates.order;
        c.numberOfValue = std::move(dates.values);
        out.coding = c;
        return out;
    }
    case QuestionType::Multiple:
        out.coding = splitJoined(column, joinSeparator, true);
        return out;
    case QuestionType::Single:
    case QuestionType::Likert:
        break;
    }

    if (auto known = labelled(column, true)) {
        if (type == QuestionType::Single) {
            known->scores.clear();
        } else if (known->type != QuestionType::Likert) {
            int position = 0;
            for (const QString& option : known->options)
                known->scores.push_back(m_scales.isNonSubstantive(option) ? kNaN
                                                                          : double(++position));
        }
        known->type = type;
        out.coding = known;
        return out;
    }
    if (auto scaled = scale(column)) {
        scaled->type = type;
        if (type == QuestionType::Single)
            scaled->scores.clear();
        out.coding = scaled;
        return out;
    }
    ColumnCoding s = single(column);
    if (type == QuestionType::Single) {
        out.coding = s;
        return out;
    }
    // Likert on a set the library does not know: numbers in numeric order scored by value,
    // anything else in order of first appearance scored 1..k; "don't know" answers last.
    const int k = int(s.options.size());
    std::vector<std::optional<double>> number(k);
    std::vector<bool> dontKnow(k);
    bool allNumbers = true;
    for (int i = 0; i < k; ++i) {
        dontKnow[i] = m_scales.isNonSubstantive(s.options[i]);
        if (dontKnow[i])
            continue;
        number[i] = NumberParser::parse(s.options[i], DecimalMark::Point);
        if (!number[i])
            number[i] = NumberParser::parse(s.options[i], DecimalMark::Comma);
        allNumbers = allNumbers && number[i].has_value();
    }
    // single() may have sorted numbers already; restore first appearance for text options.
    std::vector<int> firstSeen(k, std::numeric_limits<int>::max());
    for (int v : column.appearanceOrder()) {
        const int o = s.codeOfValue[v] - 1;
        firstSeen[o] = std::min(firstSeen[o], column.firstRow[v]);
    }
    std::vector<int> perm(k);
    for (int i = 0; i < k; ++i)
        perm[i] = i;
    std::stable_sort(perm.begin(), perm.end(), [&](int a, int b) {
        if (dontKnow[a] != dontKnow[b])
            return !dontKnow[a];
        if (dontKnow[a])
            return firstSeen[a] < firstSeen[b];
        if (allNumbers)
            return *number[a] < *number[b];
        return firstSeen[a] < firstSeen[b];
    });
    std::vector<int> rank(k);
    int scorePosition = 0;
    for (int i = 0; i < k; ++i) {
        const int o = perm[i];
        rank[o] = i;
        c.options.append(s.options[o]);
        if (dontKnow[o])
            c.scores.push_back(kNaN);
        else
            c.scores.push_back(allNumbers ? *number[o] : double(++scorePosition));
    }
    c.codeOfValue.assign(column.values.size(), 0);
    for (int v = 0; v < int(column.values.size()); ++v)
        if (s.codeOfValue[v] > 0)
            c.codeOfValue[v] = rank[s.codeOfValue[v] - 1] + 1;
    out.coding = c;
    return out;
}

std::vector<TypeInference::Flag> TypeInference::readFlags(const QStringList& values,
                                                          const std::vector<qint64>& counts,
                                                          QStringView optionLabel) {
    const int n = int(values.size());
    std::vector<Flag> flags(n, Flag::Unknown);
    int present = 0, known = -1, unknown = -1;
    for (int v = 0; v < n; ++v) {
        flags[v] = readFlag(values[v], optionLabel);
        if (counts[v] <= 0)
            continue;
        ++present;
        if (flags[v] == Flag::Unknown) {
            static const char* const negations[] = {"non ", "not ", "nicht ", "no ",
                                                    "kein", "pas ", "un"};
            const QString key = ScaleLibrary::normalize(values[v]);
            for (const char* neg : negations)
                if (key.startsWith(QLatin1String(neg)) && key.size() > int(qstrlen(neg)) + 2)
                    flags[v] = Flag::NotSelected;
        }
        (flags[v] == Flag::Unknown ? unknown : known) = v;
    }
    if (present == 2 && known >= 0 && unknown >= 0)
        flags[unknown] = flags[known] == Flag::Selected ? Flag::NotSelected : Flag::Selected;
    return flags;
}

TypeInference::Flag TypeInference::readFlag(QStringView cell, QStringView optionLabel) {
    const QStringView t = cell.trimmed();
    if (t.isEmpty())
        return Flag::NotSelected;
    if (t == QStringView(u"\u2713") || t == QStringView(u"\u2714") || t == QStringView(u"\u2611"))
        return Flag::Selected;
    const QString key = ScaleLibrary::normalize(t);
    if (!optionLabel.trimmed().isEmpty() && key == ScaleLibrary::normalize(optionLabel))
        return Flag::Selected;
    static const char* const selected[] = {"y",    "yes",       "si",       "ja",     "oui",
                                           "1",    "x",         "true",     "vero",   "wahr",
                                           "vrai", "verdadero", "selected", "checked"};
    static const char* const notSelected[] = {"n",    "no",           "nein",     "non",
                                              "0",    "false",        "falso",    "falsch",
                                              "faux", "not selected", "unchecked"};
    for (const char* s : selected)
        if (key == QLatin1String(s))
            return Flag::Selected;
    for (const char* s : notSelected)
        if (key == QLatin1String(s))
            return Flag::NotSelected;
    if (t == QLatin1String("-"))
        return Flag::NotSelected;
    return Flag::Unknown;
}

} // namespace sondo
