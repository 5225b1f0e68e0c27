#include "import/infer/ChoiceOrder.h"

#include "model/OtherOption.h"

#include "import/infer/NumberParser.h"
#include "import/infer/OrdinalWords.h"

#include <QRegularExpression>
#include <algorithm>
#include <optional>

namespace sondo {

namespace {

// The number a label starts with ("18 - 24" → 18, "65 +" → 65), for ordering bands.
std::optional<double> leadingNumber(const QString& label) {
    qsizetype k = 0;
    const qsizetype n = label.size();
    while (k < n && label[k].unicode() >= '0' && label[k].unicode() <= '9')
        ++k;
    if (k == 0)
        return std::nullopt;
    qsizetype end = k;
    if (k + 1 < n && (label[k] == QLatin1Char('.') || label[k] == QLatin1Char(',')) &&
        label[k + 1].unicode() >= '0' && label[k + 1].unicode() <= '9') {
        end = k + 1;
        while (end < n && label[end].unicode() >= '0' && label[end].unicode() <= '9')
            ++end;
    }
    QString digits = label.left(end);
    digits.replace(QLatin1Char(','), QLatin1Char('.'));
    return NumberParser::parse(digits, DecimalMark::Point);
}

// The number a band is ordered by: "18 - 24" → 18, "Fino a 50 postazioni" → 49.5 (before 50),
// "Oltre 500 postazioni" → 500.5 (after every band starting at 500).
std::optional<double> bandNumber(const QString& label) {
    if (auto n = leadingNumber(label))
        return n;
    static const QRegularExpression below(
        QStringLiteral("^(fino a|meno di|sotto i?|up to|less than|under|fewer than|bis|unter|"
                       "weniger als|hasta|menos de|jusqu'à|moins de)\\s+(\\d+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression above(
        QStringLiteral("^(oltre|più di|sopra i?|over|more than|above|über|mehr als|ab|más de|"
                       "plus de|au-delà de)\\s+(\\d+)"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = below.match(label); m.hasMatch())
        return m.captured(2).toDouble() - 0.5;
    if (const auto m = above.match(label); m.hasMatch())
        return m.captured(2).toDouble() + 0.5;
    return std::nullopt;
}

enum class Polarity { Yes, No, Other };

// Questionnaires ask "Yes" before "No"; CSV exports only tell which answer came first.
Polarity polarity(const QString& label) {
    static const QRegularExpression yes(QStringLiteral("^(sì|si|yes|ja|oui|sí)\\b"),
                                        QRegularExpression::CaseInsensitiveOption |
                                            QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression no(QStringLiteral("^(no|nein|non|not)\\b"),
                                       QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::UseUnicodePropertiesOption);
    if (yes.match(label).hasMatch())
        return Polarity::Yes;
    if (no.match(label).hasMatch())
        return Polarity::No;
    return Polarity::Other;
}

} // namespace

std::vector<int> ChoiceOrder::of(const QStringList& options, const ScaleLibrary& scales) {
    // tail: 0 on the scale of bands or poles, 1 "Altro", 2 "don't know"; the sort is stable so
    // options that nothing tells apart keep the order given.
    const int k = int(options.size());
    std::vector<std::optional<double>> band(k);
    std::vector<int> tail(k, 0);
    std::vector<Polarity> pole(k);
    int numbered = 0, trailing = 0, poled = 0;
    for (int i = 0; i < k; ++i) {
        band[i] = bandNumber(options[i]);
        pole[i] = polarity(options[i]);
        if (scales.isNonSubstantive(options[i]))
            tail[i] = 2;
        else if (OtherOption::is(options[i]))
            tail[i] = 1;
        numbered += band[i] && !tail[i] ? 1 : 0;
        trailing += tail[i] ? 1 : 0;
        poled += pole[i] != Polarity::Other && !tail[i] ? 1 : 0;
    }
    const bool byBand = numbered >= 2 && numbered + trailing == k;
    const bool byPole = !byBand && poled >= 2 && poled + trailing == k;
    // Durations or levels ("Días" … "Años"): every option but the tail, and at most one odd
    // one ("Aún no me siento competente", put after them), from one list, at two ranks or more.
    std::vector<std::optional<std::pair<int, int>>> ordinal(k);
    bool byWords = !byBand && !byPole;
    int ranked = 0, odd = 0, list = -1;
    for (int i = 0; i < k && byWords; ++i) {
        if (tail[i])
            continue;
        ordinal[i] = OrdinalWords::rankOf(options[i]);
        if (!ordinal[i]) {
            // Two odd answers rule the order out: the rest need not be read (a single choice
            // may have thousands of answers, and reading how often is a few regexes each).
            if (++odd > 1)
                byWords = false;
            continue;
        }
        ++ranked;
        if (list >= 0 && ordinal[i]->first != list)
            byWords = false;
        list = ordinal[i]->first;
    }
    byWords = byWords && ranked >= 2 && (odd == 0 || (odd == 1 && ranked >= 3));
    std::vector<int> perm(k);
    for (int i = 0; i < k; ++i)
        perm[i] = i;
    std::stable_sort(perm.begin(), perm.end(), [&](int a, int b) {
        if (tail[a] != tail[b])
            return tail[a] < tail[b];
        if (byBand && band[a] && band[b])
            return *band[a] < *band[b];
        if (byPole)
            return int(pole[a]) < int(pole[b]);
        if (byWords && ordinal[a].has_value() != ordinal[b].has_value())
            return ordinal[a].has_value();
        if (byWords && ordinal[a])
            return ordinal[a]->second < ordinal[b]->second;
        return false;
    });
    return perm;
}

} // namespace sondo
