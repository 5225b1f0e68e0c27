#pragma once

#include <QIODevice>

class QuaZipFile;

namespace sondo {

/**
 * Reads one opened part of a workbook's zip, and stops for good at the first read error of the
 * zip or when the part inflates past the XlsxLimits. Internal to import/.
 *
 * QuaZipFile alone is not enough: when its deflate stream is corrupt, its read fails but it never
 * reports the end, so a QXmlStreamReader on it asks for more bytes forever. Here every failure
 * makes atEnd() true, so a reader's loop ends and the caller asks stop() why.
 */
class ZipPartDevice : public QIODevice {
public:
    /** Why reading stopped before the part's end. */
    enum class Stop {
        None,
        Damaged,       ///< the zip could not inflate the part (zipError() says how)
        PartTooLarge,  ///< the part inflates past its limit
        TotalTooLarge, ///< the parts read from this zip inflate past XlsxLimits::kMaxTotalBytes
        RatioTooHigh,  ///< the part, or the parts together, inflate past XlsxLimits::kMaxRatio
    };

    /** What the parts read from one zip have cost so far; shared by its ZipPartDevices. */
    struct Budget {
        qint64 inflated = 0;
        qint64 compressed = 0;
    };

    /**
     * Reads `part`, already opened for reading (not raw), counting against `budget`; `partLimit`
     * is the most inflated bytes the part may have.
     */
    ZipPartDevice(QuaZipFile& part, Budget& budget, qint64 partLimit);

    Stop stop() const { return m_stop; }
    /** The zip's error code when stop() is Damaged. */
    int zipError() const { return m_zipError; }
    /** Inflated bytes delivered so far. */
    qint64 inflated() const { return m_inflated; }
    qint64 partLimit() const { return m_partLimit; }

    bool isSequential() const override { return true; }
    bool atEnd() const override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    qint64 halt(Stop stop);

    QuaZipFile& m_part;
    Budget& m_budget;
    qint64 m_partLimit;
    qint64 m_compressed;
    qint64 m_inflated = 0;
    Stop m_stop = Stop::None;
    int m_zipError = 0;
    bool m_ended = false;
};

} // namespace sondo
