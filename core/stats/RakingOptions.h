#pragma once

namespace sondo {

/** How Raking iterates and whether it trims. Plain value. */
struct RakingOptions {
    /**
     * Converged when, after a full cycle over the questions, every category's share of the raked
     * total (the held "missing" categories included) is within this of its target.
     */
    double tolerance = 1e-6;
    /** Full cycles at most (each cycle adjusts every question once, then trims). */
    int maxIterations = 100;
    /**
     * Trim extreme weights: after every cycle each weight is capped to
     * [lowerCap × mean weight, upperCap × mean weight] and the next cycle rakes again, until the
     * margins hold with every weight inside the caps (the fixed point of raking with bounds, as
     * R's survey::calibrate(calfun = "raking", bounds = c(lowerCap, upperCap)) computes it when
     * the starting weights are equal).
     */
    bool trim = false;
    /** 0 ≤ lowerCap ≤ 1 ≤ upperCap; the mean weight does not change while raking. */
    double lowerCap = 0.2;
    double upperCap = 5.0;
};

} // namespace sondo
