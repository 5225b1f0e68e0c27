#include "stats/FrequencyTable.h"

#include "filter/CodeKernels.h"

#include <QDateTime>
#include <QHash>
#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <numeric>
#include <type_traits>
#include <unordered_map>

namespace sondo {

namespace {

/**
 * The hot loops keep several copies of each histogram and rotate between them: consecutive
 * respondents often land in the same bucket (everyone outside the filter does), and one copy
 * would make every add wait for the previous one to reach memory.
 */
constexpr std::size_t kCopies = 4;
/**
 * Respondents are counted in blocks: a block's scratch arrays live on the stack and stay in L1,
 * and whether its weights are all 1 is decided per block.
 */
constexpr std::size_t kBlock = 4096;

/** Who is counted: `n` respondents, `mask` null = all of them, `weights` null = all 1. */
struct Scope {
    std::size_t n = 0;
    const std::uint8_t* mask = nullptr;
    const double* weights = nullptr;

    bool in(std::size_t i) const { return !mask || mask[i]; }
    double weight(std::size_t i) const { return weights ? weights[i] : 1.0; }
};

Scope scopeOf(const ResponseMatrix& responses, const RespondentMask& mask) {
    Scope scope;
    scope.n = std::size_t(std::max(responses.respondentCount, 0));
    if (!mask.empty()) {
        scope.n = std::min(scope.n, mask.size());
        scope.mask = mask.data();
    }
    // A matrix without weights (or with the wrong number) is unweighted.
    if (responses.weights.size() == std::size_t(std::max(responses.respondentCount, 0)))
        scope.weights = responses.weights.data();
    return scope;
}

double percentOf(double count, double base) {
    return base > 0 ? 100.0 * count / base : 0.0;
}

/**
 * Histogram of codes into k + 2 buckets per copy: 0 = outside the mask, 1 = missing (0 or a code
 * outside 1..k), 1 + c = option c. Branch-free, so a random filter costs no mispredictions.
 */
template <bool Masked, bool Weighted>
void countCodes(const std::int32_t* codes, const Scope& scope, std::uint32_t k, double* weighted,
                qint64* unweighted) {
    const std::size_t buckets = std::size_t(k) + 2;
    const std::uint8_t* const mask = scope.mask;
    const double* const w = scope.weights;
    const auto one = [&](std::size_t i, std::size_t copy) {
        std::uint32_t c = std::uint32_t(codes[i]);
        c = c > k ? 0u : c;
        std::uint32_t index = c + 1;
        if constexpr (Masked)
            index *= mask[i];
        unweighted[copy * buckets + index] += 1;
        if constexpr (Weighted)
            weighted[copy * buckets + index] += w[i];
    };
    const std::size_t n = scope.n;
    std::size_t i = 0;
    for (; i + kCopies <= n; i += kCopies) {
        one(i, 0);
        one(i + 1, 1);
        one(i + 2, 2);
        one(i + 3, 3);
    }
    for (; i < n; ++i)
        one(i, 0);
}

/**
 * One block of slots into the histogram copies. A sparse filter (fewer than a third inside) first
 * lists the respondents inside, so those outside cost no memory update at all.
 */
template <bool Weighted>
void countBlock(const std::uint8_t* slotOf, std::size_t len, std::size_t inside, const double* w,
                std::size_t buckets, double* weighted, qint64* unweighted) {
    const auto one = [&](std::size_t i, std::size_t copy) {
        const std::size_t b = copy * buckets + slotOf[i];
        unweighted[b] += 1;
        if constexpr (Weighted)
            weighted[b] += w[i];
    };
    if (inside * 3 < len) {
        std::uint16_t list[kBlock];
        std::size_t m = 0;
        for (std::size_t i = 0; i < len; ++i) {
            list[m] = std::uint16_t(i);
            m += slotOf[i] != 0;
        }
        std::size_t j = 0;
        for (; j + kCopies <= m; j += kCopies) {
            one(list[j], 0);
            one(list[j + 1], 1);
            one(list[j + 2], 2);
            one(list[j + 3], 3);
        }
        for (; j < m; ++j)
            one(list[j], 0);
        return;
    }
    std::size_t i = 0;
    for (; i + kCopies <= len; i += kCopies) {
        one(i, 0);
        one(i + 1, 1);
        one(i + 2, 2);
        one(i + 3, 3);
    }
    for (; i < len; ++i)
        one(i, 0);
}

/**
 * The same histogram for k ≤ 254, a block at a time: slots are computed with SIMD, and blocks
 * whose weights are all 1 (every block, until weighting exists) never read them again. Fills
 * both histograms.
 */
void countSlots(const std::int32_t* codes, const Scope& scope, std::uint32_t k, double* weighted,
                qint64* unweighted) {
    const std::size_t buckets = std::size_t(k) + 2;
    std::vector<qint64> unit(kCopies * buckets, 0);
    alignas(16) std::uint8_t slotOf[kBlock];
    for (std::size_t start = 0; start < scope.n; start += kBlock) {
        const std::size_t len = std::min(kBlock, scope.n - start);
        const std::uint8_t* mask = scope.mask ? scope.mask + start : nullptr;
        const std::size_t inside = kernels::codeSlots(codes + start, mask, len, k, slotOf);
        const double* w = scope.weights ? scope.weights + start : nullptr;
        if (!w || kernels::allOnes(w, len))
            countBlock<false>(slotOf, len, inside, nullptr, buckets, nullptr, unit.data());
        else
            countBlock<true>(slotOf, len, inside, w, buckets, weighted, unweighted);
    }
    for (std::size_t b = 0; b < unit.size(); ++b) {
        unweighted[b] += unit[b];
        weighted[b] += double(unit[b]);
    }
}

/**
 * The rest of a coded table from its histogram (bucket 1 missing, 1 + c option c, summed over
 * the copies): bases, rows, the Likert summary and boxes.
 */
void finishCoded(FrequencyTable& t, const Question& q, const double* weighted,
                 const qint64* unweighted);

void computeCoded(FrequencyTable& t, const Question& q, const AnswerColumn& column, Scope scope) {
    const std::uint32_t k = std::uint32_t(q.options.size());
    const std::size_t buckets = std::size_t(k) + 2;
    std::vector<double> weighted(kCopies * buckets, 0.0);
    std::vector<qint64> unweighted(kCopies * buckets, 0);

    // Respondents past the end of a short column have no code: they are missing.
    const std::size_t coded = std::min(scope.n, column.codes.size());
    Scope head = scope;
    head.n = coded;
    const std::int32_t* codes = column.codes.data();
    if (k <= 254) {
        countSlots(codes, head, k, weighted.data(), unweighted.data());
    } else {
        if (head.mask && head.weights)
            countCodes<true, true>(codes, head, k, weighted.data(), unweighted.data());
        else if (head.mask)
            countCodes<true, false>(codes, head, k, weighted.data(), unweighted.data());
        else if (head.weights)
            countCodes<false, true>(codes, head, k, weighted.data(), unweighted.data());
        else
            countCodes<false, false>(codes, head, k, weighted.data(), unweighted.data());
        if (!scope.weights)
            for (std::size_t b = 0; b < weighted.size(); ++b)
                weighted[b] = double(unweighted[b]);
    }
    for (std::size_t copy = 1; copy < kCopies; ++copy)
        for (std::size_t b = 0; b < buckets; ++b) {
            weighted[b] += weighted[copy * buckets + b];
            unweighted[b] += unweighted[copy * buckets + b];
        }
    for (std::size_t i = coded; i < scope.n; ++i)
        if (scope.in(i)) {
            weighted[1] += scope.weight(i);
            unweighted[1] += 1;
        }

    finishCoded(t, q, weighted.data(), unweighted.data());
}

void finishCoded(FrequencyTable& t, const Question& q, const double* weighted,
                 const qint64* unweighted) {
    const std::uint32_t k = std::uint32_t(q.options.size());
    const std::size_t buckets = std::size_t(k) + 2;
    t.missing = weighted[1];
    t.unweightedMissing = unweighted[1];
    for (std::size_t b = 2; b < buckets; ++b) {
        t.base += weighted[b];
        t.unweightedBase += unweighted[b];
    }
    t.respondents = t.unweightedBase + t.unweightedMissing;
    t.weightedRespondents = t.base + t.missing;

    const bool likert = q.type == QuestionType::Likert;
    std::vector<double> scores = q.scores;
    if (likert && scores.size() != k) {
        // A scale without usable scores is scored along its order, as Question documents.
        scores.resize(k);
        std::iota(scores.begin(), scores.end(), 1.0);
    }
    t.rows.reserve(qsizetype(k));
    for (std::uint32_t o = 0; o < k; ++o) {
        FrequencyRow row;
        row.label = q.options[qsizetype(o)];
        row.count = weighted[o + 2];
        row.unweightedCount = unweighted[o + 2];
        row.percent = percentOf(row.count, t.base);
        if (likert)
            row.value = scores[o];
        t.rows.append(row);
    }
    // An option is chosen alone, so a net of a single choice is the sum of its options.
    for (const OptionNet& net : q.nets) {
        FrequencyRow row{net.name, 0, 0, 0};
        for (std::uint32_t o = 0; o < k; ++o)
            if (net.options.contains(q.options[qsizetype(o)])) {
                row.count += weighted[o + 2];
                row.unweightedCount += unweighted[o + 2];
            }
        row.percent = percentOf(row.count, t.base);
        t.nets.append(row);
    }
    t.scoredBase = t.base;
    t.unweightedScoredBase = t.unweightedBase;
    if (!likert)
        return;

    // Scored options by score, for the summary and the boxes; "Non so" (NaN) stays out.
    std::vector<std::uint32_t> scored;
    t.scoredBase = 0;
    t.unweightedScoredBase = 0;
    for (std::uint32_t o = 0; o < k; ++o)
        if (std::isfinite(scores[o])) {
            scored.push_back(o);
            t.scoredBase += weighted[o + 2];
            t.unweightedScoredBase += unweighted[o + 2];
        }
    std::stable_sort(scored.begin(), scored.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return scores[a] < scores[b]; });
    std::vector<double> values;
    std::vector<double> sums;
    std::vector<qint64> counts;
    for (std::uint32_t o : scored) {
        if (!values.empty() && values.back() == scores[o]) {
            sums.back() += weighted[o + 2];
            counts.back() += unweighted[o + 2];
            continue;
        }
        values.push_back(scores[o]);
        sums.push_back(weighted[o + 2]);
        counts.push_back(unweighted[o + 2]);
    }
    const NumericSummary summary = NumericSummary::fromDistinct(values, sums, counts);
    if (summary.n > 0)
        t.summary = summary;
    // Two boxes out of a two-point scale would be the whole scale, and out of a three-point one
    // they would take the neutral middle for one side: the boxes need four points or more.
    if (scored.size() >= 4) {
        const std::size_t s = scored.size();
        t.bottomTwoBox = percentOf(weighted[scored[0] + 2] + weighted[scored[1] + 2], t.scoredBase);
        t.topTwoBox =
            percentOf(weighted[scored[s - 1] + 2] + weighted[scored[s - 2] + 2], t.scoredBase);
    }
}

/**
 * Multiple choice, a block at a time: the 0/1 columns are counted with SIMD; weights are only
 * read where they are not all 1, and then only for the respondents counted. One tally per table
 * being counted (a question's, or each group's of a segment), fed block after block.
 */
class MultipleTally {
public:
    MultipleTally(const AnswerColumn& column, std::size_t k, std::size_t n)
        : m_selected(k, nullptr)
        , m_weighted(k, 0.0)
        , m_unweighted(k, 0) {
        for (std::size_t o = 0; o < k; ++o)
            if (o < column.selected.size() && column.selected[o].size() >= n)
                m_selected[o] = column.selected[o].data();
        m_answered = column.answered.size() >= n ? column.answered.data() : nullptr;
    }

    /**
     * Counts respondents [start, start + len) whose byte in `counted` is 1 (in scope, and in the
     * group when there are groups); `counted` is overwritten. `w`: the block's weights, `unit`
     * when they are all 1 (or there are none).
     */
    void addBlock(std::uint8_t* counted, std::size_t start, std::size_t len, const double* w,
                  bool unit) {
        const std::size_t inScope = kernels::countNonZero(counted, len);
        m_respondentsU += qint64(inScope);
        if (unit) {
            m_respondentsW += double(inScope);
        } else {
            for (std::size_t i = 0; i < len; ++i)
                m_respondentsW += counted[i] ? w[i] : 0.0;
        }
        if (m_answered)
            kernels::andNonZero(m_answered + start, len, counted);
        else
            std::fill(counted, counted + len, std::uint8_t(0));
        const std::size_t inBase = kernels::countNonZero(counted, len);
        m_baseU += qint64(inBase);
        std::size_t listed = 0;
        if (unit) {
            m_baseW += double(inBase);
        } else {
            for (std::size_t i = 0; i < len; ++i) {
                m_list[listed] = std::uint16_t(i);
                listed += counted[i];
            }
            for (std::size_t j = 0; j < listed; ++j)
                m_baseW += w[m_list[j]];
        }
        for (std::size_t o = 0; o < m_selected.size(); ++o) {
            if (!m_selected[o])
                continue;
            const std::uint8_t* s = m_selected[o] + start;
            const std::size_t count = kernels::countBoth(counted, s, len);
            m_unweighted[o] += qint64(count);
            if (unit) {
                m_weighted[o] += double(count);
                continue;
            }
            double sum = 0;
            for (std::size_t j = 0; j < listed; ++j)
                sum += s[m_list[j]] ? w[m_list[j]] : 0.0;
            m_weighted[o] += sum;
        }
    }

    /** Writes the counts into `t`, whose rows are the options. */
    void finish(FrequencyTable& t) const {
        t.respondents = m_respondentsU;
        t.weightedRespondents = m_respondentsW;
        t.base = m_baseW;
        t.unweightedBase = m_baseU;
        t.missing = m_respondentsW - m_baseW;
        t.unweightedMissing = m_respondentsU - m_baseU;
        for (std::size_t o = 0; o < m_selected.size(); ++o) {
            t.rows[qsizetype(o)].count = m_weighted[o];
            t.rows[qsizetype(o)].unweightedCount = m_unweighted[o];
        }
    }

private:
    std::vector<const std::uint8_t*> m_selected;
    const std::uint8_t* m_answered = nullptr;
    std::vector<double> m_weighted;
    std::vector<qint64> m_unweighted;
    double m_respondentsW = 0, m_baseW = 0;
    qint64 m_respondentsU = 0, m_baseU = 0;
    std::uint16_t m_list[kBlock];
};

/** The weights of block [start, start + len), or null; `unit` when they are all 1 or none. */
const double* blockWeights(const Scope& scope, std::size_t start, std::size_t len, bool& unit) {
    const double* w = scope.weights ? scope.weights + start : nullptr;
    unit = !w || kernels::allOnes(w, len);
    return w;
}

void countMultiple(FrequencyTable& t, const AnswerColumn& column, std::size_t k,
                   const Scope& scope) {
    const std::size_t n = scope.n;
    MultipleTally tally(column, k, n);
    alignas(16) std::uint8_t counted[kBlock];
    for (std::size_t start = 0; start < n; start += kBlock) {
        const std::size_t len = std::min(kBlock, n - start);
        bool unit = true;
        const double* w = blockWeights(scope, start, len, unit);
        if (scope.mask)
            kernels::setNonZero(scope.mask + start, len, counted);
        else
            std::fill(counted, counted + len, std::uint8_t(1));
        tally.addBlock(counted, start, len, w, unit);
    }
    tally.finish(t);
}

/**
 * countMultiple() for every group of a coded segment at once (respondent i in group
 * `groupCodes[i] - 1`): each block of the answers is read once for all the groups, not once per
 * group.
 */
void countMultipleGroups(QList<FrequencyTable>& tables, const AnswerColumn& column, std::size_t k,
                         const Scope& scope, const std::int32_t* groupCodes, std::size_t n) {
    std::vector<std::unique_ptr<MultipleTally>> tallies;
    for (qsizetype g = 0; g < tables.size(); ++g)
        tallies.push_back(std::make_unique<MultipleTally>(column, k, n));
    alignas(16) std::uint8_t inScope[kBlock];
    alignas(16) std::uint8_t counted[kBlock];
    for (std::size_t start = 0; start < n; start += kBlock) {
        const std::size_t len = std::min(kBlock, n - start);
        bool unit = true;
        const double* w = blockWeights(scope, start, len, unit);
        if (scope.mask)
            kernels::setNonZero(scope.mask + start, len, inScope);
        else
            std::fill(inScope, inScope + len, std::uint8_t(1));
        for (std::size_t g = 0; g < tallies.size(); ++g) {
            std::copy(inScope, inScope + len, counted);
            const std::int32_t code = std::int32_t(g + 1);
            kernels::andCodeIn(groupCodes + start, len, &code, 1, counted);
            tallies[g]->addBlock(counted, start, len, w, unit);
        }
    }
    for (qsizetype g = 0; g < tables.size(); ++g)
        tallies[std::size_t(g)]->finish(tables[g]);
}

/**
 * The nets of a multiple choice: each respondent who answered and ticked any of a net's options
 * counts once, however many of them they ticked, so a net is not the sum of its rows. One plain
 * pass per net: nets are few, and the pass is a fraction of the table's own.
 */
void countMultipleNets(FrequencyTable& t, const Question& q, const AnswerColumn& column,
                       const Scope& scope) {
    const std::size_t n = scope.n;
    const std::uint8_t* const answered =
        column.answered.size() >= n ? column.answered.data() : nullptr;
    for (const OptionNet& net : q.nets) {
        std::vector<const std::uint8_t*> chosen;
        for (qsizetype o = 0; o < q.options.size(); ++o)
            if (net.options.contains(q.options[o]) && std::size_t(o) < column.selected.size() &&
                column.selected[std::size_t(o)].size() >= n)
                chosen.push_back(column.selected[std::size_t(o)].data());
        FrequencyRow row{net.name, 0, 0, 0};
        for (std::size_t i = 0; answered && i < n; ++i) {
            if (!answered[i] || !scope.in(i))
                continue;
            const bool any = std::any_of(chosen.begin(), chosen.end(),
                                         [i](const std::uint8_t* ticks) { return ticks[i] != 0; });
            if (any) {
                row.count += scope.weight(i);
                ++row.unweightedCount;
            }
        }
        row.percent = percentOf(row.count, t.base);
        t.nets.append(row);
    }
}

void computeMultiple(FrequencyTable& t, const Question& q, const AnswerColumn& column,
                     Scope scope) {
    const std::size_t k = std::size_t(q.options.size());
    for (const QString& option : q.options)
        t.rows.append(FrequencyRow{option, 0, 0, 0});
    countMultiple(t, column, k, scope);
    for (FrequencyRow& row : t.rows)
        row.percent = percentOf(row.count, t.base);
    countMultipleNets(t, q, column, scope);
}

QString numberLabel(double value) {
    // 15 significant digits print 0.1 as "0.1" and integers without a decimal point.
    return QString::number(value, 'g', 15);
}

QString dateLabel(double msecs) {
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(qint64(std::llround(msecs)), Qt::UTC);
    if (at.time() == QTime(0, 0))
        return at.date().toString(Qt::ISODate);
    return at.toString(Qt::ISODate);
}

/**
 * The whole number nearest `x` (ties to even). Below 2^51, adding and taking away 1.5 · 2^52
 * rounds in two instructions, where std::nearbyint is a call into libm on the baseline x86-64
 * this builds for: a tenth of a million-answer scan.
 */
double nearestWhole(double x) {
    constexpr double kShift = 6755399441055744.0; // 1.5 * 2^52
    constexpr double kExact = 2251799813685248.0; // 2^51
    return std::abs(x) < kExact ? (x + kShift) - kShift : std::nearbyint(x);
}

/** What one light pass over the answers finds without copying them: how many, and their span. */
struct ValueScan {
    qint64 answered = 0;
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();

    void add(double v) {
        ++answered;
        low = std::min(low, v);
        high = std::max(high, v);
    }

    /**
     * Whether the span holds at most 65,536 steps of 1 / `scale` (1: whole numbers; 100:
     * hundredths, as hours in quarters or prices in cents), to count the answers by index.
     */
    bool spansFewSteps(double scale) const {
        constexpr double kStepSpan = 65536;
        // Beyond 2^50 a product by 100 is no longer an exact whole number of hundredths.
        constexpr double kExactHundredths = 1125899906842624.0 / 100;
        if (answered == 0 || (high - low) * scale > kStepSpan)
            return false;
        return scale == 1 || std::max(std::abs(low), std::abs(high)) < kExactHundredths;
    }
    /** The index of the step of `low`. */
    double firstStep(double scale) const { return nearestWhole(low * scale); }
    /** Steps from low to high, both counted. */
    std::size_t width(double scale) const {
        return std::size_t(nearestWhole(high * scale) - firstStep(scale)) + 1;
    }
};

/** The steps tried in turn: whole numbers, then hundredths. */
constexpr double kStepScales[] = {1, 100};

/**
 * The index of `v` among steps of 1 / `scale`, or NaN when `v` is not such a step (NaN, not a
 * number such as -1, which a span from -3 would hold). -0.0 is step 0, the same answer as 0, as
 * every other count and number text in Sondo takes it.
 */
double stepOf(double v, double scale) {
    const double stepped = nearestWhole(v * scale);
    // k / 100 is the double nearest k hundredths, as the text "1.15" was read: exact.
    const bool onStep = (scale == 1 ? stepped : stepped / scale) == v;
    return onStep ? stepped : std::numeric_limits<double>::quiet_NaN();
}

/**
 * Respondents in scope and the span of their answers, counted in locals: a table's fields in
 * memory would make every add wait for the previous one (a third of a million-answer scan).
 * Each sum adds its weights in respondent order, as a table's fields would.
 */
struct RespondentTally {
    qint64 respondents = 0;
    double weightedRespondents = 0;
    qint64 unweightedMissing = 0;
    double missing = 0;
    ValueScan scan;

    /** Counts one respondent, as missing when `v` is NaN. */
    void add(double v, double w) {
        ++respondents;
        weightedRespondents += w;
        if (std::isnan(v)) {
            ++unweightedMissing;
            missing += w;
        } else {
            scan.add(v);
        }
    }
    void into(FrequencyTable& t) const {
        t.respondents += respondents;
        t.weightedRespondents += weightedRespondents;
        t.unweightedMissing += unweightedMissing;
        t.missing += missing;
    }
};

/**
 * Calls `visit(i, w)` for each respondent i in [0, n) in scope, with its weight, until it returns
 * false; false then. One loop per kind of scope, so that the loops test neither whether there is
 * a mask nor whether there are weights for every respondent. Callers mark `visit`
 * always_inline: called rather than inlined, it costs two fifths of a million-answer count.
 */
template <typename Visit>
bool forEachInScope(const Scope& scope, std::size_t n, const Visit& visit) {
    const std::uint8_t* mask = scope.mask;
    const double* weights = scope.weights;
    const auto run = [&](auto masked, auto weighted) {
        for (std::size_t i = 0; i < n; ++i) {
            if constexpr (decltype(masked)::value)
                if (!mask[i])
                    continue;
            double w = 1.0;
            if constexpr (decltype(weighted)::value)
                w = weights[i];
            if (!visit(i, w))
                return false;
        }
        return true;
    };
    using Yes = std::true_type;
    using No = std::false_type;
    if (mask)
        return weights ? run(Yes{}, Yes{}) : run(Yes{}, No{});
    return weights ? run(No{}, Yes{}) : run(No{}, No{});
}

/** The answers counted by step (`sums`, `counts`: width() slots) as distinct values in order. */
void stepsToValues(const ValueScan& scan, double scale, const double* slotSums,
                   const qint64* slotCounts, std::vector<double>& values, std::vector<double>& sums,
                   std::vector<qint64>& counts) {
    const double first = scan.firstStep(scale);
    const std::size_t width = scan.width(scale);
    for (std::size_t k = 0; k < width; ++k) {
        if (slotCounts[k] == 0)
            continue;
        values.push_back(scale == 1 ? first + double(k) : (first + double(k)) / scale);
        sums.push_back(slotSums[k]);
        counts.push_back(slotCounts[k]);
    }
}

/** Steps of several groups' answers, one group's steps after the other's. */
struct GroupSlots {
    std::vector<std::size_t> offsets; ///< group g's steps are [offsets[g], offsets[g + 1])
    std::vector<double> sums;
    std::vector<qint64> counts;
};

/**
 * Counts the answers of respondents [0, stored) in scope by step of 1 / `scale`, each into the
 * steps of its group (`groupOf(i)`, skipped when not below the number of groups), whose span
 * `scans` found. With `everyone`, the last scan is everyone's in scope: each answer is counted
 * there too, in respondent order as a count of its own would add it. False when a group spans
 * too many steps, or at the first answer off its group's steps: the caller then tries another
 * scale or another way. One group (groupOf = 0) is a plain count.
 */
template <typename GroupOf>
bool tallyBySteps(const AnswerColumn& column, const Scope& scope, std::size_t stored,
                  const std::vector<ValueScan>& scans, double scale, const GroupOf& groupOf,
                  GroupSlots& steps, bool everyone = false) {
    // Past this many steps in all, counting by index would cost more memory than it saves.
    constexpr std::size_t kMostSlots = std::size_t(1) << 22;
    const std::size_t groups = scans.size();
    steps.offsets.assign(groups + 1, 0);
    std::vector<double> firsts(groups, 0.0);
    for (std::size_t g = 0; g < groups; ++g) {
        const bool answered = scans[g].answered > 0;
        if (answered && !scans[g].spansFewSteps(scale))
            return false;
        steps.offsets[g + 1] = steps.offsets[g] + (answered ? scans[g].width(scale) : 0);
        if (steps.offsets[g + 1] > kMostSlots)
            return false;
        if (answered)
            firsts[g] = scans[g].firstStep(scale);
    }
    steps.sums.assign(steps.offsets.back(), 0.0);
    steps.counts.assign(steps.offsets.back(), 0);
    const double* values = column.values.data();
    double* sums = steps.sums.data();
    qint64* counts = steps.counts.data();
    const std::size_t* offsets = steps.offsets.data();
    const std::size_t own = everyone ? groups - 1 : groups; // groups that groupOf() names
    const auto add = [&](std::size_t g, double step, double w) __attribute__((always_inline)) {
        if (!(step >= firsts[g] && step - firsts[g] < double(offsets[g + 1] - offsets[g])))
            return false; // NaN too
        const std::size_t k = offsets[g] + std::size_t(step - firsts[g]);
        sums[k] += w;
        ++counts[k];
        return true;
    };
    return forEachInScope(
        scope, stored, [&](std::size_t i, double w) __attribute__((always_inline)) {
            const std::uint32_t g = groupOf(i);
            const double v = values[i];
            if ((g >= own && !everyone) || std::isnan(v))
                return true;
            const double step = stepOf(v, scale);
            if (g < own && !add(g, step, w))
                return false;
            return !everyone || add(own, step, w);
        });
}

/** Distinct values in answer order with their weights and counts; false past `limit` values. */
bool tallyDistinct(const std::vector<double>& answerValues,
                   const std::vector<double>& answerWeights, std::size_t limit,
                   std::vector<double>& values, std::vector<double>& sums,
                   std::vector<qint64>& counts) {
    std::unordered_map<double, std::size_t> index;
    index.reserve(limit);
    for (std::size_t i = 0; i < answerValues.size(); ++i) {
        const auto [it, added] = index.try_emplace(answerValues[i], values.size());
        if (added) {
            if (values.size() == limit)
                return false;
            values.push_back(answerValues[i]);
            sums.push_back(0);
            counts.push_back(0);
        }
        sums[it->second] += answerWeights[i];
        ++counts[it->second];
    }
    // Into value order: only the distinct values are sorted.
    std::vector<std::size_t> order(values.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
    auto reordered = [&](const auto& v) {
        std::remove_cvref_t<decltype(v)> out;
        out.reserve(v.size());
        for (std::size_t k : order)
            out.push_back(v[k]);
        return out;
    };
    values = reordered(values);
    sums = reordered(sums);
    counts = reordered(counts);
    return true;
}

/** The rows and summary of a numeric or date table from its distinct values in order. */
void finishValues(FrequencyTable& t, bool dates, const std::vector<double>& values,
                  const std::vector<double>& sums, const std::vector<qint64>& counts) {
    t.unweightedBase = std::accumulate(counts.begin(), counts.end(), qint64(0));
    t.base = std::accumulate(sums.begin(), sums.end(), 0.0);
    t.rows.reserve(qsizetype(values.size()));
    for (std::size_t i = 0; i < values.size(); ++i) {
        const QString label = dates ? dateLabel(values[i]) : numberLabel(values[i]);
        t.rows.append(
            FrequencyRow{label, sums[i], counts[i], percentOf(sums[i], t.base), values[i]});
    }
    if (!dates && !values.empty())
        t.summary = NumericSummary::fromDistinct(values, sums, counts);
}

void computeValues(FrequencyTable& t, const AnswerColumn& column, Scope scope, bool dates) {
    const std::size_t stored = std::min(scope.n, column.values.size());
    RespondentTally tally;
    const double* answers = column.values.data();
    forEachInScope(
        scope, stored, [&](std::size_t i, double w) __attribute__((always_inline)) {
            tally.add(answers[i], w);
            return true;
        });
    // Respondents past the stored answers (a shorter column) are missing.
    for (std::size_t i = stored; i < scope.n; ++i)
        if (scope.in(i))
            tally.add(std::nan(""), scope.weight(i));
    tally.into(t);
    const ValueScan& scan = tally.scan;
    std::vector<double> values;
    std::vector<double> sums;
    std::vector<qint64> counts;
    // Survey numbers repeat (ages, hours, scores): counting them by index, in whole numbers or
    // hundredths, is many times faster than copying and sorting a million answers, and so is
    // tallying a few thousand distinct values and sorting only them. A column of mostly
    // different values (timestamps) is sorted whole.
    bool counted = scan.answered == 0;
    const std::vector<ValueScan> scans{scan};
    GroupSlots steps;
    for (const double scale : kStepScales) {
        if (counted ||
            !tallyBySteps(
                column, scope, stored, scans, scale, [](std::size_t) { return 0u; }, steps))
            continue;
        stepsToValues(scan, scale, steps.sums.data(), steps.counts.data(), values, sums, counts);
        counted = true;
    }
    if (!counted) {
        std::vector<double> answerValues;
        std::vector<double> answerWeights;
        answerValues.reserve(std::size_t(scan.answered));
        answerWeights.reserve(std::size_t(scan.answered));
        for (std::size_t i = 0; i < stored; ++i) {
            if (scope.in(i) && !std::isnan(column.values[i])) {
                // + 0.0 makes -0.0 the 0 it equals, as the count by steps takes it.
                answerValues.push_back(column.values[i] + 0.0);
                answerWeights.push_back(scope.weight(i));
            }
        }
        constexpr std::size_t kDistinctTallied = 4096;
        if (!tallyDistinct(answerValues, answerWeights, kDistinctTallied, values, sums, counts)) {
            values.clear();
            sums.clear();
            counts.clear();
            std::vector<std::pair<double, double>> answers(answerValues.size());
            for (std::size_t i = 0; i < answers.size(); ++i)
                answers[i] = {answerValues[i], answerWeights[i]};
            std::sort(answers.begin(), answers.end(),
                      [](const auto& a, const auto& b) { return a.first < b.first; });
            for (const auto& [v, w] : answers) {
                if (values.empty() || values.back() != v) {
                    values.push_back(v);
                    sums.push_back(w);
                    counts.push_back(1);
                } else {
                    sums.back() += w;
                    ++counts.back();
                }
            }
        }
    }
    finishValues(t, dates, values, sums, counts);
}

void computeTexts(FrequencyTable& t, const AnswerColumn& column, Scope scope) {
    QHash<QString, qsizetype> index;
    const std::size_t texts = std::size_t(column.texts.size());
    for (std::size_t i = 0; i < scope.n; ++i) {
        if (!scope.in(i))
            continue;
        const double w = scope.weight(i);
        ++t.respondents;
        t.weightedRespondents += w;
        if (i >= texts || column.texts[qsizetype(i)].isEmpty()) {
            ++t.unweightedMissing;
            t.missing += w;
            continue;
        }
        const QString& text = column.texts[qsizetype(i)];
        auto it = index.find(text);
        if (it == index.end()) {
            it = index.insert(text, t.rows.size());
            t.rows.append(FrequencyRow{text, 0, 0, 0});
        }
        FrequencyRow& row = t.rows[*it];
        row.count += w;
        ++row.unweightedCount;
        t.base += w;
        ++t.unweightedBase;
    }
    std::sort(t.rows.begin(), t.rows.end(), [](const FrequencyRow& a, const FrequencyRow& b) {
        if (a.count != b.count)
            return a.count > b.count;
        if (a.unweightedCount != b.unweightedCount)
            return a.unweightedCount > b.unweightedCount;
        return a.label < b.label;
    });
    for (FrequencyRow& row : t.rows)
        row.percent = percentOf(row.count, t.base);
}

/**
 * FrequencyTable::computeGroups() of a numeric or date question over respondents [0, n), and,
 * when `total` is given, compute() over all of them in the same two passes. Empty when some
 * group's (or the total's) answers are not whole numbers or hundredths in a short span.
 */
QList<FrequencyTable> countValueGroups(int question, QuestionType type, const AnswerColumn& column,
                                       const Scope& scope,
                                       const std::vector<std::int32_t>& groupCodes, int groups,
                                       std::size_t n, FrequencyTable* total) {
    const std::size_t stored = std::min(n, column.values.size());
    const auto groupOf = [&](std::size_t i) {
        return std::uint32_t(groupCodes[i]) - 1u;
    };
    QList<FrequencyTable> tables(groups);
    std::vector<RespondentTally> tallies(static_cast<std::size_t>(groups));
    RespondentTally everyone;
    const double* answers = column.values.data();
    forEachInScope(
        scope, n, [&](std::size_t i, double w) __attribute__((always_inline)) {
            const std::uint32_t g = groupOf(i);
            const double v = i < stored ? answers[i] : std::nan("");
            if (g < std::uint32_t(groups))
                tallies[g].add(v, w);
            if (total)
                everyone.add(v, w);
            return true;
        });
    std::vector<ValueScan> scans(std::size_t(groups), ValueScan{});
    for (std::size_t g = 0; g < std::size_t(groups); ++g) {
        tallies[g].into(tables[qsizetype(g)]);
        scans[g] = tallies[g].scan;
    }
    if (total) {
        tables.append(FrequencyTable{});
        everyone.into(tables.last());
        scans.push_back(everyone.scan);
    }
    // Each group's steps start at its own offset in one array; a group without answers has none.
    GroupSlots steps;
    double scale = 0;
    for (const double tried : kStepScales) {
        if (tallyBySteps(column, scope, stored, scans, tried, groupOf, steps, total != nullptr)) {
            scale = tried;
            break;
        }
    }
    if (scale == 0)
        return {};
    for (std::size_t g = 0; g < scans.size(); ++g) {
        FrequencyTable& t = tables[qsizetype(g)];
        t.question = question;
        t.type = type;
        std::vector<double> values;
        std::vector<double> sums;
        std::vector<qint64> counts;
        if (scans[g].answered > 0)
            stepsToValues(scans[g], scale, steps.sums.data() + steps.offsets[g],
                          steps.counts.data() + steps.offsets[g], values, sums, counts);
        finishValues(t, type == QuestionType::Date, values, sums, counts);
        t.scoredBase = t.base;
        t.unweightedScoredBase = t.unweightedBase;
    }
    if (total)
        *total = tables.takeLast();
    return tables;
}

} // namespace

FrequencyTable FrequencyTable::fromHistogram(const Survey& survey, int question,
                                             const double* weighted, const qint64* unweighted) {
    FrequencyTable t;
    t.question = question;
    if (question < 0 || question >= survey.questions.size())
        return t;
    const Question& q = survey.questions[question];
    t.type = q.type;
    if (q.type == QuestionType::Single || q.type == QuestionType::Likert)
        finishCoded(t, q, weighted, unweighted);
    return t;
}

FrequencyTable FrequencyTable::compute(const Survey& survey, const ResponseMatrix& responses,
                                       int question, const RespondentMask& mask) {
    FrequencyTable t;
    t.question = question;
    if (question < 0 || question >= survey.questions.size() ||
        std::size_t(question) >= responses.columns.size())
        return t;
    const Question& q = survey.questions[question];
    const AnswerColumn& column = responses.columns[std::size_t(question)];
    t.type = q.type;

    const Scope scope = scopeOf(responses, mask);

    switch (q.type) {
    case QuestionType::Single:
    case QuestionType::Likert:
        computeCoded(t, q, column, scope);
        break;
    case QuestionType::Multiple:
        computeMultiple(t, q, column, scope);
        break;
    case QuestionType::Numeric:
        computeValues(t, column, scope, false);
        break;
    case QuestionType::Date:
        computeValues(t, column, scope, true);
        break;
    case QuestionType::Text:
    case QuestionType::Identifier:
        computeTexts(t, column, scope);
        break;
    }
    if (q.type != QuestionType::Likert) {
        t.scoredBase = t.base;
        t.unweightedScoredBase = t.unweightedBase;
    }
    return t;
}

QList<FrequencyTable> FrequencyTable::computeGroups(const Survey& survey,
                                                    const ResponseMatrix& responses, int question,
                                                    const std::vector<std::int32_t>& groupCodes,
                                                    int groups, const RespondentMask& mask,
                                                    std::optional<FrequencyTable>* total) {
    if (question < 0 || question >= survey.questions.size() ||
        std::size_t(question) >= responses.columns.size() || groups <= 0)
        return {};
    const Question& q = survey.questions[question];
    const QuestionType type = q.type;
    const AnswerColumn& column = responses.columns[std::size_t(question)];
    const Scope scope = scopeOf(responses, mask);
    const std::size_t n = std::min(scope.n, groupCodes.size());
    // A net counts each respondent once however many of its options they ticked: nets are left
    // to compute() per group.
    if (type == QuestionType::Multiple && q.nets.isEmpty()) {
        QList<FrequencyTable> tables(groups);
        for (FrequencyTable& t : tables) {
            t.question = question;
            t.type = type;
            for (const QString& option : q.options)
                t.rows.append(FrequencyRow{option, 0, 0, 0});
        }
        countMultipleGroups(tables, column, std::size_t(q.options.size()), scope, groupCodes.data(),
                            n);
        for (FrequencyTable& t : tables) {
            for (FrequencyRow& row : t.rows)
                row.percent = percentOf(row.count, t.base);
            t.scoredBase = t.base;
            t.unweightedScoredBase = t.unweightedBase;
        }
        return tables;
    }
    if (type != QuestionType::Numeric && type != QuestionType::Date)
        return {};
    // The total too, in the same passes, when it covers the same respondents.
    if (total && n == scope.n) {
        QList<FrequencyTable> tables = countValueGroups(question, type, column, scope, groupCodes,
                                                        groups, n, &total->emplace());
        if (!tables.isEmpty())
            return tables;
        total->reset();
    }
    return countValueGroups(question, type, column, scope, groupCodes, groups, n, nullptr);
}

} // namespace sondo
