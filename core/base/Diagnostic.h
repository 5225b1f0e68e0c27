#pragma once

#include <QList>
#include <QString>

namespace sondo {

/**
 * A message about an input, located as precisely as the source allows. Line and column are
 * 1-based; 0 means unknown. Errors and warnings are both Diagnostics.
 */
struct Diagnostic {
    QString file;
    qint64 line = 0;
    int column = 0;
    QString message;
    /**
     * Where in the file, for a source without lines: "Sheet1!C7" in a workbook, "case 12,
     * variable Q3" in an SPSS or Stata file. Used only when line is 0.
     */
    QString place = {};

    /**
     * "FILE:LINE:COL: message" (text files), "FILE:PLACE: message" (workbooks, SPSS and Stata
     * files), leaving out the parts that are unknown.
     */
    QString toString() const;
};

} // namespace sondo
