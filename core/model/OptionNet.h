#pragma once

#include <QString>
#include <QStringList>

namespace sondo {

/**
 * A derived option of a choice question, "Agree (net)" = the respondents who chose any of
 * `options`. Shown beside the options; never an answer of its own, so it changes no base and no
 * other figure. Plain value; made by a NetOption recode.
 */
struct OptionNet {
    QString name;
    /** Labels of the options it gathers, as the question spells them. */
    QStringList options;

    /**
     * After the options `from` became one option `to` (a rename or a merge), the net names `to`
     * once in place of them, so a later recode keeps the net it was made before.
     */
    void relabel(const QStringList& from, const QString& to) {
        QStringList renamed;
        for (const QString& option : options) {
            const QString now = from.contains(option) ? to : option;
            if (!renamed.contains(now))
                renamed.append(now);
        }
        options = renamed;
    }

    bool operator==(const OptionNet&) const = default;
};

} // namespace sondo
