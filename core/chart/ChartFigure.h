#pragma once

#include <QString>
#include <optional>

namespace sondo {

/**
 * What a compare-by chart shows for each group: the whole answer distribution, or one figure
 * per group (a bar each, with the total) that a newsletter quotes: the top-2-box, bottom-2-box,
 * net (top-2 − bottom-2, in points) or mean of a scale; the mean of a number.
 */
enum class ChartFigure { Answers, TopTwo, BottomTwo, Net, Mean };

/** "answers", "top2", "bottom2", "net", "mean" (the `chart --figure` names), case-insensitive. */
inline std::optional<ChartFigure> chartFigureFromName(const QString& name) {
    const QString key = name.trimmed().toLower();
    if (key == u"answers")
        return ChartFigure::Answers;
    if (key == u"top2")
        return ChartFigure::TopTwo;
    if (key == u"bottom2")
        return ChartFigure::BottomTwo;
    if (key == u"net")
        return ChartFigure::Net;
    if (key == u"mean")
        return ChartFigure::Mean;
    return std::nullopt;
}

} // namespace sondo
