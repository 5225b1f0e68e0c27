#include "import/sources/SpssStataSource.h"

#include "import/sources/StatReader.h"

#include <QFile>

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
    QByteArray head;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        head = file.read(kHeadSize);
    file.close();
    const auto format = StatReader::formatOfContent(head);
    auto read =
        format ? StatReader::read(path, *format, progress) : StatReader::read(path, progress);
    if (!read.ok())
        return Result<SourceTable>::failure(read.error());
    SourceTable source;
    source.table = read.takeValue();
    Result<SourceTable> result(std::move(source));
    result.warnings = read.warnings;
    return result;
}

} // namespace sondo
