// XlsxReader on any bytes taken for a workbook: the sheet list, the default sheet, and each named
// sheet (the first few). A zip, XML and styles of a stranger's making must give a result or a
// located error, never a crash, a hang or a sanitizer report.

#include "FuzzSupport.h"

#include "import/sources/XlsxReader.h"

using namespace sondo;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static fuzz::InputFile input(QStringLiteral("input.xlsx"));
    const QString& path = input.write(data, size);
    const auto names = XlsxReader::sheetNames(path);
    const auto first = XlsxReader::read(path);
    if (first.ok()) {
        const RawTable& table = first.value();
        for (int r = 0; r < table.rowCount(); ++r)
            table.row(r);
    }
    if (names.ok())
        for (const QString& name : names.value().mid(0, 3))
            XlsxReader::read(path, name);
    return 0;
}
