#pragma once

#include "import/sources/TableSource.h"

namespace sondo {

/**
 * Office Open XML workbooks (.xlsx, .xlsm), through XlsxReader: the sheet `options` names, else
 * the one shown when the workbook was saved. Claims by content a zip that holds a SpreadsheetML
 * package (Workbook::isSpreadsheetPackage()), not every zip: a damaged zip or an OpenDocument
 * file under another name stays with the source its name gives.
 */
class XlsxSource : public TableSource {
public:
    QString name() const override { return QStringLiteral("xlsx"); }
    QStringList extensions() const override;
    bool claimsContent(const QString& path, QByteArrayView head) const override;
    Result<SourceTable> read(const QString& path, const ImportOptions& options,
                             const ProgressCallback& progress,
                             const TableObserver& grown) const override;
};

} // namespace sondo
