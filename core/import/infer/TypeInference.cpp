#include "import/infer/TypeInference.h"

#include "base/CoreText.h"

#include "import/build/RawTable.h"
#include "import/infer/ChoiceOrder.h"
#include "import/infer/JoinedAnswers.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <limits>

namespace sondo {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool isYesNo(const QString& key) {
    static const char* const tokens[] = {"yes",   "no",   "si",     "ja",        "nein",  "oui",
                                         "non",   "y",    "n",      "true",      "false", "vero",
                                         "falso", "wahr", "falsch", "verdadero", "vrai",  "faux"};
    return std::any_of(std::begin(tokens), std::end(tokens),
                       [&](const char* t) { return key == QLatin1String(t); });
}

} // namespace

TypeInference::TypeInference(const ScaleLibrary& scales, FileConventions conventions,
                             int writeInLimit)
    : m_scales(scales)
    , m_conventions(conventions)
    , m_writeInLimit(writeInLimit) {
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
    c.codeOfValue.assign(column.values.size(), 0);
    for (int v : order)
        c.codeOfValue[v] = optionOf.value(column.values[v].simplified()) + 1;
    if (c.type != QuestionType::Likert)
        return c;
    if (asScale && asScale->options.size() == column.valueLabels.size()) {
        // Polarity from the labels, not the codes: a file coded 1 = "Strongly agree" …
        // 5 = "Strongly disagree" is shown from disagree up, so that the top-2-box, the
        // diverging chart's right side and the sign of a net are the agree end. Unlabelled
        // codes keep their place after the scale, off it.
        std::vector<int> newOf(c.options.size());
        QStringList options = asScale->options;
        std::vector<double> scores = asScale->scores;
        for (int i = 0; i < column.valueLabels.size(); ++i)
            newOf[size_t(i)] = asScale->optionOfValue[size_t(i)];
        for (int i = int(column.valueLabels.size()); i < c.options.size(); ++i) {
            newOf[size_t(i)] = int(options.size());
            options.append(c.options[i]);
            scores.push_back(kNaN);
        }
        for (std::int32_t& code : c.codeOfValue)
            if (code > 0)
                code = newOf[size_t(code - 1)] + 1;
        c.options = options;
        c.scores = scores;
        return c;
    }
    // An ordinal variable whose labels are no known scale: the file's code order stands;
    // "don't know" labels score NaN.
    int position = 0;
    for (const QString& option : c.options)
        c.scores.push_back(m_scales.isNonSubstantive(option) ? kNaN : double(++position));
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
    const int k = int(c.options.size());
    const std::vector<int> perm = ChoiceOrder::of(c.options, m_scales);
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
                {CoreText::tr("Numbers written with both decimal marks (\"3,5\" and \"3.5\")"),
                 -1});
        return c;
    }
    DateReading dates = readDates(column);
    if (dates.parsedCount > 0 && dates.parsedCount * 10 >= column.answered * 9) {
        ColumnCoding c;
        c.type = QuestionType::Date;
        c.dateOrder = dates.order;
        c.numberOfValue = std::move(dates.values);
        if (dates.parsedCount < column.answered)
            c.notes.append({CoreText::tr("%1 cells are not dates, first \"%2\": read as missing")
                                .arg(column.answered - dates.parsedCount)
                                .arg(column.values[dates.firstBad]),
                            dates.firstBad});
        return c;
    }
    ColumnCoding c;
    std::optional<ColumnCoding> split;
    if (!joinSeparator.isEmpty())
        split = JoinedAnswers::split(column, joinSeparator, false, m_writeInLimit);
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
        c.notes.append({CoreText::tr("Numbers except for \"%1\": read as %2, not numeric")
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
    // Questions that only share a page (gender, country) share no answers: each keeps its own.
    // An item shares the scale when most of its answers are answers of the other items too.
    const bool shareAnswers = std::all_of(all.begin(), all.end(), [&](int i) {
        QSet<QString> others;
        for (int k : all)
            if (k != i)
                for (size_t v = 0; v < items[k]->values.size(); ++v)
                    if (items[k]->counts[v] > 0)
                        others.insert(items[k]->values[int(v)]);
        int given = 0, shared = 0;
        for (size_t v = 0; v < items[i]->values.size(); ++v) {
            if (items[i]->counts[v] <= 0)
                continue;
            ++given;
            shared += others.contains(items[i]->values[int(v)]) ? 1 : 0;
        }
        return shared * 2 >= given;
    });
    if (!shareAnswers)
        return own;
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
        return c;
    }
    // A handful of values each given by many (Status, Finished, a randomised condition such as
    // Qualtrics' FL_12_DO, the start language): a segment the analyst may compare by.
    const auto given =
        std::count_if(column.counts.begin(), column.counts.end(), [](qint64 n) { return n > 0; });
    if (given >= 1 && given <= kMaxMetadataOptions && given * 2 <= column.answered)
        return single(column);
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
        out.coding = JoinedAnswers::split(column, joinSeparator, true, m_writeInLimit);
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

} // namespace sondo
