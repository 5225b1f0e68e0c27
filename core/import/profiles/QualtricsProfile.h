#pragma once

#include "import/profiles/FormatProfile.h"

namespace sondo {

/**
 * Qualtrics CSV export: row 1 variable names (StartDate, Q1, Q5_1, Q3_4_TEXT), row 2 question texts
 * ("Question - Item" for matrix rows), row 3 {"ImportId":"QID1"} (absent in the older two-row
 * layout). Metadata runs from StartDate to UserLanguage; multiple answers are joined with ",".
 */
class QualtricsProfile : public FormatProfile {
public:
    QString name() const override { return QStringLiteral("qualtrics"); }
    /** 100 with the ImportId row; 80 with three or more Qualtrics metadata names. */
    int confidence(const RawTable& table) const override;
    ImportPlan plan(const RawTable& table) const override;
};

} // namespace sondo
