#pragma once

#include "chart/ChartFigure.h"
#include "stats/SignificanceOptions.h"

#include <QJsonObject>
#include <QString>
#include <cmath>

namespace sondo {

/**
 * The window's switches over what the figures show, kept in the project's state (key
 * "display") like the rest of the view: whether the project's saved weighting is applied,
 * whether charts carry significance letters and confidence-interval bars, how compare-by groups
 * are tested (level, correction, pairs or against the rest, minimum base: the command line's
 * --level, --adjust, --vs-rest, --min-base) and which figure a chart shows (--figure). Plain
 * value. The command line ignores it (it applies the weighting unless told --unweighted).
 */
struct DisplayOptions {
    /** Apply the project's saved weighting (when it has one). */
    bool weighted = true;
    /** Compared by a segment: letters of the groups a bar is significantly higher than. */
    bool letters = true;
    /** Thin Wilson 95% error bars on the bars. */
    bool intervals = false;
    /** How the groups of a compare-by are tested. */
    SignificanceOptions tests;
    /** What a chart shows (the NPS of a recommendation question, a figure per group, …). */
    ChartFigure figure = ChartFigure::Auto;

    static QString stateKey() { return QStringLiteral("display"); }

    QJsonObject toJson() const {
        return {{QStringLiteral("weighted"), weighted},
                {QStringLiteral("letters"), letters},
                {QStringLiteral("intervals"), intervals},
                {QStringLiteral("level"), qRound(tests.confidence * 100)},
                {QStringLiteral("adjust"), SignificanceOptions::correctionName(tests.correction)},
                {QStringLiteral("vs_rest"), tests.againstRest},
                {QStringLiteral("min_base"), tests.minimumEffectiveBase},
                {QStringLiteral("figure"), chartFigureName(figure)}};
    }
    /** The options saved in a project's state; the defaults for what is missing or unknown. */
    static DisplayOptions fromState(const QJsonObject& state) {
        const QJsonObject json = state.value(stateKey()).toObject();
        DisplayOptions options;
        options.weighted = json.value(QStringLiteral("weighted")).toBool(options.weighted);
        options.letters = json.value(QStringLiteral("letters")).toBool(options.letters);
        options.intervals = json.value(QStringLiteral("intervals")).toBool(options.intervals);
        const int level = json.value(QStringLiteral("level")).toInt(95);
        if (level == 90 || level == 95 || level == 99)
            options.tests.confidence = level / 100.0;
        if (const auto correction = SignificanceOptions::correctionFromName(
                json.value(QStringLiteral("adjust")).toString()))
            options.tests.correction = *correction;
        options.tests.againstRest = json.value(QStringLiteral("vs_rest")).toBool(false);
        const double minimum = json.value(QStringLiteral("min_base")).toDouble(30);
        if (std::isfinite(minimum) && minimum >= 0)
            options.tests.minimumEffectiveBase = minimum;
        if (const auto figure =
                chartFigureFromName(json.value(QStringLiteral("figure")).toString()))
            options.figure = *figure;
        return options;
    }
    bool operator==(const DisplayOptions& other) const {
        return weighted == other.weighted && letters == other.letters &&
               intervals == other.intervals && figure == other.figure &&
               tests.confidence == other.tests.confidence &&
               tests.correction == other.tests.correction &&
               tests.againstRest == other.tests.againstRest &&
               tests.minimumEffectiveBase == other.tests.minimumEffectiveBase;
    }
};

} // namespace sondo
