#pragma once

#include "base/Diagnostic.h"
#include "import/sources/XlsxDateFormat.h"
#include "import/sources/ZipPartDevice.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QXmlStreamReader>
#include <optional>
#include <quazip/quazip.h>
#include <vector>

class QuaZipFile;

namespace sondo {

/**
 * An opened Office Open XML workbook: its zip, its sheet list and the parts every sheet needs
 * (shared strings, the styles' date formats, the 1900 or 1904 date system). WorksheetReader reads
 * one sheet of it. Errors name the workbook's path. Internal to import/.
 */
class Workbook {
public:
    /** One sheet as the workbook lists it. */
    struct Sheet {
        QString name;
        QString part; ///< the worksheet's part in the zip
        bool hidden = false;
    };

    /**
     * True when `path` is a zip whose directory reads and holds a SpreadsheetML package (a
     * [Content_Types].xml and parts under xl/): an .xlsx, .xlsm or .xlsb whatever its name. A
     * broken zip, an OpenDocument file or a Word document is not one.
     */
    static bool isSpreadsheetPackage(const QString& path);

    explicit Workbook(const QString& path)
        : m_path(path)
        , m_zip(path) {}

    /**
     * Opens the zip and reads the sheet list. Fails for a file that is not a workbook (old binary
     * .xls, password-protected, .ods, .xlsb, not a zip, truncated) with the reason.
     */
    std::optional<Diagnostic> open();
    /** Reads the shared strings and the styles; after open(), before a sheet is read. */
    std::optional<Diagnostic> loadStylesAndStrings();

    const QString& path() const { return m_path; }
    const QList<Sheet>& sheets() const { return m_sheets; }
    /** The sheet shown when the workbook was saved (workbookView activeTab); 0 when unknown. */
    int activeSheet() const { return m_activeSheet; }
    bool date1904() const { return m_date1904; }
    /** What the cell style `style` (index into cellXfs) says about dates. */
    XlsxDateFormat::Kind dateKindOfStyle(int style) const {
        return style >= 0 && size_t(style) < m_xfDateKind.size() ? m_xfDateKind[size_t(style)]
                                                                 : XlsxDateFormat::Kind::None;
    }
    qsizetype sharedStringCount() const { return qsizetype(m_stringOffsets.size()) - 1; }
    /** Shared string `index` (0 ≤ index < sharedStringCount()) as UTF-8. */
    QByteArrayView sharedString(qsizetype index) const {
        const qsizetype from = m_stringOffsets[size_t(index)];
        return QByteArrayView(m_strings.constData() + from,
                              m_stringOffsets[size_t(index) + 1] - from);
    }

    /** Makes `part` the zip's current file and opens it in `file`. */
    std::optional<Diagnostic> openPart(const QString& part, QuaZipFile& file);
    QuaZip& zip() { return m_zip; }

    /** What the parts read so far have cost; every ZipPartDevice on this zip counts here. */
    ZipPartDevice::Budget& budget() { return m_budget; }

    Diagnostic failure(const QString& message, qint64 line = 0) const;
    /** A failure at `place` of the workbook, such as "Sheet1!C7" (see cellPlace()). */
    Diagnostic failureAt(const QString& place, const QString& message) const;
    /**
     * "Sheet1!C7" as Excel writes a reference to another sheet: the name in single quotes (and
     * quotes in it doubled) when it holds anything but letters, digits, '_' and '.'. `cell` may
     * be empty (the sheet only).
     */
    static QString cellPlace(const QString& sheet, const QString& cell);
    /** Why `device` stopped reading `part` early: damaged, or past one of the XlsxLimits. */
    Diagnostic stopped(const QString& part, const ZipPartDevice& device,
                       const QString& place = {}) const;
    Diagnostic xmlFailure(const QString& part, const QXmlStreamReader& xml) const;
    /** A part whose compressed data is broken (CRC, inflate). */
    Diagnostic damaged(const QString& part, int zipError) const;

private:
    struct Relationship {
        QString id;
        QString type;
        QString target; ///< resolved to a part name inside the zip
    };

    std::optional<Diagnostic> sniffNonZip();
    std::optional<Diagnostic> readPart(const QString& part, QByteArray& out);
    std::optional<Diagnostic> parseRelationships(const QString& sourcePart,
                                                 QList<Relationship>& out);
    std::optional<Diagnostic> parseWorkbook(const QString& part);
    std::optional<Diagnostic> parseStyles(const QString& part);
    std::optional<Diagnostic> parseSharedStrings(const QString& part);

    QString m_path;
    QuaZip m_zip;
    ZipPartDevice::Budget m_budget;
    QList<Sheet> m_sheets;
    QString m_stylesPart;
    QString m_sharedStringsPart;
    bool m_date1904 = false;
    int m_activeSheet = 0;
    std::vector<XlsxDateFormat::Kind> m_xfDateKind;
    // Shared strings as UTF-8 in one buffer: string i is [m_stringOffsets[i], [i + 1]).
    QByteArray m_strings;
    std::vector<qsizetype> m_stringOffsets{0};
};

} // namespace sondo
