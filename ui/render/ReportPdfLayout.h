#pragma once

#include "export/ReportContent.h"

#include <QRectF>
#include <QTextDocument>
#include <memory>
#include <vector>

class QPagedPaintDevice;
class QPainter;

namespace sondo {

/**
 * Lays a report out on pages and paints it: a title page, the contents and method note, then
 * each section from a new page (heading, findings, chart, table). A table that does not fit
 * under its chart moves whole to the next page under a "continued" heading, so no heading is
 * left alone at a page's foot and no table starts in a sliver; one longer than a page breaks
 * between rows. Two passes: the first counts pages so that the contents can name them.
 */
class ReportPdfLayout {
public:
    ReportPdfLayout(const ReportContent& content, QPagedPaintDevice& device);
    ~ReportPdfLayout();

    /** Paints every page; returns the number of pages. */
    int paint(QPainter& painter);

private:
    struct Section;

    std::unique_ptr<QTextDocument> document(const QString& html, qreal pageHeight = -1) const;
    void layOut();
    void paintFooter(QPainter& painter, int page) const;
    /** Paints page `index` of a paginated `document` at the top of the content area. */
    void paintDocumentPage(QPainter& painter, QTextDocument& document, int index,
                           qreal top = 0) const;
    void newPage(QPainter& painter, int& page);

    const ReportContent& m_content;
    QPagedPaintDevice& m_device;
    QRectF m_page;
    QRectF m_body;
    std::unique_ptr<QTextDocument> m_title;
    std::unique_ptr<QTextDocument> m_contents;
    std::vector<Section> m_sections;
    int m_pageCount = 0;
};

} // namespace sondo
