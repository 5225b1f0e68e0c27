#pragma once

#include "import/profiles/FormatProfile.h"

namespace sondo {

/**
 * The CSV Sondo itself writes (`sondo export-data`, ResponseExporter): a first column
 * "respondent_id", then one column per question headed by its text, multiple choice as the chosen
 * labels joined with "; ". Reading it back keeps the respondent ids (so `import --update` pairs
 * respondents) and splits the joined answers again.
 */
class SondoCsvProfile : public FormatProfile {
public:
    QString name() const override { return QStringLiteral("sondo"); }
    /** 40 when the first header is "respondent_id": above generic, below any tool's signature. */
    int confidence(const RawTable& table) const override;
    ImportPlan plan(const RawTable& table) const override;
};

} // namespace sondo
