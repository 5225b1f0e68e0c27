#include "import/sources/DelimitedTextSource.h"

#include "import/text/CsvReader.h"

namespace sondo {

QStringList DelimitedTextSource::extensions() const {
    return {QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("txt"),
            QStringLiteral("tab")};
}

bool DelimitedTextSource::claimsContent(const QString&, QByteArrayView) const {
    return false;
}

Result<SourceTable> DelimitedTextSource::read(const QString& path, const ImportOptions& options,
                                              const ProgressCallback& progress,
                                              const TableObserver& grown) const {
    auto read = CsvReader::read(path, options.encoding, options.delimiter, progress,
                                CsvReader::DefaultChunkSize, grown);
    if (!read.ok())
        return Result<SourceTable>::failure(read.error());
    CsvTable csv = read.takeValue();
    SourceTable source;
    source.table = std::move(csv.table);
    source.encoding = csv.dialect.encoding;
    source.delimiter = csv.dialect.delimiter;
    source.sha256 = csv.sha256;
    Result<SourceTable> result(std::move(source));
    result.warnings = read.warnings;
    return result;
}

} // namespace sondo
