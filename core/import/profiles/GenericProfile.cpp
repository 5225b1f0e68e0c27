#include "import/profiles/GenericProfile.h"

#include "import/profiles/ProfileSupport.h"

namespace sondo {

int GenericProfile::confidence(const RawTable&) const {
    return 10;
}

ImportPlan GenericProfile::plan(const RawTable& table) const {
    ImportPlan plan;
    plan.format = name();
    plan.headerRows = 1;
    for (int c = 0; c < table.columnCount(); ++c) {
        const QString text = ProfileSupport::nameOrPlaceholder(table, 0, c, plan.warnings);
        plan.questions.append(ProfileSupport::question(c, text, text));
    }
    ProfileSupport::makeCodesUnique(plan, table, 0);
    return plan;
}

} // namespace sondo
