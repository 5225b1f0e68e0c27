#pragma once

#include "base/Diagnostic.h"

#include <QSaveFile>
#include <QString>
#include <optional>

namespace sondo {

/**
 * Writing an export's bytes and saying why it failed, for the writers of ResponseExporter.
 * Internal to export/.
 */
class ExportFile {
public:
    /**
     * Writes all of `size` bytes at `data` to `file`. A short write is followed by another one
     * for the rest, which either goes on or fails with the system's reason ("No space left on
     * device"). Returns the reason on failure, nothing on success.
     */
    static std::optional<QString> writeAll(QSaveFile& file, const char* data, qint64 size);

    /** An error of the export to `path`. */
    static Diagnostic failure(const QString& path, const QString& message);

    /** "cannot write the file: REASON" at `path`. */
    static Diagnostic writeFailure(const QString& path, const QString& reason);
};

} // namespace sondo
