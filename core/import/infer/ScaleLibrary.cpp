#include "import/infer/ScaleLibrary.h"

#include "import/infer/IntensityScale.h"

#include "import/infer/ScaleTable.h"

#include <QMap>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <limits>

namespace sondo {

namespace {

bool isApostrophe(char16_t u) {
    return u == u'\'' || u == 0x2019 || u == 0x2018 || u == 0x0060 || u == 0x00B4 || u == 0x02BC;
}

// A number written as a whole scale point: "3", "10".
std::optional<int> bareNumber(QStringView s) {
    if (s.isEmpty() || s.size() > 2)
        return std::nullopt;
    int n = 0;
    for (QChar c : s) {
        if (c.unicode() < '0' || c.unicode() > '9')
            return std::nullopt;
        n = n * 10 + (c.unicode() - '0');
    }
    return n;
}

bool hasLetter(QStringView s) {
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.isLetter(); });
}

struct Numbered {
    int number = -1;
    QString label; // empty for a bare number
};

// "3", "1 - Per niente", "1 = Not at all", "(1) Mai", "1. Mai", "Per niente (1)", "Mai - 1".
std::optional<Numbered> parseNumbered(QStringView raw) {
    static const QString separators = QStringLiteral("-–—=:.)/");
    const QStringView s = raw.trimmed();
    if (auto n = bareNumber(s))
        return Numbered{*n, QString()};
    // Leading number.
    {
        QStringView t = s;
        if (t.startsWith(QLatin1Char('(')))
            t = t.mid(1);
        qsizetype k = 0;
        while (k < t.size() && k < 3 && t[k].unicode() >= '0' && t[k].unicode() <= '9')
            ++k;
        if (k >= 1 && k <= 2) {
            const auto n = bareNumber(t.left(k));
            QStringView rest = t.mid(k);
            const bool spaced = !rest.isEmpty() && rest.front().isSpace();
            rest = rest.trimmed();
            if (!rest.isEmpty() && separators.contains(rest.front())) {
                rest = rest.mid(1).trimmed();
                if (hasLetter(rest))
                    return Numbered{*n, s.toString()};
            } else if (spaced && hasLetter(rest) && rest.front().isLetter()) {
                return Numbered{*n, s.toString()};
            }
        }
    }
    // Trailing number: "Per niente (1)", "Per niente - 1".
    {
        QStringView t = s;
        bool paren = false;
        if (t.endsWith(QLatin1Char(')'))) {
            t.chop(1);
            paren = true;
        }
        qsizetype k = 0;
        while (k < t.size() && k < 3 && t[t.size() - 1 - k].unicode() >= '0' &&
               t[t.size() - 1 - k].unicode() <= '9')
            ++k;
        if (k >= 1 && k <= 2) {
            const auto n = bareNumber(t.right(k));
            QStringView rest = t.chopped(k).trimmed();
            if (paren) {
                if (!rest.endsWith(QLatin1Char('(')))
                    return std::nullopt;
                rest.chop(1);
            } else {
                if (rest.isEmpty() || !separators.contains(rest.back()))
                    return std::nullopt;
                rest.chop(1);
            }
            if (hasLetter(rest))
                return Numbered{*n, s.toString()};
        }
    }
    return std::nullopt;
}

// Lower-cases the first letter of a label when the column writes its labels that way.
QString adaptCase(const QString& label, bool lowerInitials) {
    if (!lowerInitials || label.isEmpty())
        return label;
    QString out = label;
    out[0] = out[0].toLower();
    return out;
}

} // namespace

ScaleLibrary::ScaleLibrary() {
    for (const ScaleTable::Row& row : ScaleTable::scales()) {
        Scale scale;
        scale.language = QString::fromLatin1(row.language);
        scale.name = QString::fromLatin1(row.name);
        const QStringList points = QString::fromUtf8(row.points).split(QLatin1Char(';'));
        for (const QString& point : points) {
            QStringList spellings = point.split(QLatin1Char('|'));
            for (QString& s : spellings)
                s = s.trimmed();
            scale.points.append(spellings);
        }
        m_scales.append(scale);
    }
    index();
}

ScaleLibrary::ScaleLibrary(QList<Scale> scales)
    : m_scales(std::move(scales)) {
    index();
}

void ScaleLibrary::index() {
    for (const char* s : ScaleTable::nonSubstantive())
        m_nonSubstantive.insert(normalize(QString::fromUtf8(s)));
    for (const char* s : ScaleTable::nonSubstantivePrefixes())
        m_nonSubstantivePrefixes.append(normalize(QString::fromUtf8(s)) + QLatin1Char(' '));
    for (int s = 0; s < m_scales.size(); ++s)
        for (int p = 0; p < m_scales[s].points.size(); ++p)
            for (const QString& spelling : m_scales[s].points[p]) {
                auto& list = m_index[normalize(spelling)];
                if (!list.contains(qMakePair(s, p)))
                    list.append(qMakePair(s, p));
            }
}

QString ScaleLibrary::normalize(QStringView label) {
    const QString decomposed = label.toString().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    bool afterApostrophe = false;
    for (QChar c : decomposed) {
        const char16_t u = c.unicode();
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (isApostrophe(u)) {
            // "d' accordo", "d ’accordo" and "d'accordo" are the same words.
            if (out.endsWith(QLatin1Char(' ')))
                out.chop(1);
            out += QLatin1Char('\'');
            pendingSpace = false;
            afterApostrophe = true;
            continue;
        }
        if (u == 0x00DF) { // ß: "Weiß" and "Weiss" are spelled both ways
            if (pendingSpace && !out.isEmpty() && !afterApostrophe)
                out += QLatin1Char(' ');
            out += QLatin1String("ss");
            pendingSpace = afterApostrophe = false;
            continue;
        }
        if (c.isLetterOrNumber()) {
            if (pendingSpace && !out.isEmpty() && !afterApostrophe)
                out += QLatin1Char(' ');
            out += c.toLower();
            pendingSpace = afterApostrophe = false;
            continue;
        }
        pendingSpace = true;
    }
    // A point number written with the label ("1 - Strongly disagree", "Mai (1)") is not part of
    // the label; a number alone ("2") or a range ("18 24") stays.
    auto isDigitAt = [&](int i) {
        return out[i].unicode() >= '0' && out[i].unicode() <= '9';
    };
    int k = 0;
    while (k < out.size() && k < 3 && isDigitAt(k))
        ++k;
    if (k >= 1 && k <= 2 && k + 1 < out.size() && out[k] == QLatin1Char(' ') &&
        out[k + 1].isLetter())
        out.remove(0, k + 1);
    k = 0;
    while (k < out.size() && k < 3 && isDigitAt(out.size() - 1 - k))
        ++k;
    if (k >= 1 && k <= 2 && out.size() - k - 2 >= 0 &&
        out[out.size() - k - 1] == QLatin1Char(' ') && out[out.size() - k - 2].isLetter())
        out.chop(k + 1);
    return out;
}

bool ScaleLibrary::isNonSubstantive(QStringView label) const {
    return isNonSubstantiveKey(normalize(label));
}

bool ScaleLibrary::isNonSubstantiveKey(const QString& key) const {
    if (key.isEmpty())
        return false;
    if (m_nonSubstantive.contains(key))
        return true;
    return std::any_of(m_nonSubstantivePrefixes.begin(), m_nonSubstantivePrefixes.end(),
                       [&](const QString& p) { return key.startsWith(p); });
}

std::optional<ScaleMatch> ScaleLibrary::match(const QStringList& values,
                                              const std::vector<qint64>& counts) const {
    if (auto m = matchText(values, counts, false))
        return m;
    if (auto m = matchNumbered(values, counts))
        return m;
    if (auto m = IntensityScale::match(values, counts, *this))
        return m;
    // "A veces, uso Shiny ocasionalmente", "Often - every week": the point, then its gloss.
    return matchText(values, counts, true);
}

QString ScaleLibrary::leadClause(const QString& label) {
    static const QString separators[] = {
        QStringLiteral(", "), QStringLiteral(" - "), QStringLiteral(" – "), QStringLiteral(" — "),
        QStringLiteral(": "), QStringLiteral("; "),  QStringLiteral(" (")};
    qsizetype end = label.size();
    for (const QString& separator : separators) {
        const qsizetype at = label.indexOf(separator);
        if (at > 0)
            end = std::min(end, at);
    }
    return label.left(end);
}

std::optional<ScaleMatch> ScaleLibrary::matchText(const QStringList& values,
                                                  const std::vector<qint64>& counts,
                                                  bool byLeadClause) const {
    const int n = int(values.size());
    if (std::count_if(counts.begin(), counts.end(), [](qint64 c) { return c > 0; }) > kMaxDistinct)
        return std::nullopt;
    QStringList keys;
    keys.reserve(n);
    std::vector<bool> dontKnow(n, false);
    qint64 answered = 0;
    QList<int> candidates;
    for (int v = 0; v < n; ++v) {
        keys.append(counts[v] > 0 ? normalize(byLeadClause ? leadClause(values[v]) : values[v])
                                  : QString());
        if (counts[v] <= 0)
            continue;
        answered += counts[v];
        dontKnow[v] = isNonSubstantiveKey(keys[v]);
        const auto it = m_index.constFind(keys[v]);
        if (it == m_index.constEnd())
            continue;
        for (const auto& sp : *it)
            if (!candidates.contains(sp.first))
                candidates.append(sp.first);
    }
    std::sort(candidates.begin(), candidates.end());

    struct Candidate {
        int scale = -1;
        int unknown = 0;
        std::vector<int> pointOfValue;
    };
    std::optional<Candidate> best;
    for (int s : candidates) {
        const Scale& scale = m_scales[s];
        Candidate c;
        c.scale = s;
        c.pointOfValue.assign(n, -1);
        std::vector<QString> keyOfPoint(scale.points.size());
        int matchedPoints = 0;
        int otherUnknown = 0;
        qint64 otherCount = 0;
        bool conflict = false;
        for (int v = 0; v < n && !conflict; ++v) {
            if (counts[v] <= 0)
                continue;
            int point = -1;
            const auto it = m_index.constFind(keys[v]);
            if (it != m_index.constEnd())
                for (const auto& sp : *it)
                    if (sp.first == s) {
                        point = sp.second;
                        break;
                    }
            if (point < 0) {
                if (!dontKnow[v]) {
                    ++otherUnknown;
                    otherCount += counts[v];
                }
                continue;
            }
            // Two different answers on one point means this is a finer scale than the row.
            if (!keyOfPoint[point].isNull() && keyOfPoint[point] != keys[v]) {
                conflict = true;
                break;
            }
            if (keyOfPoint[point].isNull()) {
                keyOfPoint[point] = keys[v];
                ++matchedPoints;
            }
            c.pointOfValue[v] = point;
        }
        if (conflict || matchedPoints < 2)
            continue;
        // One stray answer is tolerated on a clearly recognised scale, if it is rare.
        if (otherUnknown > 1 ||
            (otherUnknown == 1 && (matchedPoints < 3 || otherCount * 10 > answered)))
            continue;
        c.unknown = otherUnknown;
        if (!best || c.unknown < best->unknown ||
            (c.unknown == best->unknown &&
             scale.points.size() < m_scales[best->scale].points.size()))
            best = std::move(c);
    }
    if (!best)
        return std::nullopt;

    const Scale& scale = m_scales[best->scale];
    const int k = int(scale.points.size());
    ScaleMatch out;
    out.scale = scale.name;
    out.optionOfValue.assign(n, -1);
    // Label of each point: the most frequent spelling used in the file, else the library's.
    std::vector<int> labelValue(k, -1);
    bool lowerInitials = true;
    for (int v = 0; v < n; ++v) {
        const int p = best->pointOfValue[v];
        if (p < 0)
            continue;
        if (labelValue[p] < 0 || counts[v] > counts[labelValue[p]])
            labelValue[p] = v;
        const QString& text = values[v];
        const auto first =
            std::find_if(text.begin(), text.end(), [](QChar c) { return c.isLetter(); });
        if (first != text.end() && first->isUpper())
            lowerInitials = false;
    }
    for (int p = 0; p < k; ++p) {
        out.options.append(labelValue[p] >= 0 ? values[labelValue[p]]
                                              : adaptCase(scale.points[p].first(), lowerInitials));
        out.scores.push_back(p + 1);
    }
    for (int v = 0; v < n; ++v)
        if (best->pointOfValue[v] >= 0)
            out.optionOfValue[v] = best->pointOfValue[v];
    // Answers off the scale follow it, in order of first appearance, and count in no mean.
    QHash<QString, int> extraByKey;
    for (int v = 0; v < n; ++v) {
        if (counts[v] <= 0 || best->pointOfValue[v] >= 0)
            continue;
        const auto it = extraByKey.constFind(keys[v]);
        if (it != extraByKey.constEnd()) {
            out.optionOfValue[v] = *it;
            continue;
        }
        extraByKey.insert(keys[v], int(out.options.size()));
        out.optionOfValue[v] = int(out.options.size());
        out.options.append(values[v]);
        out.scores.push_back(std::numeric_limits<double>::quiet_NaN());
    }
    return out;
}

std::optional<ScaleMatch> ScaleLibrary::matchNumbered(const QStringList& values,
                                                      const std::vector<qint64>& counts) const {
    const int n = int(values.size());
    if (std::count_if(counts.begin(), counts.end(), [](qint64 c) { return c > 0; }) > kMaxDistinct)
        return std::nullopt;
    std::vector<Numbered> parsed(n);
    std::vector<bool> extra(n, false);
    QMap<int, QString> labels; // number → label
    QSet<int> numbers;
    bool anyLabel = false;
    bool anyExtra = false;
    for (int v = 0; v < n; ++v) {
        if (counts[v] <= 0)
            continue;
        const auto p = parseNumbered(values[v]);
        if (!p) {
            if (!isNonSubstantive(values[v]))
                return std::nullopt;
            extra[v] = true;
            anyExtra = true;
            continue;
        }
        if (p->number > 10)
            return std::nullopt;
        parsed[v] = *p;
        numbers.insert(p->number);
        if (!p->label.isEmpty()) {
            anyLabel = true;
            const auto it = labels.constFind(p->number);
            if (it != labels.constEnd() && normalize(*it) != normalize(p->label))
                return std::nullopt;
            labels.insert(p->number, p->label);
        }
    }
    if (numbers.size() < 2)
        return std::nullopt;
    // Bare numbers are a numeric question unless a label or a "don't know" says it is a scale.
    if (!anyLabel && !(anyExtra && numbers.size() >= 3))
        return std::nullopt;
    int lo = *std::min_element(numbers.begin(), numbers.end());
    const int hi = *std::max_element(numbers.begin(), numbers.end());
    // Scales start at 0 or 1 even when nobody chose the bottom.
    if (lo > 1)
        lo = 1;
    if (hi - lo > 10)
        return std::nullopt;

    ScaleMatch out;
    out.scale = QStringLiteral("numbered");
    out.optionOfValue.assign(n, -1);
    for (int x = lo; x <= hi; ++x) {
        out.options.append(labels.value(x, QString::number(x)));
        out.scores.push_back(x);
    }
    QHash<QString, int> extraByKey;
    for (int v = 0; v < n; ++v) {
        if (counts[v] <= 0)
            continue;
        if (!extra[v]) {
            out.optionOfValue[v] = parsed[v].number - lo;
            continue;
        }
        const QString key = normalize(values[v]);
        const auto it = extraByKey.constFind(key);
        if (it != extraByKey.constEnd()) {
            out.optionOfValue[v] = *it;
            continue;
        }
        extraByKey.insert(key, int(out.options.size()));
        out.optionOfValue[v] = int(out.options.size());
        out.options.append(values[v]);
        out.scores.push_back(std::numeric_limits<double>::quiet_NaN());
    }
    return out;
}

} // namespace sondo
