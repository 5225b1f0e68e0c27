#pragma once

#include "chart/ChartOptions.h"

#include <QJsonObject>
#include <QString>

namespace sondo {

/**
 * The project's small-base thresholds (issue 10): under `low` respondents a chart or group is
 * marked "Low base" and drawn lighter, under `counts` it is labelled with counts. Kept in the
 * project's state under "bases"; `sondo settings` changes them, every chart, report and the
 * window reads them. Plain value.
 */
struct BaseThresholds {
    int low = 30;
    int counts = 10;

    static QString stateKey() { return QStringLiteral("bases"); }

    QJsonObject toJson() const {
        return {{QStringLiteral("low"), low}, {QStringLiteral("counts"), counts}};
    }
    /** The thresholds saved in a project's state; the defaults for what is missing or bad. */
    static BaseThresholds fromState(const QJsonObject& state) {
        const QJsonObject json = state.value(stateKey()).toObject();
        BaseThresholds thresholds;
        const int low = json.value(QStringLiteral("low")).toInt(thresholds.low);
        const int counts = json.value(QStringLiteral("counts")).toInt(thresholds.counts);
        if (low >= 0)
            thresholds.low = low;
        if (counts >= 0)
            thresholds.counts = counts;
        return thresholds;
    }
    void applyTo(ChartOptions& options) const {
        options.lowBase = low;
        options.countsBelow = counts;
    }
};

} // namespace sondo
