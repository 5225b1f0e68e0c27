#include "import/sources/WorksheetReader.h"

#include "base/NumberText.h"
#include "import/sources/OoxmlText.h"
#include "import/sources/XlsxLimits.h"
#include "import/sources/ZipPartDevice.h"
#include "import/text/CellText.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <quazip/quazipfile.h>

#include <charconv>
#include <vector>

namespace sondo {

namespace {

constexpr int kMaxColumns = XlsxLimits::kMaxColumns;

/** A cell reference "AB12" → zero-based column (27) and row (12); -1 where absent. */
void parseReference(QStringView ref, int& column, qint64& row) {
    int col = 0;
    qsizetype i = 0;
    for (; i < ref.size(); ++i) {
        const char16_t c = ref[i].unicode();
        if (c >= u'A' && c <= u'Z')
            col = col * 26 + (c - u'A' + 1);
        else if (c >= u'a' && c <= u'z')
            col = col * 26 + (c - u'a' + 1);
        else
            break;
        if (col > kMaxColumns)
            break;
    }
    column = col - 1;
    row = -1;
    if (i < ref.size()) {
        bool ok = false;
        const qint64 r = ref.mid(i).toLongLong(&ok);
        if (ok)
            row = r;
    }
}

/** The letters of zero-based column `column`: 0 → "A", 27 → "AB". */
QString columnLetters(int column) {
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters;
}

/**
 * Where a cell's UTF-8 text lives until its row is handed to the RawTable: a shared string (its
 * index in `offset`) or this row's own texts (offset and length).
 */
struct CellSlot {
    enum Kind : quint8 { Blank, Shared, Own } kind = Blank;
    qsizetype offset = 0;
    qsizetype length = 0;
};

} // namespace

// Merged cells (<mergeCells>, after <sheetData>) are deliberately not spread: Excel keeps a merged
// range's value in its top-left cell only and the covered cells hold none, so the table reads the
// value once and blanks after it. That is exactly the CSV shape the SurveyMonkey profile expects,
// where a question's text sits above the first of its option columns.
Result<RawTable> WorksheetReader::read(Workbook& workbook, const Workbook::Sheet& sheet,
                                       const ProgressCallback& progress) {
    const QString& part = sheet.part;
    if (!workbook.zip().setCurrentFile(part, QuaZip::csInsensitive))
        return Result<RawTable>::failure(workbook.failure(
            QCoreApplication::translate("sondo", "the workbook has no part %1 for sheet “%2”")
                .arg(part, sheet.name)));
    QuaZipFile file(&workbook.zip());
    if (!file.open(QIODevice::ReadOnly))
        return Result<RawTable>::failure(
            workbook.failure(QCoreApplication::translate("sondo", "cannot read %1 (zip error %2)")
                                 .arg(part)
                                 .arg(file.getZipError())));
    const qint64 total = file.usize();
    ZipPartDevice device(file, workbook.budget(), XlsxLimits::kMaxPartBytes);

    RawTable table;
    QList<Diagnostic> warnings;
    QXmlStreamReader xml(&device);
    std::vector<CellSlot> cells;
    QByteArray own; // this row's texts that are not shared strings
    QString text;
    std::vector<QByteArrayView> views;
    qint64 rowNumber = 0;
    qint64 rowsRead = 0;
    int errorCells = 0;
    QString firstErrorCell;
    char number[64];
    qint64 cellCount = 0;
    int currentColumn = -1; // of the cell being read, for the place of an error
    // "Sheet1!C7" for the cell being read, "Sheet1!7:7" between cells, "Sheet1" before any row.
    auto place = [&]() {
        if (rowNumber <= 0)
            return Workbook::cellPlace(sheet.name, QString());
        if (currentColumn < 0)
            return Workbook::cellPlace(sheet.name, QStringLiteral("%1:%1").arg(rowNumber));
        return Workbook::cellPlace(sheet.name,
                                   columnLetters(currentColumn) + QString::number(rowNumber));
    };

    auto finishRow = [&]() {
        bool any = false;
        views.assign(cells.size(), QByteArrayView());
        for (size_t c = 0; c < cells.size(); ++c) {
            const CellSlot& slot = cells[c];
            if (slot.kind == CellSlot::Blank)
                continue;
            views[c] = slot.kind == CellSlot::Shared
                           ? workbook.sharedString(slot.offset)
                           : QByteArrayView(own.constData() + slot.offset, slot.length);
            any = any || !isBlank(views[c]);
        }
        // Rows that only carry formatting (Excel keeps styled empty rows) are not records.
        if (any) {
            table.appendRow(views, rowNumber);
            cellCount += qint64(views.size());
        }
    };

    bool inSheetData = false;
    while (!xml.atEnd() && !xml.hasError()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"sheetData")
            break;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"sheetData") {
            inSheetData = true;
            continue;
        }
        if (!inSheetData || xml.name() != u"row")
            continue;

        bool ok = false;
        const qint64 r = xml.attributes().value(QLatin1String("r")).toLongLong(&ok);
        rowNumber = ok && r > 0 ? r : rowNumber + 1;
        cells.clear();
        own.truncate(0);
        currentColumn = -1;
        int nextColumn = 0;
        while (xml.readNextStartElement()) {
            if (xml.name() != u"c") {
                xml.skipCurrentElement();
                continue;
            }
            const auto attributes = xml.attributes();
            int column = nextColumn;
            const QStringView ref = attributes.value(QLatin1String("r"));
            if (!ref.isEmpty()) {
                qint64 refRow = -1;
                parseReference(ref, column, refRow);
                if (column < 0 || column >= kMaxColumns) {
                    currentColumn = -1;
                    const Diagnostic d = workbook.failureAt(
                        place(),
                        QCoreApplication::translate("sondo", "%1: invalid cell reference “%2”")
                            .arg(part, ref.toString()));
                    return Result<RawTable>::failure(d);
                }
            }
            nextColumn = column + 1;
            currentColumn = column;
            const QStringView type = attributes.value(QLatin1String("t"));
            const int style = attributes.value(QLatin1String("s")).toInt();

            text.truncate(0);
            bool hasValue = false;
            while (xml.readNextStartElement()) {
                if (xml.name() == u"v") {
                    hasValue = OoxmlText::appendElementText(xml, text);
                } else if (xml.name() == u"is") {
                    OoxmlText::appendStringItem(xml, text);
                    hasValue = true;
                } else {
                    xml.skipCurrentElement(); // formulas: the cached <v> is what Excel shows
                }
            }
            if (xml.hasError())
                break;
            if (!hasValue || text.isEmpty())
                continue;
            if (text.size() > XlsxLimits::kMaxCellChars)
                return Result<RawTable>::failure(workbook.failureAt(
                    place(), QCoreApplication::translate(
                                 "sondo", "the cell holds more than %1 characters; it is refused")
                                 .arg(XlsxLimits::kMaxCellChars)));

            if (size_t(column) >= cells.size())
                cells.resize(size_t(column) + 1);
            CellSlot& slot = cells[size_t(column)];
            auto putOwn = [&](QByteArrayView utf8) {
                slot.kind = CellSlot::Own;
                slot.offset = own.size();
                slot.length = utf8.size();
                own.append(utf8);
            };

            if (type == u"s") {
                const qint64 index = QStringView(text).trimmed().toLongLong(&ok);
                if (!ok || index < 0 || index >= workbook.sharedStringCount()) {
                    const Diagnostic d = workbook.failureAt(
                        place(), QCoreApplication::translate(
                                     "sondo", "%1: cell %2 refers to shared string %3, but the "
                                              "workbook has %4")
                                     .arg(part, ref.toString(), text)
                                     .arg(workbook.sharedStringCount()));
                    return Result<RawTable>::failure(d);
                }
                slot.kind = CellSlot::Shared;
                slot.offset = index;
            } else if (type == u"inlineStr" || type == u"str") {
                OoxmlText::decodeEscapes(text);
                putOwn(text.toUtf8());
            } else if (type == u"b") {
                putOwn(QStringView(text).trimmed() == u"1" ? "TRUE" : "FALSE");
            } else if (type == u"e") {
                putOwn(text.toUtf8());
                if (errorCells++ == 0)
                    firstErrorCell = ref.isEmpty() ? QString::number(rowNumber) : ref.toString();
            } else if (type == u"d") {
                // ISO 8601 date cells (strict files): show them the way dates are shown elsewhere.
                QString iso = text.trimmed();
                iso.replace(QLatin1Char('T'), QLatin1Char(' '));
                if (iso.endsWith(QLatin1Char('Z')))
                    iso.chop(1);
                if (iso.endsWith(QLatin1String(" 00:00:00")))
                    iso.chop(9);
                putOwn(iso.toUtf8());
            } else {
                // A number: its text is C-locale ASCII; parse it to write it back canonically.
                const QStringView trimmed = QStringView(text).trimmed();
                int length = 0;
                if (trimmed.size() < qsizetype(sizeof number)) {
                    for (QChar ch : trimmed)
                        number[length++] = ch.unicode() < 128 ? char(ch.unicode()) : '?';
                }
                double value = 0;
                const auto parsed = std::from_chars(number, number + length, value);
                if (length == 0 || parsed.ec != std::errc() || parsed.ptr != number + length) {
                    putOwn(text.toUtf8());
                    continue;
                }
                const XlsxDateFormat::Kind kind = workbook.dateKindOfStyle(style);
                int written = 0;
                if (kind != XlsxDateFormat::Kind::None)
                    written = XlsxDateFormat::writeSerial(value, kind, workbook.date1904(), number,
                                                          sizeof number);
                if (written <= 0)
                    written = writeNumberText(value, number, sizeof number);
                putOwn(QByteArrayView(number, written));
            }
        }
        if (xml.hasError())
            break;
        currentColumn = -1;
        finishRow();
        if (cellCount > XlsxLimits::kMaxCells)
            return Result<RawTable>::failure(workbook.failureAt(
                place(), QCoreApplication::translate(
                             "sondo", "the sheet holds more than %1 cells; it is refused as too "
                                      "large")
                             .arg(XlsxLimits::kMaxCells)));
        if (progress && (++rowsRead & 1023) == 0 && !progress(file.pos(), total))
            return Result<RawTable>::failure(
                workbook.failure(QCoreApplication::translate("sondo", "cancelled")));
    }

    // The zip's trouble first: a part cut short by it also reads as malformed XML.
    if (device.stop() != ZipPartDevice::Stop::None)
        return Result<RawTable>::failure(workbook.stopped(part, device, place()));
    if (xml.hasError()) {
        Diagnostic d = workbook.xmlFailure(part, xml);
        d.place = place();
        return Result<RawTable>::failure(d);
    }
    file.close();
    if (file.getZipError() != UNZ_OK) {
        Diagnostic d = workbook.damaged(part, file.getZipError());
        d.place = Workbook::cellPlace(sheet.name, QString());
        return Result<RawTable>::failure(d);
    }
    if (progress && !progress(total, total))
        return Result<RawTable>::failure(
            workbook.failure(QCoreApplication::translate("sondo", "cancelled")));

    if (errorCells > 0)
        warnings.append(workbook.failure(
            QCoreApplication::translate(
                "sondo", "sheet “%1” has %n cell(s) holding a formula error, first at %2", nullptr,
                errorCells)
                .arg(sheet.name, firstErrorCell)));
    table.finish();
    Result<RawTable> result(std::move(table));
    result.warnings = warnings;
    return result;
}

} // namespace sondo
