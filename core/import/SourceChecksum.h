#pragma once

#include "import/ImportOptions.h"

#include <QString>

namespace sondo {

/** The SHA-256 of a survey file, kept in the import history to recognise the same export again. */
class SourceChecksum {
public:
    /**
     * Lower-case hex SHA-256 of the file at `path`, read in blocks; empty when the file cannot be
     * read or `progress` asks to stop.
     */
    static QString sha256(const QString& path, const ProgressCallback& progress = {});
};

} // namespace sondo
