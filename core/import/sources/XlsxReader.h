#pragma once

#include "base/Progress.h"
#include "base/Result.h"
#include "import/build/RawTable.h"

#include <QString>
#include <QStringList>

namespace sondo {

/**
 * Reads one worksheet of an Office Open XML workbook (.xlsx, .xlsm) into a RawTable, every sheet
 * row as it is (header rows included), so the same format profiles and type inference serve
 * workbooks and CSV files alike.
 *
 * Cells become the text a CSV export of the sheet would hold: shared and inline strings (rich text
 * runs joined), numbers in C locale with full precision ("3.5", "12"), booleans as TRUE/FALSE,
 * error cells as their code (#N/A), and numbers formatted as dates or times (through
 * xl/styles.xml, 1900 or 1904 date system) as ISO "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss" or
 * "HH:mm:ss". A merged range keeps its value in its top-left cell only, the others read blank.
 * Rows without any value (formatting only) are left out; lineOf() gives each row's sheet row
 * number.
 *
 * The sheet is streamed from the zip entry; only the shared strings and styles are held whole.
 */
class XlsxReader {
public:
    /**
     * Reads the sheet named `sheet` (case-insensitive), or the first sheet holding any value when
     * `sheet` is empty. Fails with a located Diagnostic for a file that is not a workbook (old
     * binary .xls, password-protected, .ods, .xlsb, not a zip, truncated), for malformed XML
     * (part, line and column), and for an unknown sheet name (the message lists the sheets).
     * `progress` receives uncompressed bytes of the sheet read so far and the sheet's size.
     */
    static Result<RawTable> read(const QString& path, const QString& sheet = {},
                                 const ProgressCallback& progress = {});

    /** The names of the workbook's sheets in tab order (hidden sheets included). */
    static Result<QStringList> sheetNames(const QString& path);
};

} // namespace sondo
