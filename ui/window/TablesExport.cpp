#include "window/TablesExport.h"

#include "analysis/AnalysisSession.h"
#include "stats/FrequencyInference.h"
#include "window/ProjectDocument.h"

#include <QDir>
#include <QFileDialog>
#include <QMainWindow>
#include <QStatusBar>

namespace sondo {

TablesExport::TablesExport(QMainWindow* window, const ProjectDocument* document)
    : QObject(window)
    , m_window(window)
    , m_document(document) {
}

TablesRequest TablesExport::request(const AnalysisSession& session) {
    const AnalysisState& state = session.state();
    TablesRequest request;
    request.mask = session.mask();
    request.filterText = state.filter.describe(session.survey());
    if (state.compareBy >= 0)
        request.segments = {state.compareBy};
    request.weighted = FrequencyInference::isWeighted(session.responses().weights);
    return request;
}

Result<Done> TablesExport::write(const QString& path, const TablesRequest& request) const {
    if (!path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive))
        return Result<Done>::failure({path, 0, 0, tr("Choose a workbook file ending in .xlsx.")});
    const AnalysisSession& session = m_document->session();
    if (const auto error =
            TablesWorkbook::write(session.survey(), session.responses(), request, path))
        return Result<Done>::failure(*error);
    return Done{};
}

void TablesExport::openDialog() {
    const QString perQuestion = tr("Excel workbook, a sheet per question (*.xlsx)");
    const QString banner = tr("Excel workbook, one banner sheet (*.xlsx)");
    QString chosenType = perQuestion;
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Tables"), QDir::homePath() + QStringLiteral("/tables.xlsx"),
        perQuestion + QStringLiteral(";;") + banner, &chosenType);
    if (path.isEmpty())
        return;
    TablesRequest chosen = request(m_document->session());
    chosen.banner = chosenType == banner;
    const auto done = write(path, chosen);
    if (done.ok())
        m_window->statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)),
                                           6000);
    else
        emit failed(tr("Export failed"), done.error().toString());
}

} // namespace sondo
