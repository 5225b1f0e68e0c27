#pragma once

#include "import/build/RawTable.h"
#include "import/build/SurveyBuilder.h"

namespace sondo {

/**
 * Coding while the file is still being read: the survey is coded from its first rows, later
 * values are coded the same way as they arrive, and at the end the coding of the whole table
 * decides whether what was stored holds.
 */
class StreamedCoding {
public:
    /**
     * Codes the values that reached `table` since `coded` was made from its first rows, the way
     * SurveyBuilder::code() most likely would, so that respondents can be stored while the file is
     * still being read. False when a value cannot be coded with confidence (a new option, a cell
     * that is not a number): the survey must then be coded again from the whole table. Whatever it
     * returns, only sameCoding() with the survey coded from the whole table tells whether what was
     * stored holds.
     */
    static bool extend(const RawTable& table, CodedSurvey& coded);
    /**
     * True when both read every value the same way: the same questions, types, options and
     * columns, and the same code, options or number for every value.
     */
    static bool sameCoding(const CodedSurvey& a, const CodedSurvey& b);
};

} // namespace sondo
