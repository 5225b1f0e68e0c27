#pragma once

#include "analysis/AnalysisState.h"
#include "analysis/AnsweredBits.h"
#include "chart/ChartSpec.h"
#include "filter/RespondentMask.h"
#include "model/Project.h"

#include <QList>
#include <QLocale>
#include <QString>

namespace sondo {

/** One line of the question list: what the navigator shows. */
struct QuestionSummary {
    /** Index in Survey::questions. */
    int index = -1;
    QString id;
    QString text;
    QuestionType type = QuestionType::Text;
    /** Respondents in the filter who answered (unweighted). */
    qint64 base = 0;
    /** The id of the group the question is an item of ("G2"), or empty. */
    QString group;
};

/** One open answer: who wrote it and what. */
struct TextAnswer {
    /** Row in the ResponseMatrix. */
    int respondent = -1;
    QString respondentId;
    QString text;
};

/**
 * The analysis of one open project, as the window asks for it: which questions there are, which
 * one is shown, who is in the filter, what the chart of a question looks like, and the open
 * answers of a text question. Holds a Project and an AnalysisState; every answer is computed from
 * them in core, so the window only displays. Not thread-safe; cheap to query (the filter's
 * respondent mask is kept until the filter changes).
 */
class AnalysisSession {
public:
    AnalysisSession() = default;
    /** Opens `project` and restores its saved state (see setProject). */
    explicit AnalysisSession(Project project);

    /**
     * Replaces the project and restores the state saved in Project::state. Parts of the state
     * that no longer resolve are dropped and described in `unresolved`. Without a saved current
     * question the first analysable question with a chart is shown (the first analysable one
     * when none has a chart).
     */
    void setProject(Project project, QStringList* unresolved = nullptr);
    bool hasProject() const { return !m_project.survey.questions.isEmpty(); }
    const Project& project() const { return m_project; }
    const Survey& survey() const { return m_project.survey; }
    const ResponseMatrix& responses() const { return m_project.responses; }
    /**
     * Gives the respondents their ids, for a project opened without them (one per respondent;
     * anything else is ignored and they stay numbered).
     */
    void setRespondentIds(QStringList ids);

    const AnalysisState& state() const { return m_state; }
    /** Replaces the whole state (questions out of range are reset). */
    void setState(AnalysisState state);
    /**
     * The project's state with this analysis state written into it (AnalysisState::toJson);
     * keys kept there by other parts of Sondo (the import options) stay as they are.
     */
    QJsonObject stateJson() const;

    /** Indexes of the questions the analyst works with (not metadata, not identifiers). */
    QList<int> analysableQuestions() const;
    /** Every analysable question with its base under the current filter. */
    QList<QuestionSummary> questionSummaries() const;
    /** Analysable categorical questions: what can filter and what a chart can compare by. */
    QList<int> segmentQuestions() const;
    bool isAnalysable(int question) const;

    int currentQuestion() const { return m_state.currentQuestion; }
    /** Shows `question`; false (and nothing changes) when it is not analysable. */
    bool setCurrentQuestion(int question);
    /**
     * The analysable question `steps` after (negative: before) the current one, stopping at the
     * first and last; the current question when there is nowhere to go.
     */
    int neighbourQuestion(int steps) const;

    const SegmentFilter& filter() const { return m_state.filter; }
    void setFilter(const SegmentFilter& filter);
    /** Ticks or unticks one option of a categorical question in the filter. */
    void setFilterOption(int question, int option, bool selected);
    void clearFilterQuestion(int question);
    void clearFilter();
    /** Respondents in the filter (empty = everyone). */
    const RespondentMask& mask() const { return m_mask; }
    /**
     * Changes whenever the answers or the filter do (a new project, weights, changes to the
     * survey, a filter), so that a figure computed at one revision can be kept until the next.
     */
    quint64 revision() const { return m_revision; }
    qint64 totalRespondents() const { return m_project.responses.respondentCount; }
    qint64 filteredRespondents() const { return m_filtered; }
    /** "Base: 134 of 300" while filtering, "Base: 300" otherwise; numbers in the chart locale. */
    QString baseText() const;

    int compareBy() const { return m_state.compareBy; }
    /** Compare charts by the categorical question `question`, or -1 for none. */
    bool setCompareBy(int question);

    const ChartOptions& chartOptions() const { return m_state.chartOptions; }
    void setChartOptions(const ChartOptions& options);
    void setSourceNote(const QString& note);
    /** Remembers the window's layout (opaque QWidget/QMainWindow bytes) in the state. */
    void setWindowLayout(const QByteArray& geometry, const QByteArray& windowState);
    /** Numbers on charts follow `locale` (the interface language); not part of the state. */
    void setLocale(const QLocale& locale);

    /** True for open-text questions, which show their answers instead of a chart. */
    bool isTextQuestion(int question) const;
    /**
     * The chart of `question` under the filter, compared by compareBy() unless that is the
     * question itself.
     */
    ChartSpec chart(int question) const;
    ChartSpec currentChart() const { return chart(m_state.currentQuestion); }
    /**
     * The chart of every analysable question that has one (open text and dates have none), in
     * questionnaire order, for "export all".
     */
    QList<ChartSpec> allCharts() const;

    /**
     * The respondents (rows of the matrix) in the filter with a non-empty answer to a text
     * question, in respondent order; only those whose answer contains `search`
     * (case-insensitive) when it is not empty. Rows, not answers: a million-row project's open
     * question lists hundreds of thousands, and a view reads only those it shows (textAnswer()).
     */
    std::vector<int> textAnswerRows(int question, const QString& search = {}) const;
    /** Respondent `row`'s answer to `question`, with the respondent's id; empty past the rows. */
    TextAnswer textAnswer(int question, int row) const;
    /** textAnswer() of every textAnswerRows(). */
    QList<TextAnswer> textAnswers(int question, const QString& search = {}) const;
    /** Respondents in the filter who answered `question`. */
    qint64 answeredCount(int question) const;
    /** Respondents who answered `question`, whatever the filter ("of 300" in "134 of 300"). */
    qint64 answeredCountUnfiltered(int question) const;

private:
    void updateMask();
    /** Who answered `question` (AnsweredBits), made the first time it is asked for. */
    const AnsweredBits::Bits& answeredBits(int question) const;

    Project m_project;
    AnalysisState m_state;
    RespondentMask m_mask;
    /** The mask as bits (AnsweredBits); empty when everyone is in. */
    AnsweredBits::Bits m_maskBits;
    /** Who answered each question, made the first time it is counted; cleared with the project. */
    mutable std::vector<AnsweredBits::Bits> m_answered;
    qint64 m_filtered = 0;
    quint64 m_revision = 0;
    QString m_filterDescription;
};

} // namespace sondo
