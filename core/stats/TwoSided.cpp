#include "stats/TwoSided.h"

#include <algorithm>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>
#include <cmath>
#include <limits>

namespace sondo {

namespace {

// Errors are values in core: Boost reports a bad argument through errno and NaN, never a throw.
using NoThrow = boost::math::policies::policy<
    boost::math::policies::domain_error<boost::math::policies::errno_on_error>,
    boost::math::policies::overflow_error<boost::math::policies::errno_on_error>,
    boost::math::policies::evaluation_error<boost::math::policies::errno_on_error>>;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

double TwoSided::zCritical(double level) {
    if (!(level > 0 && level < 1))
        return kNaN;
    const boost::math::normal_distribution<double, NoThrow> normal;
    return boost::math::quantile(boost::math::complement(normal, (1.0 - level) / 2.0));
}

double TwoSided::tCritical(double level, double df) {
    if (!(level > 0 && level < 1) || !(df > 0))
        return kNaN;
    const boost::math::students_t_distribution<double, NoThrow> t(df);
    return boost::math::quantile(boost::math::complement(t, (1.0 - level) / 2.0));
}

double TwoSided::normalP(double z) {
    if (std::isnan(z))
        return kNaN;
    const boost::math::normal_distribution<double, NoThrow> normal;
    // The upper tail computed directly keeps its precision for large |z| (p = 1e-30, not 0).
    return std::min(1.0, 2.0 * boost::math::cdf(boost::math::complement(normal, std::abs(z))));
}

double TwoSided::studentP(double t, double df) {
    if (std::isnan(t) || !(df > 0))
        return kNaN;
    if (std::isinf(t))
        return 0.0;
    const boost::math::students_t_distribution<double, NoThrow> distribution(df);
    return std::min(1.0,
                    2.0 * boost::math::cdf(boost::math::complement(distribution, std::abs(t))));
}

} // namespace sondo
