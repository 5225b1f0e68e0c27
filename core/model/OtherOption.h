#pragma once

#include <QString>

namespace sondo {

/**
 * Whether an option is a questionnaire's "Other" ("Altro", "Other (please specify)",
 * "Sonstiges", "Otro", "Autre"…): listed last when options are ordered, and folded into the
 * chart's "Other (N options)" bar rather than drawn beside it as a second "Other".
 */
class OtherOption {
public:
    static bool is(const QString& label);
};

} // namespace sondo
