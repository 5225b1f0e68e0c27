#include "import/sources/Workbook.h"

#include "import/sources/OoxmlText.h"
#include "import/sources/XlsxLimits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <algorithm>
#include <quazip/quazipfile.h>

namespace sondo {

namespace {

/** Part name of a relationship target, relative to the folder of the part that points to it. */
QString resolveTarget(const QString& sourceDir, const QString& target) {
    if (target.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(target.mid(1));
    return QDir::cleanPath(sourceDir.isEmpty() ? target : sourceDir + QLatin1Char('/') + target);
}

/** What the end of a file says of its zip directory. */
enum class Directory {
    NotZip,   ///< no zip end record: not a zip at all
    Damaged,  ///< an end record, but a directory that does not hold together
    Plausible ///< every entry in place (or a Zip64 directory, left to minizip)
};

/**
 * Whether the zip's central directory holds together: every entry where the previous one ends,
 * with its signature, its name, extra field and comment inside the directory, and together exactly
 * as long as the directory the end record announces. minizip reads a
 * damaged entry's extra field one empty read at a time (a 1.7 KB file made 1.2 million reads and
 * took 3 s, 13 s under AddressSanitizer; fuzzing, 2026-12-05), so such a file is refused before
 * minizip opens or lists it.
 */
Directory checkDirectory(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Directory::NotZip;
    const qint64 size = file.size();
    // The end record: 22 bytes and a comment of up to 65,535.
    const qint64 tailStart = std::max<qint64>(0, size - 22 - 65535);
    if (!file.seek(tailStart))
        return Directory::NotZip;
    const QByteArray tail = file.read(size - tailStart);
    const qsizetype end = tail.lastIndexOf(QByteArrayView("PK\x05\x06", 4));
    if (end < 0 || end + 22 > tail.size())
        return Directory::NotZip;
    auto u16 = [](const QByteArray& b, qsizetype at) {
        return quint32(quint8(b[at])) | quint32(quint8(b[at + 1])) << 8;
    };
    auto u32 = [&](const QByteArray& b, qsizetype at) {
        return u16(b, at) | u16(b, at + 2) << 16;
    };
    const quint32 entries = u16(tail, end + 10);
    const quint32 directorySize = u32(tail, end + 12);
    // All ones say "see the zip64 records", whose locator lies just before this record. Without
    // it they are taken as they stand, and hold together only if the entries fill the directory
    // (65,535 entries sent minizip reading past the end of a 3.5 KB file four bytes at a time).
    const bool zip64 = end >= 20 && tail.mid(end - 20, 4) == QByteArrayView("PK\x06\x07", 4);
    if ((entries == 0xFFFF || directorySize == 0xFFFFFFFF) && zip64)
        return Directory::Plausible;
    // Counted back from the end record, so that bytes put before the zip do not matter.
    const qint64 directoryStart = tailStart + end - qint64(directorySize);
    if (directoryStart < 0 || !file.seek(directoryStart))
        return Directory::Damaged;
    const QByteArray directory = file.read(directorySize);
    if (directory.size() != qsizetype(directorySize))
        return Directory::Damaged;
    qsizetype at = 0;
    for (quint32 e = 0; e < entries; ++e) {
        if (at + 46 > directory.size() || !directory.mid(at, 4).startsWith("PK\x01\x02"))
            return Directory::Damaged;
        at += 46 + u16(directory, at + 28) + u16(directory, at + 30) + u16(directory, at + 32);
        if (at > directory.size())
            return Directory::Damaged;
    }
    // The entries must fill the directory: a directory of 450 bytes said to hold 0 entries sent
    // minizip walking on past its end, one empty read at a time (fuzzing, 2026-12-06).
    return at == directory.size() ? Directory::Plausible : Directory::Damaged;
}

bool plausibleDirectory(const QString& path) {
    return checkDirectory(path) == Directory::Plausible;
}

QString folderOf(const QString& part) {
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : part.left(slash);
}

} // namespace

bool Workbook::isSpreadsheetPackage(const QString& path) {
    QuaZip zip(path);
    if (!plausibleDirectory(path) || !zip.open(QuaZip::mdUnzip))
        return false;
    bool contentTypes = false, spreadsheetParts = false;
    for (const QString& name : zip.getFileNameList()) {
        contentTypes = contentTypes ||
                       name.compare(QLatin1String("[Content_Types].xml"), Qt::CaseInsensitive) == 0;
        spreadsheetParts =
            spreadsheetParts || name.startsWith(QLatin1String("xl/"), Qt::CaseInsensitive);
    }
    return contentTypes && spreadsheetParts;
}

Diagnostic Workbook::failure(const QString& message, qint64 line) const {
    Diagnostic d;
    d.file = m_path;
    d.line = line;
    d.message = message;
    return d;
}

Diagnostic Workbook::failureAt(const QString& place, const QString& message) const {
    Diagnostic d = failure(message);
    d.place = place;
    return d;
}

QString Workbook::cellPlace(const QString& sheet, const QString& cell) {
    bool plain = !sheet.isEmpty();
    for (QChar ch : sheet)
        plain = plain && (ch.isLetterOrNumber() || ch == u'_' || ch == u'.');
    QString name = sheet;
    if (!plain)
        name = QLatin1Char('\'') + name.replace(QLatin1Char('\''), QLatin1String("''")) +
               QLatin1Char('\'');
    return cell.isEmpty() ? name : name + QLatin1Char('!') + cell;
}

Diagnostic Workbook::stopped(const QString& part, const ZipPartDevice& device,
                             const QString& place) const {
    QString message;
    switch (device.stop()) {
    case ZipPartDevice::Stop::None:
    case ZipPartDevice::Stop::Damaged:
        return failureAt(place, damaged(part, device.zipError()).message);
    case ZipPartDevice::Stop::PartTooLarge:
        message = QCoreApplication::translate(
                      "sondo", "%1 inflates to more than %2 MB, more than a workbook part may "
                               "(the limit is sized for a 1,000,000-row export); it is refused")
                      .arg(part)
                      .arg(device.partLimit() >> 20);
        break;
    case ZipPartDevice::Stop::TotalTooLarge:
        message = QCoreApplication::translate(
                      "sondo", "the workbook inflates to more than %1 MB; it is refused as too "
                               "large")
                      .arg(XlsxLimits::kMaxTotalBytes >> 20);
        break;
    case ZipPartDevice::Stop::RatioTooHigh:
        message = QCoreApplication::translate(
                      "sondo", "%1 inflates to more than %2 times its compressed size, which "
                               "real workbooks never do (a zip bomb?); it is refused")
                      .arg(part)
                      .arg(XlsxLimits::kMaxRatio);
        break;
    }
    return failureAt(place, message);
}

Diagnostic Workbook::xmlFailure(const QString& part, const QXmlStreamReader& xml) const {
    return failure(
        QCoreApplication::translate("sondo", "malformed XML in %1 at line %2, column %3: %4")
            .arg(part)
            .arg(xml.lineNumber())
            .arg(xml.columnNumber())
            .arg(xml.errorString()));
}

Diagnostic Workbook::damaged(const QString& part, int zipError) const {
    return failure(
        QCoreApplication::translate("sondo", "%1 is damaged inside the zip (zip error %2)")
            .arg(part)
            .arg(zipError));
}

std::optional<Diagnostic> Workbook::sniffNonZip() {
    QFile file(m_path);
    if (!file.exists())
        return failure(QCoreApplication::translate("sondo", "file not found"));
    if (!file.open(QIODevice::ReadOnly))
        return failure(QCoreApplication::translate("sondo", "cannot open the file: %1")
                           .arg(file.errorString()));
    const QByteArray head = file.read(8);
    if (head.isEmpty())
        return failure(QCoreApplication::translate("sondo", "the file is empty"));
    if (head == QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) {
        // An OLE2 compound file: either a legacy .xls or an .xlsx that Excel encrypted with a
        // password (it wraps the package in an "EncryptedPackage" stream).
        // Its first 64 MB are searched in blocks: read(64 MB) at once would ask for 64 MB for
        // any small file too (a tenth of a fuzzing run's time went there).
        const QByteArray marker =
            QByteArray("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32);
        constexpr qint64 kSearched = qint64(64) << 20;
        constexpr qint64 kBlock = qint64(1) << 20;
        bool encrypted = false;
        QByteArray block;
        for (qint64 done = 0; !encrypted && done < kSearched;) {
            // The last bytes of the previous block stay in front: a marker may span two blocks.
            block = block.right(marker.size() - 1) + file.read(kBlock);
            if (block.size() < marker.size())
                break;
            encrypted = block.contains(marker);
            if (file.atEnd())
                break;
            done += kBlock;
        }
        if (encrypted)
            return failure(QCoreApplication::translate(
                "sondo", "the workbook is protected with a password; "
                         "remove the password in Excel and save it again"));
        return failure(
            QCoreApplication::translate("sondo", "this is an old .xls workbook; save it as .xlsx"));
    }
    if (head.startsWith("PK"))
        return failure(QCoreApplication::translate("sondo",
                                                   "the workbook is damaged or truncated (its zip "
                                                   "directory cannot be read)"));
    return failure(QCoreApplication::translate(
        "sondo", "not an XLSX workbook (the file is not a zip archive)"));
}

std::optional<Diagnostic> Workbook::openPart(const QString& part, QuaZipFile& file) {
    if (!m_zip.setCurrentFile(part, QuaZip::csInsensitive))
        return failure(
            QCoreApplication::translate("sondo", "the workbook has no part %1").arg(part));
    file.setZip(&m_zip);
    if (!file.open(QIODevice::ReadOnly))
        return failure(QCoreApplication::translate("sondo", "cannot read %1 (zip error %2)")
                           .arg(part)
                           .arg(file.getZipError()));
    return std::nullopt;
}

std::optional<Diagnostic> Workbook::readPart(const QString& part, QByteArray& out) {
    QuaZipFile file;
    if (auto error = openPart(part, file))
        return error;
    ZipPartDevice device(file, m_budget, XlsxLimits::kMaxHeldPartBytes);
    out = device.readAll();
    if (device.stop() != ZipPartDevice::Stop::None)
        return stopped(part, device);
    file.close();
    if (file.getZipError() != UNZ_OK)
        return damaged(part, file.getZipError());
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
    while (!xml.atEnd() && !xml.hasError()) {
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
        return xmlFailure(relsPart, xml);
    return std::nullopt;
}

std::optional<Diagnostic> Workbook::open() {
    // The directory is checked before minizip opens the zip: opening reads the first entry, a
    // damaged one a byte at a time (110,000 reads for a 3.5 KB file; fuzzing, 2026-12-06).
    const Directory directory = checkDirectory(m_path);
    if (directory == Directory::Damaged)
        return failure(QCoreApplication::translate(
            "sondo", "the workbook is damaged: its zip directory does not hold together"));
    if (directory == Directory::NotZip || !m_zip.open(QuaZip::mdUnzip))
        return sniffNonZip();

    const QStringList names = m_zip.getFileNameList();
    if (names.contains(QStringLiteral("mimetype"))) {
        QByteArray mime;
        if (!readPart(QStringLiteral("mimetype"), mime) &&
            mime.startsWith("application/vnd.oasis.opendocument.spreadsheet"))
            return failure(
                QCoreApplication::translate("sondo", "this is an OpenDocument spreadsheet (.ods); "
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
        return failure(QCoreApplication::translate(
            "sondo", "this is a binary .xlsb workbook; save it as .xlsx"));
    if (!m_zip.setCurrentFile(workbookPart, QuaZip::csInsensitive))
        return failure(
            QCoreApplication::translate("sondo", "not an XLSX workbook: the zip holds no %1")
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
        Sheet& sheet = m_sheets[i];
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
    while (!xml.atEnd() && !xml.hasError()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (root && xml.name() != u"workbook")
            return failure(
                QCoreApplication::translate("sondo", "not an XLSX workbook: %1 holds no workbook")
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
            Sheet sheet;
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
        return xmlFailure(part, xml);
    return std::nullopt;
}

std::optional<Diagnostic> Workbook::parseStyles(const QString& part) {
    QByteArray data;
    if (auto error = readPart(part, data))
        return error;
    QHash<int, XlsxDateFormat::Kind> custom;
    QXmlStreamReader xml(data);
    bool inCellXfs = false;
    while (!xml.atEnd() && !xml.hasError()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs")
            inCellXfs = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto attributes = xml.attributes();
        if (xml.name() == u"numFmt") {
            custom.insert(
                attributes.value(QLatin1String("numFmtId")).toInt(),
                XlsxDateFormat::custom(attributes.value(QLatin1String("formatCode")).toString()));
        } else if (xml.name() == u"cellXfs") {
            inCellXfs = true;
        } else if (inCellXfs && xml.name() == u"xf") {
            const int id = attributes.value(QLatin1String("numFmtId")).toInt();
            // A custom format may redefine a built-in id, so it wins.
            m_xfDateKind.push_back(custom.contains(id) ? custom.value(id)
                                                       : XlsxDateFormat::builtin(id));
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        return xmlFailure(part, xml);
    return std::nullopt;
}

std::optional<Diagnostic> Workbook::parseSharedStrings(const QString& part) {
    QuaZipFile file;
    if (auto error = openPart(part, file))
        return error;
    ZipPartDevice device(file, m_budget, XlsxLimits::kMaxPartBytes);
    QXmlStreamReader xml(&device);
    QString text;
    while (!xml.atEnd() && !xml.hasError()) {
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
            OoxmlText::appendStringItem(xml, text);
            OoxmlText::decodeEscapes(text);
            if (text.size() > XlsxLimits::kMaxCellChars)
                return failure(QCoreApplication::translate(
                                   "sondo", "%1: shared string %2 is longer than %3 characters")
                                   .arg(part)
                                   .arg(sharedStringCount())
                                   .arg(XlsxLimits::kMaxCellChars));
            m_strings.append(text.toUtf8());
            m_stringOffsets.push_back(m_strings.size());
        }
    }
    if (device.stop() != ZipPartDevice::Stop::None)
        return stopped(part, device);
    file.close();
    if (file.getZipError() != UNZ_OK)
        return damaged(part, file.getZipError());
    if (xml.hasError())
        return xmlFailure(part, xml);
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

} // namespace sondo
