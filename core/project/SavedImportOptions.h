#pragma once

#include "import/ImportOptions.h"
#include "model/Survey.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace sondo {

/**
 * The import options a project was made with, kept in its saved state (Project::state under
 * key()) so that a re-import reads the new export the same way: format, encoding, delimiter,
 * sheet as the analyst gave them (detected values are not saved: the new file is sniffed again),
 * the type overrides, each tied to the question it was applied to, and the structure choices.
 *
 * JSON: {"format": "auto", "encoding": "", "delimiter": "", "sheet": "",
 *        "types": [{"question": "Q3", "code": "eta", "text": "Età", "type": "numeric"}],
 *        "structure": {"metadata": ["lang"], "questions": [], "split": ["Q5_1"],
 *                      "groups": [{"stem": "Satisfaction", "columns": ["price", "speed"]}]}}
 * ("completeOnly" and "structure" only when given.)
 */
class SavedImportOptions {
public:
    /** A type override tied to a project question (its id, and its code and text as imported). */
    struct Override {
        QString question;
        QString code;
        QString text;
        QuestionType type = QuestionType::Text;
    };

    /** "importOptions". */
    static QString key();

    /**
     * The JSON for `options` after an import that produced `survey`: each override key is
     * resolved in `survey` (id, code or text, as the import did) to the question it changed.
     */
    static QJsonObject toJson(const ImportOptions& options, const Survey& survey);
    /**
     * Format, encoding, delimiter, sheet and structure choices as saved; no type overrides (see
     * overrides()).
     */
    static ImportOptions options(const QJsonObject& json);
    /** The saved type overrides, in the order given. */
    static QList<Override> overrides(const QJsonObject& json);
    /** JSON for options whose overrides are already tied to questions. */
    static QJsonObject toJson(const ImportOptions& options, const QList<Override>& overrides);

    /**
     * `saved` with what the analyst gave now on top: a format other than auto, an encoding, a
     * delimiter or a sheet replaces the saved one; structure choices add up (the last word on a
     * column wins), none of them fatal if the export lost its column. Type overrides are not
     * merged here.
     */
    static ImportOptions merged(const ImportOptions& saved, const ImportOptions& given);
};

} // namespace sondo
