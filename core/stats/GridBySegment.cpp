#include "stats/GridBySegment.h"

#include "stats/CrossTab.h"

#include <cmath>
#include <limits>

namespace sondo {

namespace {

/** The figure of one table: its top-2-box, or the percent of the row labelled `option`. */
std::pair<double, qint64> figureOf(const FrequencyTable& table, GridBySegment::Figure figure,
                                   const QString& option) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    if (figure == GridBySegment::Figure::TopTwoBox)
        return {table.unweightedScoredBase > 0 && table.topTwoBox ? *table.topTwoBox : nan,
                table.unweightedScoredBase};
    for (const FrequencyRow& row : table.rows)
        if (row.label == option)
            return {table.unweightedBase > 0 ? row.percent : nan, table.unweightedBase};
    return {table.unweightedBase > 0 ? 0.0 : nan, table.unweightedBase};
}

} // namespace

GridBySegment GridBySegment::compute(const Survey& survey, const ResponseMatrix& responses,
                                     int group, int segment, const RespondentMask& mask) {
    GridBySegment result;
    result.group = group;
    result.segment = segment;
    if (group < 0 || group >= survey.groups.size() || segment < 0 ||
        segment >= survey.questions.size() || !isCategorical(survey.questions[segment].type))
        return result;
    const QuestionGroup& g = survey.groups[group];
    result.groupLabels = survey.questions[segment].options;

    QList<CrossTab> tabs;
    bool boxes = true;
    for (const int q : survey.groupItems(group)) {
        tabs.append(CrossTab::compute(survey, responses, q, segment, mask));
        boxes = boxes && survey.questions[q].type == QuestionType::Likert &&
                tabs.last().total.topTwoBox.has_value();
    }
    result.figure = boxes && !tabs.isEmpty() ? Figure::TopTwoBox : Figure::FirstOption;
    if (result.figure == Figure::FirstOption)
        result.option = g.options.value(0);

    for (const CrossTab& tab : std::as_const(tabs)) {
        Item item;
        item.question = tab.question;
        for (const FrequencyTable& table : tab.groups) {
            const auto [percent, base] = figureOf(table, result.figure, result.option);
            item.percents.append(percent);
            item.bases.append(base);
        }
        const auto [percent, base] = figureOf(tab.total, result.figure, result.option);
        item.totalPercent = percent;
        item.totalBase = base;
        item.chiSquare = tab.chiSquare;
        result.items.append(item);
    }
    return result;
}

} // namespace sondo
