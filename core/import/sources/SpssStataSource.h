#pragma once

#include "import/sources/TableSource.h"

namespace sondo {

/**
 * SPSS (.sav, .zsav, .por) and Stata (.dta) data files, through StatReader. A file whose first
 * bytes show one of these formats is read as that format whatever its name; otherwise the
 * extension says which format to expect, and a file that is not one fails saying so ("not an SPSS
 * data file").
 */
class SpssStataSource : public TableSource {
public:
    QString name() const override { return QStringLiteral("spss-stata"); }
    QStringList extensions() const override;
    bool claimsContent(const QString& path, QByteArrayView head) const override;
    Result<SourceTable> read(const QString& path, const ImportOptions& options,
                             const ProgressCallback& progress,
                             const TableObserver& grown) const override;
};

} // namespace sondo
