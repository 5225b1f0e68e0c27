#pragma once

#include "filter/RespondentMask.h"
#include "model/ResponseMatrix.h"
#include "model/Survey.h"
#include "stats/FrequencyTable.h"

namespace sondo {

/**
 * A chart of a choice question with more options than fit: the most chosen ones and one
 * "Other (N options)" bar with their exact total, so that 45 spellings of a country never run off
 * the image. For a single choice the total is the sum of the options grouped; for a multiple
 * choice it is the respondents who chose any of them (one who ticked two counts once), so the bar
 * is what a reader would take it to be. The full table stays in `freq` and the window.
 */
class TopOptions {
public:
    /**
     * `table` (of `question` over `mask`) with at most `maxBars` bars: the `maxBars` − 1 most
     * chosen options in their order (fewer when the cut would split options chosen equally
     * often), then "Other (N options)", which also holds the question's
     * own "Other" option (OtherOption), however often chosen. Unchanged when it has no more
     * than `maxBars` rows, `maxBars` is below 2, or the question is not a single or multiple
     * choice (a scale keeps every point: its order is its meaning).
     */
    static FrequencyTable collapse(const Survey& survey, const ResponseMatrix& responses,
                                   const FrequencyTable& table, const RespondentMask& mask,
                                   int maxBars);
};

} // namespace sondo
