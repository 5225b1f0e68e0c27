#pragma once

#include <QtGlobal>

namespace sondo {

/**
 * What a workbook may cost before the reader refuses it: a workbook arrives by e-mail from people
 * the analyst does not know, and a 1 MB zip can inflate to gigabytes of XML. Internal to import/.
 *
 * Sized from a real 1,000,000-row × 20-column export: its sheet XML is about 50 bytes a cell
 * (`<c r="T999999" s="3" t="s"><v>123456</v></c>`) plus 40 a row, about 1.1 GB, and Excel
 * compresses it 10–20×, shared strings alike. Every limit below leaves that file at least a
 * factor of three of room, and a zip bomb (1,000× and more) none.
 */
struct XlsxLimits {
    /** Inflated bytes of one part (a sheet, the shared strings): the big export's sheet is ~1.1 GB.
     */
    static constexpr qint64 kMaxPartBytes = qint64(4) << 30;
    /**
     * Inflated bytes of a part read whole into memory (workbook, relationships, styles): bloated
     * styles reach tens of MB.
     */
    static constexpr qint64 kMaxHeldPartBytes = qint64(256) << 20;
    /** Inflated bytes of all parts read from one workbook. */
    static constexpr qint64 kMaxTotalBytes = qint64(8) << 30;
    /**
     * Inflated bytes per compressed byte, per part and over the parts read. Real parts compress
     * 10–20×, very regular ones (empty styled rows) rarely past 100×; deflate bombs reach 1,000×.
     */
    static constexpr qint64 kMaxRatio = 200;
    /** The ratio is only judged past this many inflated bytes: small parts may compress anyhow. */
    static constexpr qint64 kRatioCheckFrom = qint64(16) << 20;
    /** Cells (rows × the width of each row) of one sheet: the big export has 20,000,000. */
    static constexpr qint64 kMaxCells = 100'000'000;
    /** Columns of a sheet: Excel's own limit (XFD); a reference past it is corrupt. */
    static constexpr int kMaxColumns = 16384;
    /**
     * Characters of one cell or shared string: 32 times Excel's own 32,767, so that other tools'
     * long answers still read, while one cell cannot take the whole memory.
     */
    static constexpr qsizetype kMaxCellChars = qsizetype(1) << 20;
};

} // namespace sondo
