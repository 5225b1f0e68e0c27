#include "import/profiles/SondoCsvProfile.h"

#include "import/profiles/ProfileSupport.h"

namespace sondo {

namespace {

const QString kRespondentId = QStringLiteral("respondent_id");

} // namespace

int SondoCsvProfile::confidence(const RawTable& table) const {
    return table.rowCount() >= 1 && table.columnCount() >= 1 &&
                   ProfileSupport::header(table, 0, 0) == kRespondentId
               ? 40
               : 0;
}

ImportPlan SondoCsvProfile::plan(const RawTable& table) const {
    ImportPlan plan;
    plan.format = name();
    plan.headerRows = 1;
    for (int c = 0; c < table.columnCount(); ++c) {
        const QString header = ProfileSupport::nameOrPlaceholder(table, 0, c, plan.warnings);
        if (c == 0 && header == kRespondentId) {
            plan.respondentIdColumn = 0;
            plan.questions.append(ProfileSupport::metadata(c, header, QuestionType::Identifier));
            continue;
        }
        QuestionPlan q = ProfileSupport::question(c, header, header);
        // Only a hint: inference splits a column only when its cells combine a few options.
        q.joinSeparator = QStringLiteral("; ");
        plan.questions.append(q);
    }
    ProfileSupport::makeCodesUnique(plan, table, 0);
    return plan;
}

} // namespace sondo
