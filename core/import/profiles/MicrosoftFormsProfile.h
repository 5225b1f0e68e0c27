#pragma once

#include "import/profiles/FormatProfile.h"

namespace sondo {

/**
 * Microsoft Forms Excel/CSV export: leading columns ID, Start time, Completion time, Email, Name
 * (and Last modified time), in English or Italian; multiple answers joined with ";" and a trailing
 * ";"; quiz columns "Total points", "Points - …", "Feedback - …".
 */
class MicrosoftFormsProfile : public FormatProfile {
public:
    QString name() const override { return QStringLiteral("microsoft-forms"); }
    /** 90 with ID, start and completion time among the first columns; 70 with the two times. */
    int confidence(const RawTable& table) const override;
    ImportPlan plan(const RawTable& table) const override;
};

} // namespace sondo
