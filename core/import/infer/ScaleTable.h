#pragma once

#include <span>

namespace sondo {

/**
 * The data ScaleLibrary knows: the scales in Italian, English, German, Spanish and French and the
 * answers that are no point of a scale ("Non so", "Don't know"). Add a row in ScaleTable.cpp to
 * teach Sondo a new scale.
 */
class ScaleTable {
public:
    /**
     * One known scale. `points` lists the points lowest first separated by ';', spellings of one
     * point separated by '|', the first spelling being the label shown when nobody chose the
     * point. When a questionnaire uses two spellings listed for the same point (a 6-point scale
     * with both "Spesso" and "Molto spesso"), that row does not match and a longer row can.
     */
    struct Row {
        const char* language;
        const char* name;
        const char* points;
    };

    static std::span<const Row> scales();
    /** Answers that are not a point of any scale: kept as options after the scale, score NaN. */
    static std::span<const char* const> nonSubstantive();
    /** Openings of longer "don't know" answers ("No sé qué es el paquete tidyverse"). */
    static std::span<const char* const> nonSubstantivePrefixes();
};

} // namespace sondo
