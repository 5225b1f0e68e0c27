#include "import/sources/TableSource.h"

#include <QFile>

namespace sondo {

QByteArray TableSource::headOf(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(kHeadSize);
}

} // namespace sondo
