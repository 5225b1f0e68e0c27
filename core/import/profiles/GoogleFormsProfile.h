#pragma once

#include "import/profiles/FormatProfile.h"

namespace sondo {

/**
 * Google Forms responses sheet: first column the submission time under a localised name
 * ("Timestamp", "Informazioni cronologiche", …), checkbox answers joined with ", ", grid rows as
 * "Question [Row]" columns, optional e-mail and quiz score columns.
 */
class GoogleFormsProfile : public FormatProfile {
public:
    QString name() const override { return QStringLiteral("google-forms"); }
    /** 60 when the first column is a timestamp name over date-time cells. */
    int confidence(const RawTable& table) const override;
    ImportPlan plan(const RawTable& table) const override;

    /** True for the name Google gives the submission-time column in any of its languages. */
    static bool isTimestampName(const QString& header);
};

} // namespace sondo
