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
    // Levels of education, as census-style questions list them (the US list and its Spanish
    // translation, Italian, German and French titles), lowest first.
    "Primary school|Primary education|Elementary school|Educación primaria|Escuela primaria|"
    "Primaria|Licenza elementare|Scuola primaria|Grundschule|École primaire|Ecole primaire;"
    "Lower secondary|Middle school|Educación secundaria básica|Licenza media|Scuola media|"
    "Hauptschulabschluss|Realschulabschluss|Mittlere Reife|Brevet|Collège;"
    "High school|High school diploma|High school graduate|High school or equivalent|"
    "Título de escuela secundaria o equivalente|Educación secundaria|Bachillerato|"
    "Diploma di scuola superiore|Diploma di maturità|Maturità|Abitur|Baccalauréat;"
    "Some college|Some college, no degree|Algunos cursos universitarios de grado|"
    "Vocational training|Trade school|Technical school|"
    "Formación terciaria comercial / técnica / profesional|Formación profesional|"
    "Formazione professionale|Berufsausbildung|Ausbildung;"
    "Associate degree|Associate's degree|Grado universitario asociado;"
    "Bachelor's degree|Bachelor|Bachelor degree|Licenciatura|Título de grado|Laurea triennale|"
    "Laurea di primo livello|Bachelorabschluss|Licence;"
    "Some graduate school|Some postgraduate study|Uno o más cursos de postgrado;"
    "Master's degree|Master|Master degree|Maestría|Máster|Laurea magistrale|"
    "Laurea specialistica|Masterabschluss|Master 2;"
    "Professional degree|Título profesional;"
    "Doctorate|Doctorate degree|Doctoral degree|PhD|Ph.D.|Doctorado|Dottorato|"
    "Dottorato di ricerca|Promotion|Doktor|Doctorat",
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
