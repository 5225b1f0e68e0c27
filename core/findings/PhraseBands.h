#pragma once

#include "findings/FindingLanguage.h"
#include "findings/PhraseBand.h"

#include <QString>
#include <optional>
#include <span>

namespace sondo {

/**
 * Percentages in words ("circa due terzi" / "about two thirds"), as ONE table in both languages
 * (PhraseBands.cpp), so that Italian and English can never disagree on where a band starts.
 *
 * The rules the table keeps (tst_findings checks each, for every percentage from 0 to 100):
 * - every percentage in [0, 100] is in exactly one band, so it has exactly one phrase;
 * - bands meet at half points (63.5, 69.5, …): a figure shown rounded to a whole percent (66%)
 *   gets the phrase of that whole percent, so phrase and bracketed figure always agree;
 * - the phrase is true of every figure in its band: "oltre l'80%" starts past 80.5, never at 80;
 *   "quasi la metà" stops below 49.5; "circa" allows at most 3.5 points either side; "la metà",
 *   "nessuno" and "tutti" only for exactly 50, 0 and 100 (49.7 is "circa la metà", 99.7 "quasi
 *   tutti", 0.3 "meno dell'1%").
 */
class PhraseBands {
public:
    /** The whole table, lowest percentages first. */
    static std::span<const PhraseBand> table();
    /** The band of `percent`; none outside [0, 100] or for NaN. */
    static std::optional<PhraseBand> bandOf(double percent);
    /** The phrase of `percent` in `language`; empty outside [0, 100]. */
    static QString phrase(double percent, FindingLanguage language);
};

} // namespace sondo
