#include "import/text/CsvReader.h"

#include "import/text/CsvStreamReader.h"

namespace sondo {

Result<CsvTable> CsvReader::read(const QString& path, const QString& encoding, QChar delimiter,
                                 const ProgressCallback& progress, qsizetype chunkSize,
                                 const TableObserver& grown) {
    CsvStreamReader reader(path, progress, chunkSize, grown);
    return reader.run(encoding, delimiter);
}

} // namespace sondo
