#pragma once

#include "export/ReportContent.h"

#include <QString>
#include <functional>

namespace sondo {

/**
 * A report's content as HTML: whole (the HTML file and, through QTextDocument, the ODT) or in
 * the pieces the PDF writer lays out page by page. Only the HTML subset QTextDocument reads, so
 * that the three formats look alike.
 */
class ReportHtml {
public:
    /** What an <img src> of section `index` says: a data: URI, a document resource name. */
    using ImageSource = std::function<QString(int index)>;

    /** The whole report; `imageWidth` in CSS pixels, `pageBreaks` before every section. */
    static QString document(const ReportContent& content, const ImageSource& image, int imageWidth,
                            bool pageBreaks);

    /** The title page's body. */
    static QString titlePage(const ReportContent& content);
    /** The contents (a line per section with `pages[i]`, when given) and the method note. */
    static QString contentsAndMethod(const ReportContent& content, const QList<int>& pages);
    /** A section's heading and key findings. */
    static QString sectionHead(const ReportSection& section);
    /** A section's table and its note. */
    static QString sectionTable(const ReportSection& section);
    /** The CSS every piece is read with (font sizes in pixels: 1/96 inch). */
    static QString styleSheet();

    static QString escaped(const QString& text);
};

} // namespace sondo
