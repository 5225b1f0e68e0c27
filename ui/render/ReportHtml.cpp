#include "render/ReportHtml.h"

namespace sondo {

QString ReportHtml::escaped(const QString& text) {
    return text.toHtmlEscaped();
}

QString ReportHtml::styleSheet() {
    return QStringLiteral(
        "body { font-family: 'DejaVu Sans'; font-size: 12px; color: #222222; }"
        "h1 { font-size: 30px; font-weight: bold; color: #1f3a5f; margin-bottom: 12px; }"
        "h2 { font-size: 17px; font-weight: bold; color: #1f3a5f; margin-top: 6px;"
        " margin-bottom: 8px; }"
        "p.survey { font-size: 16px; color: #444444; margin-bottom: 24px; }"
        "p.fact { font-size: 13px; margin: 3px 0px; }"
        "p.method { margin: 4px 0px 8px 0px; }"
        "p.finding { margin: 2px 0px 2px 0px; }"
        "p.note { font-size: 10px; color: #555555; margin-top: 4px; }"
        "td.toc { padding: 3px 4px; }"
        "td.page { padding: 3px 4px; text-align: right; }"
        "table.data { border-collapse: collapse; margin-top: 6px; }"
        "table.data th { background-color: #e8edf3; font-weight: bold; padding: 3px 6px;"
        " border: 1px solid #c5cfdb; }"
        "table.data td { padding: 2px 6px; border: 1px solid #d5dce5; }"
        "td.num { text-align: right; }"
        "tr.base td { font-weight: bold; background-color: #f4f6f9; }");
}

QString ReportHtml::titlePage(const ReportContent& content) {
    QString html = QStringLiteral("<h1>%1</h1>").arg(escaped(content.title));
    if (!content.surveyName.isEmpty() && content.surveyName != content.title)
        html += QStringLiteral("<p class=\"survey\">%1</p>").arg(escaped(content.surveyName));
    for (const QString& fact : content.facts)
        html += QStringLiteral("<p class=\"fact\">%1</p>").arg(escaped(fact));
    return html;
}

QString ReportHtml::contentsAndMethod(const ReportContent& content, const QList<int>& pages) {
    QString html = QStringLiteral("<h2>%1</h2><table width=\"100%\" cellspacing=\"0\">")
                       .arg(escaped(content.contentsTitle));
    for (int i = 0; i < content.sections.size(); ++i) {
        const ReportSection& section = content.sections[i];
        html += QStringLiteral("<tr><td class=\"toc\"><a href=\"#%1\">%2</a></td>")
                    .arg(escaped(section.id), escaped(section.heading));
        html += pages.isEmpty() ? QStringLiteral("</tr>")
                                : QStringLiteral("<td class=\"page\" width=\"40\">%1</td></tr>")
                                      .arg(pages.value(i));
    }
    html += QStringLiteral("</table><h2>%1</h2>").arg(escaped(content.methodTitle));
    for (const QString& paragraph : content.method)
        html += QStringLiteral("<p class=\"method\">%1</p>").arg(escaped(paragraph));
    return html;
}

QString ReportHtml::sectionHead(const ReportSection& section) {
    QString html = QStringLiteral("<h2><a name=\"%1\"></a>%2</h2>")
                       .arg(escaped(section.id), escaped(section.heading));
    for (const QString& finding : section.findings)
        html += QStringLiteral("<p class=\"finding\">• %1</p>").arg(escaped(finding));
    return html;
}

QString ReportHtml::sectionTable(const ReportSection& section) {
    const ReportTable& table = section.table;
    if (table.rows.isEmpty() && table.baseRow.isEmpty())
        return {};
    QString html = QStringLiteral(
        "<table class=\"data\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\"><thead><tr>");
    for (const QString& heading : table.header)
        html += QStringLiteral("<th>%1</th>").arg(escaped(heading));
    html += QStringLiteral("</tr></thead>");
    const auto row = [](const QStringList& cells, const QString& rowClass) {
        QString tr = rowClass.isEmpty() ? QStringLiteral("<tr>")
                                        : QStringLiteral("<tr class=\"%1\">").arg(rowClass);
        for (int c = 0; c < cells.size(); ++c)
            tr += (c == 0 ? QStringLiteral("<td>%1</td>")
                          : QStringLiteral("<td class=\"num\">%1</td>"))
                      .arg(escaped(cells[c]));
        return tr + QStringLiteral("</tr>");
    };
    for (const QStringList& cells : table.rows)
        html += row(cells, {});
    if (!table.baseRow.isEmpty())
        html += row(table.baseRow, QStringLiteral("base"));
    html += QStringLiteral("</table>");
    if (!table.note.isEmpty())
        html += QStringLiteral("<p class=\"note\">%1</p>").arg(escaped(table.note));
    return html;
}

QString ReportHtml::document(const ReportContent& content, const ImageSource& image, int imageWidth,
                             bool pageBreaks) {
    QString html = QStringLiteral("<!DOCTYPE html><html lang=\"%1\"><head><meta charset=\"utf-8\">"
                                  "<title>%2</title><style>%3</style></head><body>")
                       .arg(content.language, escaped(content.title), styleSheet());
    html += titlePage(content);
    html +=
        pageBreaks ? QStringLiteral("<div style=\"page-break-before: always\"></div>") : QString();
    html += contentsAndMethod(content, {});
    for (int i = 0; i < content.sections.size(); ++i) {
        const ReportSection& section = content.sections[i];
        if (pageBreaks)
            html += QStringLiteral("<div style=\"page-break-before: always\"></div>");
        else
            html += QStringLiteral("<hr>");
        html += sectionHead(section);
        if (!section.chart.isEmpty())
            html += QStringLiteral("<p><img src=\"%1\" width=\"%2\" alt=\"%3\"></p>")
                        .arg(image(i))
                        .arg(imageWidth)
                        .arg(escaped(section.heading));
        html += sectionTable(section);
    }
    return html + QStringLiteral("</body></html>");
}

} // namespace sondo
