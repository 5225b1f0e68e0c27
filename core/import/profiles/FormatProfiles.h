#pragma once

#include "import/profiles/FormatProfile.h"

#include <QList>
#include <QString>
#include <memory>

namespace sondo {

/** The format profiles Sondo knows, and the choice among them for a table. */
class FormatProfiles {
public:
    /**
     * Every profile, generic first: generic, google-forms, surveymonkey, limesurvey, qualtrics,
     * microsoft-forms, kobotoolbox, spss, sondo (Sondo's own CSV export).
     */
    static QList<std::shared_ptr<const FormatProfile>> all();
    /** The profile called `name` (case-insensitive, as `--format` takes it), or null. */
    static std::shared_ptr<const FormatProfile> byName(const QString& name);
    /**
     * The profile most confident that `table` is its tool's export; generic when none is more
     * confident than generic. Ties go to the earlier profile in all().
     */
    static std::shared_ptr<const FormatProfile> detect(const RawTable& table);
};

} // namespace sondo
