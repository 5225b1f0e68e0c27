#include "window/ReportExport.h"

#include "analysis/AnalysisSession.h"
#include "render/ReportWriter.h"
#include "stats/FrequencyInference.h"
#include "window/ProjectDocument.h"
#include "window/ReportDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QMainWindow>
#include <QStatusBar>

namespace sondo {

ReportExport::ReportExport(QMainWindow* window, const ProjectDocument* document)
    : QObject(window)
    , m_window(window)
    , m_document(document) {
}

ReportRequest ReportExport::request(const AnalysisSession& session) {
    const AnalysisState& state = session.state();
    ReportRequest request;
    // The report speaks the interface's language (Translator sets the default locale).
    request.language = QLocale().language() == QLocale::English ? FindingLanguage::English
                                                                : FindingLanguage::Italian;
    request.mask = session.mask();
    request.filterText = state.filter.describe(session.survey());
    request.segment = state.compareBy;
    request.weighted = FrequencyInference::isWeighted(session.responses().weights);
    request.source = state.chartOptions.sourceNote;
    return request;
}

Result<Done> ReportExport::write(const QString& path) const {
    return write(path, request(m_document->session()), ReportPage::A4);
}

Result<Done> ReportExport::write(const QString& path, const ReportRequest& request,
                                 ReportPage page) const {
    const auto format = ReportWriter::formatFromName(path);
    if (!format)
        return Result<Done>::failure(
            {path, 0, 0, tr("Choose a report file ending in .pdf, .odt, .html or .pptx.")});
    const AnalysisSession& session = m_document->session();
    return ReportWriter::write(
        ReportContentBuilder::build(session.survey(), session.responses(), request), path, *format,
        page);
}

void ReportExport::openDialog() {
    const AnalysisSession& session = m_document->session();
    auto* dialog = new ReportDialog(session.survey(), request(session), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        ReportRequest chosen = request(m_document->session());
        dialog->applyTo(chosen);
        const ReportPage page = dialog->page();
        const QString path = QFileDialog::getSaveFileName(
            m_window, tr("Export Report"), QDir::homePath() + QStringLiteral("/report.pdf"),
            tr("PDF (*.pdf);;OpenDocument text (*.odt);;Web page (*.html);;"
               "PowerPoint slides (*.pptx)"));
        if (path.isEmpty())
            return;
        const auto done = write(path, chosen, page);
        if (done.ok())
            m_window->statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)),
                                               6000);
        else
            emit failed(tr("Export failed"), done.error().toString());
    });
    dialog->open();
}

} // namespace sondo
