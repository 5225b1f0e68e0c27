#pragma once

#include "import/build/RawTable.h"

#include <QString>

namespace sondo {

/** What a TableSource read: the raw table and what the reader learnt about the file. */
struct SourceTable {
    /** Every row as the file holds it, header rows included. */
    RawTable table;
    /** The text encoding the file was read with: delimited text only, empty otherwise. */
    QString encoding;
    /** The delimiter: delimited text only, empty otherwise. */
    QString delimiter;
    /** SHA-256 (lower-case hex) of the file's bytes when the source took it while reading. */
    QString sha256;
};

} // namespace sondo
