#pragma once

#include "base/Result.h"
#include "model/Survey.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace sondo {

/**
 * The analyst adds a net to a choice question: "Agree (net)" = respondents who chose any of
 * the options named (for a single choice the sum of their shares; for a multiple choice each
 * respondent once, however many of them they ticked). It changes no answer and no base: it is a
 * figure shown beside the options. Plain value, one entry of an EditList.
 */
struct NetOption {
    /** Question id when the change was made ("Q3"). */
    QString question;
    /** The tool's code of that question; it names the question when ids have shifted. */
    QString code;
    /** The net's label ("Agree (net)"). */
    QString name;
    /** The options it gathers, as the question spelled them. */
    QStringList options;

    /** The "kind" written in JSON. */
    static QString kind() { return QStringLiteral("net"); }

    QJsonObject toJson() const;
    /** Reads what toJson wrote; nullopt when a field is missing or of the wrong type. */
    static std::optional<NetOption> fromJson(const QJsonObject& json);

    /**
     * Adds the net to the question in `survey`. Fails, changing nothing, when the question is
     * not a single, multiple or scale question, an option is not there, fewer than two options
     * are named, or the name is already an option's or a net's.
     */
    Result<Done> applyTo(Survey& survey) const;

    bool operator==(const NetOption&) const = default;
};

} // namespace sondo
