#pragma once

#include <QStringView>
#include <optional>

namespace sondo {

/** Which character separates the decimals in a file's numbers. */
enum class DecimalMark {
    Point, ///< 1,234.5 (English)
    Comma, ///< 1.234,5 (Italian, German, Spanish, French Excel)
};

/**
 * Parses numbers as survey exports write them, in an explicit convention and never the machine's
 * locale: optional sign (+, -, U+2212), thousands separators (the other mark, a space, a
 * no-break space or an apostrophe, in groups of three), decimals, an exponent, and a trailing
 * percent sign ("45%" reads 45: the column is in percent units).
 */
class NumberParser {
public:
    /** The number `text` denotes with decimal mark `mark`, or nothing when it is not one. */
    static std::optional<double> parse(QStringView text, DecimalMark mark);

    /** How a text reads under both conventions, to decide a column's convention. */
    enum class Reading {
        NotANumber, ///< invalid in both
        Neutral,    ///< valid in both with the same value ("12", "1 234")
        PointOnly,  ///< valid only with a decimal point ("3.5", "1,234.5")
        CommaOnly,  ///< valid only with a decimal comma ("3,5", "1.234,5")
        Ambiguous,  ///< valid in both with different values ("1,234", "1.234")
    };
    static Reading read(QStringView text);
};

} // namespace sondo
