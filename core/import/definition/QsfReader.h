#pragma once

#include "base/Result.h"
#include "import/definition/SurveyDefinition.h"

#include <QString>

namespace sondo {

/**
 * Reads a Qualtrics survey definition (.qsf, JSON): per question its export tag and text, for
 * multiple choice its choices (the stored value is the recode value when the survey sets one),
 * for a single-answer matrix one question per statement (`TAG_1`, `TAG_2`…) sharing the scale,
 * grouped under the question text. Texts are HTML in Qualtrics and are read as plain text.
 */
class QsfReader {
public:
    static Result<SurveyDefinition> read(const QString& path);
};

} // namespace sondo
