#pragma once

#include "stats/PValueAdjustment.h"

#include <QString>
#include <optional>

namespace sondo {

/** How group comparisons are tested. Plain value; the defaults are the analysts' usual ones. */
struct SignificanceOptions {
    /** 0.95 = differences significant at 95% (α = 0.05); 0.90 and 0.99 are the usual others. */
    double confidence = 0.95;
    /** Correction within each row of a table (every pair of groups on one option). */
    PValueAdjustment::Method correction = PValueAdjustment::Method::Holm;
    /**
     * Groups whose effective base is below this are not tested (and marked): on 20 interviews a
     * 15-point gap is noise that a test would still sometimes call significant.
     */
    double minimumEffectiveBase = 30;
    /**
     * Each group against the rest of the sample (▲ above, ▼ below) instead of every pair of
     * groups (letters): for many groups, where a page of letters says less than one arrow.
     */
    bool againstRest = false;

    /** "holm", "bonferroni", "none": the name the command line and the JSON use. */
    static QString correctionName(PValueAdjustment::Method method);
    /** Parses correctionName(); nullopt for anything else. */
    static std::optional<PValueAdjustment::Method> correctionFromName(const QString& name);
};

} // namespace sondo
