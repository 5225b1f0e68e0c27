#pragma once

#include "base/Diagnostic.h"
#include "edit/MergeOptions.h"
#include "import/build/RawTable.h"
#include "import/build/SurveyBuilder.h"

#include <QList>
#include <QString>

namespace sondo {

/**
 * The merges every import makes by default: options of a single choice that differ only in case
 * or spacing ("Masculino", "masculino", " MASCULINO ") are one answer spelled carelessly, never
 * two answers, so they become one option named by the most frequent spelling. They are made as
 * MergeOptions recodes in the project's edit list, not in the coding, so that `sondo recodes`
 * lists them, `--remove` takes one back and the answers stored stay as the file gave them.
 * Likelier but uncertain variants (accents, slips, abbreviations) are left to `sondo clean`.
 */
class CaseVariantMerges {
public:
    /**
     * One merge per group of spellings of each single-choice question read from one column, in
     * question order; counts come from the table's cells (one pass over a question's column, and
     * only for a question whose options have such variants).
     */
    static QList<MergeOptions> find(const RawTable& table, const CodedSurvey& coded);
    /**
     * One note per question merged, for the import report: `Q33 "code": answers that differ
     * only in case or spacing are one option: Masculino (4 spellings), …`.
     */
    static QList<Diagnostic> describe(const Survey& survey, const QList<MergeOptions>& merges,
                                      const QString& file);
};

} // namespace sondo
