#pragma once

#include "base/Result.h"
#include "edit/SegmentGroup.h"
#include "model/ResponseMatrix.h"
#include "model/Survey.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace sondo {

/**
 * The analyst derives a segment from other questions ("Large centres" = Q2 in {201-500, Oltre
 * 500}): a new single-choice question, one option per group, each respondent in the first group
 * whose conditions they meet, the others in `rest` when it is named and missing otherwise. It is
 * a question like any other for freq, --by, --where and the window's compare-by, computed from
 * the answers on every open; nothing is stored but this recode. Plain value, one entry of an
 * EditList.
 */
struct DerivedSegment {
    /** The id the new question takes ("D1"), also its code. */
    QString question;
    /** Kept equal to `question`: what names a question in every edit. */
    QString code;
    /** The question's text, the segment's name ("Dimensione del centro"). */
    QString text;
    QList<SegmentGroup> groups;
    /** Label of those in no group ("Altri"); empty leaves them missing. */
    QString rest;

    /** The "kind" written in JSON. */
    static QString kind() { return QStringLiteral("segment"); }
    /** "D1", "D2"…: the first such id `survey` has no question for. */
    static QString freeId(const Survey& survey);

    QJsonObject toJson() const;
    /** Reads what toJson wrote; nullopt when a field is missing or of the wrong type. */
    static std::optional<DerivedSegment> fromJson(const QJsonObject& json);

    /**
     * Adds the question to `survey`. Fails, changing nothing, when the id is taken, there is no
     * group, a label is empty or given twice, or a group's conditions name a question or option
     * the survey does not have (any more).
     */
    Result<Done> applyTo(Survey& survey) const;
    /** The same, and codes every respondent of `responses` into the new question's column. */
    Result<Done> applyTo(Survey& survey, ResponseMatrix& responses) const;
    /** The questions of `survey` the groups look at, ascending: their answers are needed. */
    QList<int> sources(const Survey& survey) const;

    bool operator==(const DerivedSegment&) const = default;
};

} // namespace sondo
