#pragma once

#include "filter/RespondentMask.h"
#include "model/Project.h"
#include "stats/AppliedWeighting.h"
#include "stats/WeightingSettings.h"

#include <QLocale>
#include <QString>

namespace sondo {

/**
 * The project's saved weighting (WeightingSettings in Project::state["weighting"]) as an open
 * analysis applies it: the weights computed once when the project is opened (Weighting::compute),
 * so that the analyst can switch them off and on without computing them again, the respondents
 * they leave out (no usable weight) taken out of every mask, and a line saying at a glance what
 * the figures are ("Weighted: raking on 3 questions, eff. base 212"). Plain value; the window
 * puts weights() into the session's ResponseMatrix while weighting is on.
 */
class SessionWeighting {
public:
    SessionWeighting() = default;
    /** Computes the weighting saved in `project` (none when there is none). */
    static SessionWeighting of(const Project& project);

    const WeightingSettings& settings() const { return m_settings; }
    /** A weighting is saved in the project (whether or not it could be computed). */
    bool isSaved() const { return m_settings.isActive(); }
    /** A weighting is saved and its weights could be computed: it can be switched on. */
    bool isUsable() const { return isSaved() && m_error.isEmpty(); }
    /** Why the saved weighting cannot be applied (empty when it can). */
    QString error() const { return m_error; }
    /** One weight per respondent (empty when not usable). */
    const std::vector<double>& weights() const { return m_applied.weights; }
    const AppliedWeighting& applied() const { return m_applied; }

    /**
     * `mask` (empty = everyone) without the respondents the weighting leaves out, for a weighted
     * analysis; `mask` itself when everyone has a weight.
     */
    RespondentMask restrict(const RespondentMask& mask) const;

    /**
     * What the figures are, for the window's status: "Weighted: raking on 3 questions, eff.
     * base 212", "Weighted by Q12 (weight column), eff. base 212", "Unweighted (weighting
     * switched off)", or "Unweighted" when the project has no weighting. `effectiveBase` is the
     * Kish base of the respondents in scope.
     */
    QString describe(const Survey& survey, bool applied, double effectiveBase,
                     const QLocale& locale) const;

private:
    WeightingSettings m_settings;
    AppliedWeighting m_applied;
    QString m_error;
};

} // namespace sondo
