#include "import/sources/ZipPartDevice.h"

#include "import/sources/XlsxLimits.h"

#include <algorithm>
#include <quazip/quazipfile.h>

namespace sondo {

ZipPartDevice::ZipPartDevice(QuaZipFile& part, Budget& budget, qint64 partLimit)
    : m_part(part)
    , m_budget(budget)
    , m_partLimit(partLimit)
    , m_compressed(std::max<qint64>(part.csize(), 1)) {
    m_budget.compressed += m_compressed;
    // Unbuffered: the XML reader asks for large blocks already, a second copy would only cost.
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    // A part whose directory entry already declares a size or ratio past the limits is
    // refused before a byte is inflated: a 1 MB bomb would otherwise be parsed for 200 MB
    // first. An entry that lies is still stopped by readData() as it inflates.
    const qint64 declared = part.usize();
    if (declared > m_partLimit)
        m_stop = Stop::PartTooLarge;
    else if (declared > XlsxLimits::kRatioCheckFrom &&
             declared / m_compressed > XlsxLimits::kMaxRatio)
        m_stop = Stop::RatioTooHigh;
}

bool ZipPartDevice::atEnd() const {
    return m_stop != Stop::None || m_ended;
}

qint64 ZipPartDevice::halt(Stop stop) {
    m_stop = stop;
    return -1;
}

qint64 ZipPartDevice::readData(char* data, qint64 maxSize) {
    if (m_stop != Stop::None)
        return -1;
    if (m_ended || maxSize <= 0)
        return 0;
    const qint64 got = m_part.read(data, maxSize);
    if (got < 0 || m_part.getZipError() != UNZ_OK) {
        m_zipError = m_part.getZipError() != UNZ_OK ? m_part.getZipError() : UNZ_ERRNO;
        return halt(Stop::Damaged);
    }
    if (got == 0) {
        m_ended = true; // the deflate stream is over, whatever the directory claimed
        return 0;
    }
    m_inflated += got;
    m_budget.inflated += got;
    if (m_inflated > m_partLimit)
        return halt(Stop::PartTooLarge);
    if (m_budget.inflated > XlsxLimits::kMaxTotalBytes)
        return halt(Stop::TotalTooLarge);
    if ((m_inflated > XlsxLimits::kRatioCheckFrom &&
         m_inflated / m_compressed > XlsxLimits::kMaxRatio) ||
        (m_budget.inflated > XlsxLimits::kRatioCheckFrom &&
         m_budget.inflated / m_budget.compressed > XlsxLimits::kMaxRatio))
        return halt(Stop::RatioTooHigh);
    return got;
}

} // namespace sondo
