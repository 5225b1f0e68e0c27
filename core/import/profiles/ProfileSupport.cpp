#include "import/profiles/ProfileSupport.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace sondo {

QString ProfileSupport::header(const RawTable& table, int row, int column) {
    if (row < 0 || row >= table.rowCount() || column < 0 || column >= table.columnCount())
        return QString();
    QString text = table.cell(row, column);
    // A BOM the reader left in the first cell would otherwise hide "Timestamp" or "id".
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text.trimmed();
}

qint64 ProfileSupport::lineOf(const RawTable& table, int row) {
    return row >= 0 && row < table.rowCount() ? table.lineOf(row) : qint64(row) + 1;
}

Diagnostic ProfileSupport::warning(const RawTable& table, int row, int column,
                                   const QString& message) {
    Diagnostic d;
    d.line = lineOf(table, row);
    d.column = column + 1;
    d.message = message;
    return d;
}

QString ProfileSupport::nameOrPlaceholder(const RawTable& table, int row, int column,
                                          QList<Diagnostic>& warnings) {
    QString text = header(table, row, column);
    if (!text.isEmpty())
        return text;
    text = QCoreApplication::translate("sondo", "Column %1").arg(column + 1);
    warnings.append(
        warning(table, row, column,
                QCoreApplication::translate("sondo", "Empty header in column %1: named \"%2\"")
                    .arg(column + 1)
                    .arg(text)));
    return text;
}

void ProfileSupport::makeCodesUnique(ImportPlan& plan, const RawTable& table, int headerRow) {
    QHash<QString, int> seen;
    for (const QuestionPlan& q : std::as_const(plan.questions))
        seen.insert(q.code, 0);
    QHash<QString, int> uses;
    for (QuestionPlan& q : plan.questions) {
        if (uses[q.code]++ == 0)
            continue;
        // Two columns with one name: keep both, the later one numbered so overrides can tell
        // them apart.
        int n = uses[q.code];
        QString code;
        do
            code = QStringLiteral("%1 (%2)").arg(q.code).arg(n++);
        while (seen.contains(code));
        seen.insert(code, 0);
        const int column = q.columns.isEmpty() ? 0 : q.columns.first();
        plan.warnings.append(
            warning(table, headerRow, column,
                    QCoreApplication::translate(
                        "sondo", "Duplicated header \"%1\" in column %2: named \"%3\"")
                        .arg(q.code)
                        .arg(column + 1)
                        .arg(code)));
        q.code = code;
    }
    // Renames are found after the placeholders: report everything in reading order.
    std::stable_sort(plan.warnings.begin(), plan.warnings.end(),
                     [](const Diagnostic& a, const Diagnostic& b) {
                         return a.line != b.line ? a.line < b.line : a.column < b.column;
                     });
}

QuestionPlan ProfileSupport::question(int column, const QString& code, const QString& text) {
    QuestionPlan q;
    q.code = code;
    q.text = text;
    q.columns = {column};
    return q;
}

QuestionPlan ProfileSupport::metadata(int column, const QString& name,
                                      std::optional<QuestionType> hint) {
    QuestionPlan q = question(column, name, name);
    q.metadata = true;
    q.typeHint = hint;
    return q;
}

QStringList ProfileSupport::dataValues(const RawTable& table, int column, int firstDataRow,
                                       int limit) {
    QStringList out;
    if (column < 0 || column >= table.columnCount())
        return out;
    // Ids are numbered by first appearance, so an id above every id met so far is a new value;
    // only ids first met in a header row need remembering. This keeps a million-row scan of a
    // flag column to one comparison per cell.
    std::uint32_t newest = 0;
    for (int r = 0; r < firstDataRow && r < table.rowCount(); ++r)
        newest = qMax(newest, table.cellId(r, column));
    const std::uint32_t lastHeaderId = newest;
    QList<std::uint32_t> headerIdsSeen;
    const QStringList& values = table.distinctValues(column);
    const int rows = table.rowCount();
    for (int r = firstDataRow; r < rows; ++r) {
        const std::uint32_t id = table.cellId(r, column);
        if (id > newest) {
            newest = id;
        } else if (id != 0 && id <= lastHeaderId && !headerIdsSeen.contains(id)) {
            headerIdsSeen.append(id);
        } else {
            continue;
        }
        out.append(values.at(int(id) - 1));
        if (out.size() > limit)
            break;
    }
    return out;
}

QStringList ProfileSupport::sampleCells(const RawTable& table, int column, int firstDataRow,
                                        int count) {
    QStringList out;
    if (column < 0 || column >= table.columnCount())
        return out;
    for (int r = firstDataRow; r < table.rowCount() && out.size() < count; ++r) {
        const std::uint32_t id = table.cellId(r, column);
        if (id != 0)
            out.append(table.distinctValues(column).at(int(id) - 1));
    }
    return out;
}

bool ProfileSupport::looksLikeDateTime(const QString& cell) {
    // 24/11/2025 15.57.55, 12/13/2018 11:06:09, 2018-12-13 11:06:09, 2018/12/13 3:04:05 PM GMT+1
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(,?\s+|T)\d{1,2}[:.]\d{2})"));
    return re.match(cell).hasMatch();
}

QList<ProfileSupport::Block> ProfileSupport::blocks(const RawTable& table, int row) {
    QList<Block> out;
    for (int c = 0; c < table.columnCount(); ++c) {
        if (!out.isEmpty() && header(table, row, c).isEmpty() &&
            !header(table, row, out.last().first).isEmpty())
            out.last().last = c;
        else
            out.append(Block{c, c});
    }
    return out;
}

bool ProfileSupport::hasBlockShape(const RawTable& table, int row) {
    if (table.rowCount() < row + 2)
        return false;
    for (const Block& b : blocks(table, row)) {
        if (b.last == b.first || header(table, row, b.first).isEmpty())
            continue;
        bool named = true;
        for (int c = b.first; c <= b.last && named; ++c)
            named = !header(table, row + 1, c).isEmpty();
        if (named)
            return true;
    }
    return false;
}

QString ProfileSupport::plainFromHtml(const QString& text) {
    if (!text.contains(u'<') && !text.contains(u'&'))
        return text.simplified();
    // Inline markup sits inside words and before punctuation ("da <b>remoto</b>?"): it goes
    // without a trace. Any other tag (a paragraph, a line break, a cell) parts words.
    static const QRegularExpression inlineTag(
        QStringLiteral(R"(</?(?:b|i|u|s|em|strong|span|a|font|sup|sub|small|big|mark|code|abbr|)"
                       R"(strike|q)(?:\s[^<>]*)?>)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(QStringLiteral(R"(<[A-Za-z/!][^<>]*>)"));
    static const QRegularExpression reference(
        QStringLiteral(R"(&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});)"));
    QString withoutTags = text;
    withoutTags.remove(inlineTag);
    withoutTags.replace(tag, QStringLiteral(" "));
    QString out;
    out.reserve(withoutTags.size());
    qsizetype from = 0;
    QRegularExpressionMatchIterator it = reference.globalMatch(withoutTags);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(withoutTags).mid(from, m.capturedStart() - from);
        from = m.capturedEnd();
        const QString name = m.captured(1);
        char32_t code = 0;
        if (name.startsWith(u"#x") || name.startsWith(u"#X"))
            code = char32_t(name.mid(2).toUInt(nullptr, 16));
        else if (name.startsWith(u'#'))
            code = char32_t(name.mid(1).toUInt());
        else if (name == u"amp")
            code = U'&';
        else if (name == u"lt")
            code = U'<';
        else if (name == u"gt")
            code = U'>';
        else if (name == u"quot")
            code = U'"';
        else if (name == u"apos")
            code = U'\'';
        else if (name == u"nbsp")
            code = U' ';
        // An unknown name, a zero or a code past Unicode stays as written.
        if (code == 0 || code > 0x10FFFF) {
            out += m.captured(0);
            continue;
        }
        out += QString::fromUcs4(&code, 1);
    }
    out += QStringView(withoutTags).mid(from);
    return out.simplified();
}

} // namespace sondo
