#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace sondo {

/**
 * Answers that have an order without being an agree–disagree scale: spans of time ("Días",
 * "Semanas", "Meses", "Años"), levels of experience ("Sin experiencia", "Inicial",
 * "Intermedio", "Experto"), levels of education ("High school" … "Doctorate") and how often ("Más
 * de una vez al día", "Less than once a month", read by FrequencyPhrase), in Italian, English,
 * German, Spanish and French. A single choice of such answers is listed in their order
 * (ChoiceOrder) but stays a single choice: a mean or a top-2-box of durations would mean nothing.
 * The lists are data, below: add a row to teach another.
 */
class OrdinalWords {
public:
    /**
     * The list and rank of `label`'s lead clause ("Meses" → duration, 2; "Experto, uso R a
     * diario" → experience, 4), matched ignoring case, accents and spacing, whole words only;
     * nullopt when it is in no list.
     */
    static std::optional<std::pair<int, int>> rankOf(const QString& label);
};

} // namespace sondo
