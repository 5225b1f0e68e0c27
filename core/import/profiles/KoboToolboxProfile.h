#pragma once

#include "import/profiles/FormatProfile.h"

namespace sondo {

/**
 * KoboToolbox (ODK) export: headers as labels or XML names with "/" or "." group separators
 * (group_a/q1); a select-multiple as one column of space-separated choices followed by one 0/1
 * column per option ("question/option"); system fields _id, _uuid, _submission_time, start,
 * end, meta/instanceID…
 *
 * The 0/1 option columns become the question (OptionFlags); the joined column is kept as metadata
 * under the code "<question> (joined)" since it repeats the same answers.
 */
class KoboToolboxProfile : public FormatProfile {
public:
    QString name() const override { return QStringLiteral("kobotoolbox"); }
    /** 90 with _uuid or _submission_time; 80 with meta/instanceID, formhub/uuid or __version__. */
    int confidence(const RawTable& table) const override;
    ImportPlan plan(const RawTable& table) const override;
};

} // namespace sondo
