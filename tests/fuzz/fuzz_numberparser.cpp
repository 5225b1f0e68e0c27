// NumberParser on any text (the input as UTF-8), in both conventions. Promise checked: a number
// read is finite (a NaN would pass for a blank answer everywhere downstream).

#include "FuzzSupport.h"

#include "import/infer/NumberParser.h"

#include <cmath>

using namespace sondo;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto point = NumberParser::parse(text, DecimalMark::Point);
    const auto comma = NumberParser::parse(text, DecimalMark::Comma);
    NumberParser::read(text);
    if ((point && !std::isfinite(*point)) || (comma && !std::isfinite(*comma)))
        fuzz::broken("NumberParser: a number that is not finite", text);
    return 0;
}
