#pragma once

#include "import/build/RawTable.h"
#include "import/build/SurveyBuilder.h"
#include "storage/ResponseSource.h"

namespace sondo {

/**
 * The respondents of a coded survey handed to ProjectStore one slice at a time, each coded from
 * the table only when asked for (SurveyBuilder::fill): writing a million respondents then needs
 * the memory of one slice, not of every answer.
 */
class CodedResponses final : public ResponseSource {
public:
    /** Both must outlive this object. */
    CodedResponses(const RawTable& table, const CodedSurvey& coded)
        : m_table(table)
        , m_coded(coded) {}
    int respondentCount() const override { return m_coded.respondentCount; }
    Slice slice(int first, int count) override {
        SurveyBuilder::fill(m_table, m_coded, first, count, m_slice);
        return {m_slice, first};
    }

private:
    const RawTable& m_table;
    const CodedSurvey& m_coded;
    ResponseMatrix m_slice;
};

} // namespace sondo
