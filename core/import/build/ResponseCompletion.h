#pragma once

#include "base/Diagnostic.h"
#include "import/build/ImportPlan.h"
#include "import/build/RawTable.h"

#include <QString>
#include <vector>

namespace sondo {

/**
 * Which respondents of an export finished the survey, as the tool records it: Qualtrics'
 * `Finished` (0/False) and `Status` (1 or "Survey Preview": the author's own preview; 2 or "Survey
 * Test": generated test answers), LimeSurvey's submit date (`submitdate`, "Date submitted",
 * "Datum Abgeschickt", …: blank while a response is unfinished). Found by the column's header, so
 * it holds for every layout of those tools; a file without such columns has every response
 * complete. Plain value.
 */
struct ResponseCompletion {
    /**
     * Per data row (0 = the first respondent), 1 when it is kept with --complete-only; empty when
     * the file has no column that says (every response is then complete).
     */
    std::vector<std::uint8_t> complete;
    int incomplete = 0;
    int previews = 0;
    /** Test answers a tool generated: reported, kept (they may be the whole file). */
    int tests = 0;
    /** The header of the column that said a response was unfinished ("Finished"). */
    QString incompleteColumn;
    /** The header of the status column ("Status"). */
    QString statusColumn;

    /** Reads the rows of `table` after `plan.headerRows`. */
    static ResponseCompletion of(const RawTable& table, const ImportPlan& plan);

    /**
     * The import report's lines: how many responses are unfinished, previews or tests, and
     * whether `--complete-only` left them out (`applied`). None when every response is complete.
     */
    QList<Diagnostic> report(const QString& file, bool applied) const;
    /** `table` with only the header rows and the complete respondents, lines kept. */
    RawTable keepComplete(const RawTable& table, const ImportPlan& plan) const;
};

} // namespace sondo
