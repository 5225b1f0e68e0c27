#include "clean/CleaningSuggestions.h"

#include "stats/FrequencyTable.h"

#include <QHash>
#include <algorithm>
#include <numeric>

namespace sondo {

namespace {

/** Spellings that share a key, most frequent first. */
struct Cluster {
    QString key;
    QList<AnswerCount> spellings;
    qint64 count = 0;
    MergeReason reason = MergeReason::CaseOrSpacing;
};

void addSpelling(Cluster& cluster, const AnswerCount& answer) {
    cluster.spellings.append(answer);
    cluster.count += answer.count;
}

void sortSpellings(Cluster& cluster) {
    std::stable_sort(cluster.spellings.begin(), cluster.spellings.end(),
                     [](const AnswerCount& a, const AnswerCount& b) { return a.count > b.count; });
}

/** Clusters of `answers` by `keyOf`, in order of first appearance. */
template <typename KeyOf>
QList<Cluster> clustersBy(const QList<AnswerCount>& answers, KeyOf keyOf) {
    QList<Cluster> clusters;
    QHash<QString, qsizetype> index;
    for (const AnswerCount& answer : answers) {
        if (answer.count <= 0 || answer.answer.trimmed().isEmpty())
            continue;
        const QString key = keyOf(answer.answer);
        auto it = index.find(key);
        if (it == index.end()) {
            it = index.insert(key, clusters.size());
            clusters.append(Cluster{key, {}, 0, MergeReason::CaseOrSpacing});
        }
        addSpelling(clusters[*it], answer);
    }
    for (Cluster& cluster : clusters)
        sortSpellings(cluster);
    return clusters;
}

/** The digits of a text, in order: answers with different numbers are different answers. */
QString digitsOf(const QString& text) {
    QString digits;
    for (const QChar c : text)
        if (c.isDigit())
            digits.append(c);
    return digits;
}

/** How many edits a slip may be in a word of `length` letters. */
int allowedEdits(qsizetype length) {
    return length < 4 ? 0 : length < 10 ? 1 : 2;
}

/**
 * Optimal-string-alignment distance between `a` and `b` when it is at most `limit`, else
 * limit + 1: only the band |i − j| ≤ limit is filled, so a comparison costs a few dozen steps.
 */
int boundedDistance(const QString& a, const QString& b, int limit) {
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(n - m) > limit)
        return limit + 1;
    const int big = limit + 1;
    std::vector<int> previous2(size_t(m + 1), big), previous(size_t(m + 1), big),
        current(size_t(m + 1), big);
    for (qsizetype j = 0; j <= std::min<qsizetype>(m, limit); ++j)
        previous[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        std::fill(current.begin(), current.end(), big);
        if (i <= limit)
            current[0] = int(i);
        const qsizetype from = std::max<qsizetype>(1, i - limit);
        const qsizetype to = std::min<qsizetype>(m, i + limit);
        int best = current[0];
        for (qsizetype j = from; j <= to; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int d = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1,
                              previous[size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d = std::min(d, previous2[size_t(j - 2)] + 1);
            current[size_t(j)] = std::min(d, big);
            best = std::min(best, current[size_t(j)]);
        }
        if (best > limit)
            return limit + 1;
        std::swap(previous2, previous);
        std::swap(previous, current);
    }
    return std::min(previous[size_t(m)], big);
}

/** Letters of a key (spaces out), the length a slip is measured against. */
qsizetype letters(const QString& key) {
    return std::count_if(key.begin(), key.end(), [](QChar c) { return c.isLetter(); });
}

} // namespace

QString CleaningSuggestions::caseKey(const QString& answer) {
    return answer.simplified().toCaseFolded();
}

QString CleaningSuggestions::foldKey(const QString& answer) {
    const QString decomposed = caseKey(answer).normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        // Punctuation and spaces go (e-mail = email, non binary = non-binary, Universita' =
        // Universita); symbols such as € stay.
        if (c.isPunct() || c.isSpace())
            continue;
        out.append(c);
    }
    return out;
}

QString CleaningSuggestions::reasonName(MergeReason reason) {
    switch (reason) {
    case MergeReason::CaseOrSpacing:
        return QStringLiteral("case or spacing");
    case MergeReason::AccentsOrPunctuation:
        return QStringLiteral("accents or punctuation");
    case MergeReason::Spelling:
        return QStringLiteral("spelling");
    case MergeReason::Abbreviation:
        return QStringLiteral("abbreviation");
    }
    return {};
}

QList<MergeProposal> CleaningSuggestions::caseAndSpacing(const QList<AnswerCount>& answers) {
    QList<MergeProposal> out;
    for (const Cluster& cluster : clustersBy(answers, caseKey)) {
        if (cluster.spellings.size() < 2)
            continue;
        MergeProposal proposal;
        for (const AnswerCount& spelling : cluster.spellings)
            proposal.answers << spelling.answer;
        proposal.into = cluster.spellings.first().answer;
        proposal.respondents = cluster.count;
        out.append(proposal);
    }
    std::stable_sort(out.begin(), out.end(), [](const MergeProposal& a, const MergeProposal& b) {
        return a.respondents > b.respondents;
    });
    return out;
}

QList<MergeProposal> CleaningSuggestions::proposals(const QList<AnswerCount>& answers,
                                                    int maxCandidates) {
    // 1. Case and spacing, certain; 2. the same without accents and punctuation.
    QList<Cluster> exact = clustersBy(answers, caseKey);
    QList<Cluster> folded;
    {
        QHash<QString, qsizetype> index;
        for (const Cluster& cluster : exact) {
            const QString key = foldKey(cluster.key);
            auto it = index.find(key);
            if (it == index.end()) {
                it = index.insert(key, folded.size());
                folded.append(Cluster{key, {}, 0, MergeReason::CaseOrSpacing});
            } else {
                folded[*it].reason = MergeReason::AccentsOrPunctuation;
            }
            for (const AnswerCount& spelling : cluster.spellings)
                addSpelling(folded[*it], spelling);
        }
        for (Cluster& cluster : folded)
            sortSpellings(cluster);
    }
    std::stable_sort(folded.begin(), folded.end(),
                     [](const Cluster& a, const Cluster& b) { return a.count > b.count; });

    // 3. Slips towards a spelling at least three times as frequent, among the frequent answers.
    const qsizetype candidates = std::min<qsizetype>(folded.size(), std::max(0, maxCandidates));
    std::vector<qsizetype> root(size_t(folded.size()));
    std::iota(root.begin(), root.end(), qsizetype(0));
    std::vector<MergeReason> joinedBy(size_t(folded.size()), MergeReason::CaseOrSpacing);
    std::vector<QString> digits(static_cast<size_t>(candidates));
    std::vector<qsizetype> length(static_cast<size_t>(candidates));
    for (qsizetype i = 0; i < candidates; ++i) {
        digits[size_t(i)] = digitsOf(folded[i].key);
        length[size_t(i)] = letters(folded[i].key);
    }
    for (qsizetype j = 1; j < candidates; ++j) {
        for (qsizetype i = 0; i < j; ++i) {
            if (root[size_t(i)] != i || folded[i].count < 3 * folded[j].count)
                continue;
            const int limit = allowedEdits(std::max(length[size_t(i)], length[size_t(j)]));
            if (limit == 0 || std::min(length[size_t(i)], length[size_t(j)]) < 4 ||
                digits[size_t(i)] != digits[size_t(j)])
                continue;
            if (boundedDistance(folded[i].key, folded[j].key, limit) <= limit) {
                root[size_t(j)] = i;
                joinedBy[size_t(j)] = MergeReason::Spelling;
                break;
            }
        }
    }
    // 4. One letter standing for the answer that starts with it and dominates the others that
    // do, three times over ("M" → "Male" beside a rare "man").
    std::vector<qint64> rootCount(static_cast<size_t>(candidates), 0);
    for (qsizetype j = 0; j < candidates; ++j)
        rootCount[size_t(root[size_t(j)])] += folded[j].count;
    for (qsizetype j = 0; j < candidates; ++j) {
        const QString& key = folded[j].key;
        if (root[size_t(j)] != j || key.size() != 1 || !key.front().isLetter())
            continue;
        qsizetype match = -1;
        qint64 first = 0;
        qint64 second = 0;
        for (qsizetype i = 0; i < candidates; ++i) {
            if (i == j || root[size_t(i)] != i || length[size_t(i)] < 3 ||
                !folded[i].key.startsWith(key) || !digits[size_t(i)].isEmpty())
                continue;
            const qint64 count = rootCount[size_t(i)];
            if (count > first) {
                second = first;
                first = count;
                match = i;
            } else {
                second = std::max(second, count);
            }
        }
        if (match >= 0 && first >= 3 * second && first >= folded[j].count) {
            root[size_t(j)] = match;
            joinedBy[size_t(j)] = MergeReason::Abbreviation;
        }
    }

    // Gather each root's members: the root's spellings first (it is the most frequent). Only
    // the candidates can have joined another cluster.
    std::vector<std::vector<qsizetype>> members(static_cast<size_t>(candidates));
    for (qsizetype j = 0; j < candidates; ++j)
        if (root[size_t(j)] != j)
            members[size_t(root[size_t(j)])].push_back(j);
    QList<MergeProposal> out;
    for (qsizetype i = 0; i < folded.size(); ++i) {
        if (root[size_t(i)] != i)
            continue;
        QList<AnswerCount> spellings = folded[i].spellings;
        MergeReason reason = folded[i].reason;
        if (i < candidates)
            for (const qsizetype j : members[size_t(i)]) {
                spellings += folded[j].spellings;
                reason = std::max(reason, joinedBy[size_t(j)]);
            }
        if (spellings.size() < 2)
            continue;
        // The most frequent spelling of the most frequent cluster names the merged answer.
        const QString into = folded[i].spellings.first().answer;
        std::stable_sort(
            spellings.begin(), spellings.end(),
            [](const AnswerCount& a, const AnswerCount& b) { return a.count > b.count; });
        MergeProposal proposal;
        proposal.into = into;
        proposal.answers << into;
        for (const AnswerCount& spelling : spellings) {
            if (spelling.answer != into)
                proposal.answers << spelling.answer;
            proposal.respondents += spelling.count;
        }
        proposal.reason = reason;
        out.append(proposal);
    }
    std::stable_sort(out.begin(), out.end(), [](const MergeProposal& a, const MergeProposal& b) {
        return a.respondents > b.respondents;
    });
    return out;
}

QList<AnswerCount> CleaningSuggestions::answersOf(const Survey& survey,
                                                  const ResponseMatrix& responses, int question) {
    QList<AnswerCount> answers;
    const Question& q = survey.questions[question];
    if (q.type == QuestionType::Text) {
        QHash<QString, qint64> counts;
        QStringList order;
        for (const QString& text : responses.columns[size_t(question)].texts) {
            if (text.trimmed().isEmpty())
                continue;
            auto it = counts.find(text);
            if (it == counts.end()) {
                counts.insert(text, 1);
                order << text;
            } else {
                ++*it;
            }
        }
        for (const QString& text : std::as_const(order))
            answers.append({text, counts.value(text)});
        return answers;
    }
    // Unweighted, whatever the project's weighting: the proposals are about spellings. Only a
    // weighted project is copied without its weights: the import asks for every choice question.
    if (!responses.weights.empty()) {
        ResponseMatrix unweighted = responses;
        unweighted.weights.clear();
        return answersOf(survey, unweighted, question);
    }
    for (const FrequencyRow& row : FrequencyTable::compute(survey, responses, question).rows)
        answers.append({row.label, row.unweightedCount});
    return answers;
}

} // namespace sondo
