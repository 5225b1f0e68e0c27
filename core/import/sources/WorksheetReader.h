#pragma once

#include "base/Progress.h"
#include "base/Result.h"
#include "import/build/RawTable.h"
#include "import/sources/Workbook.h"

namespace sondo {

/**
 * Reads one worksheet of an opened Workbook into a RawTable, streaming the sheet's part from the
 * zip: every row as it is, cells as the text a CSV export of the sheet would hold (see
 * XlsxReader). Internal to import/.
 */
class WorksheetReader {
public:
    /**
     * Reads `sheet` of `workbook`, whose styles and shared strings are loaded. `progress` receives
     * uncompressed bytes of the sheet read so far and the sheet's size.
     */
    static Result<RawTable> read(Workbook& workbook, const Workbook::Sheet& sheet,
                                 const ProgressCallback& progress);
};

} // namespace sondo
