#pragma once

#include <QJsonObject>
#include <QString>

namespace sondo {

/**
 * The window's switches over what the figures show, kept in the project's state (key
 * "display") like the rest of the view: whether the project's saved weighting is applied, and
 * whether charts carry significance letters and confidence-interval bars. Plain value. The
 * command line ignores it (it applies the weighting unless told --unweighted).
 */
struct DisplayOptions {
    /** Apply the project's saved weighting (when it has one). */
    bool weighted = true;
    /** Compared by a segment: letters of the groups a bar is significantly higher than. */
    bool letters = true;
    /** Thin Wilson 95% error bars on the bars. */
    bool intervals = false;

    static QString stateKey() { return QStringLiteral("display"); }

    QJsonObject toJson() const {
        return {{QStringLiteral("weighted"), weighted},
                {QStringLiteral("letters"), letters},
                {QStringLiteral("intervals"), intervals}};
    }
    /** The options saved in a project's state; the defaults for what is missing. */
    static DisplayOptions fromState(const QJsonObject& state) {
        const QJsonObject json = state.value(stateKey()).toObject();
        DisplayOptions options;
        options.weighted = json.value(QStringLiteral("weighted")).toBool(options.weighted);
        options.letters = json.value(QStringLiteral("letters")).toBool(options.letters);
        options.intervals = json.value(QStringLiteral("intervals")).toBool(options.intervals);
        return options;
    }
    bool operator==(const DisplayOptions&) const = default;
};

} // namespace sondo
