#include "import/sources/SpssStataSource.h"

#include "import/sources/StatReader.h"

namespace sondo {

QStringList SpssStataSource::extensions() const {
    return {QStringLiteral("sav"), QStringLiteral("zsav"), QStringLiteral("por"),
            QStringLiteral("dta")};
}

bool SpssStataSource::claimsContent(const QString&, QByteArrayView head) const {
    return StatReader::formatOfContent(head).has_value();
}

Result<SourceTable> SpssStataSource::read(const QString& path, const ImportOptions&,
                                          const ProgressCallback& progress,
                                          const TableObserver&) const {
    // The name may lie (TableSources read the content first): the signature picks the format.
    const auto format = StatReader::formatOfContent(headOf(path));
    return SourceTable::of(format ? StatReader::read(path, *format, progress)
                                  : StatReader::read(path, progress));
}

} // namespace sondo
