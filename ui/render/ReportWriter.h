#pragma once

#include "base/Result.h"
#include "export/ReportContent.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace sondo {

/** The files a report is written to. */
enum class ReportFormat {
    Pdf,
    Odt,
    Html,
    Slides, ///< a 16:9 PowerPoint deck (.pptx), one slide per chart (SlidesWriter)
};

/** The page a PDF report is laid out on (ODT and HTML flow: the reader's program pages them). */
enum class ReportPage {
    A4,          ///< portrait, the default
    A4Landscape, ///< 297 × 210 mm
    Wide,        ///< 16:9, a slide's 13.33 × 7.5 in
};

/**
 * Writes a ReportContent as PDF (Qt's PDF writer: text stays text, charts stay vector, page
 * numbers and a table of contents), ODT (QTextDocumentWriter, editable in LibreOffice or Word)
 * or one self-contained HTML file (charts inline as PNG data: URIs); a deck of slides through
 * SlidesWriter.
 */
class ReportWriter {
public:
    /** "pdf", "odt", "html" (also "htm"), "pptx" or a file name ending in one of them. */
    static std::optional<ReportFormat> formatFromName(const QString& nameOrPath);
    /** "a4", "a4-landscape", "16:9" (also "wide"), case-insensitive. */
    static std::optional<ReportPage> pageFromName(const QString& name);

    static QByteArray toPdf(const ReportContent& content, ReportPage page);
    static QByteArray toOdt(const ReportContent& content);
    static QByteArray toHtml(const ReportContent& content);

    /** Writes `content` to `path` whole or not at all. */
    static Result<Done> write(const ReportContent& content, const QString& path,
                              ReportFormat format, ReportPage page = ReportPage::A4);
};

} // namespace sondo
