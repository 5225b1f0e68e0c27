#pragma once

#include "base/Result.h"
#include "model/ResponseMatrix.h"
#include "model/Survey.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace sondo {

/**
 * The analyst hides one option of a choice question ("Don't know"): it is no longer shown, and
 * the respondents who chose it leave the base (a multiple choice respondent only when every
 * option they ticked is hidden). The label is kept in Question::hiddenOptions so that tables and
 * charts say what was left out. Applied on load to the answers in memory; the stored answers stay
 * as imported. Plain value, one entry of an EditList.
 */
struct HideOption {
    /** Question id when the change was made ("Q3"). */
    QString question;
    /** The tool's code of that question; it names the question when ids have shifted. */
    QString code;
    /** The label of the option hidden. */
    QString option;

    /** The "kind" written in JSON. */
    static QString kind() { return QStringLiteral("hide-option"); }

    QJsonObject toJson() const;
    /** Reads what toJson wrote; nullopt when a field is missing or of the wrong type. */
    static std::optional<HideOption> fromJson(const QJsonObject& json);

    /**
     * Hides the option in `survey` only. Fails, changing nothing, when the question is not a
     * choice question, the option is not there, or it is the question's last option shown.
     */
    Result<Done> applyTo(Survey& survey) const;
    /** Hides the option in `survey` and makes its loaded answers missing. */
    Result<Done> applyTo(Survey& survey, ResponseMatrix& responses) const;

    bool operator==(const HideOption&) const = default;
};

} // namespace sondo
