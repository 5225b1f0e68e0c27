#pragma once

#include "filter/RespondentMask.h"
#include "model/ResponseMatrix.h"
#include "model/Survey.h"
#include "stats/FrequencyTable.h"
#include "stats/NpsResult.h"
#include "stats/Proportion.h"
#include "stats/WeightSums.h"

#include <optional>
#include <vector>

namespace sondo {

/**
 * What a frequency table needs beyond its counts to be published: the weight sums of its base
 * (Kish's effective base), a Wilson interval per row on that effective base, and NPS for a 0–10
 * recommendation question (NpsQuestion). Plain value, computed from the same responses and mask
 * as the table.
 */
struct FrequencyInference {
    /** True when the responses carry weights other than all 1. */
    bool weighted = false;
    /** The weights of the table's base (Σw, Σw², n). */
    WeightSums base;
    /** One per table row: the row's weighted percentage's 95% Wilson interval (fractions). */
    std::vector<Proportion> intervals;
    /** NPS of a recommendation question; empty for any other. */
    std::optional<NpsResult> nps;

    /** The inference of `table`, which counts its question over `mask`. */
    static FrequencyInference compute(const Survey& survey, const ResponseMatrix& responses,
                                      const FrequencyTable& table, const RespondentMask& mask = {});
    /** True when `weights` are not all 1 (an empty vector is all 1). */
    static bool isWeighted(const std::vector<double>& weights);
};

} // namespace sondo
