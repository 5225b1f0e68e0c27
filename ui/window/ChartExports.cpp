#include "window/ChartExports.h"

#include "render/ContentLanguage.h"
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

ChartSpec ChartExports::currentChart(const QString& language) const {
    if (language.isEmpty())
        return m_document->currentChart();
    // The chart's own language, independent of the interface's: its catalogue is installed
    // while the chart is built (the posted LanguageChange events find the interface's again).
    const ContentLanguage content(
        ContentLanguage::resolve(language, m_document->session().survey()));
    return m_document->currentChart(content.locale());
}

Result<Done> ChartExports::exportCurrent(const QString& path, ExportFormat format,
                                         const ExportOptions& options,
                                         const QString& language) const {
    const ChartSpec spec = currentChart(language);
    if (spec.isEmpty())
        return Result<Done>::failure({path, 0, 0, tr("This question has no chart to export.")});
    return ChartExporter::exportChart(spec, path, format, options);
}

Result<QStringList> ChartExports::exportAll(const QString& folder, ExportFormat format,
                                            const ExportOptions& options,
                                            const QString& language) const {
    if (language.isEmpty())
        return ChartExporter::exportAll(m_document->allCharts(), folder, format, options);
    const ContentLanguage content(
        ContentLanguage::resolve(language, m_document->session().survey()));
    return ChartExporter::exportAll(m_document->allCharts(content.locale()), folder, format,
                                    options);
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
    dialog->setPreviewSource([this](const QString& language) { return currentChart(language); });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto done = exportCurrent(dialog->target(), dialog->format(), dialog->options(),
                                        dialog->chartLanguage());
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
    dialog->setPreviewSource([this](const QString& language) { return currentChart(language); });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto written = exportAll(dialog->target(), dialog->format(), dialog->options(),
                                       dialog->chartLanguage());
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
