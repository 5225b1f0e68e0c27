#pragma once

#include "chart/ChartOptions.h"
#include "chart/ChartSpec.h"
#include "filter/RespondentMask.h"
#include "model/ResponseMatrix.h"
#include "model/Survey.h"
#include "stats/SignificanceOptions.h"

#include <QLocale>
#include <QString>
#include <QStringList>
#include <limits>

namespace sondo {

struct ChiSquareResult;
struct GroupComparison;
struct FrequencyTable;

/** Which test lettered a chart's groups, for the note that explains the letters. */
enum class GroupTest {
    Proportions, ///< column proportions (options, top-2/bottom-2 boxes)
    Means,       ///< Welch's t-test of the means
    Scores,      ///< z-test of the difference of two Net Promoter Scores
};

/** The sentences a chart prints under its bars, in the chart's language and locale. */
class ChartNotes {
public:
    /** "(n = 43)", held together by no-break spaces so that wrapping never splits it. */
    static QString sampleSize(qint64 n, const QLocale& locale);
    /**
     * A compare-by group's name: its label and sampleSize(), and "· low base" when `n` is
     * under `options.lowBase`.
     */
    static QString groupName(const QString& label, qint64 n, const ChartOptions& options);
    /**
     * Marks a chart whose base of `n` respondents is small: the footer says so and its bars are
     * drawn lighter under ChartOptions::lowBase; under countsBelow their labels are the counts.
     */
    static void markLowBase(ChartSpec& spec, qint64 n, const ChartOptions& options);
    /**
     * The note under a tested compare-by chart: what the letters (or ▲▼) mean, or that no
     * difference is significant, with the test, its correction and level ("Holm, 95%").
     */
    static QString significance(const SignificanceOptions& tests, bool anyMark,
                                const QLocale& locale, GroupTest test = GroupTest::Proportions);
    /**
     * significance() followed by the groups drawn (`drawn`, indexes into `comparison`) that
     * were not tested for their small base ("not tested (base below 30): C, E").
     */
    static QString groupTests(const SignificanceOptions& tests, const GroupComparison& comparison,
                              const QList<int>& drawn, bool anyMark, const QLocale& locale,
                              GroupTest test = GroupTest::Proportions);
    /** "Chi-square p = 0.012", with a caution when expected counts are small; empty if invalid. */
    static QString chiSquare(const ChiSquareResult& chi, const QLocale& locale,
                             double cramersV = std::numeric_limits<double>::quiet_NaN());
    /** Why a multiple choice's percentages add up to more than 100%. */
    static QString multipleAnswers();
    /** Notes about the question's scope: hidden options, the margin of error when asked. */
    static QStringList scope(const Survey& survey, const ResponseMatrix& responses, int question,
                             const ChartOptions& options, const RespondentMask& mask);
    /** Says that `options` options are one "Other" bar (TopOptions), `withOther` when the
     * questionnaire's own "Other" is one of them. */
    static QString grouped(int options, bool withOther);
    /** Likert notes: top-2-box and mean of the scores. */
    /**
     * "Nets: Agree (net) 62.5% · …": the analyst's nets (sondo recode --net) of the whole table;
     * empty when the question has none.
     */
    static QStringList nets(const FrequencyTable& table, const ChartOptions& options);
    static QStringList likert(const FrequencyTable& table, const ChartOptions& options);
};

} // namespace sondo
