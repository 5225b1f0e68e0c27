#include "window/ProjectDocument.h"

#include "window/RenameOptionCommand.h"
#include "window/StateWriter.h"

#include <QTimer>
#include <QUndoStack>

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
    m_imported = project.survey;
    m_edits = EditList::fromState(project.state);
    // The changes first: the saved view names options by their labels after the changes.
    const QList<Diagnostic> problems = m_edits.apply(project);
    if (editProblems)
        *editProblems = problems;
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
    m_edits = EditList();
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
    m_undoStack->push(new RenameOptionCommand(this, m_edits, after, tr("Rename option")));
    return Done{};
}

void ProjectDocument::setEdits(const EditList& edits) {
    if (!m_session.hasProject())
        return;
    // Changes alter labels, not answers or the places of options, so the view in memory (indexes
    // of questions and options) stays valid as it is.
    const AnalysisState view = m_session.state();
    // AnalysisSession hands its project out only as a copy; the survey is rebuilt from the one
    // opened, so that undo never has to invert a change.
    Project project = m_session.project();
    project.state = m_session.stateJson();
    edits.storeIn(project.state);
    project.survey = m_imported;
    // Edits made here were checked before they were pushed; any saved one that no longer fits
    // was reported when the project was opened.
    (void)edits.apply(project);
    m_session.setProject(std::move(project));
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
    m_writer->write(m_path, m_session.stateJson());
}

Result<Done> ProjectDocument::saveNow() {
    m_saveTimer->stop();
    if (m_path.isEmpty() || !m_session.hasProject()) {
        m_writer->waitForIdle();
        return Done{};
    }
    emit aboutToSave();
    return m_writer->writeNow(m_path, m_session.stateJson());
}

void ProjectDocument::waitForSaves() {
    m_writer->waitForIdle();
}

bool ProjectDocument::isSaving() const {
    return m_writer->isBusy();
}

} // namespace sondo
