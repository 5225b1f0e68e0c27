#include "import/infer/OrdinalWords.h"

#include "import/infer/FrequencyPhrase.h"
#include "import/infer/ScaleLibrary.h"

#include <QHash>
#include <QStringList>
#include <cmath>
#include <iterator>

namespace sondo {

namespace {

/** Each list's points lowest first, separated by ';', a point's spellings by '|'. */
constexpr const char* kLists[] = {
    // Spans of time.
    "Horas|Hours|Ore|Stunden|Heures;"
    "Días|Dias|Days|Giorni|Tage|Jours;"
    "Semanas|Weeks|Settimane|Wochen|Semaines;"
    "Meses|Months|Mesi|Monate|Mois;"
    "Años|Anos|Years|Anni|Jahre|Ans",
    // Levels of experience or skill.
    "Sin experiencia|Ninguna experiencia|No experience|None|Nessuna esperienza|"
    "Keine Erfahrung|Aucune expérience;"
    "Inicial|Principiante|Básico|Basico|Beginner|Novice|Basic|Base|Anfänger|Grundkenntnisse|"
    "Débutant|Debutant|Elementare;"
    "Intermedio|Intermedia|Intermediate|Mittel|Fortgeschrittene Grundkenntnisse|"
    "Intermédiaire|Intermediaire;"
    "Avanzado|Avanzada|Advanced|Avanzato|Avanzata|Fortgeschritten|Avancé|Avance;"
    "Experto|Experta|Expert|Esperto|Esperta|Experte|Experte",
};

/** normalized spelling → (list, rank). Built once: the table is constant. */
const QHash<QString, std::pair<int, int>>& index() {
    static const QHash<QString, std::pair<int, int>> built = [] {
        QHash<QString, std::pair<int, int>> out;
        for (int list = 0; list < int(std::size(kLists)); ++list) {
            const QStringList points = QString::fromUtf8(kLists[list]).split(QLatin1Char(';'));
            for (int rank = 0; rank < points.size(); ++rank)
                for (const QString& spelling : points[rank].split(QLatin1Char('|')))
                    out.insert(ScaleLibrary::normalize(spelling), {list, rank});
        }
        return out;
    }();
    return built;
}

} // namespace

std::optional<std::pair<int, int>> OrdinalWords::rankOf(const QString& label) {
    const QString key = ScaleLibrary::normalize(ScaleLibrary::leadClause(label));
    const auto it = index().constFind(key);
    if (it != index().constEnd())
        return *it;
    // How often, read from the words ("Más de una vez al día"): a list after the ones above,
    // ranked by the logarithm of the rate so that close rates keep their order.
    if (const auto rate = FrequencyPhrase::timesPerYear(label); rate && *rate > 0)
        return std::pair<int, int>{int(std::size(kLists)), int(std::lround(std::log(*rate) * 100))};
    return std::nullopt;
}

} // namespace sondo
