#pragma once

#include <QtGlobal>
#include <functional>

namespace sondo {

/**
 * Reports progress of long work as done/total (bytes or rows; total 0 when unknown). Returning
 * false asks the work to stop; it then ends with a "cancelled" error and changes nothing.
 */
using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;

/**
 * `progress` as seen by one step of a longer job: the step's done/total lands in [from, to] of a
 * whole counted to 100, and the answer (go on or stop) passes through. Empty stays empty.
 */
inline ProgressCallback progressPart(const ProgressCallback& progress, int from, int to) {
    if (!progress)
        return {};
    return [progress, from, to](qint64 done, qint64 total) {
        const qint64 at = total > 0 ? from + (to - from) * qMin(done, total) / total : from;
        return progress(at, 100);
    };
}

} // namespace sondo
