#include "import/profiles/FormatProfiles.h"

#include "import/profiles/GenericProfile.h"
#include "import/profiles/GoogleFormsProfile.h"
#include "import/profiles/KoboToolboxProfile.h"
#include "import/profiles/LimeSurveyProfile.h"
#include "import/profiles/MicrosoftFormsProfile.h"
#include "import/profiles/QualtricsProfile.h"
#include "import/profiles/SondoCsvProfile.h"
#include "import/profiles/SpssProfile.h"
#include "import/profiles/SurveyMonkeyProfile.h"

namespace sondo {

QList<std::shared_ptr<const FormatProfile>> FormatProfiles::all() {
    // Profiles hold no state, so building them per call is cheap and keeps no global around.
    return {
        std::make_shared<GenericProfile>(),      std::make_shared<GoogleFormsProfile>(),
        std::make_shared<SurveyMonkeyProfile>(), std::make_shared<LimeSurveyProfile>(),
        std::make_shared<QualtricsProfile>(),    std::make_shared<MicrosoftFormsProfile>(),
        std::make_shared<KoboToolboxProfile>(),  std::make_shared<SpssProfile>(),
        std::make_shared<SondoCsvProfile>(),
    };
}

std::shared_ptr<const FormatProfile> FormatProfiles::byName(const QString& name) {
    const QString key = name.trimmed();
    for (const auto& profile : all())
        if (profile->name().compare(key, Qt::CaseInsensitive) == 0)
            return profile;
    return nullptr;
}

std::shared_ptr<const FormatProfile> FormatProfiles::detect(const RawTable& table) {
    const auto profiles = all();
    std::shared_ptr<const FormatProfile> best = profiles.first();
    int bestScore = best->confidence(table);
    for (const auto& profile : profiles) {
        const int score = profile->confidence(table);
        if (score > bestScore) {
            best = profile;
            bestScore = score;
        }
    }
    return best;
}

} // namespace sondo
