#pragma once

#include "base/Result.h"
#include "import/definition/SurveyDefinition.h"

#include <QString>

namespace sondo {

/**
 * The files that define a survey rather than hold its answers, recognised by their content:
 * XLSForm workbooks, Qualtrics .qsf (JSON) and LimeSurvey .lss (XML) survey structures.
 */
class DefinitionFile {
public:
    /** "XLSForm", "Qualtrics .qsf", "LimeSurvey .lss", or empty for any other file. */
    static QString kindOf(const QString& path);
    /** Reads the definition; any other file fails and says so. */
    static Result<SurveyDefinition> read(const QString& path);
    /**
     * The definition the tool exports beside `answers` under the same base name
     * ("survey.csv" → "survey.qsf", "survey.lss"), or empty.
     */
    static QString besideAnswers(const QString& answers);
};

} // namespace sondo
