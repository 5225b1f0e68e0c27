#pragma once

#include "base/Diagnostic.h"
#include "edit/MergeOptions.h"
#include "import/ImportOptions.h"
#include "model/Project.h"
#include "project/CaseVariantMerges.h"

#include <QList>
#include <QString>

namespace sondo {

/**
 * The "Other" of a single choice, made by every import: a form's "Other:" box writes the
 * respondent's own words into the question's column, so a question answered by many has a few
 * options chosen by dozens and tens of answers typed by one or two. Those rare answers are
 * counted together under "Other" (the question's own "Other" option where it has one), as a
 * MergeOptions recode marked `writeIns`: `sondo recodes` lists it, `--remove` takes it back, and
 * the answers stored stay as typed, so no text is lost.
 *
 * Only where the answers can tell: a single choice (not a scale) answered by at least
 * kMinAnswers, whose labels have no order (bands, spans, levels are a
 * list, not write-ins) and whose options were all chosen (an unchosen one comes from a list),
 * with two or more rare answers and two or more kept.
 */
class WriteInMerges {
public:
    /** Answers given by at most this many respondents are write-ins, unless the analyst says. */
    static constexpr int kDefaultLimit = ImportOptions::kDefaultWriteInLimit;
    /**
     * Write-ins are told apart only in a question answered by at least this many. A list option
     * chosen by one or two looks like a write-in; among fewer answers it is a share worth seeing
     * (a branch question asked of 35), among more it is under 2% and as good as "Other".
     */
    static constexpr int kMinAnswers = 100;

    /**
     * The merges for `survey` once the merges `before` are made (the import's case merges):
     * `countsOf` gives the respondents of each option of `survey` as it is, before them. A
     * `limit` of 0 or less makes none.
     */
    static QList<MergeOptions> find(const Survey& survey,
                                    const CaseVariantMerges::AnswerCounter& countsOf,
                                    const QList<MergeOptions>& before, int limit);
    /**
     * An export opened without a project: the merges found from its answers (after the case
     * merges already in its state), kept in `project.state` and applied. Returns describe()'s
     * notes.
     */
    static QList<Diagnostic> apply(Project& project, const QString& file, int limit);
    /**
     * The project's edits with its write-in merges made again from its answers (an update):
     * the old ones are dropped, the new ones take their place (at the end when there were
     * none). A merge the analyst took back (remembered by remember()) is not made again: the
     * question keeps every answer apart, update after update. Returns describe()'s notes.
     */
    static QList<Diagnostic> redo(Project& project, const QString& file, int limit);
    /**
     * Notes in `state` the questions whose write-ins `merges` counted as "Other" (an import just
     * made them), so that redo() can tell a merge the analyst removed from one never made. Kept
     * under madeKey(): {"merged": [question ids], "declined": [question ids]}.
     */
    static void remember(const QList<MergeOptions>& merges, QJsonObject& state);
    static QString madeKey() { return QStringLiteral("writeInMerges"); }
    /** One note per question: `Q1 "code": 31 answers given by at most 2 respondents …`. */
    static QList<Diagnostic> describe(const Survey& survey, const QList<MergeOptions>& merges,
                                      int limit, const QString& file);
};

} // namespace sondo
