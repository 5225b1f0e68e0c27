#pragma once

#include "base/Result.h"
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

    /** A reader's result as a source's, warnings kept: for readers that give only a table. */
    static Result<SourceTable> of(Result<RawTable> read) {
        if (!read.ok())
            return Result<SourceTable>::failure(read.error());
        SourceTable source;
        source.table = read.takeValue();
        Result<SourceTable> result(std::move(source));
        result.warnings = std::move(read.warnings);
        return result;
    }
};

} // namespace sondo
