#include "window/ChartExports.h"

#include "window/ClipboardContent.h"
#include "window/ExportDialog.h"
#include "window/ProjectDocument.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QMainWindow>
#include <QStatusBar>

namespace sondo {

namespace {

constexpr int kStatusMs = 6000;

} // namespace

ChartExports::ChartExports(QMainWindow* window, const ProjectDocument* document)
    : QObject(window)
    , m_window(window)
    , m_document(document) {
}

Result<Done> ChartExports::exportCurrent(const QString& path, ExportFormat format,
                                         const ExportOptions& options) const {
    const ChartSpec spec = m_document->currentChart();
    if (spec.isEmpty())
        return Result<Done>::failure({path, 0, 0, tr("This question has no chart to export.")});
    return ChartExporter::exportChart(spec, path, format, options);
}

Result<QStringList> ChartExports::exportAll(const QString& folder, ExportFormat format,
                                            const ExportOptions& options) const {
    return ChartExporter::exportAll(m_document->allCharts(), folder, format, options);
}

void ChartExports::copyCurrent() {
    const ChartSpec spec = m_document->currentChart();
    if (spec.isEmpty())
        return;
    QGuiApplication::clipboard()->setMimeData(ClipboardContent::chart(spec));
    m_window->statusBar()->showMessage(tr("Chart copied: paste it into your newsletter or slides."),
                                       kStatusMs);
}

void ChartExports::openExportDialog() {
    const ChartSpec spec = m_document->currentChart();
    if (spec.isEmpty())
        return;
    auto* dialog = new ExportDialog(ExportDialog::Mode::CurrentChart, spec, 1, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto done = exportCurrent(dialog->target(), dialog->format(), dialog->options());
        if (done.ok())
            m_window->statusBar()->showMessage(
                tr("Saved %1").arg(QDir::toNativeSeparators(dialog->target())), kStatusMs);
        else
            emit failed(tr("Export failed"), done.error().toString());
    });
    dialog->open();
}

void ChartExports::openExportAllDialog() {
    const QList<ChartSpec> all = m_document->allCharts();
    if (all.isEmpty())
        return;
    const ChartSpec current = m_document->currentChart();
    auto* dialog =
        new ExportDialog(ExportDialog::Mode::AllCharts, current.isEmpty() ? all.first() : current,
                         int(all.size()), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto written = exportAll(dialog->target(), dialog->format(), dialog->options());
        if (written.ok())
            m_window->statusBar()->showMessage(
                tr("Exported %Ln chart(s) to %1", "", int(written.value().size()))
                    .arg(QDir::toNativeSeparators(dialog->target())),
                kStatusMs);
        else
            emit failed(tr("Export failed"), written.error().toString());
    });
    dialog->open();
}

} // namespace sondo
