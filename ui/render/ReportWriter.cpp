#include "render/ReportWriter.h"

#include "base/CoreText.h"
#include "render/ChartExporter.h"
#include "render/ReportHtml.h"
#include "render/ReportPdfLayout.h"
#include "render/SlidesWriter.h"

#include <QBuffer>
#include <QFileInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QUrl>

namespace sondo {

namespace {

/** ODT and HTML charts: drawn at a newsletter-like size, stored at twice its pixels. */
ExportOptions imageOptions() {
    ExportOptions options;
    options.size = QSizeF(1000, 562);
    options.scale = 2;
    return options;
}

/** Shown 640 CSS pixels wide (about 17 cm): sharp when printed or zoomed. */
constexpr int kImageWidth = 640;

QPageLayout pageLayout(ReportPage page) {
    switch (page) {
    case ReportPage::A4Landscape:
        return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF());
    case ReportPage::Wide:
        // PowerPoint's 16:9 slide, 13.333 × 7.5 inches.
        return QPageLayout(QPageSize(QSizeF(338.67, 190.5), QPageSize::Millimeter, QString(),
                                     QPageSize::ExactMatch),
                           QPageLayout::Portrait, QMarginsF());
    case ReportPage::A4:
        break;
    }
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF());
}

} // namespace

std::optional<ReportFormat> ReportWriter::formatFromName(const QString& nameOrPath) {
    const QString name =
        nameOrPath.contains(u'.') ? QFileInfo(nameOrPath).suffix().toLower() : nameOrPath.toLower();
    if (name == u"pdf")
        return ReportFormat::Pdf;
    if (name == u"odt")
        return ReportFormat::Odt;
    if (name == u"html" || name == u"htm")
        return ReportFormat::Html;
    if (name == u"pptx")
        return ReportFormat::Slides;
    return std::nullopt;
}

std::optional<ReportPage> ReportWriter::pageFromName(const QString& name) {
    const QString key = name.trimmed().toLower();
    if (key == u"a4" || key == u"a4-portrait")
        return ReportPage::A4;
    if (key == u"a4-landscape")
        return ReportPage::A4Landscape;
    if (key == u"16:9" || key == u"wide")
        return ReportPage::Wide;
    return std::nullopt;
}

QByteArray ReportWriter::toPdf(const ReportContent& content, ReportPage page) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setCreator(QStringLiteral("Sondo"));
    writer.setTitle(content.title);
    // Logical pixels (1/96 inch) as device pixels: charts and text are measured alike.
    writer.setResolution(96);
    writer.setPageLayout(pageLayout(page));
    QPainter painter(&writer);
    ReportPdfLayout layout(content, writer);
    layout.paint(painter);
    painter.end();
    return bytes;
}

QByteArray ReportWriter::toOdt(const ReportContent& content) {
    QTextDocument document;
    document.setDefaultStyleSheet(ReportHtml::styleSheet());
    for (int i = 0; i < content.sections.size(); ++i)
        if (!content.sections[i].chart.isEmpty())
            document.addResource(QTextDocument::ImageResource,
                                 QUrl(QStringLiteral("chart-%1.png").arg(i + 1)),
                                 ChartExporter::toImage(content.sections[i].chart, imageOptions()));
    document.setHtml(ReportHtml::document(
        content, [](int i) { return QStringLiteral("chart-%1.png").arg(i + 1); }, kImageWidth,
        true));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(&document))
        return {};
    return bytes;
}

QByteArray ReportWriter::toHtml(const ReportContent& content) {
    QList<ChartSpec> charts;
    for (const ReportSection& section : content.sections)
        charts.append(section.chart);
    QList<QByteArray> images = ChartExporter::toPngs(charts, imageOptions());
    for (qsizetype i = 0; i < charts.size(); ++i)
        if (charts[i].isEmpty())
            images[i].clear();
    return ReportHtml::document(
               content,
               [&](int i) {
                   return QStringLiteral("data:image/png;base64,") +
                          QString::fromLatin1(images.value(i).toBase64());
               },
               kImageWidth, false)
        .toUtf8();
}

Result<Done> ReportWriter::write(const ReportContent& content, const QString& path,
                                 ReportFormat format, ReportPage page) {
    QByteArray bytes;
    switch (format) {
    case ReportFormat::Pdf:
        bytes = toPdf(content, page);
        break;
    case ReportFormat::Odt:
        bytes = toOdt(content);
        break;
    case ReportFormat::Html:
        bytes = toHtml(content);
        break;
    case ReportFormat::Slides:
        return SlidesWriter::write(content, path);
    }
    if (bytes.isEmpty())
        return Result<Done>::failure({path, 0, 0, CoreText::tr("Could not write the report")});
    // Written whole or not at all: a failed export never leaves half a file behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Result<Done>::failure(
            {path, 0, 0, CoreText::tr("Could not write the file: %1").arg(file.errorString())});
    return Done{};
}

} // namespace sondo
