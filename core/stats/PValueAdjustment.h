#pragma once

#include <vector>

namespace sondo {

/**
 * Multiple-comparison correction of a family of p-values (the pairs of groups within one row of
 * a table). R: p.adjust(p, "holm" | "bonferroni" | "none").
 *
 * Holm's step-down method (S. Holm, "A simple sequentially rejective multiple test procedure",
 * Scand. J. Statistics 6, 1979): sort the m p-values ascending; reject the i-th smallest
 * (i = 1…m) while p(i) ≤ α / (m − i + 1), and stop at the first that is not. It controls the
 * family-wise error as Bonferroni (reject when p ≤ α / m) does, and rejects at least as much.
 *
 * NaN p-values (a pair that could not be tested) are left out of the family, so they neither
 * count in m nor get rejected, as p.adjust treats NA.
 */
class PValueAdjustment {
public:
    enum class Method { None, Holm, Bonferroni };

    /**
     * Adjusted p-values, in the input's order (R's p.adjust): Holm's is
     * max over j ≤ i of min(1, (m − j + 1)·p(j)); Bonferroni's min(1, m·p).
     */
    static std::vector<double> adjust(const std::vector<double>& p, Method method);
    /**
     * Which hypotheses are rejected at level `alpha`, by the thresholds above (p compared with
     * α/(m − i + 1), not the adjusted p with α, so a p-value exactly at its step's threshold is
     * rejected whatever the rounding of (m − i + 1)·p).
     */
    static std::vector<bool> reject(const std::vector<double>& p, double alpha, Method method);
};

} // namespace sondo
