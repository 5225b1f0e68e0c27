#pragma once

#include "filter/NumericRange.h"
#include "filter/RespondentMask.h"
#include "model/ResponseMatrix.h"
#include "model/Survey.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace sondo {

/**
 * The analyst's respondent selection ("Settore: Banche, Telco · Ruolo: Manager · Età: 18–34"): a
 * set of conditions, each a question index and a 0-based option index of a categorical question,
 * or a question index and a NumericRange of a numeric question.
 *
 * Options of the same question are OR-ed, questions (and ranges) are AND-ed. For a multiple-choice
 * question a respondent matches when they selected any of the chosen options. Respondents who did
 * not answer a filtered question never match it. Plain value.
 */
class SegmentFilter {
public:
    /** Adds option `option` (0-based) of question `question`; adding it twice changes nothing. */
    void addCondition(int question, int option);
    /** Removes one option; the question disappears from the filter with its last option. */
    void removeCondition(int question, int option);
    /**
     * Keeps only respondents whose answer to numeric question `question` is inside `range`;
     * replaces an earlier range on the same question.
     */
    void setRange(int question, const NumericRange& range);
    /** Removes every condition on `question`. */
    void clearQuestion(int question);
    /** Removes every condition. */
    void clear();
    /** True when the filter selects everyone. */
    bool isEmpty() const;
    /** Question index -> its chosen options, both ascending. */
    QMap<int, QList<int>> conditions() const;
    /** Question index -> its range, for numeric questions. */
    QMap<int, NumericRange> ranges() const { return m_ranges; }
    /** Every question the filter looks at, ascending. */
    QList<int> questions() const;

    /**
     * The respondents who match, one byte per respondent of `responses`. Empty when isEmpty()
     * (meaning everyone). A condition on a question that does not exist or is not of its kind
     * (options on a categorical question, a range on a numeric one) matches nobody, so a stale
     * filter shows an empty base rather than silently selecting everyone.
     */
    RespondentMask mask(const Survey& survey, const ResponseMatrix& responses) const;

    /**
     * A one-line description for chart notes, e.g. "Settore: Banche, Telco · Ruolo: Manager":
     * each question by its code (or a shortened text when the code is long or missing), then
     * its option labels. Empty when isEmpty().
     */
    QString describe(const Survey& survey) const;

    /**
     * JSON for the project's saved state. Questions are keyed by id and code and options by
     * label, not by index, so the filter survives a re-import that reorders options. A range is
     * written with "min"/"max" (absent when open) and "min_excluded"/"max_excluded" when true.
     */
    QJsonObject toJson(const Survey& survey) const;
    /**
     * Reads what toJson wrote against `survey` (possibly re-imported). Conditions whose question
     * or option no longer exists are dropped; when `unresolved` is given, a readable line for
     * each dropped one ("Q9", "Settore: Assicurazioni") is appended to it.
     */
    static SegmentFilter fromJson(const QJsonObject& json, const Survey& survey,
                                  QStringList* unresolved = nullptr);

    bool operator==(const SegmentFilter& other) const = default;

private:
    QMap<int, QList<int>> m_conditions;
    QMap<int, NumericRange> m_ranges;
};

} // namespace sondo
