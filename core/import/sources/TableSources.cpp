#include "import/sources/TableSources.h"

#include "import/sources/DelimitedTextSource.h"
#include "import/sources/SpssStataSource.h"
#include "import/sources/XlsxSource.h"

#include <QFileInfo>

namespace sondo {

QList<std::shared_ptr<const TableSource>> TableSources::all() {
    // Sources hold no state, so building them per call is cheap and keeps no global around.
    return {
        std::make_shared<DelimitedTextSource>(),
        std::make_shared<XlsxSource>(),
        std::make_shared<SpssStataSource>(),
    };
}

std::shared_ptr<const TableSource> TableSources::forFile(const QString& path) {
    const auto sources = all();
    const QByteArray head = TableSource::headOf(path);
    if (!head.isEmpty())
        for (const auto& source : sources)
            if (source->claimsContent(path, head))
                return source;
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const auto& source : sources)
        if (source->extensions().contains(suffix))
            return source;
    return sources.first(); // delimited text
}

QStringList TableSources::extensions() {
    QStringList out;
    for (const auto& source : all())
        out += source->extensions();
    return out;
}

} // namespace sondo
