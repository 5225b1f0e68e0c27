// DateParser on any text (the input as UTF-8). Promises checked: a value is a finite number of
// milliseconds, and when shape() gives a value (the order cannot matter) parse() gives the same
// value in either order.

#include "FuzzSupport.h"

#include "import/infer/DateParser.h"

#include <cmath>

using namespace sondo;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const DateParser::Shape shape = DateParser::shape(text, true);
    DateParser::shape(text, false);
    const auto dayFirst = DateParser::parse(text, DateOrder::DayFirst);
    const auto monthFirst = DateParser::parse(text, DateOrder::MonthFirst);
    for (const auto& value : {dayFirst, monthFirst, shape.value})
        if (value && !std::isfinite(*value))
            fuzz::broken("DateParser: a value that is not a finite number", text);
    if (shape.value && (dayFirst != shape.value || monthFirst != shape.value))
        fuzz::broken("DateParser: shape()'s value differs from parse()'s",
                     QStringLiteral("%1\nshape %2, day first %3, month first %4")
                         .arg(text)
                         .arg(*shape.value)
                         .arg(dayFirst ? QString::number(*dayFirst) : QStringLiteral("-"))
                         .arg(monthFirst ? QString::number(*monthFirst) : QStringLiteral("-")));
    return 0;
}
