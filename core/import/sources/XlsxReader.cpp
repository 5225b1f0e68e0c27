#include "import/sources/XlsxReader.h"

#include "import/sources/Workbook.h"
#include "import/sources/WorksheetReader.h"

#include <QCoreApplication>

namespace sondo {

Result<RawTable> XlsxReader::read(const QString& path, const QString& sheet,
                                  const ProgressCallback& progress) {
    Workbook workbook(path);
    if (auto error = workbook.open())
        return Result<RawTable>::failure(*error);
    const QList<Workbook::Sheet>& sheets = workbook.sheets();
    QStringList names;
    for (const Workbook::Sheet& entry : sheets)
        names.append(entry.name);

    if (!sheet.isEmpty()) {
        qsizetype index = names.indexOf(sheet);
        if (index < 0) // Excel itself treats sheet names case-insensitively
            for (qsizetype i = 0; i < names.size() && index < 0; ++i)
                if (names[i].compare(sheet, Qt::CaseInsensitive) == 0)
                    index = i;
        if (index < 0)
            return Result<RawTable>::failure(workbook.failure(
                QCoreApplication::translate(
                    "sondo", "the workbook has no sheet named “%1”; its sheets are: %2")
                    .arg(sheet, names.join(QStringLiteral(", ")))));
        if (auto error = workbook.loadStylesAndStrings())
            return Result<RawTable>::failure(*error);
        Result<RawTable> result = WorksheetReader::read(workbook, sheets[index], progress);
        if (result.ok() && result.value().rowCount() == 0)
            result.warnings.append(
                workbook.failure(QCoreApplication::translate("sondo", "sheet “%1” holds no values")
                                     .arg(sheets[index].name)));
        return result;
    }

    if (sheets.isEmpty())
        return Result<RawTable>::failure(
            workbook.failure(QCoreApplication::translate("sondo", "the workbook has no sheets")));
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
        const Workbook::Sheet& entry = sheets[i];
        Result<RawTable> result = WorksheetReader::read(workbook, entry, progress);
        if (!result.ok())
            return result;
        if (result.value().rowCount() == 0)
            continue;
        if (sheets.size() > 1) {
            QStringList others = names;
            others.removeOne(entry.name);
            result.warnings.append(workbook.failure(
                QCoreApplication::translate("sondo", "read sheet “%1”; the workbook also has: %2")
                    .arg(entry.name, others.join(QStringLiteral(", ")))));
        }
        return result;
    }
    return Result<RawTable>::failure(workbook.failure(
        QCoreApplication::translate("sondo", "no sheet of the workbook holds any value")));
}

Result<QStringList> XlsxReader::sheetNames(const QString& path) {
    Workbook workbook(path);
    if (auto error = workbook.open())
        return Result<QStringList>::failure(*error);
    QStringList names;
    for (const Workbook::Sheet& entry : workbook.sheets())
        names.append(entry.name);
    return names;
}

} // namespace sondo
