#include "findings/PhraseBands.h"

#include <array>

namespace sondo {

namespace {

constexpr bool in = true;
constexpr bool out = false;

/**
 * [low, high) on the shown whole percent, with 0, 50 and 100 exact. Italian phrases agree with
 * "intervistati" (masculine plural), the noun the sentences imply.
 */
constexpr std::array kBands{
    PhraseBand{0, in, 0, in, "nessuno", "none"},
    PhraseBand{0, out, 0.5, out, "meno dell'1%", "less than 1%"},
    PhraseBand{0.5, in, 4.5, out, "meno del 5%", "less than 5%"},
    PhraseBand{4.5, in, 9.5, out, "meno di uno su dieci", "fewer than one in ten"},
    PhraseBand{9.5, in, 10.5, out, "circa uno su dieci", "about one in ten"},
    PhraseBand{10.5, in, 14.5, out, "più di uno su dieci", "more than one in ten"},
    PhraseBand{14.5, in, 17.5, out, "circa uno su sei", "about one in six"},
    PhraseBand{17.5, in, 19.5, out, "quasi uno su cinque", "almost one in five"},
    PhraseBand{19.5, in, 20.5, out, "circa uno su cinque", "about one in five"},
    PhraseBand{20.5, in, 23.5, out, "più di uno su cinque", "more than one in five"},
    PhraseBand{23.5, in, 26.5, out, "circa un quarto", "about a quarter"},
    PhraseBand{26.5, in, 29.5, out, "più di un quarto", "more than a quarter"},
    PhraseBand{29.5, in, 31.5, out, "quasi un terzo", "almost a third"},
    PhraseBand{31.5, in, 35.5, out, "circa un terzo", "about a third"},
    PhraseBand{35.5, in, 39.5, out, "più di un terzo", "more than a third"},
    PhraseBand{39.5, in, 42.5, out, "circa quattro su dieci", "about four in ten"},
    PhraseBand{42.5, in, 44.5, out, "più di quattro su dieci", "more than four in ten"},
    PhraseBand{44.5, in, 49.5, out, "quasi la metà", "almost half"},
    PhraseBand{49.5, in, 50, out, "circa la metà", "about half"},
    PhraseBand{50, in, 50, in, "la metà", "half"},
    PhraseBand{50, out, 50.5, out, "circa la metà", "about half"},
    PhraseBand{50.5, in, 54.5, out, "poco più della metà", "just over half"},
    PhraseBand{54.5, in, 59.5, out, "la maggioranza assoluta", "an absolute majority"},
    PhraseBand{59.5, in, 63.5, out, "circa sei su dieci", "about six in ten"},
    PhraseBand{63.5, in, 69.5, out, "circa due terzi", "about two thirds"},
    PhraseBand{69.5, in, 72.5, out, "circa sette su dieci", "about seven in ten"},
    PhraseBand{72.5, in, 75.5, out, "circa tre quarti", "about three quarters"},
    PhraseBand{75.5, in, 79.5, out, "più di tre quarti", "more than three quarters"},
    PhraseBand{79.5, in, 80.5, out, "circa quattro su cinque", "about four in five"},
    PhraseBand{80.5, in, 84.5, out, "oltre l'80%", "over 80%"},
    PhraseBand{84.5, in, 89.5, out, "quasi nove su dieci", "almost nine in ten"},
    PhraseBand{89.5, in, 90.5, out, "circa nove su dieci", "about nine in ten"},
    PhraseBand{90.5, in, 94.5, out, "più di nove su dieci", "more than nine in ten"},
    PhraseBand{94.5, in, 100, out, "quasi tutti", "almost all"},
    PhraseBand{100, in, 100, in, "tutti", "all"},
};

} // namespace

std::span<const PhraseBand> PhraseBands::table() {
    return kBands;
}

std::optional<PhraseBand> PhraseBands::bandOf(double percent) {
    for (const PhraseBand& band : kBands)
        if (band.contains(percent))
            return band;
    return std::nullopt;
}

QString PhraseBands::phrase(double percent, FindingLanguage language) {
    const std::optional<PhraseBand> band = bandOf(percent);
    if (!band)
        return {};
    return QString::fromUtf8(language == FindingLanguage::Italian ? band->italian : band->english);
}

} // namespace sondo
