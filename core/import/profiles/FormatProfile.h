#pragma once

#include "import/build/ImportPlan.h"
#include "import/build/RawTable.h"

#include <QString>

namespace sondo {

/**
 * Knowledge of one survey tool's export layout: recognises it from the header rows and says which
 * rows are headers, which columns are metadata and which columns form one question.
 */
class FormatProfile {
public:
    virtual ~FormatProfile() = default;
    /** The name used by `--format`: generic, google-forms, surveymonkey, limesurvey, qualtrics. */
    virtual QString name() const = 0;
    /** How sure this profile is that the table is its tool's export: 0 (not at all) … 100. */
    virtual int confidence(const RawTable& table) const = 0;
    /** The layout of the table, assuming it is this tool's export. */
    virtual ImportPlan plan(const RawTable& table) const = 0;
};

} // namespace sondo
