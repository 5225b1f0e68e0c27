#include "analysis/AnalysisSession.h"

#include "chart/ChartSpecBuilder.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace sondo {

AnalysisSession::AnalysisSession(Project project) {
    setProject(std::move(project));
}

void AnalysisSession::setProject(Project project, QStringList* unresolved) {
    m_project = std::move(project);
    m_answered.clear();
    AnalysisState state = AnalysisState::fromJson(m_project.state, m_project.survey, unresolved);
    // The locale is the interface's, not the project's: keep the one in use.
    state.chartOptions.locale = m_state.chartOptions.locale;
    setState(std::move(state));
}

void AnalysisSession::setState(AnalysisState state) {
    m_state = std::move(state);
    if (!isAnalysable(m_state.currentQuestion)) {
        // The first question with a chart: a date or an id first in the file (a generic export's
        // timestamp) would greet the analyst with "no chart" after counting every timestamp,
        // and an open question first (LimeSurvey's "which libraries do you use?") with a table
        // of answers where the questionnaire's charts are the point.
        const QList<int> questions = analysableQuestions();
        const auto charted = std::find_if(questions.begin(), questions.end(), [&](int q) {
            return ChartSpecBuilder::hasChart(survey().questions[q].type) && !isTextQuestion(q);
        });
        m_state.currentQuestion = charted != questions.end() ? *charted
                                  : questions.isEmpty()      ? -1
                                                             : questions.first();
    }
    if (!segmentQuestions().contains(m_state.compareBy))
        m_state.compareBy = -1;
    updateMask();
}

QJsonObject AnalysisSession::stateJson() const {
    QJsonObject json = m_project.state;
    const QJsonObject mine = m_state.toJson(survey());
    for (auto it = mine.constBegin(); it != mine.constEnd(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

bool AnalysisSession::isAnalysable(int question) const {
    return question >= 0 && question < survey().questions.size() &&
           std::size_t(question) < responses().columns.size() &&
           survey().questions[question].isAnalysable();
}

QList<int> AnalysisSession::analysableQuestions() const {
    QList<int> result;
    for (int q = 0; q < survey().questions.size(); ++q)
        if (isAnalysable(q))
            result.append(q);
    return result;
}

QList<QuestionSummary> AnalysisSession::questionSummaries() const {
    QList<QuestionSummary> result;
    for (int q : analysableQuestions()) {
        const Question& question = survey().questions[q];
        QuestionSummary summary;
        summary.index = q;
        summary.id = question.id;
        summary.text = question.text;
        summary.type = question.type;
        summary.base = answeredCount(q);
        summary.group = question.group;
        result.append(summary);
    }
    return result;
}

QList<int> AnalysisSession::segmentQuestions() const {
    QList<int> result;
    for (int q : analysableQuestions())
        if (isCategorical(survey().questions[q].type) && !survey().questions[q].options.isEmpty())
            result.append(q);
    return result;
}

bool AnalysisSession::setCurrentQuestion(int question) {
    if (!isAnalysable(question))
        return false;
    m_state.currentQuestion = question;
    return true;
}

int AnalysisSession::neighbourQuestion(int steps) const {
    const QList<int> questions = analysableQuestions();
    if (questions.isEmpty())
        return -1;
    const int at = questions.indexOf(m_state.currentQuestion);
    if (at < 0)
        return questions.first();
    return questions[std::clamp(at + steps, 0, int(questions.size()) - 1)];
}

void AnalysisSession::setFilter(const SegmentFilter& filter) {
    m_state.filter = filter;
    updateMask();
}

void AnalysisSession::setFilterOption(int question, int option, bool selected) {
    if (selected)
        m_state.filter.addCondition(question, option);
    else
        m_state.filter.removeCondition(question, option);
    updateMask();
}

void AnalysisSession::clearFilterQuestion(int question) {
    m_state.filter.clearQuestion(question);
    updateMask();
}

void AnalysisSession::clearFilter() {
    m_state.filter.clear();
    updateMask();
}

void AnalysisSession::updateMask() {
    ++m_revision;
    m_mask = m_state.filter.mask(survey(), responses());
    m_maskBits = AnsweredBits::ofMask(m_mask, responses().respondentCount);
    m_filtered = m_mask.empty() ? totalRespondents() : AnsweredBits::count(m_maskBits);
    m_filterDescription = m_state.filter.describe(survey());
}

QString AnalysisSession::baseText() const {
    const QLocale& locale = m_state.chartOptions.locale;
    if (m_state.filter.isEmpty())
        return QCoreApplication::translate("sondo", "Base: %1")
            .arg(locale.toString(totalRespondents()));
    return QCoreApplication::translate("sondo", "Base: %1 of %2")
        .arg(locale.toString(filteredRespondents()), locale.toString(totalRespondents()));
}

bool AnalysisSession::setCompareBy(int question) {
    if (question >= 0 && !segmentQuestions().contains(question))
        return false;
    m_state.compareBy = question < 0 ? -1 : question;
    return true;
}

void AnalysisSession::setChartOptions(const ChartOptions& options) {
    m_state.chartOptions = options;
}

void AnalysisSession::setSourceNote(const QString& note) {
    m_state.chartOptions.sourceNote = note;
}

void AnalysisSession::setWindowLayout(const QByteArray& geometry, const QByteArray& windowState) {
    m_state.windowGeometry = geometry;
    m_state.windowState = windowState;
}

void AnalysisSession::setLocale(const QLocale& locale) {
    m_state.chartOptions.locale = locale;
}

bool AnalysisSession::isTextQuestion(int question) const {
    return isAnalysable(question) && survey().questions[question].type == QuestionType::Text;
}

ChartSpec AnalysisSession::chart(int question) const {
    if (!isAnalysable(question))
        return {};
    ChartScope scope;
    scope.mask = m_mask;
    scope.filterDescription = m_filterDescription;
    scope.segment = m_state.compareBy == question ? -1 : m_state.compareBy;
    return ChartSpecBuilder::build(survey(), responses(), question, m_state.chartOptions, scope);
}

QList<ChartSpec> AnalysisSession::allCharts() const {
    QList<ChartSpec> result;
    for (int q : analysableQuestions()) {
        if (isTextQuestion(q))
            continue;
        ChartSpec spec = chart(q);
        if (!spec.isEmpty())
            result.append(std::move(spec));
    }
    return result;
}

std::vector<int> AnalysisSession::textAnswerRows(int question, const QString& search) const {
    std::vector<int> rows;
    if (!isAnalysable(question))
        return rows;
    const QStringList& texts = responses().columns[std::size_t(question)].texts;
    const QString needle = search.trimmed();
    const int n = std::min<int>(int(texts.size()), responses().respondentCount);
    if (needle.isEmpty())
        rows.reserve(std::size_t(answeredCount(question)));
    for (int r = 0; r < n; ++r) {
        if (!m_mask.empty() && (std::size_t(r) >= m_mask.size() || m_mask[std::size_t(r)] == 0))
            continue;
        const QString& text = texts[r];
        if (text.isEmpty())
            continue;
        if (!needle.isEmpty() && !text.contains(needle, Qt::CaseInsensitive))
            continue;
        rows.push_back(r);
    }
    return rows;
}

TextAnswer AnalysisSession::textAnswer(int question, int row) const {
    if (question < 0 || std::size_t(question) >= responses().columns.size() || row < 0)
        return {};
    const QStringList& texts = responses().columns[std::size_t(question)].texts;
    const QStringList& ids = responses().respondentIds;
    if (row >= texts.size())
        return {};
    return {row, row < ids.size() ? ids[row] : QString::number(row + 1), texts[row]};
}

QList<TextAnswer> AnalysisSession::textAnswers(int question, const QString& search) const {
    QList<TextAnswer> answers;
    for (int row : textAnswerRows(question, search))
        answers.append(textAnswer(question, row));
    return answers;
}

void AnalysisSession::setRespondentIds(QStringList ids) {
    if (ids.size() == m_project.responses.respondentCount)
        m_project.responses.respondentIds = std::move(ids);
}

qint64 AnalysisSession::answeredCount(int question) const {
    if (question < 0 || question >= survey().questions.size() ||
        std::size_t(question) >= responses().columns.size())
        return 0;
    return AnsweredBits::countBoth(answeredBits(question), m_maskBits);
}

qint64 AnalysisSession::answeredCountUnfiltered(int question) const {
    if (question < 0 || question >= survey().questions.size() ||
        std::size_t(question) >= responses().columns.size())
        return 0;
    return AnsweredBits::count(answeredBits(question));
}

const AnsweredBits::Bits& AnalysisSession::answeredBits(int question) const {
    // Counted once per project, then under each filter as bits.
    if (m_answered.size() != std::size_t(survey().questions.size()))
        m_answered.assign(std::size_t(survey().questions.size()), {});
    AnsweredBits::Bits& answered = m_answered[std::size_t(question)];
    if (answered.empty())
        answered =
            AnsweredBits::ofColumn(responses().columns[std::size_t(question)],
                                   survey().questions[question].type, responses().respondentCount);
    return answered;
}

} // namespace sondo
