#include "export/ExportFile.h"

#include "base/CoreText.h"

#include <cerrno>

namespace sondo {

namespace {

/**
 * The reason a write to `file` failed. A write() that stopped part-way (the disk filled up while
 * it wrote) sets no error on the QFileDevice, whose errorString() then says "Unknown error":
 * errno says what happened.
 */
QString writeError(const QFileDevice& file, int error) {
    if (file.error() != QFileDevice::NoError)
        return file.errorString();
    return error != 0 ? qt_error_string(error) : file.errorString();
}

} // namespace

std::optional<QString> ExportFile::writeAll(QSaveFile& file, const char* data, qint64 size) {
    while (size > 0) {
        errno = 0;
        const qint64 written = file.write(data, size);
        if (written <= 0)
            return writeError(file, errno);
        data += written;
        size -= written;
    }
    return std::nullopt;
}

Diagnostic ExportFile::failure(const QString& path, const QString& message) {
    Diagnostic d;
    d.file = path;
    d.message = message;
    return d;
}

Diagnostic ExportFile::writeFailure(const QString& path, const QString& reason) {
    return failure(path, CoreText::tr("cannot write the file: %1").arg(reason));
}

} // namespace sondo
