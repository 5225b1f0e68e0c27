#include "stats/GroupComparison.h"

namespace sondo {

QStringList GroupComparison::higherThanLetters(int row, int group) const {
    QStringList result;
    if (row < 0 || std::size_t(row) >= rows.size())
        return result;
    const auto& higher = rows[std::size_t(row)].higherThan;
    if (group < 0 || std::size_t(group) >= higher.size())
        return result;
    for (int other : higher[std::size_t(group)])
        result << letters.value(other);
    return result;
}

int GroupComparison::versusRest(int row, int group) const {
    if (row < 0 || std::size_t(row) >= rows.size())
        return 0;
    const std::vector<int>& marks = rows[std::size_t(row)].versusRest;
    return group >= 0 && std::size_t(group) < marks.size() ? marks[std::size_t(group)] : 0;
}

QString GroupComparison::mark(int row, int group) const {
    if (!againstRest)
        return higherThanLetters(row, group).join(QString());
    const int rest = versusRest(row, group);
    return rest > 0 ? QStringLiteral("\u25B2") : rest < 0 ? QStringLiteral("\u25BC") : QString();
}

QString GroupComparison::letter(int group) {
    if (group < 0)
        return {};
    QString name;
    for (int g = group + 1; g > 0; g = (g - 1) / 26)
        name.prepend(QChar(u'A' + (g - 1) % 26));
    return name;
}

} // namespace sondo
