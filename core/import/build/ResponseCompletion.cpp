#include "import/build/ResponseCompletion.h"

#include "base/CoreText.h"

namespace sondo {

namespace {

/** A header naming a submit date, in the languages LimeSurvey exports in. */
bool isSubmitDate(const QString& header) {
    static const QStringList names = {
        QStringLiteral("submitdate"),         QStringLiteral("Date submitted"),
        QStringLiteral("Datum Abgeschickt"),  QStringLiteral("Data di invio"),
        QStringLiteral("Data invio"),         QStringLiteral("Fecha de envío"),
        QStringLiteral("Date de soumission"), QStringLiteral("Data de envio"),
    };
    return names.contains(header.trimmed(), Qt::CaseInsensitive);
}

bool isNo(const QString& value) {
    const QString v = value.trimmed();
    return v == u"0" || v.compare(u"false", Qt::CaseInsensitive) == 0;
}

} // namespace

ResponseCompletion ResponseCompletion::of(const RawTable& table, const ImportPlan& plan) {
    ResponseCompletion found;
    const int first = std::min(plan.headerRows, table.rowCount());
    const int rows = table.rowCount() - first;
    int finished = -1, status = -1, submitted = -1;
    for (int c = 0; c < table.columnCount(); ++c) {
        const QString header = table.cell(0, c).trimmed();
        if (header.compare(u"Finished", Qt::CaseInsensitive) == 0 && finished < 0)
            finished = c;
        else if (header.compare(u"Status", Qt::CaseInsensitive) == 0 && status < 0)
            status = c;
        else if (isSubmitDate(header) && submitted < 0)
            submitted = c;
    }
    // A file without such columns (every generic export, the million-row benchmark) has every
    // response complete: no pass over its rows.
    if (finished < 0 && status < 0 && submitted < 0)
        return found;
    found.complete.assign(size_t(std::max(rows, 0)), 1);
    if (finished >= 0)
        found.incompleteColumn = table.cell(0, finished).trimmed();
    else if (submitted >= 0)
        found.incompleteColumn = table.cell(0, submitted).trimmed();
    if (status >= 0)
        found.statusColumn = table.cell(0, status).trimmed();
    for (int r = 0; r < rows; ++r) {
        const int row = first + r;
        bool keep = true;
        if (finished >= 0 ? isNo(table.cell(row, finished))
                          : submitted >= 0 && table.cell(row, submitted).trimmed().isEmpty()) {
            ++found.incomplete;
            keep = false;
        }
        if (status >= 0) {
            const QString s = table.cell(row, status).trimmed();
            if (s == u"1" || s.compare(u"Survey Preview", Qt::CaseInsensitive) == 0) {
                ++found.previews;
                keep = false;
            } else if (s == u"2" || s.compare(u"Survey Test", Qt::CaseInsensitive) == 0) {
                ++found.tests;
            }
        }
        found.complete[size_t(r)] = keep ? 1 : 0;
    }
    return found;
}

QList<Diagnostic> ResponseCompletion::report(const QString& file, bool applied) const {
    QList<Diagnostic> lines;
    const int left = incomplete + previews;
    if (left > 0) {
        QStringList parts;
        if (incomplete > 0)
            parts.append(
                CoreText::tr("%n unfinished (%1)", nullptr, incomplete).arg(incompleteColumn));
        if (previews > 0)
            parts.append(
                CoreText::tr("%n survey preview(s) (%1)", nullptr, previews).arg(statusColumn));
        lines.append({file, 0, 0,
                      applied ? CoreText::tr("left out with --complete-only: %1")
                                    .arg(parts.join(QStringLiteral(", ")))
                              : CoreText::tr("responses kept that are not complete: %1; "
                                             "--complete-only leaves them out")
                                    .arg(parts.join(QStringLiteral(", ")))});
    }
    if (tests > 0)
        lines.append({file, 0, 0,
                      CoreText::tr("%n response(s) are test answers the tool generated (%1): kept",
                                   nullptr, tests)
                          .arg(statusColumn)});
    return lines;
}

RawTable ResponseCompletion::keepComplete(const RawTable& table, const ImportPlan& plan) const {
    RawTable kept;
    const int first = std::min(plan.headerRows, table.rowCount());
    for (int row = 0; row < table.rowCount(); ++row) {
        const int r = row - first;
        if (r >= 0 && (size_t(r) >= complete.size() || !complete[size_t(r)]))
            continue;
        kept.appendRow(table.row(row), table.lineOf(row));
    }
    return kept;
}

} // namespace sondo
