#include "chart/NpsChart.h"

#include "base/CoreText.h"
#include "base/SignedNumber.h"
#include "chart/ChartNotes.h"
#include "chart/ChartSpecBuilder.h"
#include "stats/NetPromoterScore.h"
#include "stats/NpsByGroup.h"

#include <cmath>

namespace sondo {

namespace {

QString scoreLabel(const NpsResult& nps, const QLocale& locale) {
    return CoreText::tr("NPS %1").arg(signedWholeNumber(nps.score, locale));
}

} // namespace

void NpsChart::apply(ChartSpec& spec, const Survey& survey, const ResponseMatrix& responses,
                     int question, int segment, const ChartOptions& options,
                     const RespondentMask& mask) {
    const QLocale& locale = options.locale;
    const NpsResult total = NetPromoterScore::compute(
        survey, responses, question, mask, NpsScale::ZeroToTen, options.tests.confidence);
    spec.clearDrawing();
    spec.kind = ChartKind::StackedPercentBars;
    spec.showLegend = true;
    if (!total.valid) {
        spec.notes.append(CoreText::tr("Nobody in this selection answered the question"));
        return;
    }

    // Detractors left in orange, passives grey, promoters right in blue: the scale's colours.
    ChartSeries detractors, passives, promoters;
    detractors.name = CoreText::tr("Detractors (0–6)");
    detractors.side = DivergingSide::Negative;
    passives.name = CoreText::tr("Passives (7–8)");
    passives.side = DivergingSide::Neutral;
    promoters.name = CoreText::tr("Promoters (9–10)");
    promoters.side = DivergingSide::Positive;
    auto addBar = [&](const QString& category, const NpsResult& nps) {
        spec.categories.append(category);
        for (auto [series, percent, count] :
             {std::tuple{&detractors, nps.detractorsPercent, nps.detractors.weighted},
              std::tuple{&passives, nps.passivesPercent, nps.passives.weighted},
              std::tuple{&promoters, nps.promotersPercent, nps.promoters.weighted}}) {
            series->values.append(percent);
            series->labels.append(
                ChartSpecBuilder::formatPercent(percent, locale, options.decimals));
            series->counts.append(count);
            series->countLabels.append(locale.toString(qRound64(count)));
        }
    };

    if (segment >= 0 && segment < survey.questions.size() && segment != question) {
        const NpsByGroup byGroup =
            NpsByGroup::compute(survey, responses, question, segment, mask, options.tests);
        const GroupComparison& tests = byGroup.comparison;
        const bool lettered = options.significance && tests.valid;
        QList<int> drawn;
        bool anyMark = false;
        for (int g = 0; g < int(byGroup.groups.size()); ++g) {
            const NpsResult& nps = byGroup.groups[size_t(g)];
            if (!nps.valid)
                continue;
            drawn.append(g);
            QString category = ChartNotes::groupName(survey.questions[segment].options.value(g),
                                                     nps.base.n, options) +
                               QStringLiteral(" · ") + scoreLabel(nps, locale);
            if (lettered) {
                const QString mark = tests.mark(0, g);
                anyMark = anyMark || !mark.isEmpty();
                category = tests.letters.value(g) + QStringLiteral(" · ") + category +
                           (mark.isEmpty() ? QString() : QLatin1Char(' ') + mark);
            }
            addBar(category, nps);
        }
        addBar(CoreText::tr("Total (n = %1)").arg(locale.toString(total.base.n)) +
                   QStringLiteral(" · ") + scoreLabel(total, locale),
               total);
        if (lettered)
            spec.notes.append(ChartNotes::groupTests(options.tests, tests, drawn, anyMark, locale,
                                                     GroupTest::Scores));
    } else {
        addBar(scoreLabel(total, locale), total);
    }
    spec.series = {detractors, passives, promoters};
    spec.notes.prepend(
        CoreText::tr("NPS = % promoters − % detractors, from −100 to +100; %1: %2 to %3 "
                     "(%4% interval)")
            .arg(scoreLabel(total, locale), signedWholeNumber(total.interval.low, locale),
                 signedWholeNumber(total.interval.high, locale),
                 locale.toString(qRound(total.confidence * 100))));
    if (total.outOfScale > 0)
        spec.notes.append(CoreText::tr("%n answer(s) off the 0–10 scale left out", nullptr,
                                       int(total.outOfScale)));
}

} // namespace sondo
