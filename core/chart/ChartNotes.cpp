#include "chart/ChartNotes.h"

#include "base/CoreText.h"
#include "chart/ChartSpecBuilder.h"
#include "stats/ChiSquareResult.h"
#include "stats/EffectiveBase.h"
#include "stats/FrequencyTable.h"
#include "stats/GroupComparison.h"
#include "stats/MarginOfError.h"

#include <cmath>

namespace sondo {

QString ChartNotes::sampleSize(qint64 n, const QLocale& locale) {
    QString note =
        QLatin1Char('(') + CoreText::tr("n = %1").arg(locale.toString(n)) + QLatin1Char(')');
    note.replace(QLatin1Char(' '), QChar(0x00a0));
    return note;
}

QString ChartNotes::groupName(const QString& label, qint64 n, const ChartOptions& options) {
    QString name = label + QLatin1Char(' ') + sampleSize(n, options.locale);
    if (n > 0 && n < options.lowBase)
        name += QStringLiteral(" · ") + CoreText::tr("low base");
    return name;
}

void ChartNotes::markLowBase(ChartSpec& spec, qint64 n, const ChartOptions& options) {
    if (n <= 0 || n >= options.lowBase)
        return;
    spec.footer += QStringLiteral(" · ") + CoreText::tr("Low base: interpret with care");
    for (ChartSeries& series : spec.series)
        series.lowBase = true;
    if (n >= options.countsBelow || spec.kind == ChartKind::DivergingStacked)
        return;
    // On a handful of answers a percentage claims a precision the counts do not have.
    for (ChartSeries& series : spec.series)
        series.labels = series.countLabels;
    // One series of bars labelled with counts is drawn in counts too: a "5" at the end of a bar
    // on a 0–90% axis reads as 5%.
    const bool oneSeries = spec.series.size() == 1 && spec.series.first().intervalLow.isEmpty();
    if (oneSeries &&
        (spec.kind == ChartKind::HorizontalBars || spec.kind == ChartKind::Histogram)) {
        ChartSeries& series = spec.series.first();
        series.values = series.counts;
        double top = 0;
        for (double count : std::as_const(series.counts))
            top = std::max(top, count);
        spec.valueAxisMin = 0;
        spec.valueAxisMax = ChartSpecBuilder::niceAxisMax(std::max(top, 1.0));
        spec.valueAxisSuffix.clear();
        spec.valueAxisTitle = CoreText::tr("Respondents");
        const qsizetype multiple = spec.notes.indexOf(multipleAnswers());
        if (multiple >= 0)
            spec.notes[multiple] =
                CoreText::tr("Multiple answers possible: counts add up to more than the base");
    }
    spec.notes.append(CoreText::tr("Bars labelled with counts: fewer than %1 answered")
                          .arg(options.locale.toString(options.countsBelow)));
}

QString ChartNotes::chiSquare(const ChiSquareResult& chi, const QLocale& locale, double cramersV) {
    if (!chi.valid)
        return {};
    QString note = chi.p < 0.001
                       ? CoreText::tr("Chi-square p < %1").arg(locale.toString(0.001, 'f', 3))
                       : CoreText::tr("Chi-square p = %1").arg(locale.toString(chi.p, 'f', 3));
    // The effect's size beside its significance: with 2,000 respondents a trivial difference
    // is significant, and V says it is trivial.
    if (std::isfinite(cramersV))
        note += QStringLiteral(", ") +
                CoreText::tr("Cram\u00e9r's V %1").arg(locale.toString(cramersV, 'f', 2));
    if (chi.lowExpected)
        note +=
            QLatin1Char(' ') + CoreText::tr("(some expected counts are below 5: read with care)");
    return note;
}

QString ChartNotes::significance(const SignificanceOptions& tests, bool anyMark,
                                 const QLocale& locale, GroupTest test) {
    const QString correction =
        tests.correction == PValueAdjustment::Method::Holm         ? QStringLiteral("Holm")
        : tests.correction == PValueAdjustment::Method::Bonferroni ? QStringLiteral("Bonferroni")
                                                                   : CoreText::tr("uncorrected");
    const QString level = locale.toString(qRound(tests.confidence * 100));
    QString how;
    switch (test) {
    case GroupTest::Proportions:
        how = CoreText::tr("column proportions, %1, %2%").arg(correction, level);
        break;
    case GroupTest::Means:
        how = CoreText::tr("Welch's t-test of the means, %1, %2%").arg(correction, level);
        break;
    case GroupTest::Scores:
        how = CoreText::tr("z-test of the scores' difference, %1, %2%").arg(correction, level);
        break;
    }
    if (!anyMark)
        return CoreText::tr("No significant difference between the groups (%1)").arg(how);
    if (tests.againstRest)
        return CoreText::tr(
                   "\u25B2\u25BC: significantly above or below the rest of the sample (%1)")
            .arg(how);
    return CoreText::tr("Letters: significantly higher than the groups with those letters (%1)")
        .arg(how);
}

QString ChartNotes::groupTests(const SignificanceOptions& tests, const GroupComparison& comparison,
                               const QList<int>& drawn, bool anyMark, const QLocale& locale,
                               GroupTest test) {
    QString note = significance(tests, anyMark, locale, test);
    QStringList untested;
    for (int g : drawn)
        if (size_t(g) < comparison.tested.size() && !comparison.tested[size_t(g)])
            untested << comparison.letters.value(g);
    if (!untested.isEmpty())
        note += QStringLiteral("; ") + CoreText::tr("not tested (base below %1): %2")
                                           .arg(locale.toString(tests.minimumEffectiveBase))
                                           .arg(untested.join(QStringLiteral(", ")));
    return note;
}

QStringList ChartNotes::scope(const Survey& survey, const ResponseMatrix& responses, int question,
                              const ChartOptions& options, const RespondentMask& mask) {
    QStringList notes;
    const Question& q = survey.questions[question];
    // Options the analyst hid (sondo recode --hide): out of the base, and the chart says so.
    if (!q.hiddenOptions.isEmpty())
        notes.append(CoreText::tr("Hidden, not in the base: %1")
                         .arg(q.hiddenOptions.join(QStringLiteral(", "))));
    if (options.marginOfError) {
        // The whole sample's margin, on the effective base of those who answered.
        const double base =
            EffectiveBase::ofQuestion(survey, responses, question, mask).effectiveBase();
        const double points = MarginOfError::points(base, options.tests.confidence);
        if (std::isfinite(points))
            notes.append(CoreText::tr("Margin of error: \u00b1%1 points at %2% (effective base %3)")
                             .arg(options.locale.toString(points, 'f', 1))
                             .arg(options.locale.toString(qRound(options.tests.confidence * 100)))
                             .arg(options.locale.toString(qRound64(base))));
    }
    return notes;
}

QString ChartNotes::grouped(int options, bool withOther) {
    if (withOther)
        return CoreText::tr("\u201cOther\u201d and the %1 least chosen options are one bar; the "
                            "full list is in the table")
            .arg(options - 1);
    return CoreText::tr("The %1 least chosen options are one bar, \u201cOther\u201d; the full list "
                        "is in the table")
        .arg(options);
}

QString ChartNotes::multipleAnswers() {
    return CoreText::tr("Multiple answers possible: percentages add up to more than 100%");
}

QStringList ChartNotes::nets(const FrequencyTable& table, const ChartOptions& options) {
    QStringList parts;
    for (const FrequencyRow& net : table.nets)
        parts.append(QStringLiteral("%1 %2").arg(
            net.label,
            ChartSpecBuilder::formatPercent(net.percent, options.locale, options.decimals)));
    if (parts.isEmpty())
        return {};
    const QString joined = parts.join(QStringLiteral(" · "));
    return {parts.size() == 1 ? CoreText::tr("Net: %1").arg(joined)
                              : CoreText::tr("Nets: %1").arg(joined)};
}

QStringList ChartNotes::likert(const FrequencyTable& table, const ChartOptions& options) {
    QStringList notes;
    QStringList parts;
    if (table.topTwoBox)
        parts.append(CoreText::tr("Top-2-box: %1")
                         .arg(ChartSpecBuilder::formatPercent(*table.topTwoBox, options.locale,
                                                              options.decimals)));
    if (table.summary && std::isfinite(table.summary->mean))
        parts.append(
            CoreText::tr("Mean: %1").arg(options.locale.toString(table.summary->mean, 'f', 1)));
    if (!parts.isEmpty())
        notes.append(parts.join(QStringLiteral(" · ")));
    // Who is outside the figures above, by name, when anyone gave such an answer.
    QStringList unscored;
    for (const FrequencyRow& row : table.rows)
        if (!std::isfinite(row.value) && row.unweightedCount > 0)
            unscored.append(QStringLiteral("“%1”").arg(row.label));
    if (!unscored.isEmpty() && !parts.isEmpty())
        notes.append((table.topTwoBox ? CoreText::tr("%1: outside the top-2-box and the mean")
                                      : CoreText::tr("%1: outside the mean"))
                         .arg(unscored.join(QStringLiteral(", "))));
    return notes;
}

} // namespace sondo
