#pragma once

#include "import/build/RawTable.h"
#include "import/text/CsvDialect.h"

#include <QString>

namespace sondo {

/** A delimited text file as read: every record (header rows included) and how it was written. */
struct CsvTable {
    RawTable table;
    CsvDialect dialect;
    /** SHA-256 (lower-case hex) of the file's bytes, taken as they were read. */
    QString sha256;
};

} // namespace sondo
