#pragma once

#include "stats/SignificanceOptions.h"

#include <QString>

namespace sondo {

/**
 * The sentence that says how a compare-by was tested, written once for every place that shows
 * the marks (`freq --by`, the report's method note and tables, chart notes): letters or arrows,
 * the tests, the correction, the confidence and the minimum base, in the caller's language
 * (CoreText). Plain functions over SignificanceOptions.
 */
class SignificanceNote {
public:
    /**
     * "Letters: the group is significantly higher than the groups named (column proportions
     * z-test; means: Welch's t-test; Holm-corrected, 95%)." or the ▲▼ sentence for tests against
     * the rest. `means`: a mean row was tested too.
     */
    static QString explain(const SignificanceOptions& options, bool means);
    /** "Not tested (effective base below 30): A, D." for `untested` letters; empty for none. */
    static QString untested(const SignificanceOptions& options, const QStringList& untested);
};

} // namespace sondo
