#include "chart/FigureChart.h"

#include "base/CoreText.h"
#include "base/SignedNumber.h"
#include "chart/ChartNotes.h"
#include "chart/ChartSpecBuilder.h"
#include "stats/CrossTabInference.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace sondo {

namespace {

/** The figure of one table, or nothing when it has none (nobody answered, no boxes). */
std::optional<double> figureOf(ChartFigure figure, const FrequencyTable& table) {
    switch (figure) {
    case ChartFigure::TopTwo:
        return table.topTwoBox;
    case ChartFigure::BottomTwo:
        return table.bottomTwoBox;
    case ChartFigure::Net:
        if (table.topTwoBox && table.bottomTwoBox)
            return *table.topTwoBox - *table.bottomTwoBox;
        return std::nullopt;
    case ChartFigure::Mean:
        if (table.summary && table.summary->n > 0 && std::isfinite(table.summary->mean))
            return table.summary->mean;
        return std::nullopt;
    default:
        break;
    }
    return std::nullopt;
}

QString figureLabel(ChartFigure figure, double value, const ChartOptions& options) {
    const QLocale& locale = options.locale;
    switch (figure) {
    case ChartFigure::Net:
        // A net is in points, signed: "+12", "−8", "0".
        return signedWholeNumber(value, locale);
    case ChartFigure::Mean:
        return locale.toString(value, 'f', 1);
    default:
        return ChartSpecBuilder::formatPercent(value, locale, options.decimals);
    }
}

/** What the bars are, under the chart. */
QString figureNote(ChartFigure figure, const Question& question) {
    const int k = int(question.scores.size());
    switch (figure) {
    case ChartFigure::TopTwo:
        return CoreText::tr("Bars: top-2-box, the share choosing one of the two highest points "
                            "of the scale (base: everyone who answered)");
    case ChartFigure::BottomTwo:
        return CoreText::tr("Bars: bottom-2-box, the share choosing one of the two lowest points "
                            "of the scale (base: everyone who answered)");
    case ChartFigure::Net:
        return CoreText::tr("Bars: net, top-2-box minus bottom-2-box, in points; not tested "
                            "between the groups");
    case ChartFigure::Mean:
        return question.type == QuestionType::Likert && k > 0
                   ? CoreText::tr("Bars: mean score on the scale's points (answers off the "
                                  "scale left out)")
                   : CoreText::tr("Bars: mean of the answers");
    default:
        break;
    }
    return {};
}

/** A round end for a mean's axis, just above it: 6 for 5.04, 250 for 212, 1 for 0.7. */
double roundUp(double value) {
    if (!(value > 0))
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0})
        if (step * power >= value * (1 + 1e-9))
            return step * power;
    return 10 * power;
}

} // namespace

bool FigureChart::applies(ChartFigure figure, const FrequencyTable& total) {
    switch (figure) {
    case ChartFigure::TopTwo:
    case ChartFigure::BottomTwo:
    case ChartFigure::Net:
        return total.type == QuestionType::Likert && total.topTwoBox.has_value();
    case ChartFigure::Mean:
        return total.type == QuestionType::Likert || total.type == QuestionType::Numeric;
    default:
        break;
    }
    return false;
}

void FigureChart::apply(ChartSpec& spec, const Survey& survey, const ResponseMatrix& responses,
                        const CrossTab& crossTab, const ChartOptions& options,
                        const RespondentMask& mask) {
    const ChartFigure figure = options.figure;
    const Question& question = survey.questions[crossTab.question];
    const QLocale& locale = options.locale;
    // The distribution's chi-square stays: it is about the same groups.
    const QString chi = spec.notes.isEmpty() ? QString() : spec.notes.last();
    spec.clearDrawing();
    spec.kind = ChartKind::HorizontalBars;
    spec.showLegend = false;

    QList<int> drawn;
    ChartSeries series;
    auto addBar = [&](const QString& name, const FrequencyTable& table) {
        const double value = figureOf(figure, table).value_or(0.0);
        spec.categories.append(name);
        series.values.append(value);
        series.labels.append(figureLabel(figure, value, options));
        series.counts.append(table.base);
        series.countLabels.append(locale.toString(qRound64(table.base)));
    };
    for (int g = 0; g < crossTab.groups.size(); ++g) {
        if (!figureOf(figure, crossTab.groups[g]))
            continue;
        drawn.append(g);
        addBar(ChartNotes::groupName(crossTab.groupLabels.value(g),
                                     crossTab.groups[g].unweightedBase, options),
               crossTab.groups[g]);
    }
    addBar(CoreText::tr("Total (n = %1)").arg(locale.toString(crossTab.total.unweightedBase)),
           crossTab.total);

    if (options.significance && figure != ChartFigure::Net) {
        const CrossTabInference inference =
            CrossTabInference::compute(survey, responses, crossTab, mask, options.tests);
        // Row 0 of the boxes is the top-2-box, row 1 the bottom-2-box; the means have one.
        const GroupComparison& tests =
            figure == ChartFigure::Mean ? inference.means : inference.boxes;
        const int row = figure == ChartFigure::BottomTwo ? 1 : 0;
        if (tests.valid) {
            bool anyLetter = false;
            for (int k = 0; k < drawn.size(); ++k) {
                const QString mark = tests.mark(row, drawn[k]);
                anyLetter = anyLetter || !mark.isEmpty();
                series.letters.append(mark);
                spec.categories[k] =
                    tests.letters.value(drawn[k]) + QStringLiteral(" · ") + spec.categories[k];
            }
            series.letters.append(QString()); // the total is not a group
            spec.notes.append(ChartNotes::groupTests(
                options.tests, tests, drawn, anyLetter, locale,
                figure == ChartFigure::Mean ? GroupTest::Means : GroupTest::Proportions));
        }
    }
    spec.series = {series};
    spec.notes.prepend(figureNote(figure, question));
    if (!chi.isEmpty() && chi.contains(QStringLiteral("p =")))
        spec.notes.append(chi);

    const auto [low, high] = std::minmax_element(series.values.cbegin(), series.values.cend());
    if (figure == ChartFigure::Mean) {
        // A scale's mean on its own range (1–5 shows 0–5); a number's on a round end.
        double top = roundUp(*high);
        if (question.type == QuestionType::Likert)
            for (double score : question.scores)
                if (std::isfinite(score))
                    top = std::max(top, score);
        spec.valueAxisMax = top;
        spec.valueAxisSuffix.clear();
    } else {
        spec.valueAxisMax = *high > 0 ? ChartSpecBuilder::niceAxisMax(*high) : 0.0;
        spec.valueAxisMin = *low < 0 ? -ChartSpecBuilder::niceAxisMax(-*low) : 0.0;
        if (figure == ChartFigure::Net)
            spec.valueAxisSuffix.clear(); // points, not a share
    }
}

} // namespace sondo
