#include "import/sources/XlsxReader.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QXmlStreamReader>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <charconv>
#include <cmath>
#include <optional>
#include <vector>

namespace sondo {

namespace {

// Largest column a workbook can have (XFD); anything past it is a corrupt reference.
constexpr int kMaxColumns = 16384;

Diagnostic failure(const QString& path, const QString& message, qint64 line = 0) {
    Diagnostic d;
    d.file = path;
    d.line = line;
    d.message = message;
    return d;
}

Diagnostic xmlFailure(const QString& path, const QString& part, const QXmlStreamReader& xml) {
    return failure(
        path, QCoreApplication::translate("sondo", "malformed XML in %1 at line %2, column %3: %4")
                  .arg(part)
                  .arg(xml.lineNumber())
                  .arg(xml.columnNumber())
                  .arg(xml.errorString()));
}

/** Shortest text that reads back as the same double, in C locale, without exponent when sane. */
int formatNumber(double value, char* buffer, int size) {
    if (value == 0)
        value = 0; // no "-0"
    const double magnitude = std::fabs(value);
    const auto format = (magnitude == 0 || (magnitude >= 1e-5 && magnitude < 1e15))
                            ? std::chars_format::fixed
                            : std::chars_format::general;
    const auto result = std::to_chars(buffer, buffer + size, value, format);
    return int(result.ptr - buffer);
}

/**
 * Decodes the _xHHHH_ escapes Excel writes for characters XML cannot carry (a carriage return
 * becomes _x000D_, a literal "_x" is escaped as _x005F_x).
 */
void decodeEscapes(QString& text) {
    if (!text.contains(QLatin1String("_x")))
        return;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('_') && i + 6 < text.size() && text[i + 1] == QLatin1Char('x') &&
            text[i + 6] == QLatin1Char('_')) {
            bool ok = false;
            const uint code = QStringView(text).mid(i + 2, 4).toUInt(&ok, 16);
            if (ok) {
                out.append(QChar(char16_t(code)));
                i += 6;
                continue;
            }
        }
        out.append(text[i]);
    }
    text = out;
}

/** Appends the character data of the current element and its children; false on XML error. */
bool appendElementText(QXmlStreamReader& xml, QString& out) {
    int depth = 1;
    while (depth > 0) {
        switch (xml.readNext()) {
        case QXmlStreamReader::Characters:
            out.append(xml.text());
            break;
        case QXmlStreamReader::StartElement:
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::Invalid:
            return false;
        default:
            break;
        }
    }
    return true;
}

/**
 * Appends the text of a string item (<si> of the shared strings, <is> of an inline string): plain
 * <t>, or rich-text runs <r><t> concatenated. Phonetic runs (<rPh>) are reading aids for East Asian
 * text, not part of the value, so they are skipped.
 */
void appendStringItem(QXmlStreamReader& xml, QString& out) {
    while (xml.readNextStartElement()) {
        if (xml.name() == u"t") {
            appendElementText(xml, out);
        } else if (xml.name() == u"r") {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"t")
                    appendElementText(xml, out);
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
}

struct Relationship {
    QString id;
    QString type;
    QString target; ///< resolved to a part name inside the zip
};

/** Part name of a relationship target, relative to the folder of the part that points to it. */
QString resolveTarget(const QString& sourceDir, const QString& target) {
    if (target.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(target.mid(1));
    return QDir::cleanPath(sourceDir.isEmpty() ? target : sourceDir + QLatin1Char('/') + target);
}

QString folderOf(const QString& part) {
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : part.left(slash);
}

/** The workbook's own date-relevant view of a number format. */
enum class DateKind : quint8 { None, Date, DateTime, Time, Elapsed };

DateKind builtinDateKind(int numFmtId) {
    if (numFmtId >= 14 && numFmtId <= 17)
        return DateKind::Date;
    if (numFmtId >= 18 && numFmtId <= 21)
        return DateKind::Time;
    if (numFmtId == 22)
        return DateKind::DateTime;
    if (numFmtId == 45 || numFmtId == 47)
        return DateKind::Time;
    if (numFmtId == 46)
        return DateKind::Elapsed;
    return DateKind::None;
}

/**
 * Classifies a custom format code by the date/time letters in its first section, ignoring quoted
 * literals, bracketed parts (colours, locales, conditions), escaped characters and the padding
 * pairs _x / *x. "m" alone is a month, next to h or s it is minutes.
 */
DateKind customDateKind(const QString& code) {
    bool d = false, m = false, y = false, h = false, s = false, elapsed = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i].toLower();
        if (c == QLatin1Char(';'))
            break;
        if (c == QLatin1Char('"')) {
            const qsizetype end = code.indexOf(QLatin1Char('"'), i + 1);
            i = end < 0 ? code.size() : end;
        } else if (c == QLatin1Char('[')) {
            const qsizetype end = code.indexOf(QLatin1Char(']'), i + 1);
            const QString inner = code.mid(i + 1, (end < 0 ? code.size() : end) - i - 1).toLower();
            if (!inner.isEmpty() &&
                (inner[0] == QLatin1Char('h') || inner[0] == QLatin1Char('m') ||
                 inner[0] == QLatin1Char('s')) &&
                inner.count(inner[0]) == inner.size())
                elapsed = true;
            i = end < 0 ? code.size() : end;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i;
        } else if (c == QLatin1Char('d')) {
            d = true;
        } else if (c == QLatin1Char('m')) {
            m = true;
        } else if (c == QLatin1Char('y')) {
            y = true;
        } else if (c == QLatin1Char('h')) {
            h = true;
        } else if (c == QLatin1Char('s')) {
            s = true;
        }
    }
    const bool date = d || y || (m && !h && !s && !elapsed);
    const bool time = h || s || elapsed;
    if (date && time)
        return DateKind::DateTime;
    if (date)
        return DateKind::Date;
    if (elapsed)
        return DateKind::Elapsed;
    if (time)
        return DateKind::Time;
    return DateKind::None;
}

/**
 * Writes a date serial number as ISO text. 1900 system: serial 1 is 1900-01-01 and Excel keeps
 * Lotus 1-2-3's phantom 1900-02-29 as serial 60, so serials from 61 on are one day ahead of a
 * plain count. 1904 system: serial 0 is 1904-01-01. Returns 0 when the serial is no date.
 */
int formatSerial(double serial, DateKind kind, bool date1904, char* out, int size) {
    if (!std::isfinite(serial) || serial < 0 || serial >= 2958466.0) // past 9999-12-31
        return 0;
    const auto totalSeconds = qint64(std::llround(serial * 86400.0));
    const qint64 days = totalSeconds / 86400;
    const int secondOfDay = int(totalSeconds % 86400);
    const int hh = secondOfDay / 3600, mi = secondOfDay / 60 % 60, ss = secondOfDay % 60;
    if (kind == DateKind::Elapsed)
        return std::snprintf(out, size_t(size), "%02lld:%02d:%02d", totalSeconds / 3600,
                             int(totalSeconds / 60 % 60), int(totalSeconds % 60));
    if (kind == DateKind::Time)
        return std::snprintf(out, size_t(size), "%02d:%02d:%02d", hh, mi, ss);
    int year = 1900, month = 2, day = 29;
    if (date1904 || days != 60) {
        const QDate date = date1904    ? QDate(1904, 1, 1).addDays(days)
                           : days < 60 ? QDate(1899, 12, 31).addDays(days)
                                       : QDate(1899, 12, 30).addDays(days);
        year = date.year();
        month = date.month();
        day = date.day();
    }
    if (kind == DateKind::Date)
        return std::snprintf(out, size_t(size), "%04d-%02d-%02d", year, month, day);
    return std::snprintf(out, size_t(size), "%04d-%02d-%02d %02d:%02d:%02d", year, month, day, hh,
                         mi, ss);
}

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

struct SheetEntry {
    QString name;
    QString part;
    bool hidden = false;
};

/** An opened workbook: zip, sheet list and the parts every sheet needs. */
class Workbook {
public:
    explicit Workbook(const QString& path)
        : m_path(path)
        , m_zip(path) {}

    std::optional<Diagnostic> open();
    std::optional<Diagnostic> loadStylesAndStrings();
    Result<RawTable> readSheet(const SheetEntry& sheet, const ProgressCallback& progress);

    const QList<SheetEntry>& sheets() const { return m_sheets; }
    /** The sheet shown when the workbook was saved (workbookView activeTab); 0 when unknown. */
    int activeSheet() const { return m_activeSheet; }

private:
    std::optional<Diagnostic> sniffNonZip();
    std::optional<Diagnostic> readPart(const QString& part, QByteArray& out);
    std::optional<Diagnostic> parseRelationships(const QString& sourcePart,
                                                 QList<Relationship>& out);
    std::optional<Diagnostic> parseWorkbook(const QString& part);
    std::optional<Diagnostic> parseStyles(const QString& part);
    std::optional<Diagnostic> parseSharedStrings(const QString& part);

    QString m_path;
    QuaZip m_zip;
    QList<SheetEntry> m_sheets;
    QString m_stylesPart;
    QString m_sharedStringsPart;
    bool m_date1904 = false;
    int m_activeSheet = 0;
    std::vector<DateKind> m_xfDateKind;
    // Shared strings as UTF-8 in one buffer: string i is [m_stringOffsets[i], [i + 1]).
    QByteArray m_strings;
    std::vector<qsizetype> m_stringOffsets{0};
};

std::optional<Diagnostic> Workbook::sniffNonZip() {
    QFile file(m_path);
    if (!file.exists())
        return failure(m_path, QCoreApplication::translate("sondo", "file not found"));
    if (!file.open(QIODevice::ReadOnly))
        return failure(m_path, QCoreApplication::translate("sondo", "cannot open the file: %1")
                                   .arg(file.errorString()));
    const QByteArray head = file.read(8);
    if (head.isEmpty())
        return failure(m_path, QCoreApplication::translate("sondo", "the file is empty"));
    if (head == QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) {
        // An OLE2 compound file: either a legacy .xls or an .xlsx that Excel encrypted with a
        // password (it wraps the package in an "EncryptedPackage" stream).
        const QByteArray content = file.read(64 << 20);
        const QByteArray marker =
            QByteArray("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32);
        if (content.contains(marker))
            return failure(m_path, QCoreApplication::translate(
                                       "sondo", "the workbook is protected with a password; "
                                                "remove the password in Excel and save it again"));
        return failure(m_path, QCoreApplication::translate(
                                   "sondo", "this is an old .xls workbook; save it as .xlsx"));
    }
    if (head.startsWith("PK"))
        return failure(m_path, QCoreApplication::translate(
                                   "sondo", "the workbook is damaged or truncated (its zip "
                                            "directory cannot be read)"));
    return failure(m_path, QCoreApplication::translate(
                               "sondo", "not an XLSX workbook (the file is not a zip archive)"));
}

std::optional<Diagnostic> Workbook::readPart(const QString& part, QByteArray& out) {
    if (!m_zip.setCurrentFile(part, QuaZip::csInsensitive))
        return failure(
            m_path, QCoreApplication::translate("sondo", "the workbook has no part %1").arg(part));
    QuaZipFile file(&m_zip);
    if (!file.open(QIODevice::ReadOnly))
        return failure(m_path, QCoreApplication::translate("sondo", "cannot read %1 (zip error %2)")
                                   .arg(part)
                                   .arg(file.getZipError()));
    out = file.readAll();
    file.close();
    if (file.getZipError() != UNZ_OK)
        return failure(m_path, QCoreApplication::translate(
                                   "sondo", "%1 is damaged inside the zip (zip error %2)")
                                   .arg(part)
                                   .arg(file.getZipError()));
    return std::nullopt;
}

std::optional<Diagnostic> Workbook::parseRelationships(const QString& sourcePart,
                                                       QList<Relationship>& out) {
    const QString sourceDir = folderOf(sourcePart);
    const QString relsPart = (sourceDir.isEmpty() ? QString() : sourceDir + QLatin1Char('/')) +
                             QStringLiteral("_rels/") +
                             sourcePart.mid(sourcePart.lastIndexOf(QLatin1Char('/')) + 1) +
                             QStringLiteral(".rels");
    if (!m_zip.setCurrentFile(relsPart, QuaZip::csInsensitive))
        return std::nullopt; // no relationships: callers fall back to the usual part names
    QByteArray data;
    if (auto error = readPart(relsPart, data))
        return error;
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
            continue;
        const auto attributes = xml.attributes();
        if (attributes.value(QLatin1String("TargetMode")) == u"External")
            continue;
        out.append(
            {attributes.value(QLatin1String("Id")).toString(),
             attributes.value(QLatin1String("Type")).toString(),
             resolveTarget(sourceDir, attributes.value(QLatin1String("Target")).toString())});
    }
    if (xml.hasError())
        return xmlFailure(m_path, relsPart, xml);
    return std::nullopt;
}

std::optional<Diagnostic> Workbook::open() {
    if (!m_zip.open(QuaZip::mdUnzip))
        return sniffNonZip();

    const QStringList names = m_zip.getFileNameList();
    if (names.contains(QStringLiteral("mimetype"))) {
        QByteArray mime;
        if (!readPart(QStringLiteral("mimetype"), mime) &&
            mime.startsWith("application/vnd.oasis.opendocument.spreadsheet"))
            return failure(m_path, QCoreApplication::translate(
                                       "sondo", "this is an OpenDocument spreadsheet (.ods); "
                                                "save it as .xlsx"));
    }

    // The package's root relationships name the workbook part; xl/workbook.xml is only the usual
    // name.
    QList<Relationship> rootRels;
    if (auto error = parseRelationships(QString(), rootRels))
        return error;
    QString workbookPart;
    for (const Relationship& rel : std::as_const(rootRels))
        if (rel.type.endsWith(QLatin1String("/officeDocument")))
            workbookPart = rel.target;
    if (workbookPart.isEmpty())
        workbookPart = QStringLiteral("xl/workbook.xml");
    if (workbookPart.endsWith(QLatin1String(".bin"), Qt::CaseInsensitive))
        return failure(m_path, QCoreApplication::translate(
                                   "sondo", "this is a binary .xlsb workbook; save it as .xlsx"));
    if (!m_zip.setCurrentFile(workbookPart, QuaZip::csInsensitive))
        return failure(m_path, QCoreApplication::translate(
                                   "sondo", "not an XLSX workbook: the zip holds no %1")
                                   .arg(workbookPart));

    QList<Relationship> workbookRels;
    if (auto error = parseRelationships(workbookPart, workbookRels))
        return error;
    QHash<QString, QString> targetById;
    for (const Relationship& rel : std::as_const(workbookRels)) {
        targetById.insert(rel.id, rel.target);
        if (rel.type.endsWith(QLatin1String("/styles")))
            m_stylesPart = rel.target;
        else if (rel.type.endsWith(QLatin1String("/sharedStrings")))
            m_sharedStringsPart = rel.target;
    }
    if (auto error = parseWorkbook(workbookPart))
        return error;
    const QString workbookDir = folderOf(workbookPart);
    for (int i = 0; i < m_sheets.size(); ++i) {
        SheetEntry& sheet = m_sheets[i];
        // sheet.part holds the relationship id until resolved here.
        if (targetById.contains(sheet.part))
            sheet.part = targetById.value(sheet.part);
        else
            sheet.part =
                resolveTarget(workbookDir, QStringLiteral("worksheets/sheet%1.xml").arg(i + 1));
    }
    if (workbookRels.isEmpty()) {
        m_stylesPart = resolveTarget(workbookDir, QStringLiteral("styles.xml"));
        m_sharedStringsPart = resolveTarget(workbookDir, QStringLiteral("sharedStrings.xml"));
    }
    return std::nullopt;
}

std::optional<Diagnostic> Workbook::parseWorkbook(const QString& part) {
    QByteArray data;
    if (auto error = readPart(part, data))
        return error;
    QXmlStreamReader xml(data);
    bool root = true;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (root && xml.name() != u"workbook")
            return failure(m_path, QCoreApplication::translate(
                                       "sondo", "not an XLSX workbook: %1 holds no workbook")
                                       .arg(part));
        root = false;
        const auto attributes = xml.attributes();
        if (xml.name() == u"workbookView") {
            bool ok = false;
            const int tab = attributes.value(QLatin1String("activeTab")).toInt(&ok);
            if (ok && tab >= 0)
                m_activeSheet = tab;
        } else if (xml.name() == u"workbookPr") {
            const auto value = attributes.value(QLatin1String("date1904"));
            m_date1904 = value == u"1" || value == u"true";
        } else if (xml.name() == u"sheet") {
            SheetEntry sheet;
            sheet.name = attributes.value(QLatin1String("name")).toString();
            // The r:id attribute lives in the relationships namespace; match it by local name
            // since strict and transitional files use different namespace URIs.
            for (const auto& attribute : attributes)
                if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
                    sheet.part = attribute.value().toString();
            const auto state = attributes.value(QLatin1String("state"));
            sheet.hidden = state == u"hidden" || state == u"veryHidden";
            m_sheets.append(sheet);
        }
    }
    if (xml.hasError())
        return xmlFailure(m_path, part, xml);
    return std::nullopt;
}

std::optional<Diagnostic> Workbook::parseStyles(const QString& part) {
    QByteArray data;
    if (auto error = readPart(part, data))
        return error;
    QHash<int, DateKind> custom;
    QXmlStreamReader xml(data);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs")
            inCellXfs = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto attributes = xml.attributes();
        if (xml.name() == u"numFmt") {
            custom.insert(attributes.value(QLatin1String("numFmtId")).toInt(),
                          customDateKind(attributes.value(QLatin1String("formatCode")).toString()));
        } else if (xml.name() == u"cellXfs") {
            inCellXfs = true;
        } else if (inCellXfs && xml.name() == u"xf") {
            const int id = attributes.value(QLatin1String("numFmtId")).toInt();
            // A custom format may redefine a built-in id, so it wins.
            m_xfDateKind.push_back(custom.contains(id) ? custom.value(id) : builtinDateKind(id));
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        return xmlFailure(m_path, part, xml);
    return std::nullopt;
}

std::optional<Diagnostic> Workbook::parseSharedStrings(const QString& part) {
    if (!m_zip.setCurrentFile(part, QuaZip::csInsensitive))
        return failure(
            m_path, QCoreApplication::translate("sondo", "the workbook has no part %1").arg(part));
    QuaZipFile file(&m_zip);
    if (!file.open(QIODevice::ReadOnly))
        return failure(m_path, QCoreApplication::translate("sondo", "cannot read %1 (zip error %2)")
                                   .arg(part)
                                   .arg(file.getZipError()));
    QXmlStreamReader xml(&file);
    QString text;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"sst") {
            bool ok = false;
            const qsizetype count =
                xml.attributes().value(QLatin1String("uniqueCount")).toLongLong(&ok);
            if (ok && count > 0 && count < (1 << 24))
                m_stringOffsets.reserve(size_t(count) + 1);
        } else if (xml.name() == u"si") {
            text.truncate(0);
            appendStringItem(xml, text);
            decodeEscapes(text);
            m_strings.append(text.toUtf8());
            m_stringOffsets.push_back(m_strings.size());
        }
    }
    const bool zipBroken = file.getZipError() != UNZ_OK;
    file.close();
    if (zipBroken || file.getZipError() != UNZ_OK)
        return failure(m_path, QCoreApplication::translate(
                                   "sondo", "%1 is damaged inside the zip (zip error %2)")
                                   .arg(part)
                                   .arg(file.getZipError()));
    if (xml.hasError())
        return xmlFailure(m_path, part, xml);
    return std::nullopt;
}

std::optional<Diagnostic> Workbook::loadStylesAndStrings() {
    // Both parts are optional: a workbook of numbers only needs no string table, one without
    // styles has no dates.
    if (!m_stylesPart.isEmpty() && m_zip.setCurrentFile(m_stylesPart, QuaZip::csInsensitive))
        if (auto error = parseStyles(m_stylesPart))
            return error;
    if (!m_sharedStringsPart.isEmpty() &&
        m_zip.setCurrentFile(m_sharedStringsPart, QuaZip::csInsensitive))
        if (auto error = parseSharedStrings(m_sharedStringsPart))
            return error;
    return std::nullopt;
}

/** Where a cell's UTF-8 text lives until its row is handed to the RawTable. */
struct CellSlot {
    enum Kind : quint8 { Blank, Shared, Own } kind = Blank;
    qsizetype offset = 0;
    qsizetype length = 0;
};

// Merged cells (<mergeCells>, after <sheetData>) are deliberately not spread: Excel keeps a merged
// range's value in its top-left cell only and the covered cells hold none, so the table reads the
// value once and blanks after it. That is exactly the CSV shape the SurveyMonkey profile expects,
// where a question's text sits above the first of its option columns.
Result<RawTable> Workbook::readSheet(const SheetEntry& sheet, const ProgressCallback& progress) {
    const QString& part = sheet.part;
    if (!m_zip.setCurrentFile(part, QuaZip::csInsensitive))
        return Result<RawTable>::failure(failure(
            m_path,
            QCoreApplication::translate("sondo", "the workbook has no part %1 for sheet “%2”")
                .arg(part, sheet.name)));
    QuaZipFile file(&m_zip);
    if (!file.open(QIODevice::ReadOnly))
        return Result<RawTable>::failure(
            failure(m_path, QCoreApplication::translate("sondo", "cannot read %1 (zip error %2)")
                                .arg(part)
                                .arg(file.getZipError())));
    const qint64 total = file.usize();

    RawTable table;
    QList<Diagnostic> warnings;
    QXmlStreamReader xml(&file);
    std::vector<CellSlot> cells;
    QByteArray own; // this row's texts that are not shared strings
    QString text;
    std::vector<QByteArrayView> views;
    qint64 rowNumber = 0;
    qint64 rowsRead = 0;
    int errorCells = 0;
    QString firstErrorCell;
    char number[64];

    auto finishRow = [&]() {
        bool any = false;
        views.assign(cells.size(), QByteArrayView());
        for (size_t c = 0; c < cells.size(); ++c) {
            const CellSlot& slot = cells[c];
            if (slot.kind == CellSlot::Blank)
                continue;
            const char* base =
                slot.kind == CellSlot::Shared ? m_strings.constData() : own.constData();
            views[c] = QByteArrayView(base + slot.offset, slot.length);
            for (char ch : views[c])
                if (ch != ' ' && ch != '\t' && ch != '\r' && ch != '\n') {
                    any = true;
                    break;
                }
        }
        // Rows that only carry formatting (Excel keeps styled empty rows) are not records.
        if (any)
            table.appendRow(views, rowNumber);
    };

    bool inSheetData = false;
    while (!xml.atEnd()) {
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
                    const Diagnostic d = failure(
                        m_path,
                        QCoreApplication::translate("sondo", "%1: invalid cell reference “%2”")
                            .arg(part, ref.toString()),
                        rowNumber);
                    return Result<RawTable>::failure(d);
                }
            }
            nextColumn = column + 1;
            const QStringView type = attributes.value(QLatin1String("t"));
            const int style = attributes.value(QLatin1String("s")).toInt();

            text.truncate(0);
            bool hasValue = false;
            while (xml.readNextStartElement()) {
                if (xml.name() == u"v") {
                    hasValue = appendElementText(xml, text);
                } else if (xml.name() == u"is") {
                    appendStringItem(xml, text);
                    hasValue = true;
                } else {
                    xml.skipCurrentElement(); // formulas: the cached <v> is what Excel shows
                }
            }
            if (xml.hasError())
                break;
            if (!hasValue || text.isEmpty())
                continue;

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
                if (!ok || index < 0 || index + 1 >= qint64(m_stringOffsets.size())) {
                    const Diagnostic d = failure(
                        m_path,
                        QCoreApplication::translate(
                            "sondo", "%1: cell %2 refers to shared string %3, but the workbook "
                                     "has %4")
                            .arg(part, ref.toString(), text)
                            .arg(m_stringOffsets.size() - 1),
                        rowNumber);
                    return Result<RawTable>::failure(d);
                }
                slot.kind = CellSlot::Shared;
                slot.offset = m_stringOffsets[size_t(index)];
                slot.length = m_stringOffsets[size_t(index) + 1] - slot.offset;
            } else if (type == u"inlineStr" || type == u"str") {
                decodeEscapes(text);
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
                const DateKind kind = style >= 0 && size_t(style) < m_xfDateKind.size()
                                          ? m_xfDateKind[size_t(style)]
                                          : DateKind::None;
                int written = 0;
                if (kind != DateKind::None)
                    written = formatSerial(value, kind, m_date1904, number, sizeof number);
                if (written <= 0)
                    written = formatNumber(value, number, sizeof number);
                putOwn(QByteArrayView(number, written));
            }
        }
        if (xml.hasError())
            break;
        finishRow();
        if (progress && (++rowsRead & 1023) == 0 && !progress(file.pos(), total))
            return Result<RawTable>::failure(
                failure(m_path, QCoreApplication::translate("sondo", "cancelled")));
    }

    const bool zipBroken = file.getZipError() != UNZ_OK;
    if (xml.hasError() || zipBroken) {
        if (zipBroken)
            return Result<RawTable>::failure(failure(
                m_path,
                QCoreApplication::translate("sondo", "%1 is damaged inside the zip (zip error %2)")
                    .arg(part)
                    .arg(file.getZipError())));
        return Result<RawTable>::failure(xmlFailure(m_path, part, xml));
    }
    file.close();
    if (file.getZipError() != UNZ_OK)
        return Result<RawTable>::failure(failure(
            m_path,
            QCoreApplication::translate("sondo", "%1 is damaged inside the zip (zip error %2)")
                .arg(part)
                .arg(file.getZipError())));
    if (progress && !progress(total, total))
        return Result<RawTable>::failure(
            failure(m_path, QCoreApplication::translate("sondo", "cancelled")));

    if (errorCells > 0)
        warnings.append(failure(
            m_path, QCoreApplication::translate(
                        "sondo", "sheet “%1” has %n cell(s) holding a formula error, first at %2",
                        nullptr, errorCells)
                        .arg(sheet.name, firstErrorCell)));
    table.finish();
    Result<RawTable> result(std::move(table));
    result.warnings = warnings;
    return result;
}

} // namespace

Result<RawTable> XlsxReader::read(const QString& path, const QString& sheet,
                                  const ProgressCallback& progress) {
    Workbook workbook(path);
    if (auto error = workbook.open())
        return Result<RawTable>::failure(*error);
    const QList<SheetEntry>& sheets = workbook.sheets();
    QStringList names;
    for (const SheetEntry& entry : sheets)
        names.append(entry.name);

    if (!sheet.isEmpty()) {
        qsizetype index = names.indexOf(sheet);
        if (index < 0) // Excel itself treats sheet names case-insensitively
            for (qsizetype i = 0; i < names.size() && index < 0; ++i)
                if (names[i].compare(sheet, Qt::CaseInsensitive) == 0)
                    index = i;
        if (index < 0)
            return Result<RawTable>::failure(failure(
                path, QCoreApplication::translate(
                          "sondo", "the workbook has no sheet named “%1”; its sheets are: %2")
                          .arg(sheet, names.join(QStringLiteral(", ")))));
        if (auto error = workbook.loadStylesAndStrings())
            return Result<RawTable>::failure(*error);
        Result<RawTable> result = workbook.readSheet(sheets[index], progress);
        if (result.ok() && result.value().rowCount() == 0)
            result.warnings.append(
                failure(path, QCoreApplication::translate("sondo", "sheet “%1” holds no values")
                                  .arg(sheets[index].name)));
        return result;
    }

    if (sheets.isEmpty())
        return Result<RawTable>::failure(
            failure(path, QCoreApplication::translate("sondo", "the workbook has no sheets")));
    if (auto error = workbook.loadStylesAndStrings())
        return Result<RawTable>::failure(*error);
    // The sheet the analyst was looking at when saving comes first (a notes sheet often comes
    // first in tab order), then visible sheets in order: a hidden sheet is usually a lookup
    // table, not the data.
    QList<int> order;
    if (workbook.activeSheet() < sheets.size() && !sheets[workbook.activeSheet()].hidden)
        order.append(workbook.activeSheet());
    for (bool hidden : {false, true})
        for (int i = 0; i < sheets.size(); ++i)
            if (sheets[i].hidden == hidden && !order.contains(i))
                order.append(i);
    for (int i : order) {
        const SheetEntry& entry = sheets[i];
        Result<RawTable> result = workbook.readSheet(entry, progress);
        if (!result.ok())
            return result;
        if (result.value().rowCount() == 0)
            continue;
        if (sheets.size() > 1) {
            QStringList others = names;
            others.removeOne(entry.name);
            result.warnings.append(failure(
                path,
                QCoreApplication::translate("sondo", "read sheet “%1”; the workbook also has: %2")
                    .arg(entry.name, others.join(QStringLiteral(", ")))));
        }
        return result;
    }
    return Result<RawTable>::failure(failure(
        path, QCoreApplication::translate("sondo", "no sheet of the workbook holds any value")));
}

Result<QStringList> XlsxReader::sheetNames(const QString& path) {
    Workbook workbook(path);
    if (auto error = workbook.open())
        return Result<QStringList>::failure(*error);
    QStringList names;
    for (const SheetEntry& entry : workbook.sheets())
        names.append(entry.name);
    return names;
}

} // namespace sondo
