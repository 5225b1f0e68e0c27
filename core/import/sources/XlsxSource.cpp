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
    auto read = XlsxReader::read(path, options.sheet, progress);
    if (!read.ok())
        return Result<SourceTable>::failure(read.error());
    SourceTable source;
    source.table = read.takeValue();
    Result<SourceTable> result(std::move(source));
    result.warnings = read.warnings;
    return result;
}

} // namespace sondo
