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
 * The analyst merges options of a choice question into one ("male" + "M" + "man" → "Male"):
 * from then on a respondent who chose any of them counts once under the merged option. The
 * merged option takes the place of the first of them in the question's order; `into` may be one
 * of the merged labels, the label of another option of the question (which then joins the merge)
 * or a new label. Applied on load to the answers in memory; the answers stored in the project
 * stay as imported. Plain value, one entry of an EditList.
 *
 * The question is named by id and by the tool's code, as in RenameOption, and the options by the
 * labels they had when the merge was made (after the changes before it in the list).
 */
struct MergeOptions {
    /** Question id when the merge was made ("Q3"). */
    QString question;
    /** The tool's code of that question; it names the question when ids have shifted. */
    QString code;
    /** The labels of the options merged, as the question showed them. */
    QStringList options;
    /** The label of the merged option. */
    QString into;
    /**
     * Made by the import, not the analyst: rare answers typed in a single choice's "Other" box
     * (WriteInMerges), whose "Other" comes last rather than in the first one's place. Such
     * merges are made again by every `--update`, from the new answers.
     */
    bool writeIns = false;

    /** The "kind" written in JSON. */
    static QString kind() { return QStringLiteral("merge-options"); }

    QJsonObject toJson() const;
    /** Reads what toJson wrote; nullopt when a field is missing or of the wrong type. */
    static std::optional<MergeOptions> fromJson(const QJsonObject& json);

    /**
     * Merges the options in `survey` only (the questionnaire, as the window's checks and the
     * command line's validation need it). Fails, changing nothing, when the question is not a
     * choice question, an option is not there, fewer than two options would be merged, or the
     * new label is blank.
     */
    Result<Done> applyTo(Survey& survey) const;
    /**
     * Merges the options in `survey` and recodes the loaded answers of the question in
     * `responses` to match: single choice and scale codes are remapped, and a multiple choice
     * respondent who ticked several merged options ticks the merged one once. A column that was
     * not loaded (ProjectService::openFor) is left empty. Fails as applyTo(Survey&), changing
     * nothing.
     */
    Result<Done> applyTo(Survey& survey, ResponseMatrix& responses) const;

    bool operator==(const MergeOptions&) const = default;
};

} // namespace sondo
