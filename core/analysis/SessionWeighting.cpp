#include "analysis/SessionWeighting.h"

#include "base/CoreText.h"
#include "stats/Weighting.h"

#include <algorithm>

namespace sondo {

SessionWeighting SessionWeighting::of(const Project& project) {
    SessionWeighting result;
    result.m_settings = WeightingSettings::fromState(project.state);
    if (!result.m_settings.isActive())
        return result;
    auto computed = Weighting::compute(project.survey, project.responses, result.m_settings);
    if (!computed.ok()) {
        result.m_error = computed.error().message;
        return result;
    }
    result.m_applied = computed.takeValue();
    return result;
}

RespondentMask SessionWeighting::restrict(const RespondentMask& mask) const {
    const RespondentMask& usable = m_applied.usable;
    if (usable.empty())
        return mask;
    if (mask.empty())
        return usable;
    RespondentMask result(mask.size(), 0);
    const std::size_t n = std::min(mask.size(), usable.size());
    for (std::size_t i = 0; i < n; ++i)
        result[i] = mask[i] & usable[i];
    return result;
}

QString SessionWeighting::describe(const Survey& survey, bool applied, double effectiveBase,
                                   const QLocale& locale) const {
    if (!isSaved())
        return CoreText::tr("Unweighted");
    if (!isUsable())
        return CoreText::tr("Unweighted: the saved weighting cannot be applied (%1)").arg(m_error);
    if (!applied)
        return CoreText::tr("Unweighted (weighting switched off)");
    const QString base = locale.toString(qRound64(effectiveBase));
    if (m_settings.method == WeightingSettings::Method::Column) {
        const int q = Weighting::questionIndex(survey, m_settings.column);
        const QString column = q >= 0 ? survey.questions[q].id : m_settings.column;
        return CoreText::tr("Weighted by %1 (weight column), eff. base %2").arg(column, base);
    }
    // Two strings rather than %n: English needs no plural file, Italian has both forms.
    const int questions = int(m_settings.targets.size());
    if (questions == 1)
        return CoreText::tr("Weighted: raking on 1 question, eff. base %1").arg(base);
    return CoreText::tr("Weighted: raking on %1 questions, eff. base %2")
        .arg(locale.toString(questions), base);
}

} // namespace sondo
