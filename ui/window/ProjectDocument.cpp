#include "window/ProjectDocument.h"

#include "chart/GridChartSpecBuilder.h"

#include "window/EditListCommand.h"
#include "window/StateWriter.h"

#include "chart/ChartSpecBuilder.h"
#include "findings/KeyFindings.h"
#include "project/ProjectLock.h"
#include "project/ProjectService.h"
#include "stats/CrossTab.h"
#include "stats/EffectiveBase.h"

#include <QTimer>
#include <QUndoStack>
#include <algorithm>

namespace sondo {

namespace {

/** Pause after the last change before the state is written: typing a note is many changes. */
constexpr int kSaveDelayMs = 800;

} // namespace

ProjectDocument::ProjectDocument(QObject* parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
    , m_saveTimer(new QTimer(this))
    , m_writer(new StateWriter(this)) {
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &ProjectDocument::saveLater);
    connect(m_writer, &StateWriter::failed, this, &ProjectDocument::saveFailed);
}

ProjectDocument::~ProjectDocument() {
    // Whoever owns the document saves before it goes (the layout is theirs); a write still in
    // flight finishes here, while the document is whole.
    m_writer->waitForIdle();
}

void ProjectDocument::open(Project project, const QString& path, QStringList* unresolved,
                           QList<Diagnostic>* editProblems) {
    saveNow();
    m_undoStack->clear();
    m_respondentIdsLeftOut = !path.isEmpty() && project.responses.respondentCount > 0 &&
                             project.responses.respondentIds.isEmpty();
    m_imported = project.survey;
    m_edits = EditList::fromState(project.state);
    m_importedAnswers.clear();
    keepImportedAnswers(m_edits, project.responses);
    // The changes first: the saved view names options by their labels after the changes.
    const QList<Diagnostic> problems = m_edits.apply(project);
    if (editProblems)
        *editProblems = problems;
    // Weights come from the answers as the analyst reports them (after the changes), as on the
    // command line; computed once here, so that switching them off and on costs nothing.
    m_weighting = SessionWeighting::of(project);
    m_display = DisplayOptions::fromState(project.state);
    m_bases = BaseThresholds::fromState(project.state);
    if (m_weighting.isUsable() && m_display.weighted)
        project.responses.weights = m_weighting.weights();
    m_session.setLocale(m_locale);
    m_session.setProject(std::move(project), unresolved);
    m_path = path;
}

void ProjectDocument::close() {
    saveNow();
    m_undoStack->clear();
    m_session = AnalysisSession();
    m_session.setLocale(m_locale);
    m_path.clear();
    m_imported = Survey();
    m_importedAnswers.clear();
    m_edits = EditList();
    m_weighting = SessionWeighting();
    m_display = DisplayOptions();
    m_respondentIdsLeftOut = false;
}

bool ProjectDocument::loadRespondentIds(QString* error) {
    if (!m_respondentIdsLeftOut)
        return true;
    m_respondentIdsLeftOut = false;
    const Result<QStringList> ids = ProjectService::readRespondentIds(m_path);
    if (!ids.ok()) {
        *error = ids.error().toString();
        return false;
    }
    m_session.setRespondentIds(ids.value());
    return true;
}

void ProjectDocument::setLocale(const QLocale& locale) {
    m_locale = locale;
    m_session.setLocale(locale);
}

Result<Done> ProjectDocument::renameOption(int question, int option, const QString& label) {
    const Survey& survey = m_session.survey();
    if (question < 0 || question >= survey.questions.size() || option < 0 ||
        option >= survey.questions[question].options.size())
        return Result<Done>::failure({QString(), 0, 0, tr("There is no such option to rename.")});
    const RenameOption rename = RenameOption::of(survey, question, option, label.trimmed());
    if (rename.label == rename.option)
        return Done{};
    // The same checks the rename will meet on every later open, made now on a copy of the
    // questionnaire (small: the answers are not in it) so that a refused rename changes nothing.
    Survey trial = survey;
    const Result<Done> fits = rename.applyTo(trial);
    if (!fits.ok())
        return fits;
    EditList after = m_edits;
    after.append(rename);
    m_undoStack->push(new EditListCommand(this, m_edits, after, tr("Rename option")));
    return Done{};
}

Result<Done> ProjectDocument::mergeOptions(const QList<MergeOptions>& merges, const QString& text) {
    if (merges.isEmpty())
        return Done{};
    // Checked on a copy of the questionnaire, each as the earlier ones leave it.
    Survey trial = m_session.survey();
    EditList after = m_edits;
    for (const MergeOptions& merge : merges) {
        const Result<Done> fits = merge.applyTo(trial);
        if (!fits.ok())
            return fits;
        after.append(merge);
    }
    m_undoStack->push(new EditListCommand(this, m_edits, after, text));
    return Done{};
}

Result<Done> ProjectDocument::removeEdit(qsizetype index) {
    if (index < 0 || index >= m_edits.size())
        return Result<Done>::failure({QString(), 0, 0, tr("There is no such recode to remove.")});
    EditList after = m_edits;
    after.removeAt(index);
    m_undoStack->push(
        new EditListCommand(this, m_edits, after, tr("Remove recode %1").arg(index + 1)));
    return Done{};
}

void ProjectDocument::keepImportedAnswers(const EditList& edits, const ResponseMatrix& responses) {
    // Only the columns a change names, and only while they are still as imported: before the
    // first change to them is applied.
    for (const int q : edits.questionsNamed(m_imported))
        if (!m_importedAnswers.contains(q) && std::size_t(q) < responses.columns.size())
            m_importedAnswers.insert(q, responses.columns[std::size_t(q)]);
}

void ProjectDocument::setEdits(const EditList& edits) {
    if (!m_session.hasProject())
        return;
    const AnalysisState view = m_session.state();
    const Survey before = m_session.survey();
    // AnalysisSession hands its project out only as a copy; the survey and the answers the
    // changes recode are rebuilt from the ones opened, so that undo never has to invert a change.
    Project project = m_session.project();
    project.state = stateJson();
    edits.storeIn(project.state);
    keepImportedAnswers(edits, project.responses);
    for (auto it = m_importedAnswers.cbegin(); it != m_importedAnswers.cend(); ++it)
        if (std::size_t(it.key()) < project.responses.columns.size())
            project.responses.columns[std::size_t(it.key())] = it.value();
    project.survey = m_imported;
    // Derived segments' columns come after the imported ones; applying the list makes them anew.
    project.responses.columns.resize(std::size_t(m_imported.questions.size()));
    // Edits made here were checked before they were pushed; any saved one that no longer fits
    // was reported when the project was opened.
    (void)edits.apply(project);
    // A change that keeps every question's options in place (a rename) keeps the view by its
    // indexes, which a renamed label would not find. One that moves (reorder) or merges options
    // leaves it to the saved view's labels (in project.state), as a re-import does: a filter on
    // a merged option then follows it under its new label or goes.
    bool samePlaces = before.questions.size() == project.survey.questions.size();
    for (qsizetype q = 0; samePlaces && q < before.questions.size(); ++q) {
        const Question& was = before.questions[q];
        const Question& is = project.survey.questions[q];
        const bool moved =
            was.options != is.options && std::is_permutation(was.options.begin(), was.options.end(),
                                                             is.options.begin(), is.options.end());
        samePlaces = was.options.size() == is.options.size() && was.type == is.type && !moved;
    }
    m_session.setProject(std::move(project));
    if (samePlaces)
        m_session.setState(view);
    m_edits = edits;
    emit surveyEdited();
    scheduleSave();
}

void ProjectDocument::scheduleSave() {
    if (!m_path.isEmpty())
        m_saveTimer->start();
}

void ProjectDocument::saveLater() {
    if (m_path.isEmpty() || !m_session.hasProject())
        return;
    emit aboutToSave();
    m_writer->write(m_path, stateJson());
}

Result<Done> ProjectDocument::saveNow() {
    m_saveTimer->stop();
    if (m_path.isEmpty() || !m_session.hasProject()) {
        m_writer->waitForIdle();
        return Done{};
    }
    emit aboutToSave();
    return m_writer->writeNow(m_path, stateJson());
}

void ProjectDocument::waitForSaves() {
    m_writer->waitForIdle();
}

bool ProjectDocument::isSaving() const {
    return m_writer->isBusy();
}

// ---- weighting and what the figures show ----------------------------------------------------

void ProjectDocument::setDisplay(const DisplayOptions& display) {
    if (display == m_display)
        return;
    const bool weightsChange = display.weighted != m_display.weighted && m_weighting.isUsable();
    m_display = display;
    if (weightsChange)
        applyWeights(display.weighted);
    scheduleSave();
}

void ProjectDocument::applyWeights(bool weighted) {
    if (!m_session.hasProject())
        return;
    const AnalysisState view = m_session.state();
    // The session hands its project out only as a copy (the answers are copied once per switch,
    // not per chart); the weights themselves were computed on open.
    Project project = m_session.project();
    project.state = stateJson();
    if (weighted)
        project.responses.weights = m_weighting.weights();
    else
        project.responses.weights.clear();
    m_session.setProject(std::move(project));
    m_session.setState(view);
}

bool ProjectDocument::isWeighted() const {
    return m_weighting.isUsable() && m_display.weighted;
}

RespondentMask ProjectDocument::mask() const {
    return isWeighted() ? m_weighting.restrict(m_session.mask()) : m_session.mask();
}

ChartOptions ProjectDocument::chartOptions(const std::optional<QLocale>& locale) const {
    ChartOptions options = m_session.chartOptions();
    if (locale)
        options.locale = *locale;
    options.weighted = isWeighted();
    options.significance = m_display.letters;
    options.intervals = m_display.intervals;
    options.tests = m_display.tests;
    m_bases.applyTo(options);
    options.figure = m_display.figure;
    return options;
}

ChartSpec ProjectDocument::chart(int question, const std::optional<QLocale>& locale) const {
    if (!m_session.isAnalysable(question))
        return {};
    ChartScope scope;
    scope.mask = mask();
    scope.filterDescription = m_session.filter().describe(m_session.survey());
    scope.segment = m_session.compareBy() == question ? -1 : m_session.compareBy();
    scope.crossTab = crossTab(question);
    scope.unfilteredBase = unfilteredBase(question);
    return ChartSpecBuilder::build(m_session.survey(), m_session.responses(), question,
                                   chartOptions(locale), scope);
}

ChartSpec ProjectDocument::groupChart(int group, const std::optional<QLocale>& locale) const {
    if (group < 0 || group >= m_session.survey().groups.size())
        return {};
    ChartScope scope;
    scope.mask = mask();
    scope.filterDescription = m_session.filter().describe(m_session.survey());
    // Under a compare-by, the group's items side by side per segment group, as chart G3 --by.
    const int segment = m_session.compareBy();
    const bool compared = segment >= 0 && !m_session.survey().groupItems(group).contains(segment);
    if (compared) {
        scope.segment = segment;
        return GridChartSpecBuilder::bySegment(m_session.survey(), m_session.responses(), group,
                                               chartOptions(locale), scope);
    }
    return GridChartSpecBuilder::build(m_session.survey(), m_session.responses(), group,
                                       chartOptions(locale), scope);
}

QList<ChartSpec> ProjectDocument::allCharts(const std::optional<QLocale>& locale) const {
    QList<ChartSpec> result;
    for (int q : m_session.analysableQuestions()) {
        if (m_session.isTextQuestion(q))
            continue;
        ChartSpec spec = chart(q, locale);
        if (!spec.isEmpty())
            result.append(std::move(spec));
    }
    return result;
}

QuestionFigures ProjectDocument::figures(int question) const {
    return QuestionFigures::compute(m_session.survey(), m_session.responses(), question, mask(),
                                    !m_session.filter().isEmpty(), &crossTab(question)->total,
                                    unfilteredBase(question));
}

GroupFigures ProjectDocument::groupFigures(int question) const {
    return GroupFigures::compute(m_session.survey(), m_session.responses(), question,
                                 m_session.compareBy(), mask(), m_display.tests,
                                 crossTab(question).get());
}

std::shared_ptr<const CrossTab> ProjectDocument::crossTab(int question) const {
    const int segment = m_session.compareBy() == question ? -1 : m_session.compareBy();
    const std::shared_ptr<const CrossTab>& kept = m_counted.table;
    if (kept && m_counted.revision == m_session.revision() && kept->question == question &&
        kept->segment == segment)
        return kept;
    m_counted.revision = m_session.revision();
    m_counted.table = std::make_shared<const CrossTab>(
        CrossTab::compute(m_session.survey(), m_session.responses(), question, segment, mask()));
    m_counted.unfilteredBase.reset();
    if (!m_session.filter().isEmpty())
        m_counted.unfilteredBase = m_session.answeredCountUnfiltered(question);
    return m_counted.table;
}

std::optional<qint64> ProjectDocument::unfilteredBase(int question) const {
    (void)crossTab(question); // counts it with the crosstab of this view
    return m_counted.unfilteredBase;
}

QStringList ProjectDocument::findings(int question, FindingLanguage language) const {
    if (!m_session.isAnalysable(question))
        return {};
    const int segment = m_session.compareBy() == question ? -1 : m_session.compareBy();
    return KeyFindings::of(m_session.survey(), m_session.responses(), question, language, mask(),
                           segment, m_display.tests, crossTab(question).get());
}

QString ProjectDocument::weightingText() const {
    const double effective =
        isWeighted() ? EffectiveBase::sums(m_session.responses().weights, mask()).effectiveBase()
                     : 0.0;
    return m_weighting.describe(m_session.survey(), isWeighted(), effective, m_locale);
}

QString ProjectDocument::lockHolder() const {
    if (m_path.isEmpty())
        return {};
    // Our own writer takes the lock too: ask only when it is idle, or we would find ourselves.
    m_writer->waitForIdle();
    const auto lock = ProjectLock::acquire(m_path, std::chrono::milliseconds(0));
    return lock.ok() ? QString() : lock.error().message;
}

QJsonObject ProjectDocument::stateJson() const {
    QJsonObject json = m_session.stateJson();
    json.insert(DisplayOptions::stateKey(), m_display.toJson());
    return json;
}

} // namespace sondo
