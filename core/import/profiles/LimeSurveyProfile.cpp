#include "import/profiles/LimeSurveyProfile.h"

#include "base/CoreText.h"

#include "import/profiles/ProfileSupport.h"

#include <QPair>
#include <QRegularExpression>
#include <algorithm>

namespace sondo {

namespace {

enum class Meta { None, Id, Date, Identifier, Other };

/** `counts`: a name that tells LimeSurvey apart (timings of other tools' shape do not). */
Meta metaOf(const QString& h, bool* counts = nullptr) {
    static const QStringList ids = {QStringLiteral("id"), QStringLiteral("Response ID"),
                                    QStringLiteral("Antwort ID")};
    static const QStringList dates = {
        QStringLiteral("submitdate"),
        QStringLiteral("startdate"),
        QStringLiteral("datestamp"),
        QStringLiteral("Date submitted"),
        QStringLiteral("Date started"),
        QStringLiteral("Date last action"),
        QStringLiteral("Datum Abgeschickt"),
        QStringLiteral("Datum gestartet"),
        QStringLiteral("Datum letzte Aktivität"),
    };
    static const QStringList identifiers = {
        QStringLiteral("ipaddr"),     QStringLiteral("refurl"),       QStringLiteral("token"),
        QStringLiteral("IP address"), QStringLiteral("Referrer URL"), QStringLiteral("Token"),
        QStringLiteral("IP-Adresse"), QStringLiteral("Referrer-URL"),
    };
    static const QStringList others = {
        QStringLiteral("lastpage"),
        QStringLiteral("startlanguage"),
        QStringLiteral("seed"),
        QStringLiteral("interviewtime"),
        QStringLiteral("Last page"),
        QStringLiteral("Start language"),
        QStringLiteral("Seed"),
        QStringLiteral("Total time"),
        QStringLiteral("Letzte Seite"),
        QStringLiteral("Start-Sprache"),
        QStringLiteral("Zufallsstartwert"),
    };
    // Codes are case-sensitive in LimeSurvey; a header "ID" or "Seed" written by hand is not one.
    Meta m = Meta::None;
    if (ids.contains(h))
        m = Meta::Id;
    else if (dates.contains(h))
        m = Meta::Date;
    else if (identifiers.contains(h))
        m = Meta::Identifier;
    else if (others.contains(h))
        m = Meta::Other;
    if (counts)
        *counts = m != Meta::None;
    if (m != Meta::None)
        return m;
    static const QRegularExpression timing(
        QStringLiteral(R"(^(groupTime\w*|\w+Time|Group time: .*|Question time: .*)$)"));
    return timing.match(h).hasMatch() ? Meta::Other : Meta::None;
}

bool hasQuestionCode(const QString& h) {
    static const QRegularExpression code(QStringLiteral(R"(^G\d+Q\d+)"));
    return code.match(h).hasMatch();
}

/** One source column as LimeSurvey named it. */
struct Col {
    int column = 0;
    QString code;
    QString text;
    Meta meta = Meta::None;
    /** Question the column is a sub-item of (code and text); empty for a whole question. */
    QString stemCode;
    QString stemText;
    QString sub;
    QString subText;
};

bool isOtherSub(const QString& sub) {
    return sub.compare(u"other", Qt::CaseInsensitive) == 0 ||
           sub.endsWith(u"comment", Qt::CaseInsensitive);
}

void splitSub(const QString& s, QString& stem, QString& sub) {
    static const QRegularExpression item(QStringLiteral(R"(^(.*\S)\s*\[([^\[\]]*)\]$)"));
    const auto m = item.match(s);
    if (m.hasMatch()) {
        stem = m.captured(1);
        sub = m.captured(2).trimmed();
    } else {
        stem = s;
        sub.clear();
    }
}

Col parseHeading(int column, const QString& heading) {
    // Full-text exports carry the question text as written in LimeSurvey's editor: HTML.
    const QString h = ProfileSupport::plainFromHtml(heading);
    Col col;
    col.column = column;
    col.code = h;
    col.text = h;
    col.meta = metaOf(h);
    if (col.meta != Meta::None)
        return col;
    // "G01Q05. How old are you?" and "G01Q02[SQ001]. Which fruits? [Apple]"
    static const QRegularExpression codeText(
        QStringLiteral(R"(^([A-Za-z][A-Za-z0-9_]*(?:\[[^\[\]]*\])*)\.\s+(\S.*)$)"));
    // A digit or a bracket tells a code from a first word ("Mr. Smith's shop").
    static const QRegularExpression codeLike(QStringLiteral(R"([0-9\[])"));
    const auto m = codeText.match(h);
    if (m.hasMatch() && m.captured(1).contains(codeLike)) {
        col.code = m.captured(1);
        col.text = m.captured(2);
        splitSub(col.code, col.stemCode, col.sub);
        if (col.sub.isEmpty() && !col.code.endsWith(u']')) {
            col.stemCode.clear();
            return col;
        }
        splitSub(col.text, col.stemText, col.subText);
        if (col.subText.isEmpty()) {
            col.stemText = col.text;
            col.subText = col.sub;
            col.text = QStringLiteral("%1 [%2]").arg(col.stemText, col.subText);
        }
        return col;
    }
    splitSub(h, col.stemCode, col.sub);
    if (col.sub.isEmpty() && !h.endsWith(u']')) {
        col.stemCode.clear();
        return col;
    }
    col.stemText = col.stemCode;
    col.subText = col.sub;
    return col;
}

QList<Col> parseSingleRow(const RawTable& table, QList<Diagnostic>& warnings) {
    QList<Col> cols;
    for (int c = 0; c < table.columnCount(); ++c)
        cols.append(parseHeading(c, ProfileSupport::nameOrPlaceholder(table, 0, c, warnings)));
    return cols;
}

QList<Col> parseTwoRows(const RawTable& table, QList<Diagnostic>& warnings) {
    QList<Col> cols;
    for (const ProfileSupport::Block& b : ProfileSupport::blocks(table, 0)) {
        const QString question =
            ProfileSupport::plainFromHtml(ProfileSupport::header(table, 0, b.first));
        if (b.first == b.last) {
            const QString below = ProfileSupport::header(table, 1, b.first);
            if (question.isEmpty() || below.isEmpty()) {
                // A whole question: its text is in whichever row has one.
                const QString h =
                    question.isEmpty()
                        ? ProfileSupport::nameOrPlaceholder(table, 1, b.first, warnings)
                        : question;
                Col col = parseHeading(b.first, h);
                col.stemCode.clear();
                cols.append(col);
                continue;
            }
        }
        for (int c = b.first; c <= b.last; ++c) {
            Col col;
            col.column = c;
            col.stemCode = col.stemText = question;
            col.sub = col.subText = ProfileSupport::plainFromHtml(
                ProfileSupport::nameOrPlaceholder(table, 1, c, warnings));
            col.code = col.text = QStringLiteral("%1 [%2]").arg(question, col.subText);
            cols.append(col);
        }
    }
    return cols;
}

bool isYesNo(const QString& value) {
    static const QStringList words = {
        QStringLiteral("Y"),    QStringLiteral("N"),   QStringLiteral("Yes"), QStringLiteral("No"),
        QStringLiteral("Sì"),   QStringLiteral("Si"),  QStringLiteral("Sí"),  QStringLiteral("Ja"),
        QStringLiteral("Nein"), QStringLiteral("Oui"), QStringLiteral("Non"),
    };
    return words.contains(value.trimmed(), Qt::CaseInsensitive);
}

enum class Cells { Empty, Flags, Foreign, Mixed };

Cells cellsOf(const RawTable& table, int column, int firstDataRow) {
    // A flag column holds at most a yes word and a no word; four values already say "not flags".
    const QStringList values = ProfileSupport::dataValues(table, column, firstDataRow, 3);
    if (values.isEmpty())
        return Cells::Empty;
    int yesNo = 0;
    for (const QString& v : values)
        yesNo += isYesNo(v) ? 1 : 0;
    if (yesNo == 0)
        return Cells::Foreign;
    return yesNo == values.size() && values.size() <= 2 ? Cells::Flags : Cells::Mixed;
}

/** How the sub-item columns of one question read. */
struct GroupShape {
    bool multiple = false;
    /** multiple: the option columns; otherwise every non-other column (grid items). */
    QList<int> items;
    /** Columns that stand alone: [other]/[comment], and free text beside a flag block. */
    QList<int> alone;
    /** Columns holding yes/no ticks. */
    int flagColumns = 0;
};

GroupShape shapeOf(const RawTable& table, const QList<Col>& cols, int first, int last,
                   int firstDataRow) {
    GroupShape shape;
    QList<int> flags, foreign;
    bool mixed = false;
    for (int i = first; i <= last; ++i) {
        if (isOtherSub(cols[i].sub)) {
            shape.alone.append(i);
            continue;
        }
        switch (cellsOf(table, cols[i].column, firstDataRow)) {
        case Cells::Flags:
            flags.append(i);
            break;
        case Cells::Foreign:
            foreign.append(i);
            break;
        case Cells::Empty:
            break;
        case Cells::Mixed:
            // Yes/No mixed with other answers (Ja/Nein/Weiß nicht) is a grid's scale, not ticks.
            mixed = true;
            break;
        }
    }
    // A free-text "Sonstiges" may sit beside the ticks, but ticks must be the rule.
    shape.flagColumns = int(flags.size());
    shape.multiple = !flags.isEmpty() && !mixed && flags.size() > foreign.size();
    for (int i = first; i <= last; ++i) {
        if (shape.alone.contains(i))
            continue;
        if (shape.multiple && foreign.contains(i))
            shape.alone.append(i);
        else
            shape.items.append(i);
    }
    std::sort(shape.alone.begin(), shape.alone.end());
    return shape;
}

int countMetadata(const RawTable& table) {
    int n = 0;
    for (int c = 0; c < table.columnCount(); ++c) {
        bool counts = false;
        metaOf(ProfileSupport::header(table, 0, c), &counts);
        n += counts ? 1 : 0;
    }
    return n;
}

int countCodes(const RawTable& table) {
    int n = 0;
    for (int c = 0; c < table.columnCount(); ++c)
        n += hasQuestionCode(ProfileSupport::header(table, 0, c)) ? 1 : 0;
    return n;
}

/**
 * Columns of a one-row full-text header that are items of a "Stem [Item]" question with at least
 * two items: a LimeSurvey export whose metadata columns were removed has nothing else to show.
 */
int countBracketItems(const RawTable& table) {
    QList<Diagnostic> ignored;
    const QList<Col> cols = parseSingleRow(table, ignored);
    int items = 0;
    for (int i = 0; i < cols.size();) {
        int j = i + 1;
        if (!cols[i].stemCode.isEmpty())
            while (j < cols.size() && cols[j].stemCode == cols[i].stemCode)
                ++j;
        if (j - i >= 2)
            items += j - i;
        i = j;
    }
    return items;
}

bool twoRowLayout(const RawTable& table) {
    return countMetadata(table) < 3 && countCodes(table) < 2 &&
           ProfileSupport::hasBlockShape(table, 0);
}

/** Runs of consecutive columns of one question: [first, last] indexes into `cols`. */
QList<QPair<int, int>> runs(const QList<Col>& cols) {
    QList<QPair<int, int>> out;
    for (int i = 0; i < cols.size(); ++i) {
        int j = i;
        if (!cols[i].stemCode.isEmpty())
            while (j + 1 < cols.size() && cols[j + 1].stemCode == cols[i].stemCode)
                ++j;
        out.append({i, j});
        i = j;
    }
    return out;
}

} // namespace

int LimeSurveyProfile::confidence(const RawTable& table) const {
    if (table.rowCount() < 1)
        return 0;
    const int meta = countMetadata(table);
    const int codes = countCodes(table);
    if (meta >= 3)
        return codes >= 2 ? 95 : 85;
    if (codes >= 2)
        return 75;
    if (!twoRowLayout(table)) {
        // Full-text headers alone: most columns items of bracketed questions. Above the generic
        // reading, below any tool that has its own marks (Google Forms' timestamp column).
        const int items = countBracketItems(table);
        return items >= 4 && items * 2 >= table.columnCount() ? 40 : 0;
    }
    // The spreadsheet variant has nothing but its shape: require a block of yes/no ticks under
    // sub-item names (a data row of Ja/Nein in row 2 would be a different table).
    QList<Diagnostic> ignored;
    const QList<Col> cols = parseTwoRows(table, ignored);
    for (const auto& [first, last] : runs(cols)) {
        if (cols[first].stemCode.isEmpty() || last == first)
            continue;
        bool namedItems = true;
        for (int i = first; i <= last; ++i)
            namedItems = namedItems && !isYesNo(cols[i].subText);
        const GroupShape shape = shapeOf(table, cols, first, last, 2);
        if (namedItems && shape.multiple && shape.flagColumns >= 2)
            return 60;
    }
    return 0;
}

ImportPlan LimeSurveyProfile::plan(const RawTable& table) const {
    ImportPlan plan;
    plan.format = name();
    const bool twoRows = twoRowLayout(table);
    plan.headerRows = twoRows ? 2 : 1;
    const QList<Col> cols =
        twoRows ? parseTwoRows(table, plan.warnings) : parseSingleRow(table, plan.warnings);

    const auto alone = [&](const Col& col, bool other) {
        QuestionPlan q = ProfileSupport::question(col.column, col.code, col.text);
        if (other)
            q.typeHint = QuestionType::Text;
        return q;
    };

    for (const auto& [first, last] : runs(cols)) {
        const Col& head = cols[first];
        if (head.meta != Meta::None) {
            std::optional<QuestionType> hint;
            if (head.meta == Meta::Id || head.meta == Meta::Identifier)
                hint = QuestionType::Identifier;
            else if (head.meta == Meta::Date)
                hint = QuestionType::Date;
            if (head.meta == Meta::Id && plan.respondentIdColumn < 0)
                plan.respondentIdColumn = head.column;
            plan.questions.append(ProfileSupport::metadata(head.column, head.code, hint));
            continue;
        }
        if (head.stemCode.isEmpty()) {
            plan.questions.append(ProfileSupport::question(head.column, head.code, head.text));
            continue;
        }
        const GroupShape shape = shapeOf(table, cols, first, last, plan.headerRows);
        QList<int> pending = shape.alone;
        const auto emitAloneBefore = [&](int index) {
            while (!pending.isEmpty() && pending.first() < index) {
                const int i = pending.takeFirst();
                plan.questions.append(alone(cols[i], isOtherSub(cols[i].sub)));
            }
        };
        if (shape.multiple) {
            emitAloneBefore(shape.items.first());
            QuestionPlan q;
            q.code = head.stemCode;
            q.text = head.stemText;
            q.layout = ColumnLayout::OptionFlags;
            q.typeHint = QuestionType::Multiple;
            for (int i : shape.items) {
                q.columns.append(cols[i].column);
                q.columnOptions.append(cols[i].subText);
            }
            // "Other" boxes of the block ([other], a free-text "Sonstiges" beside the ticks) are
            // the parent's Other option too: whoever wrote in one chose it.
            for (int i : shape.alone) {
                if (cols[i].sub.endsWith(u"comment", Qt::CaseInsensitive))
                    continue;
                if (q.writeInFrom < 0)
                    q.writeInFrom = int(q.columns.size());
                q.columns.append(cols[i].column);
                // A code export names the box "other"; a text export its own words ("Altro").
                q.columnOptions.append(cols[i].subText.compare(u"other", Qt::CaseInsensitive) == 0
                                           ? CoreText::tr("Other")
                                           : cols[i].subText);
            }
            plan.questions.append(q);
        } else {
            for (int i : shape.items) {
                emitAloneBefore(i);
                QuestionPlan q = alone(cols[i], false);
                if (shape.items.size() > 1)
                    q.group = head.stemText;
                plan.questions.append(q);
            }
        }
        emitAloneBefore(last + 1);
    }
    ProfileSupport::makeCodesUnique(plan, table, 0);
    return plan;
}

} // namespace sondo
