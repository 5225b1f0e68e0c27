#pragma once

#include "import/sources/TableSource.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace sondo {

/** The table sources Sondo knows, and the choice among them for a file. */
class TableSources {
public:
    /** Every source, in the order their extensions are listed: delimited text, XLSX, SPSS/Stata. */
    static QList<std::shared_ptr<const TableSource>> all();
    /**
     * The source that reads `path`: the first whose signature the file's first bytes carry (an
     * XLSX package named .csv is read as a workbook), else the one whose extension the file has,
     * else delimited text (a .dat or extension-less export is tried as text, and a binary file
     * fails there as "not text").
     */
    static std::shared_ptr<const TableSource> forFile(const QString& path);
    /** Every extension a source claims, in the order of all(): "csv", "tsv", …, "dta". */
    static QStringList extensions();
};

} // namespace sondo
