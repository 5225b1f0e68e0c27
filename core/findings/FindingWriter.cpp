#include "findings/FindingWriter.h"

#include "base/SignedNumber.h"
#include "findings/PhraseBands.h"

#include <QLocale>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace sondo {

namespace {

bool italian(FindingLanguage language) {
    return language == FindingLanguage::Italian;
}

QLocale localeOf(FindingLanguage language) {
    return italian(language) ? QLocale(QLocale::Italian, QLocale::Italy)
                             : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

/** Under this base a percentage is not worth a sentence: counts instead. */
constexpr qint64 kCountsBelow = 10;
/** Under this base the sentence asks for care (DESIGN.md: the chart's low-base note). */
constexpr qint64 kCareBelow = 30;

/** The whole percent as the brackets show it; never "0%" or "100%" for what is not. */
QString percentText(double percent) {
    const double shown = std::round(percent);
    if (shown == 0 && percent > 0)
        return QStringLiteral("<1%");
    if (shown == 100 && percent < 100)
        return QStringLiteral(">99%");
    return QStringLiteral("%1%").arg(qint64(shown));
}

/** The figure and base sentence shared by options and boxes. */
QString shareSentence(const QString& answer, double percent, qint64 count, qint64 base,
                      bool multiple, FindingLanguage language) {
    const bool it = italian(language);
    const QLocale locale = localeOf(language);
    if (base < kCountsBelow) {
        QString sentence = it ? QStringLiteral("%1: %2 su %3 intervistati")
                              : QStringLiteral("%1: %2 of %3 respondents");
        sentence = sentence.arg(answer, locale.toString(count), locale.toString(base));
        if (multiple)
            sentence += it ? QStringLiteral(" (più risposte possibili)")
                           : QStringLiteral(" (multiple answers allowed)");
        return sentence;
    }
    QStringList details{percentText(percent), QStringLiteral("base ") + locale.toString(base)};
    if (multiple)
        details << (it ? QStringLiteral("più risposte possibili")
                       : QStringLiteral("multiple answers allowed"));
    if (base < kCareBelow)
        details << (it ? QStringLiteral("da interpretare con cautela")
                       : QStringLiteral("interpret with care"));
    return QStringLiteral("%1: %2 (%3)")
        .arg(answer, PhraseBands::phrase(percent, language), details.join(QStringLiteral(", ")));
}

/** The two highest-scored options, lower score first (as FrequencyTable's top-2-box). */
std::vector<int> topTwoOptions(const Question& question) {
    const int k = int(question.options.size());
    std::vector<double> scores = question.scores;
    if (int(scores.size()) != k) {
        scores.resize(std::size_t(k));
        for (int o = 0; o < k; ++o)
            scores[std::size_t(o)] = o + 1;
    }
    std::vector<int> scored;
    for (int o = 0; o < k; ++o)
        if (std::isfinite(scores[std::size_t(o)]))
            scored.push_back(o);
    std::stable_sort(scored.begin(), scored.end(),
                     [&](int a, int b) { return scores[std::size_t(a)] < scores[std::size_t(b)]; });
    if (scored.size() < 3)
        return {};
    return {scored[scored.size() - 2], scored[scored.size() - 1]};
}

} // namespace

QString FindingWriter::quoted(const QString& label, FindingLanguage language) {
    return italian(language) ? QStringLiteral("«%1»").arg(label)
                             : QStringLiteral("“%1”").arg(label);
}

QString FindingWriter::answerOf(const QStringList& labels, FindingLanguage language) {
    QStringList parts;
    for (const QString& label : labels)
        parts << quoted(label, language);
    if (parts.size() < 2)
        return parts.value(0);
    const QString last = parts.takeLast();
    return parts.join(QStringLiteral(", ")) +
           (italian(language) ? QStringLiteral(" o ") : QStringLiteral(" or ")) + last;
}

QString FindingWriter::option(const Question& question, const FrequencyTable& table, int option,
                              FindingLanguage language) {
    if (!isCategorical(table.type) || option < 0 || option >= table.rows.size() ||
        table.unweightedBase <= 0)
        return {};
    const FrequencyRow& row = table.rows[option];
    const QString label = option < question.options.size() ? question.options[option] : row.label;
    return shareSentence(quoted(label, language), row.percent, row.unweightedCount,
                         table.unweightedBase, table.type == QuestionType::Multiple, language);
}

QString FindingWriter::topTwo(const Question& question, const FrequencyTable& table,
                              FindingLanguage language) {
    if (table.type != QuestionType::Likert || !table.topTwoBox || table.unweightedBase <= 0)
        return {};
    const std::vector<int> top = topTwoOptions(question);
    if (top.size() != 2 || top[1] >= table.rows.size())
        return {};
    const qint64 count = table.rows[top[0]].unweightedCount + table.rows[top[1]].unweightedCount;
    const QString answer =
        answerOf({question.options.value(top[0]), question.options.value(top[1])}, language);
    // Of those who took a side: "Don't know" is outside the box, as in the table.
    return shareSentence(answer, *table.topTwoBox, count, table.unweightedScoredBase, false,
                         language);
}

QString FindingWriter::options(const Question& question, const FrequencyTable& table,
                               const std::vector<int>& options, FindingLanguage language) {
    if ((table.type != QuestionType::Single && table.type != QuestionType::Likert) ||
        options.empty() || table.unweightedBase <= 0)
        return {};
    double percent = 0;
    qint64 count = 0;
    QStringList labels;
    for (int o : options) {
        if (o < 0 || o >= table.rows.size())
            return {};
        percent += table.rows[o].percent;
        count += table.rows[o].unweightedCount;
        labels << (o < question.options.size() ? question.options[o] : table.rows[o].label);
    }
    return shareSentence(answerOf(labels, language), percent, count, table.unweightedBase, false,
                         language);
}

QString FindingWriter::mean(const Question& question, const FrequencyTable& table,
                            FindingLanguage language) {
    if (table.type != QuestionType::Numeric || !table.summary || table.summary->n <= 0)
        return {};
    const NumericSummary& s = *table.summary;
    const bool it = italian(language);
    const QLocale locale = localeOf(language);
    static const QRegularExpression aboutPercent(
        QStringLiteral("%|percent|percentuale|prozent|porcentaje|pourcentage"),
        QRegularExpression::CaseInsensitiveOption);
    const bool share = aboutPercent.match(question.text).hasMatch() && s.min >= 0 && s.max <= 100;
    const QString answer = quoted(question.text, language);
    const QString base = QStringLiteral("base ") + locale.toString(qint64(s.n));
    if (share)
        return QStringLiteral("%1: %2 %3 (%4, %5)")
            .arg(answer, it ? QStringLiteral("in media") : QStringLiteral("on average"),
                 PhraseBands::phrase(s.mean, language), percentText(s.mean), base);
    return QStringLiteral("%1: %2 %3 (%4 %5, %6)")
        .arg(answer, it ? QStringLiteral("media") : QStringLiteral("mean"),
             locale.toString(s.mean, 'f', 1),
             it ? QStringLiteral("mediana") : QStringLiteral("median"),
             locale.toString(s.median, 'g', 6), base);
}

QString FindingWriter::headline(const Question& question, const FrequencyTable& table,
                                FindingLanguage language) {
    if (table.unweightedBase <= 0)
        return {};
    if (table.type == QuestionType::Likert && table.topTwoBox)
        return topTwo(question, table, language);
    if (!isCategorical(table.type) || table.rows.isEmpty())
        return {};
    int best = 0;
    for (int o = 1; o < table.rows.size(); ++o)
        if (table.rows[o].count > table.rows[best].count)
            best = o;
    return option(question, table, best, language);
}

QStringList FindingWriter::comparisons(const QString& answer, const QStringList& groupLabels,
                                       const std::vector<double>& percents,
                                       const GroupComparison& comparison, int row,
                                       FindingLanguage language) {
    QStringList sentences;
    if (!comparison.valid || row < 0 || std::size_t(row) >= comparison.rows.size())
        return sentences;
    const QString form = italian(language) ? QStringLiteral("Più %1 tra %2 che tra %3 (%4 vs %5)")
                                           : QStringLiteral("More %1 among %2 than among %3 "
                                                            "(%4 vs %5)");
    for (const PairTest& pair : comparison.rows[std::size_t(row)].pairs) {
        if (!pair.significant || pair.second < 0)
            continue;
        const int high = pair.statistic > 0 ? pair.first : pair.second;
        const int low = pair.statistic > 0 ? pair.second : pair.first;
        if (std::size_t(std::max(high, low)) >= percents.size())
            continue;
        sentences << form.arg(answer, quoted(groupLabels.value(high), language),
                              quoted(groupLabels.value(low), language),
                              percentText(percents[std::size_t(high)]),
                              percentText(percents[std::size_t(low)]));
    }
    return sentences;
}

QStringList FindingWriter::comparisonsWithRest(const QString& answer,
                                               const QStringList& groupLabels,
                                               const std::vector<double>& percents,
                                               const std::vector<double>& restPercents,
                                               const GroupComparison& comparison, int row,
                                               FindingLanguage language) {
    QStringList sentences;
    if (!comparison.valid || row < 0 || std::size_t(row) >= comparison.rows.size())
        return sentences;
    const bool it = italian(language);
    for (const PairTest& pair : comparison.rows[std::size_t(row)].pairs) {
        const std::size_t g = std::size_t(pair.first);
        if (!pair.significant || pair.second >= 0 || g >= percents.size() ||
            g >= restPercents.size())
            continue;
        const bool more = pair.statistic > 0;
        const QString form =
            it ? (more ? QStringLiteral("Più %1 tra %2 che nel resto del campione (%3 vs %4)")
                       : QStringLiteral("Meno %1 tra %2 che nel resto del campione (%3 vs %4)"))
               : (more
                      ? QStringLiteral("More %1 among %2 than in the rest of the sample (%3 vs %4)")
                      : QStringLiteral(
                            "Fewer %1 among %2 than in the rest of the sample (%3 vs %4)"));
        sentences << form.arg(answer, quoted(groupLabels.value(int(g)), language),
                              percentText(percents[g]), percentText(restPercents[g]));
    }
    return sentences;
}

QStringList FindingWriter::comparisons(const CrossTab& table, const QStringList& optionLabels,
                                       const GroupComparison& comparison,
                                       FindingLanguage language) {
    QStringList sentences;
    for (int row = 0; row < optionLabels.size(); ++row) {
        std::vector<double> percents;
        for (const FrequencyTable& group : table.groups)
            percents.push_back(row < group.rows.size() ? group.rows[row].percent : 0.0);
        sentences << comparisons(quoted(optionLabels[row], language), table.groupLabels, percents,
                                 comparison, row, language);
    }
    return sentences;
}

QStringList FindingWriter::meanComparisons(const QStringList& groupLabels,
                                           const std::vector<double>& means,
                                           const GroupComparison& comparison,
                                           FindingLanguage language, int decimals) {
    QStringList sentences;
    if (!comparison.valid || comparison.rows.empty())
        return sentences;
    const QLocale locale = localeOf(language);
    const QString form = italian(language)
                             ? QStringLiteral("Media più alta tra %1 che tra %2 (%3 vs %4)")
                             : QStringLiteral("Higher mean among %1 than among %2 (%3 vs %4)");
    for (const PairTest& pair : comparison.rows.front().pairs) {
        if (!pair.significant || pair.second < 0)
            continue;
        const int high = pair.statistic > 0 ? pair.first : pair.second;
        const int low = pair.statistic > 0 ? pair.second : pair.first;
        if (std::size_t(std::max(high, low)) >= means.size())
            continue;
        sentences << form.arg(quoted(groupLabels.value(high), language),
                              quoted(groupLabels.value(low), language),
                              locale.toString(means[std::size_t(high)], 'f', decimals),
                              locale.toString(means[std::size_t(low)], 'f', decimals));
    }
    return sentences;
}

QString FindingWriter::nps(const Question& question, const NpsResult& nps,
                           FindingLanguage language) {
    if (!nps.valid)
        return {};
    const QLocale locale = localeOf(language);
    const QString base = QStringLiteral("base ") + locale.toString(nps.base.n);
    const QString form = italian(language)
                             ? QStringLiteral("%1: Net Promoter Score %2 (promotori %3, "
                                              "detrattori %4, %5)")
                             : QStringLiteral("%1: Net Promoter Score %2 (promoters %3, "
                                              "detractors %4, %5)");
    return form.arg(quoted(question.text, language), signedWholeNumber(nps.score, locale),
                    percentText(nps.promotersPercent), percentText(nps.detractorsPercent), base);
}

QString FindingWriter::npsComparison(const QString& labelA, const NpsResult& a,
                                     const QString& labelB, const NpsResult& b,
                                     const NpsDifference& difference, FindingLanguage language) {
    if (!difference.valid || !difference.significant || !a.valid || !b.valid)
        return {};
    const bool aHigher = difference.difference > 0;
    const QLocale locale = localeOf(language);
    const auto score = [&](double value) {
        return signedWholeNumber(value, locale);
    };
    const QString form = italian(language)
                             ? QStringLiteral("NPS più alto tra %1 che tra %2 (%3 vs %4)")
                             : QStringLiteral("Higher NPS among %1 than among %2 "
                                              "(%3 vs %4)");
    return form.arg(quoted(aHigher ? labelA : labelB, language),
                    quoted(aHigher ? labelB : labelA, language), score(aHigher ? a.score : b.score),
                    score(aHigher ? b.score : a.score));
}

} // namespace sondo
