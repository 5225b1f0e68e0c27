#include "window/SurveyEdits.h"

#include "window/ChartCategory.h"
#include "window/ChartView.h"
#include "window/CleanAnswersDialog.h"
#include "window/MainActions.h"
#include "window/ProjectDocument.h"
#include "window/RenameOptionDialog.h"

#include <QAction>
#include <QMenu>

namespace sondo {

SurveyEdits::SurveyEdits(QWidget* window, ProjectDocument* document, MainActions* actions,
                         ChartView* chart)
    : QObject(window)
    , m_window(window)
    , m_document(document)
    , m_actions(actions)
    , m_chart(chart) {
    connect(actions->renameOptionAction(), &QAction::triggered, this,
            [this] { renameOptionWithDialog(); });
    connect(actions->cleanAnswersAction(), &QAction::triggered, this,
            &SurveyEdits::cleanAnswersWithDialog);
    connect(chart, &ChartView::contextMenuRequested, this, &SurveyEdits::showChartMenu);
    connect(chart, &ChartView::categoryActivated, this, [this](int category) {
        const auto [question, option] =
            ChartCategory::option(m_document->session(), m_chart->spec(), category);
        if (option >= 0)
            renameOptionWithDialog(question, option);
    });
}

bool SurveyEdits::canEditCurrent() const {
    const AnalysisSession& session = m_document->session();
    const int current = session.currentQuestion();
    return session.hasProject() && session.isAnalysable(current) &&
           !session.survey().questions[current].options.isEmpty();
}

bool SurveyEdits::canCleanCurrent() const {
    return canEditCurrent() &&
           m_document->session().survey().questions[m_document->session().currentQuestion()].type ==
               QuestionType::Single;
}

void SurveyEdits::cleanAnswersWithDialog() {
    if (!canCleanCurrent())
        return;
    const AnalysisSession& session = m_document->session();
    const int question = session.currentQuestion();
    const Question& q = session.survey().questions[question];
    auto* dialog =
        new CleanAnswersDialog(q,
                               CleaningSuggestions::proposals(CleaningSuggestions::answersOf(
                                   session.survey(), session.responses(), question)),
                               m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = q.id] {
        const Result<Done> merged =
            m_document->mergeOptions(dialog->merges(), tr("Clean answers of %1").arg(id));
        if (!merged.ok())
            emit failed(tr("Cannot merge the answers"), merged.error().toString());
    });
    dialog->open();
}

void SurveyEdits::renameOptionWithDialog(int question, int option) {
    const AnalysisSession& session = m_document->session();
    if (question < 0)
        question = session.currentQuestion();
    if (!session.isAnalysable(question) || session.survey().questions[question].options.isEmpty())
        return;
    auto* dialog = new RenameOptionDialog(session.survey().questions[question], option, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, question] {
        const Result<Done> renamed =
            m_document->renameOption(question, dialog->option(), dialog->label());
        if (!renamed.ok())
            emit failed(tr("Cannot rename the option"), renamed.error().toString());
    });
    dialog->open();
}

void SurveyEdits::showChartMenu(int category, const QPoint& globalPos) {
    const AnalysisSession& session = m_document->session();
    if (!session.hasProject())
        return;
    // popup(), not exec(): no event loop of its own, so nothing re-enters the window meanwhile.
    auto* menu = new QMenu(m_window);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const auto [question, option] = ChartCategory::option(session, m_chart->spec(), category);
    if (option >= 0) {
        const QString label = session.survey().questions[question].options[option];
        connect(menu->addAction(tr("Rename \u201c%1\u201d\u2026").arg(label)), &QAction::triggered,
                this, [this, question, option] { renameOptionWithDialog(question, option); });
    } else {
        menu->addAction(m_actions->renameOptionAction());
    }
    menu->addSeparator();
    menu->addAction(m_actions->copyAction());
    menu->addAction(m_actions->exportAction());
    menu->popup(globalPos);
}

} // namespace sondo
