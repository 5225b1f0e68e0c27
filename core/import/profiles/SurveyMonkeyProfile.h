#pragma once

#include "import/profiles/FormatProfile.h"

namespace sondo {

/**
 * SurveyMonkey "expanded" export: row 1 holds each question's text over a block of blank cells,
 * row 2 names the block's columns ("Response", "Open-Ended Response", an option label, a matrix
 * item, "Other (please specify)"). Respondent and collector metadata come first.
 *
 * A block whose data cells each equal the column's row-2 label (or are blank) is one multiple-
 * choice question; any other block of several columns is a matrix, one question per item.
 */
class SurveyMonkeyProfile : public FormatProfile {
public:
    QString name() const override { return QStringLiteral("surveymonkey"); }
    /**
     * 95 with Respondent ID and Collector ID; 75 for the two-row block shape with "Response"
     * cells; 50 for the block shape with a block of option-label flags.
     */
    int confidence(const RawTable& table) const override;
    ImportPlan plan(const RawTable& table) const override;
};

} // namespace sondo
