#include "render/ReportPdfLayout.h"

#include "render/ChartRenderer.h"
#include "render/ChartScene.h"
#include "render/FontLoader.h"
#include "render/ReportHtml.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QPainter>

namespace sondo {

namespace {

/** Page margins in logical pixels (1/96 inch): 15 mm at the sides. */
constexpr qreal kSideMargin = 57;
constexpr qreal kTopMargin = 50;
/** Room under the body for the footer line. */
constexpr qreal kBottomMargin = 66;
constexpr qreal kGap = 10;
/**
 * Charts are laid out at this multiple of their printed size and scaled down: the chart theme's
 * fonts suit a newsletter picture (1200 px wide), so drawn at a page's 680 px they would crowd it.
 */
constexpr qreal kChartScale = 1.2;
/** A chart is never squeezed below this share of the body's height to fit its table. */
constexpr qreal kChartShare = 0.3;
/** Nor below its axis, legend and notes plus this much per category (a bar and its label). */
constexpr qreal kChartChrome = 90;
constexpr qreal kCategoryHeight = 22;

} // namespace

struct ReportPdfLayout::Section {
    std::unique_ptr<QTextDocument> head;
    std::unique_ptr<QTextDocument> table;
    QSizeF chartSize;
    /** The table is on the following pages, under a "continued" heading. */
    bool tableApart = false;
    int firstPage = 0;
    int pages = 1;
};

ReportPdfLayout::ReportPdfLayout(const ReportContent& content, QPagedPaintDevice& device)
    : m_content(content)
    , m_device(device) {
    m_page = QRectF(0, 0, device.width(), device.height());
    m_body = m_page.adjusted(kSideMargin, kTopMargin, -kSideMargin, -kBottomMargin);
    layOut();
}

ReportPdfLayout::~ReportPdfLayout() = default;

std::unique_ptr<QTextDocument> ReportPdfLayout::document(const QString& html,
                                                         qreal pageHeight) const {
    auto document = std::make_unique<QTextDocument>();
    // Metrics of the PDF device, not of a screen, so that what is measured is what is printed.
    document->documentLayout()->setPaintDevice(&m_device);
    document->setDefaultFont(FontLoader::font(12));
    document->setDefaultStyleSheet(ReportHtml::styleSheet());
    document->setDocumentMargin(0);
    document->setHtml(html);
    if (pageHeight > 0)
        document->setPageSize(QSizeF(m_body.width(), pageHeight));
    else
        document->setTextWidth(m_body.width());
    return document;
}

void ReportPdfLayout::layOut() {
    m_title = document(ReportHtml::titlePage(m_content));
    // The contents' length does not depend on its page numbers: count its pages with
    // placeholders, lay the sections out after them, then write the real numbers.
    QList<int> placeholders(m_content.sections.size(), 999);
    m_contents = document(ReportHtml::contentsAndMethod(m_content, placeholders), m_body.height());
    int page = 2 + m_contents->pageCount();
    QList<int> firstPages;
    for (const ReportSection& content : m_content.sections) {
        Section section;
        section.firstPage = page;
        section.head = document(ReportHtml::sectionHead(content));
        const qreal headHeight = section.head->size().height();
        const QString table = ReportHtml::sectionTable(content);
        section.table = document(table);
        const qreal tableHeight = table.isEmpty() ? 0 : section.table->size().height();
        const qreal room = m_body.height() - headHeight - 2 * kGap;
        if (!content.chart.isEmpty()) {
            // As large as the page leaves beside its table, between what its bars need to stay
            // legible and the full width: a table that leaves less goes to the next page.
            const qreal ideal = qMin(m_body.width() * 9.0 / 16.0, room);
            const qreal least =
                qMin(ideal, qMax(m_body.height() * kChartShare,
                                 kChartChrome + kCategoryHeight * content.chart.categories.size()));
            qreal height = qBound(least, room - tableHeight, ideal);
            if (height + tableHeight > room)
                height = ideal;
            section.chartSize = QSizeF(qMin(m_body.width(), height * 16.0 / 9.0), height);
        }
        if (!table.isEmpty() && section.chartSize.height() + tableHeight > room) {
            section.tableApart = true;
            section.table = document(
                QStringLiteral("<h2>%1</h2>")
                        .arg(ReportHtml::escaped(m_content.continuedLabel.arg(content.id))) +
                    table,
                m_body.height());
            section.pages = 1 + section.table->pageCount();
        }
        firstPages.append(page);
        page += section.pages;
        m_sections.push_back(std::move(section));
    }
    m_pageCount = page - 1;
    m_contents = document(ReportHtml::contentsAndMethod(m_content, firstPages), m_body.height());
}

void ReportPdfLayout::paintFooter(QPainter& painter, int page) const {
    painter.save();
    const qreal y = m_page.height() - kBottomMargin + 22;
    painter.setPen(QPen(QColor(0xc5, 0xcf, 0xdb), 0.8));
    painter.drawLine(QPointF(m_body.left(), y), QPointF(m_body.right(), y));
    painter.setFont(FontLoader::font(10));
    painter.setPen(QColor(0x55, 0x55, 0x55));
    const QRectF line(m_body.left(), y + 4, m_body.width(), 18);
    const QString number = m_content.pageLabel.arg(page).arg(m_pageCount);
    const qreal numberWidth = painter.fontMetrics().horizontalAdvance(number) + 20;
    painter.drawText(line.adjusted(0, 0, -numberWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
                     painter.fontMetrics().elidedText(m_content.title, Qt::ElideRight,
                                                      int(line.width() - numberWidth)));
    painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, number);
    painter.restore();
}

void ReportPdfLayout::paintDocumentPage(QPainter& painter, QTextDocument& document, int index,
                                        qreal top) const {
    const qreal height = document.pageSize().height() > 0 && index >= 0
                             ? document.pageSize().height()
                             : document.size().height();
    const qreal offset = index > 0 ? index * height : 0;
    painter.save();
    painter.translate(m_body.left(), m_body.top() + top - offset);
    document.drawContents(&painter, QRectF(0, offset, m_body.width(), height));
    painter.restore();
}

void ReportPdfLayout::newPage(QPainter& painter, int& page) {
    paintFooter(painter, page);
    m_device.newPage();
    ++page;
}

int ReportPdfLayout::paint(QPainter& painter) {
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    int page = 1;
    // The title page: the title a third of the way down, no footer.
    paintDocumentPage(painter, *m_title, 0, m_body.height() * 0.28);
    m_device.newPage();
    ++page;
    for (int i = 0; i < m_contents->pageCount(); ++i) {
        paintDocumentPage(painter, *m_contents, i);
        newPage(painter, page);
    }

    const ChartRenderer renderer;
    for (size_t s = 0; s < m_sections.size(); ++s) {
        Section& section = m_sections[s];
        const ReportSection& content = m_content.sections[qsizetype(s)];
        paintDocumentPage(painter, *section.head, 0);
        qreal y = section.head->size().height() + kGap;
        if (!section.chartSize.isEmpty()) {
            auto scene = renderer.render(content.chart, section.chartSize * kChartScale);
            const QRectF target(m_body.left() + (m_body.width() - section.chartSize.width()) / 2,
                                m_body.top() + y, section.chartSize.width(),
                                section.chartSize.height());
            scene->render(&painter, target, QRectF(QPointF(0, 0), scene->size()),
                          Qt::IgnoreAspectRatio);
            y += section.chartSize.height() + kGap;
        }
        if (!section.tableApart) {
            paintDocumentPage(painter, *section.table, 0, y);
        } else {
            for (int i = 0; i < section.table->pageCount(); ++i) {
                newPage(painter, page);
                paintDocumentPage(painter, *section.table, i);
            }
        }
        if (s + 1 < m_sections.size())
            newPage(painter, page);
    }
    paintFooter(painter, page);
    return page;
}

} // namespace sondo
