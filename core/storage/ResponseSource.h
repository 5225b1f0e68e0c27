#pragma once

#include "model/ResponseMatrix.h"

namespace sondo {

/**
 * The answers ProjectStore::write() stores, handed over a range of respondents at a time, so a
 * million respondents can be written without first coding all of them in memory.
 */
class ResponseSource {
public:
    /** Answers of a range of respondents: respondent r is row r - offset of `answers`. */
    struct Slice {
        const ResponseMatrix& answers;
        int offset = 0;
    };

    virtual ~ResponseSource() = default;
    virtual int respondentCount() const = 0;
    /**
     * The answers of respondents [first, first + count). The slice stays valid until the next
     * call. Respondent ids may be missing (empty list): respondents are then numbered.
     */
    virtual Slice slice(int first, int count) = 0;
};

/** A ResponseMatrix already in memory, handed over whole. */
class MatrixSource final : public ResponseSource {
public:
    explicit MatrixSource(const ResponseMatrix& answers)
        : m_answers(answers) {}
    int respondentCount() const override { return m_answers.respondentCount; }
    Slice slice(int, int) override { return {m_answers, 0}; }

private:
    const ResponseMatrix& m_answers;
};

} // namespace sondo
