#pragma once

#include "base/Diagnostic.h"
#include "edit/MergeOptions.h"
#include "import/build/RawTable.h"
#include "import/build/SurveyBuilder.h"
#include "model/Project.h"

#include "clean/CleaningSuggestions.h"

#include <QList>
#include <QString>
#include <functional>

namespace sondo {

/**
 * The merges every import makes by default: options of a single or multiple choice that differ
 * only in case or spacing ("Masculino", "masculino", " MASCULINO ") are one answer spelled carelessly, never
 * two answers, so they become one option named by the most frequent spelling. They are made as
 * MergeOptions recodes in the project's edit list, not in the coding, so that `sondo recodes`
 * lists them, `--remove` takes one back and the answers stored stay as the file gave them.
 * Likelier but uncertain variants (accents, slips, abbreviations) are left to `sondo clean`.
 */
class CaseVariantMerges {
public:
    /** The respondents who gave each option of single-choice question `q`, in option order. */
    using AnswerCounter = std::function<QList<AnswerCount>(int q)>;

    /**
     * One merge per group of spellings of each single-choice question of `survey`, in question
     * order; `countsOf` is asked only for a question whose options have such variants.
     */
    static QList<MergeOptions> find(const Survey& survey, const AnswerCounter& countsOf);
    /** find() with counts from the table's cells (an import, before any answer is coded). */
    static QList<MergeOptions> find(const RawTable& table, const CodedSurvey& coded);
    /** The counts that find() reads from the table's cells, for the import's other merges. */
    static AnswerCounter counter(const RawTable& table, const CodedSurvey& coded);
    /**
     * An export opened without a project (`sondo freq export.csv`): the same merges found from
     * its answers, kept in `project.state` and applied, so that it reads as its import would.
     * Returns the notes describe() gives.
     */
    static QList<Diagnostic> apply(Project& project, const QString& file);
    /**
     * One note per question merged, for the import report: `Q33 "code": answers that differ
     * only in case or spacing are one option: Masculino (4 spellings), …`.
     */
    static QList<Diagnostic> describe(const Survey& survey, const QList<MergeOptions>& merges,
                                      const QString& file);
};

} // namespace sondo
