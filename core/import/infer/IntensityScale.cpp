#include "import/infer/IntensityScale.h"

#include <QHash>
#include <algorithm>
#include <limits>

namespace sondo {

namespace {

/** A degree word, normalized as ScaleLibrary::normalize writes it, and its degree. */
struct Degree {
    const char* words;
    int degree;
};

// Degrees: 0 none, 1 a little, 2 moderately, 3 the word alone, 4 very, 5 extremely. Longer
// phrases come before their own beginnings ("not at all" before "not"). Words whose strength
// readers disagree on ("quite", "ziemlich") are left out: a scale using them is not ordered by
// guess.
constexpr Degree kDegrees[] = {
    // English
    {"not at all", 0},
    {"not", 0},
    {"slightly", 1},
    {"a little", 1},
    {"barely", 1},
    {"hardly", 1},
    {"somewhat", 2},
    {"moderately", 2},
    {"fairly", 2},
    {"very", 4},
    {"extremely", 5},
    {"completely", 5},
    // Italian
    {"per niente", 0},
    {"per nulla", 0},
    {"non", 0},
    {"poco", 1},
    {"un po", 1},
    {"abbastanza", 2},
    {"moderatamente", 2},
    {"discretamente", 2},
    {"molto", 4},
    {"estremamente", 5},
    {"del tutto", 5},
    // German
    {"uberhaupt nicht", 0},
    {"gar nicht", 0},
    {"nicht", 0},
    {"kaum", 1},
    {"wenig", 1},
    {"massig", 2},
    {"etwas", 2},
    {"eher", 2},
    {"sehr", 4},
    {"ausserst", 5},
    {"extrem", 5},
    // Spanish
    {"nada", 0},
    {"para nada", 0},
    {"no", 0},
    {"algo", 2},
    {"moderadamente", 2},
    {"bastante", 2},
    {"muy", 4},
    {"extremadamente", 5},
    {"sumamente", 5},
    // French
    {"pas du tout", 0},
    {"pas", 0},
    {"peu", 1},
    {"un peu", 1},
    {"assez", 2},
    {"moyennement", 2},
    {"tres", 4},
    {"extremement", 5},
};

} // namespace

IntensityScale::Graded IntensityScale::grade(const QString& key) {
    Graded out;
    if (key.isEmpty())
        return out;
    int longest = 0;
    for (const Degree& d : kDegrees) {
        const QLatin1String words(d.words);
        if (words.size() > longest && key.size() > words.size() + 1 && key.startsWith(words) &&
            key[words.size()] == QLatin1Char(' ')) {
            longest = int(words.size());
            out.degree = d.degree;
            out.word = key.mid(words.size() + 1);
        }
    }
    if (longest == 0) {
        out.degree = 3;
        out.word = key;
    }
    return out;
}

std::optional<ScaleMatch> IntensityScale::match(const QStringList& values,
                                                const std::vector<qint64>& counts,
                                                const ScaleLibrary& library) {
    const int n = int(values.size());
    QString word;
    std::vector<int> degreeOfValue(size_t(n), -1);
    QHash<int, QString> keyOfDegree;
    int graded = 0;
    for (int v = 0; v < n; ++v) {
        if (counts[size_t(v)] <= 0)
            continue;
        const QString key = ScaleLibrary::normalize(values[v]);
        if (library.isNonSubstantive(values[v]))
            continue;
        const Graded g = grade(key);
        if (g.degree < 0 || g.word.isEmpty())
            return std::nullopt;
        if (word.isNull())
            word = g.word;
        else if (g.word != word)
            return std::nullopt;
        // Two spellings of one degree ("Wichtig", "wichtig ") are one point; two different
        // degree words of one strength ("slightly", "a little") make the order a guess.
        const auto seen = keyOfDegree.constFind(g.degree);
        if (seen != keyOfDegree.constEnd() && *seen != key)
            return std::nullopt;
        if (seen == keyOfDegree.constEnd()) {
            keyOfDegree.insert(g.degree, key);
            ++graded;
        }
        degreeOfValue[size_t(v)] = g.degree;
    }
    // The word alone must be graded by others: three answers of one word and two degrees is too
    // little to call a scale ("Important", "Very important" could be two unrelated options).
    if (graded < 3)
        return std::nullopt;
    QList<int> degrees = keyOfDegree.keys();
    std::sort(degrees.begin(), degrees.end());

    ScaleMatch out;
    out.scale = QStringLiteral("graded");
    out.optionOfValue.assign(size_t(n), -1);
    // Label of each degree: its most frequent spelling in the file.
    std::vector<int> labelValue(degrees.size(), -1);
    for (int v = 0; v < n; ++v) {
        if (degreeOfValue[size_t(v)] < 0)
            continue;
        const int point = int(degrees.indexOf(degreeOfValue[size_t(v)]));
        out.optionOfValue[size_t(v)] = point;
        if (labelValue[size_t(point)] < 0 ||
            counts[size_t(v)] > counts[size_t(labelValue[size_t(point)])])
            labelValue[size_t(point)] = v;
    }
    for (int p = 0; p < degrees.size(); ++p) {
        out.options.append(values[labelValue[size_t(p)]]);
        out.scores.push_back(p + 1);
    }
    QHash<QString, int> extraByKey;
    for (int v = 0; v < n; ++v) {
        if (counts[size_t(v)] <= 0 || degreeOfValue[size_t(v)] >= 0)
            continue;
        const QString key = ScaleLibrary::normalize(values[v]);
        const auto it = extraByKey.constFind(key);
        if (it != extraByKey.constEnd()) {
            out.optionOfValue[size_t(v)] = *it;
            continue;
        }
        extraByKey.insert(key, int(out.options.size()));
        out.optionOfValue[size_t(v)] = int(out.options.size());
        out.options.append(values[v]);
        out.scores.push_back(std::numeric_limits<double>::quiet_NaN());
    }
    return out;
}

} // namespace sondo
