#pragma once

#include "base/Result.h"
#include "model/Survey.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace sondo {

/**
 * The analyst renames one option of a categorical question ("Chat / live chat" → "Chat"): what
 * charts, tables, filters and exports call it from now on. Only the label changes: the option
 * keeps its place, its code and its answers, and the questions stored in the project stay as
 * imported (the rename is applied on load). Plain value, one entry of an EditList.
 *
 * The question is named by id and by the tool's code, and the option by the label it had when
 * the rename was made, so the rename finds its option again after a re-import that shifted
 * questions or reordered options.
 */
struct RenameOption {
    /** Question id when the rename was made ("Q3"). */
    QString question;
    /** The tool's code of that question; it names the question when ids have shifted. */
    QString code;
    /** The option's label before this rename (after the renames before it in the list). */
    QString option;
    /** The new label. */
    QString label;

    /** The "kind" written in JSON. */
    static QString kind() { return QStringLiteral("rename-option"); }
    /** The rename of option `option` of question `question` of `survey` to `label`. */
    static RenameOption of(const Survey& survey, int question, int option, const QString& label);

    QJsonObject toJson() const;
    /** Reads what toJson wrote; nullopt when a field is missing or of the wrong type. */
    static std::optional<RenameOption> fromJson(const QJsonObject& json);

    /**
     * Renames the option in `survey`. Fails, changing nothing, when the question or the option is
     * not there, the new label is blank, or another option of the question already has that
     * label (ignoring case: filters and the command line find options by label).
     */
    Result<Done> applyTo(Survey& survey) const;

    bool operator==(const RenameOption&) const = default;
};

} // namespace sondo
