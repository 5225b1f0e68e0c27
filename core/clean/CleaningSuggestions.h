#pragma once

#include "model/ResponseMatrix.h"
#include "model/Survey.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sondo {

/** One distinct answer of a question and how many respondents gave it. */
struct AnswerCount {
    QString answer;
    qint64 count = 0;
};

/** Why answers are proposed as one. */
enum class MergeReason {
    CaseOrSpacing,        ///< "Male", "male", " MALE ": the same once case and spaces are ignored
    AccentsOrPunctuation, ///< "Università", "Universita", "Universita'"
    Spelling,             ///< "Femsle" beside "Female": one or two letters apart in a longer word
    Abbreviation,         ///< "M" where "Male" is the only frequent answer starting with M
};

/** Answers proposed as one option: merged into `into`, the most frequent spelling. */
struct MergeProposal {
    /** Every spelling, most frequent first; `into` is the first. */
    QStringList answers;
    QString into;
    MergeReason reason = MergeReason::CaseOrSpacing;
    /** Respondents who gave any of `answers`. */
    qint64 respondents = 0;
};

/**
 * Spots the answers of a question that are one answer spelled differently, from its distinct
 * answers and their counts (never from the respondents, so a million answers with a few hundred
 * distinct spellings take milliseconds).
 *
 * - Case and spacing (`Male`, `male`, ` MALE `) are certain: caseAndSpacing() groups them, and
 *   import merges them by default.
 * - Accents and punctuation, spelling slips and one-letter abbreviations are likely, not
 *   certain: proposals() lists them for the analyst to accept or reject.
 *
 * General rules, never a list of words: a slip is at most one edit (insertion, deletion,
 * substitution or swap of neighbours) in a word of 4 to 9 letters, two from 10 letters, and only
 * towards a spelling at least three times as frequent, so two real answers that happen to be
 * close (`Italy` and `Italia`, `Yes` and `No`, `Male` and `Female`) are never proposed, and
 * answers with digits must match their digits exactly (`Q1` is not `Q2`).
 */
class CleaningSuggestions {
public:
    /** The spellings that differ only in case or spacing, one group per answer with two or more. */
    static QList<MergeProposal> caseAndSpacing(const QList<AnswerCount>& answers);
    /**
     * Every proposal, case-and-spacing groups included, most respondents first. At most
     * `maxCandidates` of the most frequent distinct answers are compared for spelling (an open
     * question with 100,000 distinct comments is no cleaning target; its frequent answers are).
     */
    static QList<MergeProposal> proposals(const QList<AnswerCount>& answers,
                                          int maxCandidates = 2000);
    /**
     * The distinct answers of a single-choice or open-text `question` with the respondents who
     * gave each (unweighted, whatever the weighting: the proposals are about spellings), in
     * option or first-seen order.
     */
    static QList<AnswerCount> answersOf(const Survey& survey, const ResponseMatrix& responses,
                                        int question);
    /** "case or spacing", "accents or punctuation", "spelling", "abbreviation". */
    static QString reasonName(MergeReason reason);

    /** The key two spellings share when they differ only in case or spacing. */
    static QString caseKey(const QString& answer);
    /** caseKey() without accents and punctuation. */
    static QString foldKey(const QString& answer);
};

} // namespace sondo
