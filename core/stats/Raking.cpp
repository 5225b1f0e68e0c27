#include "stats/Raking.h"

#include "base/CoreText.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <unordered_map>

namespace sondo {

namespace {

Result<RakingResult> failure(const QString& message) {
    return Result<RakingResult>::failure({{}, 0, 0, message});
}

/** Respondents who answered alike and started with the same weight are raked as one. */
struct ProfileKey {
    std::uint64_t cell;
    std::uint64_t weightBits;
    bool operator==(const ProfileKey& other) const = default;
};

struct ProfileKeyHash {
    std::size_t operator()(const ProfileKey& key) const {
        // splitmix64's finaliser: cells are small consecutive numbers, weights' low bits often 0.
        std::uint64_t x = key.cell * 0x9e3779b97f4a7c15ULL ^ key.weightBits;
        x ^= x >> 30;
        x *= 0xbf58476d1ce4e5b9ULL;
        x ^= x >> 27;
        x *= 0x94d049bb133111ebULL;
        x ^= x >> 31;
        return std::size_t(x);
    }
};

/** One question's margin during raking. Category 0 is "did not answer", c ≥ 1 option c. */
struct Margin {
    int question = -1;
    std::vector<double> shares;  // per option, normalised
    std::vector<double> desired; // per category: the weighted total to reach
    std::vector<qint64> counts;  // per category: respondents
    std::vector<double> totals;  // per category: current weighted total
};

} // namespace

Result<RakingResult> Raking::compute(const Survey& survey, const ResponseMatrix& responses,
                                     const std::vector<RakingTarget>& targets,
                                     const RakingOptions& options,
                                     const std::vector<double>& baseWeights) {
    const std::size_t n = std::size_t(std::max(responses.respondentCount, 0));
    if (targets.empty())
        return failure(CoreText::tr("Raking needs at least one question with target shares."));
    if (!(options.tolerance > 0) || options.maxIterations < 1)
        return failure(
            CoreText::tr("Raking needs a tolerance above zero and at least one iteration."));
    if (options.trim && !(options.lowerCap >= 0 && options.lowerCap <= 1 && options.upperCap >= 1 &&
                          std::isfinite(options.upperCap)))
        return failure(
            CoreText::tr("Trimming caps must satisfy 0 ≤ lower ≤ 1 ≤ upper (times the mean "
                         "weight)."));
    if (!baseWeights.empty() && baseWeights.size() != n)
        return failure(CoreText::tr("There must be one starting weight per respondent."));

    // Check the targets and lay the questions' codes out as digits of one cell number.
    std::vector<Margin> margins(targets.size());
    std::vector<std::uint64_t> strides(targets.size());
    std::uint64_t cells = 1;
    for (std::size_t j = 0; j < targets.size(); ++j) {
        const RakingTarget& t = targets[j];
        if (t.question < 0 || t.question >= survey.questions.size() ||
            std::size_t(t.question) >= responses.columns.size())
            return failure(CoreText::tr("Raking: no such question."));
        const Question& q = survey.questions[t.question];
        if (q.type != QuestionType::Single && q.type != QuestionType::Likert)
            return failure(CoreText::tr("Raking: %1 is not a single-choice question.").arg(q.id));
        for (std::size_t other = 0; other < j; ++other)
            if (targets[other].question == t.question)
                return failure(CoreText::tr("Raking: %1 has targets twice.").arg(q.id));
        const std::size_t k = std::size_t(q.options.size());
        if (t.shares.size() != k)
            return failure(CoreText::tr("Raking: %1 has %2 options but %3 target shares.")
                               .arg(q.id)
                               .arg(k)
                               .arg(t.shares.size()));
        double sum = 0;
        for (double share : t.shares) {
            if (!std::isfinite(share) || share < 0)
                return failure(
                    CoreText::tr("Raking: the target shares of %1 must be numbers ≥ 0.").arg(q.id));
            sum += share;
        }
        if (!(sum > 0))
            return failure(
                CoreText::tr("Raking: the target shares of %1 add up to zero.").arg(q.id));
        Margin& m = margins[j];
        m.question = t.question;
        for (double share : t.shares)
            m.shares.push_back(share / sum);
        m.desired.assign(k + 1, 0.0);
        m.counts.assign(k + 1, 0);
        m.totals.assign(k + 1, 0.0);
        strides[j] = cells;
        if (cells > (std::uint64_t(1) << 62) / (k + 1))
            return failure(CoreText::tr("Raking: too many options across the raking questions."));
        cells *= k + 1;
    }

    // Pass 1: group the respondents into profiles. Raking multiplies every weight by one factor
    // per answer, so respondents who answered the raking questions alike keep the same factor
    // whatever their starting weights: a profile is a cell of answers. Only trimming caps a
    // respondent's own weight, so then a profile is a cell and one starting weight.
    constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
    const bool byWeight = options.trim && !baseWeights.empty();
    const std::size_t J = margins.size();
    std::vector<const AnswerColumn*> columns(J);
    std::vector<std::uint32_t> optionCount(J);
    for (std::size_t j = 0; j < J; ++j) {
        columns[j] = &responses.columns[std::size_t(margins[j].question)];
        optionCount[j] = std::uint32_t(margins[j].shares.size());
    }
    std::vector<std::uint32_t> profileOf(n, kNone);
    // Few cells (three questions of a handful of options): a direct table; else a hash.
    constexpr std::uint64_t kDirectCells = std::uint64_t(1) << 20;
    const bool direct = !byWeight && cells <= kDirectCells;
    std::vector<std::uint32_t> profileOfCell(direct ? std::size_t(cells) : 0, kNone);
    std::unordered_map<ProfileKey, std::uint32_t, ProfileKeyHash> index;
    std::vector<std::int32_t> profileCodes; // profiles × targets: the category per question
    std::vector<double> mass;               // Σ starting weights of the members
    std::vector<double> members;            // how many respondents
    std::vector<double> start;              // the members' starting weight (byWeight), else 1
    qint64 raked = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double d = baseWeights.empty() ? 1.0 : baseWeights[i];
        if (!(d > 0) || !std::isfinite(d))
            continue;
        std::uint64_t cell = 0;
        for (std::size_t j = 0; j < J; ++j) {
            const std::vector<std::int32_t>& codes = columns[j]->codes;
            std::uint32_t c = i < codes.size() ? std::uint32_t(codes[i]) : 0u;
            c = c > optionCount[j] ? 0u : c; // codes outside the options are missing
            cell += c * strides[j];
        }
        std::uint32_t p;
        if (direct) {
            p = profileOfCell[std::size_t(cell)];
            if (p == kNone)
                p = profileOfCell[std::size_t(cell)] = std::uint32_t(mass.size());
        } else {
            const ProfileKey key{cell, byWeight ? std::bit_cast<std::uint64_t>(d) : 0};
            p = index.try_emplace(key, std::uint32_t(mass.size())).first->second;
        }
        if (p == mass.size()) {
            for (std::size_t j = 0; j < J; ++j)
                profileCodes.push_back(std::int32_t((cell / strides[j]) % (optionCount[j] + 1)));
            mass.push_back(0);
            members.push_back(0);
            start.push_back(byWeight ? d : 1.0);
        }
        mass[p] += d;
        members[p] += 1;
        profileOf[i] = p;
        ++raked;
    }
    if (raked == 0)
        return failure(CoreText::tr("Raking: no respondent has a starting weight above zero."));
    const std::size_t P = mass.size();

    // Starting totals, and what each category must reach.
    double total = 0;
    for (std::size_t p = 0; p < P; ++p)
        total += mass[p];
    for (std::size_t j = 0; j < J; ++j) {
        Margin& m = margins[j];
        std::vector<double> startTotals(m.desired.size(), 0.0);
        for (std::size_t p = 0; p < P; ++p) {
            const std::size_t c = std::size_t(profileCodes[p * J + j]);
            m.counts[c] += qint64(members[p]);
            startTotals[c] += mass[p];
        }
        const Question& q = survey.questions[m.question];
        if (m.counts[0] == raked)
            return failure(CoreText::tr("Raking: nobody answered %1.").arg(q.id));
        for (std::size_t o = 0; o < m.shares.size(); ++o) {
            if (m.shares[o] > 0 && m.counts[o + 1] == 0)
                return failure(
                    CoreText::tr("Raking: %1 has a target for \"%2\", which nobody chose.")
                        .arg(q.id, q.options[qsizetype(o)]));
            if (m.shares[o] == 0 && m.counts[o + 1] > 0)
                return failure(
                    CoreText::tr("Raking: %1 has a target of 0 for \"%2\", which %3 respondents "
                                 "chose.")
                        .arg(q.id, q.options[qsizetype(o)])
                        .arg(m.counts[o + 1]));
        }
        // Non-respondents keep their starting total; the answerers share the rest.
        m.desired[0] = startTotals[0];
        for (std::size_t o = 0; o < m.shares.size(); ++o)
            m.desired[o + 1] = m.shares[o] * (total - startTotals[0]);
    }

    const double mean = total / double(raked);
    const double lower = options.lowerCap * mean;
    const double upper = options.upperCap * mean;
    std::vector<double> g(P, 1.0); // each profile's factor: weight = starting weight × g
    const auto computeTotals = [&](Margin& m, std::size_t j) {
        std::fill(m.totals.begin(), m.totals.end(), 0.0);
        for (std::size_t p = 0; p < P; ++p)
            m.totals[std::size_t(profileCodes[p * J + j])] += mass[p] * g[p];
    };
    RakingResult result;
    RakingReport& report = result.report;
    std::vector<double> factor;
    while (report.iterations < options.maxIterations) {
        ++report.iterations;
        for (std::size_t j = 0; j < J; ++j) {
            Margin& m = margins[j];
            computeTotals(m, j);
            factor.assign(m.totals.size(), 1.0);
            for (std::size_t c = 0; c < m.totals.size(); ++c)
                if (m.totals[c] > 0)
                    factor[c] = m.desired[c] / m.totals[c];
            for (std::size_t p = 0; p < P; ++p)
                g[p] *= factor[std::size_t(profileCodes[p * J + j])];
        }
        if (options.trim)
            for (std::size_t p = 0; p < P; ++p)
                g[p] = std::clamp(start[p] * g[p], lower, upper) / start[p];
        report.maxDeviation = 0;
        for (std::size_t j = 0; j < J; ++j) {
            Margin& m = margins[j];
            computeTotals(m, j);
            for (std::size_t c = 0; c < m.totals.size(); ++c)
                report.maxDeviation =
                    std::max(report.maxDeviation, std::abs(m.totals[c] - m.desired[c]) / total);
        }
        if (report.maxDeviation <= options.tolerance) {
            report.converged = true;
            break;
        }
    }

    // Pass 2: every respondent's weight, and the spread of the weights.
    result.weights.assign(n, 0.0);
    report.respondents = raked;
    report.minWeight = std::numeric_limits<double>::infinity();
    report.maxWeight = 0;
    double sum = 0, squares = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (profileOf[i] == kNone)
            continue;
        const double w = (baseWeights.empty() ? 1.0 : baseWeights[i]) * g[profileOf[i]];
        result.weights[i] = w;
        report.minWeight = std::min(report.minWeight, w);
        report.maxWeight = std::max(report.maxWeight, w);
        sum += w;
        squares += w * w;
        if (options.trim) {
            // A capped weight is the cap itself, up to the rounding of start × g.
            if (w <= lower * (1 + 1e-12))
                ++report.atLowerCap;
            else if (w >= upper * (1 - 1e-12))
                ++report.atUpperCap;
        }
    }
    report.meanWeight = sum / double(raked);
    report.designEffect = double(raked) * squares / (sum * sum);
    report.efficiency = 1.0 / report.designEffect;
    report.effectiveBase = sum * sum / squares;
    for (std::size_t j = 0; j < J; ++j) {
        const Margin& m = margins[j];
        RakingMargin out;
        out.question = m.question;
        out.targetShares = m.shares;
        double answered = 0;
        for (std::size_t c = 1; c < m.totals.size(); ++c)
            answered += m.totals[c];
        for (std::size_t c = 1; c < m.totals.size(); ++c) {
            out.achievedShares.push_back(answered > 0 ? m.totals[c] / answered : 0.0);
            out.counts.push_back(m.counts[c]);
        }
        out.missing = m.counts[0];
        out.missingShare = sum > 0 ? m.totals[0] / sum : 0.0;
        report.margins.push_back(std::move(out));
    }
    return result;
}

} // namespace sondo
