#pragma once

#include "import/profiles/FormatProfile.h"

namespace sondo {

/**
 * LimeSurvey response export, with headings as codes (G01Q05, G01Q05[SQ001]), full texts
 * ("Question [Sub]") or "code. text", metadata id, submitdate, lastpage… and timing columns; also
 * the two-row variant a spreadsheet makes of it (question text over a block of blank cells, the
 * sub-items in row 2).
 *
 * Consecutive sub-item columns of one question are a multiple-choice question when their cells
 * are yes/no flags (Y/empty, Ja/Nein, Sì/No…), otherwise a grid with one question per sub-item.
 * [other] and [comment] columns are open-text questions of their own.
 */
class LimeSurveyProfile : public FormatProfile {
public:
    QString name() const override { return QStringLiteral("limesurvey"); }
    /**
     * 85 with three or more LimeSurvey metadata names (95 with G01Q01-style codes too), 75 with
     * such codes alone, 60 for the two-row variant with a block of yes/no flags.
     */
    int confidence(const RawTable& table) const override;
    ImportPlan plan(const RawTable& table) const override;
};

} // namespace sondo
