#pragma once

#include "render/ChartExporter.h"

#include <QString>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QLocale;
class QMimeData;
QT_END_NAMESPACE

namespace sondo {

/**
 * What Copy puts on the clipboard, in every form the receiving program may prefer: a chart as a
 * PNG picture (newsletter size, 2×, for mail and chat) and as SVG (vector, for Inkscape,
 * LibreOffice and Office, which keep it sharp); a table as HTML (Word and LibreOffice Writer paste
 * a table, Excel and Calc cells) and as tab-separated text (a plain editor, or a spreadsheet
 * that ignores HTML), numbers written without thousands separators so every spreadsheet reads
 * them as numbers.
 */
class ClipboardContent {
public:
    /** The chart in `spec` as PNG and SVG. The caller owns the result (QClipboard takes it). */
    static QMimeData* chart(const ChartSpec& spec);
    /**
     * The table of `model` (its header row, then its rows) as HTML and tab-separated text, with
     * `title` above and `note` (the base) below. Numbers come from Qt::UserRole where the model
     * has them, written in `locale` without grouping.
     */
    static QMimeData* table(const QAbstractItemModel& model, const QString& title,
                            const QString& note, const QLocale& locale);
    /** The HTML part of table(). */
    static QString tableHtml(const QAbstractItemModel& model, const QString& title,
                             const QString& note, const QLocale& locale);
    /** The tab-separated part of table(): one line per row, no title. */
    static QString tableText(const QAbstractItemModel& model, const QLocale& locale);
};

} // namespace sondo
