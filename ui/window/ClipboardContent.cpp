#include "window/ClipboardContent.h"

#include <QAbstractItemModel>
#include <QLocale>
#include <QMimeData>

namespace sondo {

namespace {

/** One cell as a spreadsheet should read it: a number in the locale without grouping, or text. */
QString cellText(const QAbstractItemModel& model, int row, int column, const QLocale& locale) {
    const QModelIndex index = model.index(row, column);
    const QVariant raw = model.data(index, Qt::UserRole);
    const QVariant shown = model.data(index, Qt::DisplayRole);
    if (shown.toString().isEmpty())
        return {};
    if (raw.isValid() && (raw.typeId() == QMetaType::Double || raw.typeId() == QMetaType::Int ||
                          raw.typeId() == QMetaType::LongLong)) {
        QLocale plain = locale;
        plain.setNumberOptions(QLocale::OmitGroupSeparator);
        // As many decimals as the window shows: none for counts, one for percentages.
        const QString text = shown.toString();
        const qsizetype point = text.lastIndexOf(locale.decimalPoint());
        const int decimals = point < 0 ? 0 : int(text.size() - point - 1);
        return plain.toString(raw.toDouble(), 'f', decimals);
    }
    return shown.toString();
}

/** Tabs and line breaks inside a cell would start a new cell or row. */
QString oneLine(QString text) {
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.remove(QLatin1Char('\r'));
    return text;
}

} // namespace

QMimeData* ClipboardContent::chart(const ChartSpec& spec) {
    ExportOptions options;
    options.size = ChartExporter::presetSize(SizePreset::Newsletter);
    options.scale = 2;
    auto* data = new QMimeData;
    data->setImageData(ChartExporter::toImage(spec, options));
    ExportOptions vector = options;
    vector.scale = 1;
    data->setData(QStringLiteral("image/svg+xml"), ChartExporter::toSvg(spec, vector));
    return data;
}

QString ClipboardContent::tableText(const QAbstractItemModel& model, const QLocale& locale) {
    QStringList lines;
    QStringList header;
    for (int c = 0; c < model.columnCount(); ++c)
        header << oneLine(model.headerData(c, Qt::Horizontal).toString());
    lines << header.join(QLatin1Char('\t'));
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c)
            cells << oneLine(cellText(model, r, c, locale));
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString ClipboardContent::tableHtml(const QAbstractItemModel& model, const QString& title,
                                    const QString& note, const QLocale& locale) {
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"></head><body>");
    if (!title.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(title.toHtmlEscaped());
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                           "style=\"border-collapse:collapse\"><thead><tr>");
    for (int c = 0; c < model.columnCount(); ++c)
        html += QStringLiteral("<th>%1</th>")
                    .arg(model.headerData(c, Qt::Horizontal).toString().toHtmlEscaped());
    html += QStringLiteral("</tr></thead><tbody>");
    for (int r = 0; r < model.rowCount(); ++r) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < model.columnCount(); ++c) {
            const QString text = cellText(model, r, c, locale);
            const bool number = c > 0 && !text.isEmpty();
            html += number ? QStringLiteral("<td align=\"right\">%1</td>").arg(text.toHtmlEscaped())
                           : QStringLiteral("<td>%1</td>").arg(text.toHtmlEscaped());
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</tbody></table>");
    if (!note.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(note.toHtmlEscaped());
    return html + QStringLiteral("</body></html>");
}

QMimeData* ClipboardContent::table(const QAbstractItemModel& model, const QString& title,
                                   const QString& note, const QLocale& locale) {
    auto* data = new QMimeData;
    data->setHtml(tableHtml(model, title, note, locale));
    data->setText(tableText(model, locale));
    return data;
}

} // namespace sondo
