#pragma once

#include "base/Progress.h"
#include "base/Result.h"
#include "import/build/RawTable.h"

#include <QByteArrayView>
#include <QString>
#include <optional>

namespace sondo {

/**
 * Reads SPSS (.sav, .zsav, .por) and Stata (.dta) data files through ReadStat into a RawTable
 * shaped like a CSV export with one header row, so the same format profiles and type inference
 * serve them:
 *
 * - row 0 holds each variable's label (the question text), or its name when it has none;
 * - each following row is one case (lineOf() = case number + 1), a cell holding the value's label
 *   when the variable labels that value, else the value as text (numbers in C locale without
 *   trailing zeros, SPSS and Stata dates as ISO "yyyy-MM-dd" / "yyyy-MM-dd HH:mm:ss");
 * - system-missing values, user-missing values and ranges (SPSS) and tagged missing values
 *   (Stata .a–.z) are blank, as are empty strings.
 *
 * RawTable::columnInfo describes every variable (name, label, value labels in code order,
 * measure level, numeric); RawTable::multipleResponseSets carries the multiple response sets a
 * .sav/.zsav file defines. Text is decoded with the encoding the file declares; files that declare
 * none (old SPSS and Stata files) are read as Windows-1252.
 */
class StatReader {
public:
    /** The kinds of file ReadStat reads for us. */
    enum class Format { Sav, Por, Dta };

    /**
     * Reads the file; the format follows the extension (.sav, .zsav, .por, .dta). Fails with the
     * file name and ReadStat's reason for a missing, truncated or corrupt file and for an
     * unsupported extension. `progress` receives bytes read and the file size.
     */
    static Result<RawTable> read(const QString& path, const ProgressCallback& progress = {});
    /** Reads the file as `format`, whatever its extension. */
    static Result<RawTable> read(const QString& path, Format format,
                                 const ProgressCallback& progress = {});

    /**
     * The format the file's first bytes (a kilobyte is enough) show: the SPSS system file's
     * "$FL2"/"$FL3" (.sav, .zsav), a Stata header, the portable file's "SPSSPORT" tag; none for
     * anything else.
     */
    static std::optional<Format> formatOfContent(QByteArrayView head);
};

} // namespace sondo
