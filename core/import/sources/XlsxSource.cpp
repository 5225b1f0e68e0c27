#include "import/sources/XlsxSource.h"

#include "import/sources/Workbook.h"
#include "import/sources/XlsxReader.h"

namespace sondo {

QStringList XlsxSource::extensions() const {
    return {QStringLiteral("xlsx"), QStringLiteral("xlsm")};
}

bool XlsxSource::claimsContent(const QString& path, QByteArrayView head) const {
    // A zip's local file header; only then is the directory worth reading.
    return head.startsWith("PK\x03\x04") && Workbook::isSpreadsheetPackage(path);
}

Result<SourceTable> XlsxSource::read(const QString& path, const ImportOptions& options,
                                     const ProgressCallback& progress, const TableObserver&) const {
    return SourceTable::of(XlsxReader::read(path, options.sheet, progress));
}

} // namespace sondo
