// StatReader (SPSS .sav/.zsav/.por, Stata .dta through ReadStat) on any bytes. The reader picks
// the format by extension; the harness names the file after the input's magic so that a mutated
// .sav is read as one, and anything else in turn as each format.

#include "FuzzSupport.h"

#include "import/sources/StatReader.h"

using namespace sondo;

namespace {

QString extensionFor(QByteArrayView bytes) {
    if (bytes.startsWith("$FL3"))
        return QStringLiteral("zsav");
    if (bytes.startsWith("$FL2"))
        return QStringLiteral("sav");
    if (bytes.startsWith("<stata_dta>") ||
        (!bytes.isEmpty() && uchar(bytes[0]) >= 0x66 && uchar(bytes[0]) <= 0x73))
        return QStringLiteral("dta");
    if (bytes.size() > 200)
        return QStringLiteral("por");
    static const char* const any[] = {"sav", "zsav", "por", "dta"};
    return QString::fromLatin1(any[bytes.size() % 4]);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    // One file per extension, each written afresh: the name is all that tells the format.
    static fuzz::InputFile sav(QStringLiteral("input.sav"));
    static fuzz::InputFile zsav(QStringLiteral("input.zsav"));
    static fuzz::InputFile por(QStringLiteral("input.por"));
    static fuzz::InputFile dta(QStringLiteral("input.dta"));
    const QString extension = extensionFor(bytes);
    fuzz::InputFile& input = extension == u"sav"    ? sav
                             : extension == u"zsav" ? zsav
                             : extension == u"por"  ? por
                                                    : dta;
    const auto result = StatReader::read(input.write(data, size));
    if (result.ok())
        for (int r = 0; r < result.value().rowCount(); ++r)
            result.value().row(r);
    return 0;
}
