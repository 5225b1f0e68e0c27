#pragma once

#include "base/Progress.h"
#include "base/Result.h"
#include "export/ResponseExportOptions.h"
#include "filter/RespondentMask.h"
#include "model/ResponseMatrix.h"
#include "model/Survey.h"

#include <QString>
#include <optional>
#include <utility>
#include <vector>

namespace sondo {

/**
 * Writes the answers of (a selection of) respondents out for other tools, with labels rather
 * than codes. The file is written beside its target and renamed over it at the end, so a failure
 * leaves no half-written file and an existing file intact.
 *
 * CSV (for Excel, LibreOffice, R): UTF-8 with a byte-order mark, "," between cells, CRLF line
 * ends, cells quoted as RFC 4180 says (when they hold a comma, a quote or a line break). One
 * header row: "respondent_id" (the tool's respondent id) first, then one column per question in
 * survey order, metadata included, headed by the question text. A blank cell is no answer.
 * Single and Likert answers as their option label, multiple choice as the chosen labels joined
 * with "; " in option order, numbers in C locale with "." (shortest text that reads back as the
 * same number), dates as ISO 8601 ("2024-03-05" or "2024-03-05 14:30:00", UTC), texts as
 * written. A multiple-choice respondent who answered with no option chosen has an empty cell
 * there; with Options::optionColumns each multiple-choice column is followed by one column per
 * option ("Question - Option") holding 1 or 0, blank when unanswered, which keeps that difference
 * and suits spreadsheet pivots. Sondo reads its own CSV back (format profile "sondo"): the
 * respondent id, and multiple choice split at "; ".
 *
 * A CSV cell (header included) that starts with "=", "+", "-", "@", a tab or a carriage return
 * and is not a number ("-3", "-2,5", "+1e5" are) nor a lone "-" or "+" (a dash for "nothing")
 * gets a leading "'", as OWASP advises against CSV injection: an answer "=HYPERLINK(…)" or
 * "@SUM(1)" is shown by a spreadsheet as text, never run. Sondo's "sondo" profile reads such a
 * cell back with its "'". The .sav file keeps every text as it is (SPSS runs nothing).
 *
 * A failed write (a full disk, a lost share, a file size limit) is reported with the system's
 * reason, e.g. "cannot write the file: No space left on device".
 *
 * SPSS (.sav, through ReadStat): one variable per question, named after the tool's code when it
 * is a valid SPSS name, else after the question id (Q3); variable label = question text. Single
 * and Likert as numeric codes 1..k with value labels (nominal/ordinal), multiple choice as one
 * 0/1 variable per option labelled "Question - Option" with value labels, numbers as numeric,
 * dates as SPSS dates (DATE11, or DATETIME20 when some answer has a time of day), texts and ids
 * as strings. No answer is system-missing (or an empty string). The first variable is
 * "respondent_id". Sondo's SPSS profile reads the option variables back as one question.
 */
class ResponseExporter {
public:
    enum class Format { Csv, Sav };

    using Options = ResponseExportOptions;

    /** The format for a file name by its extension (.csv, .sav), or nothing. */
    static std::optional<Format> formatFor(const QString& path);

    /**
     * Writes the respondents of `mask` (empty = everyone) to `path` in the format its extension
     * names. Returns the number of respondents written. `progress` receives respondents written
     * and the number to write; returning false cancels (nothing is left behind).
     */
    static Result<qint64> write(const QString& path, const Survey& survey,
                                const ResponseMatrix& responses, const RespondentMask& mask = {},
                                const Options& options = {}, const ProgressCallback& progress = {});
    /** Indexes of the questions that identify a person (PersonalData), in survey order. */
    static std::vector<int> personalQuestions(const Survey& survey);
    /** The survey and its answers without those questions. */
    static std::pair<Survey, ResponseMatrix> withoutPersonal(const Survey& survey,
                                                             const ResponseMatrix& responses);
};

} // namespace sondo
