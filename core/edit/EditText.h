#pragma once

#include <QString>
#include <QStringList>

namespace sondo {

/** What the edits of core/edit share to name questions and find options. */
namespace EditText {

/** "Q3", or "Q3 (gender)" when the tool's code differs from the id: how messages name it. */
inline QString questionName(const QString& id, const QString& code) {
    return code.isEmpty() || code == id ? id : QStringLiteral("%1 (%2)").arg(id, code);
}

/**
 * The index of the option labelled `label`: exactly, else ignoring case and surrounding spaces
 * (filters and the command line find options so too); -1 when there is none.
 */
inline int optionIndex(const QStringList& options, const QString& label) {
    const int exact = int(options.indexOf(label));
    if (exact >= 0)
        return exact;
    const QString wanted = label.trimmed();
    for (int o = 0; o < options.size(); ++o)
        if (options[o].trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return o;
    return -1;
}

} // namespace EditText

} // namespace sondo
