#pragma once

#include "base/Result.h"
#include "model/ResponseMatrix.h"
#include "model/Survey.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace sondo {

/**
 * The analyst puts the options of a choice question in another order ("Low, Medium, High"):
 * the options named come first, in the order given; the others keep their relative order after
 * them. On a scale this sets the scale's order too: the scores run 1, 2, … along the new order
 * (an option off the scale, "Don't know", stays off it). Applied on load to the answers in
 * memory; the stored answers stay as imported. Plain value, one entry of an EditList.
 */
struct ReorderOptions {
    /** Question id when the change was made ("Q3"). */
    QString question;
    /** The tool's code of that question; it names the question when ids have shifted. */
    QString code;
    /** The labels of the options, in the order they are to be shown. */
    QStringList options;

    /** The "kind" written in JSON. */
    static QString kind() { return QStringLiteral("reorder-options"); }

    QJsonObject toJson() const;
    /** Reads what toJson wrote; nullopt when a field is missing or of the wrong type. */
    static std::optional<ReorderOptions> fromJson(const QJsonObject& json);

    /**
     * Reorders the options in `survey` only. Fails, changing nothing, when the question is not
     * a choice question, an option is not there or is named twice, or none is named.
     */
    Result<Done> applyTo(Survey& survey) const;
    /** Reorders the options in `survey` and recodes the loaded answers to match. */
    Result<Done> applyTo(Survey& survey, ResponseMatrix& responses) const;

    bool operator==(const ReorderOptions&) const = default;
};

} // namespace sondo
