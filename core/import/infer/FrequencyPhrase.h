#pragma once

#include <QString>
#include <optional>

namespace sondo {

/**
 * How often an answer says something happens, as times a year: "Más de una vez al día",
 * "Between once a week and once a month", "Meno di una volta al mese", "2-3 times a week",
 * "Täglich". Answers of usage frequency are ordered without being a scale, and are rarely the
 * same words twice: they are read, not listed. Italian, English, German, Spanish and French.
 */
class FrequencyPhrase {
public:
    /**
     * Times a year `label` says, or nullopt when it names no period ("Ya no uso R"). "More
     * than" and "less than" move it half a step up or down; a range is the middle of its ends.
     */
    static std::optional<double> timesPerYear(const QString& label);
};

} // namespace sondo
