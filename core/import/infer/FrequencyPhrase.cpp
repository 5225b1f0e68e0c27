#include "import/infer/FrequencyPhrase.h"

#include "import/infer/ScaleLibrary.h"

#include <QList>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace sondo {

namespace {

/** A period and how many of it make a year; spellings after ScaleLibrary::normalize(). */
struct Period {
    const char* pattern;
    double perYear;
};

constexpr Period kPeriods[] = {
    {R"((?:al|por|cada|a|per|pro|am|par|every|each|a la|alla|al|ogni|jeden|chaque)\s+)"
     R"((?:dia|day|giorno|tag|jour))",
     365},
    {R"((?:al|por|cada|a|per|pro|par|every|each|a la|alla|ogni|jede|chaque)\s+)"
     R"((?:semana|week|settimana|woche|semaine))",
     52},
    {R"((?:al|por|cada|a|per|pro|par|every|each|ogni|jeden|chaque)\s+(?:mes|month|mese|monat|mois))",
     12},
    {R"((?:al|por|cada|a|per|pro|par|every|each|all|ogni|jedes|chaque)\s*'?\s*)"
     R"((?:ano|year|anno|jahr|an))",
     1},
    // One word for "every day", "every week", …
    {R"(\b(?:diariamente|diario|daily|quotidianamente|taglich|quotidiennement)\b)", 365},
    {R"(\b(?:semanalmente|weekly|settimanalmente|wochentlich|hebdomadaire)\b)", 52},
    {R"(\b(?:mensualmente|monthly|mensilmente|monatlich|mensuellement)\b)", 12},
};

/** How many times the words just before a period say: "una vez" 1, "2-3 veces" 2.5, … */
double countBefore(const QString& text) {
    static const QRegularExpression number(QStringLiteral(
        R"((\d+)(?:\s*(?:-|a|o|or|to|bis)\s*(\d+))?\s*(?:veces|times|volte|mal|fois)\s*$)"));
    if (const QRegularExpressionMatch m = number.match(text); m.hasMatch())
        return m.captured(2).isEmpty() ? m.captured(1).toDouble()
                                       : (m.captured(1).toDouble() + m.captured(2).toDouble()) / 2;
    static const QRegularExpression twice(
        QStringLiteral(R"((?:dos veces|twice|due volte|zweimal|deux fois)\s*$)"));
    if (twice.match(text).hasMatch())
        return 2;
    static const QRegularExpression several(
        QStringLiteral(R"((?:varias veces|several times|piu volte|mehrmals|plusieurs fois)\s*$)"));
    if (several.match(text).hasMatch())
        return 3;
    return 1;
}

} // namespace

std::optional<double> FrequencyPhrase::timesPerYear(const QString& label) {
    const QString text = ScaleLibrary::normalize(label);
    static const QList<QRegularExpression> periods = [] {
        QList<QRegularExpression> out;
        for (const Period& p : kPeriods)
            out.append(QRegularExpression(QString::fromUtf8(p.pattern)));
        return out;
    }();
    // Every "… a week" the label names, in the order written, with the count before it: one, or
    // the two ends of a range ("entre una vez al día y una vez a la semana").
    struct Found {
        qsizetype start, end;
        double perYear;
    };
    QList<Found> found;
    for (int p = 0; p < periods.size(); ++p) {
        QRegularExpressionMatchIterator it = periods[p].globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const bool overlaps = std::any_of(found.begin(), found.end(), [&](const Found& f) {
                return m.capturedStart() < f.end && f.start < m.capturedEnd();
            });
            if (!overlaps)
                found.append({m.capturedStart(), m.capturedEnd(), kPeriods[p].perYear});
        }
    }
    std::sort(found.begin(), found.end(),
              [](const Found& a, const Found& b) { return a.start < b.start; });
    QList<double> rates;
    qsizetype from = 0;
    for (const Found& f : std::as_const(found)) {
        rates.append(countBefore(text.mid(from, f.start - from).trimmed()) * f.perYear);
        from = f.end;
    }
    if (rates.isEmpty() || rates.size() > 2)
        return std::nullopt;
    double rate = rates.size() == 2 ? std::sqrt(rates[0] * rates[1]) : rates[0];
    static const QRegularExpression more(
        QStringLiteral(R"(^(?:mas de|more than|over|piu di|oltre|mehr als|plus d)\b)"));
    static const QRegularExpression less(
        QStringLiteral(R"(^(?:menos de|less than|under|meno di|weniger als|moins d)\b)"));
    if (more.match(text).hasMatch())
        rate *= 1.5;
    else if (less.match(text).hasMatch())
        rate /= 1.5;
    return rate;
}

} // namespace sondo
