#pragma once

#include "filter/RespondentMask.h"
#include "stats/RakingReport.h"

#include <QtGlobal>
#include <optional>
#include <vector>

namespace sondo {

/** Weights computed from WeightingSettings (Weighting::compute), and how they came out. */
struct AppliedWeighting {
    /** One per respondent, for ResponseMatrix::weights. */
    std::vector<double> weights;
    /**
     * One byte per respondent, 1 = has a usable weight; empty when everyone has. Respondents
     * without one (a blank weight cell) are left out of the weighted analysis, so callers AND
     * this into every RespondentMask they compute with (see WeightVector).
     */
    RespondentMask usable;
    /** Respondents left out for want of a usable weight. */
    qint64 excluded = 0;
    /** Raking's report (WeightingSettings::Method::Raking only). */
    std::optional<RakingReport> raking;
};

} // namespace sondo
