#pragma once

#include "base/Result.h"
#include "filter/RespondentMask.h"
#include "model/ResponseMatrix.h"
#include "model/Survey.h"

#include <QtGlobal>
#include <vector>

namespace sondo {

/**
 * Weights read from a numeric column of the survey (a "peso" or "weight" variable computed
 * elsewhere), one per respondent, ready for ResponseMatrix::weights. Plain value.
 *
 * A weight must be a finite number above zero. A respondent whose weight is missing, zero,
 * negative or not finite is left out of the weighted analysis, as SPSS does ("cases with zero,
 * negative or missing weights are excluded"): their weight is 0 and their byte in `usable` is 0.
 * A zero weight alone would still let them count in unweighted counts and bases, so callers AND
 * `usable` into every RespondentMask they compute with. Setting such weights to 1, or to the mean,
 * would invent a weight nobody computed; dropping the respondents is the honest reading, and
 * the counts below let the window say how many were dropped and why.
 */
struct WeightVector {
    /** How the weights are scaled once read. */
    enum class Scaling {
        /** As written in the file (e.g. population in thousands: the weighted base estimates it).
         */
        AsIs,
        /**
         * Divided by their mean over the usable respondents, so that the weighted base equals the
         * number of usable respondents (Σw = n); percentages, tests and the effective base do not
         * change, only the weighted counts read as "interviews".
         */
        MeanOne,
    };

    /** One per respondent; 0 for those not usable. */
    std::vector<double> weights;
    /** One byte per respondent: 1 = has a usable weight. */
    RespondentMask usable;
    qint64 usableCount = 0;
    /** Respondents left out, by reason. */
    qint64 missing = 0;
    qint64 zero = 0;
    qint64 negative = 0;
    /** Infinite (a cell such as "1e400"). */
    qint64 notFinite = 0;

    /**
     * Reads question `question`, which must be numeric. Fails when it is not, or when no
     * respondent has a usable weight.
     */
    static Result<WeightVector> fromColumn(const Survey& survey, const ResponseMatrix& responses,
                                           int question, Scaling scaling = Scaling::AsIs);
    /** The same rules applied to raw values (NaN = missing). */
    static Result<WeightVector> fromValues(const std::vector<double>& values,
                                           Scaling scaling = Scaling::AsIs);
};

} // namespace sondo
