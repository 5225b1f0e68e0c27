#pragma once

#include "base/Result.h"
#include "import/definition/SurveyDefinition.h"

#include <QString>

namespace sondo {

/**
 * Reads a LimeSurvey survey structure (.lss, XML), in the layout of LimeSurvey 2–3 (texts in the
 * rows, one row per language) and of 4 and later (texts in `*_l10ns` sections), in the survey's
 * base language. Each question is named as the export's "question code" headers name its
 * columns:
 * - a list (radio, drop-down, with comment) `G01Q04`, its answers in their order;
 * - a multiple choice `G01Q02` whose choices are its subquestions (`G01Q02[SQ001]` columns);
 * - an array (flexible, by column, 5- or 10-point, yes/uncertain/no, increase/same/decrease)
 *   one grid item per subquestion, `G01Q03[SQ001]`, grouped under the question text;
 * - a ranking one item per place, `G01Q05[1]`, "Rank 1" …;
 * - any other question (numbers, texts, dates) by its code and text, and each of its
 *   subquestions' columns by theirs.
 * Question texts are HTML in LimeSurvey and are read as plain text. Display-only texts and
 * equations are left out.
 */
class LssReader {
public:
    static Result<SurveyDefinition> read(const QString& path);
};

} // namespace sondo
