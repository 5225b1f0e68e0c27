#include "import/infer/FlagReader.h"

#include "import/infer/ScaleLibrary.h"

namespace sondo {

std::vector<FlagReader::Flag> FlagReader::readColumn(const QStringList& values,
                                                     const std::vector<qint64>& counts,
                                                     QStringView optionLabel) {
    const int n = int(values.size());
    std::vector<Flag> flags(n, Flag::Unknown);
    int present = 0, known = -1, unknown = -1;
    for (int v = 0; v < n; ++v) {
        flags[v] = read(values[v], optionLabel);
        if (counts[v] <= 0)
            continue;
        ++present;
        if (flags[v] == Flag::Unknown) {
            static const char* const negations[] = {"non ", "not ", "nicht ", "no ",
                                                    "kein", "pas ", "un"};
            const QString key = ScaleLibrary::normalize(values[v]);
            for (const char* neg : negations)
                if (key.startsWith(QLatin1String(neg)) && key.size() > int(qstrlen(neg)) + 2)
                    flags[v] = Flag::NotSelected;
        }
        (flags[v] == Flag::Unknown ? unknown : known) = v;
    }
    if (present == 2 && known >= 0 && unknown >= 0)
        flags[unknown] = flags[known] == Flag::Selected ? Flag::NotSelected : Flag::Selected;
    return flags;
}

FlagReader::Flag FlagReader::read(QStringView cell, QStringView optionLabel) {
    const QStringView t = cell.trimmed();
    if (t.isEmpty())
        return Flag::NotSelected;
    if (t == QStringView(u"\u2713") || t == QStringView(u"\u2714") || t == QStringView(u"\u2611"))
        return Flag::Selected;
    const QString key = ScaleLibrary::normalize(t);
    if (!optionLabel.trimmed().isEmpty() && key == ScaleLibrary::normalize(optionLabel))
        return Flag::Selected;
    static const char* const selected[] = {"y",    "yes",       "si",       "ja",     "oui",
                                           "1",    "x",         "true",     "vero",   "wahr",
                                           "vrai", "verdadero", "selected", "checked"};
    static const char* const notSelected[] = {"n",    "no",           "nein",     "non",
                                              "0",    "false",        "falso",    "falsch",
                                              "faux", "not selected", "unchecked"};
    for (const char* s : selected)
        if (key == QLatin1String(s))
            return Flag::Selected;
    for (const char* s : notSelected)
        if (key == QLatin1String(s))
            return Flag::NotSelected;
    if (t == QLatin1String("-"))
        return Flag::NotSelected;
    return Flag::Unknown;
}

} // namespace sondo
