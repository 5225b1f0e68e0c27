#pragma once

#include <QString>
#include <optional>

namespace sondo {

/**
 * What a chart shows: the whole answer distribution; for a recommendation question its Net
 * Promoter Score chart; or, under a compare-by, one figure per group (a bar each, with the
 * total) that a newsletter quotes: the top-2-box, bottom-2-box, net (top-2 − bottom-2, in
 * points) or mean of a scale, the mean of a number.
 */
enum class ChartFigure {
    Auto,    ///< the NPS chart for a recommendation question, otherwise the answers
    Answers, ///< the distribution: bars per option, per value bin, or stacked per group
    TopTwo,
    BottomTwo,
    Net,
    Mean,
    Nps, ///< detractors, passives and promoters with the score (NpsChart)
};

/**
 * "auto", "answers", "top2", "bottom2", "net", "mean", "nps" (the `chart --figure` names),
 * case-insensitive.
 */
inline std::optional<ChartFigure> chartFigureFromName(const QString& name) {
    const QString key = name.trimmed().toLower();
    if (key == u"auto")
        return ChartFigure::Auto;
    if (key == u"nps")
        return ChartFigure::Nps;
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

/** The `chart --figure` name of `figure`, as chartFigureFromName() reads it. */
inline QString chartFigureName(ChartFigure figure) {
    switch (figure) {
    case ChartFigure::Auto:
        return QStringLiteral("auto");
    case ChartFigure::Answers:
        return QStringLiteral("answers");
    case ChartFigure::TopTwo:
        return QStringLiteral("top2");
    case ChartFigure::BottomTwo:
        return QStringLiteral("bottom2");
    case ChartFigure::Net:
        return QStringLiteral("net");
    case ChartFigure::Mean:
        return QStringLiteral("mean");
    case ChartFigure::Nps:
        return QStringLiteral("nps");
    }
    return QStringLiteral("auto");
}

} // namespace sondo
