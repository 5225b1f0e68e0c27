#pragma once

#include "import/sources/TableSource.h"

namespace sondo {

/**
 * CSV, TSV and other delimited text, through CsvReader (encoding and delimiter detected unless
 * given). Text has no signature, so this source claims files by extension only; TableSources
 * also gives it every file no source claims, as Sondo always did.
 */
class DelimitedTextSource : public TableSource {
public:
    QString name() const override { return QStringLiteral("delimited-text"); }
    QStringList extensions() const override;
    bool claimsContent(const QString& path, QByteArrayView head) const override;
    bool hashesWhileReading() const override { return true; }
    Result<SourceTable> read(const QString& path, const ImportOptions& options,
                             const ProgressCallback& progress,
                             const TableObserver& grown) const override;
};

} // namespace sondo
