#pragma once

#include "filter/RespondentMask.h"
#include "model/ResponseMatrix.h"
#include "model/Survey.h"
#include "stats/ChiSquareResult.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sondo {

/**
 * A question group compared by a segment (`freq G3 --by Q1`, `chart G3 --by Q1`): per item, one
 * figure for each group of the segment and for everyone, and the item's own chi-square across
 * the groups (CrossTab of the item by the segment, so it is what `freq ITEM --by` says).
 *
 * The figure is the top-2-box when every item is a scale with boxes (percent of those who took
 * a side, as FrequencyTable::topTwoBox), else the percent choosing the group's first option (the
 * "Yes" of a yes/no grid, the option of a multiple group). Plain value.
 */
struct GridBySegment {
    enum class Figure { TopTwoBox, FirstOption };

    struct Item {
        int question = -1;
        /** Per group of the segment: the figure in percent (NaN when nobody in it answered). */
        QList<double> percents;
        /** Per group: the unweighted base the figure is of. */
        QList<qint64> bases;
        double totalPercent = 0;
        qint64 totalBase = 0;
        ChiSquareResult chiSquare;
    };

    int group = -1;
    int segment = -1;
    Figure figure = Figure::FirstOption;
    /** FirstOption: the option counted. TopTwoBox: empty. */
    QString option;
    /** The segment's options, one per group. */
    QStringList groupLabels;
    QList<Item> items;

    /**
     * Group `group` of `survey` by choice question `segment`, over the respondents of `mask`
     * (empty = all). An unknown group or a segment that is not a choice question gives no items.
     */
    static GridBySegment compute(const Survey& survey, const ResponseMatrix& responses, int group,
                                 int segment, const RespondentMask& mask = {});
};

} // namespace sondo
