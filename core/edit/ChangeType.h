#pragma once

#include "base/Result.h"
#include "model/QuestionType.h"
#include "model/ResponseMatrix.h"
#include "model/Survey.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace sondo {

/**
 * The analyst changes how a question is analysed, after the import: a single choice read as a
 * scale (scores 1, 2, … in the options' order) or back, a single choice as a multiple choice
 * (one tick each), or any question ignored (kept, never listed or analysed). The changes that
 * would have to guess answers (text to options, numbers to text) are refused: re-import with
 * `--type` for those. Applied on load to the answers in memory; the stored answers stay as
 * imported. Plain value, one entry of an EditList.
 */
struct ChangeType {
    /** Question id when the change was made ("Q3"). */
    QString question;
    /** The tool's code of that question; it names the question when ids have shifted. */
    QString code;
    /** The new type. */
    QuestionType type = QuestionType::Single;

    /** The "kind" written in JSON. */
    static QString kind() { return QStringLiteral("change-type"); }

    QJsonObject toJson() const;
    /** Reads what toJson wrote; nullopt when a field is missing or of the wrong type. */
    static std::optional<ChangeType> fromJson(const QJsonObject& json);

    /** Changes the type in `survey`; fails, changing nothing, for a change it cannot make. */
    Result<Done> applyTo(Survey& survey) const;
    /** As applyTo(Survey&), and the loaded answers take the new type's form. */
    Result<Done> applyTo(Survey& survey, ResponseMatrix& responses) const;

    bool operator==(const ChangeType&) const = default;
};

} // namespace sondo
