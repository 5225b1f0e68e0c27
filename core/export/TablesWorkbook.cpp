#include "export/TablesWorkbook.h"

#include "base/CoreText.h"
#include "export/OoxmlPackage.h"
#include "stats/CrossTab.h"
#include "stats/CrossTabInference.h"
#include "stats/FrequencyInference.h"
#include "stats/FrequencyTable.h"

#include <QXmlStreamWriter>
#include <variant>

namespace sondo {

namespace {

constexpr auto kMainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr auto kRelNamespace =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The cell formats of styles.xml, by their index in cellXfs. */
enum Style { Plain = 0, Bold = 1, Percent = 2, Count = 3, Decimal = 4 };

struct Cell {
    std::variant<std::monostate, QString, double> value;
    Style style = Plain;
};
using Row = QList<Cell>;

struct Sheet {
    QString name;
    QList<Row> rows;
    /** The row under the frozen header (1-based); 0 for none. */
    int frozenRows = 0;
    int columns = 1;
};

Cell text(const QString& s, Style style = Plain) {
    return {s, style};
}
Cell number(double v, Style style) {
    if (std::isnan(v))
        return {};
    return {v, style};
}

/** "A", "B", … "AA": the column name of 0-based `column` in a cell reference. */
QString columnName(int column) {
    QString name;
    for (++column; column > 0; column = (column - 1) / 26)
        name.prepend(QChar(u'A' + (column - 1) % 26));
    return name;
}

/** The figures behind one question's table: the calls `freq --json` makes. */
struct QuestionFigures {
    FrequencyTable total;
    FrequencyInference totalInference;
    QList<CrossTab> crossTabs;
    QList<CrossTabInference> inferences;
};

QuestionFigures figures(const Survey& survey, const ResponseMatrix& responses,
                        const TablesRequest& request, int question) {
    QuestionFigures out;
    for (int segment : request.segments) {
        out.crossTabs.append(CrossTab::compute(survey, responses, question, segment, request.mask));
        out.inferences.append(
            CrossTabInference::compute(survey, responses, out.crossTabs.constLast(), request.mask));
    }
    out.total = out.crossTabs.isEmpty()
                    ? FrequencyTable::compute(survey, responses, question, request.mask)
                    : out.crossTabs.constFirst().total;
    out.totalInference = FrequencyInference::compute(survey, responses, out.total, request.mask);
    return out;
}

/** The row of `label` in `table` (at `hint` when it is there), -1 when absent. */
int rowOf(const FrequencyTable& table, const QString& label, int hint) {
    if (hint < table.rows.size() && table.rows[hint].label == label)
        return hint;
    for (int r = 0; r < table.rows.size(); ++r)
        if (table.rows[r].label == label)
            return r;
    return -1;
}

/** The column header row: answer, total n and %, then n, % and letters per group. */
Row headerRow(const Survey& survey, const TablesRequest& request, const QuestionFigures& f) {
    Row row{text(CoreText::tr("Answer"), Bold), text(CoreText::tr("Total n"), Bold),
            text(CoreText::tr("Total %"), Bold)};
    for (int s = 0; s < f.crossTabs.size(); ++s) {
        const CrossTab& crossTab = f.crossTabs[s];
        const QString segment = survey.questions[request.segments[s]].id;
        for (int g = 0; g < crossTab.groupLabels.size(); ++g) {
            const QString group =
                QStringLiteral("%1: %2 (%3)")
                    .arg(segment, crossTab.groupLabels[g], GroupComparison::letter(g));
            row << text(group + QStringLiteral(" n"), Bold)
                << text(group + QStringLiteral(" %"), Bold)
                << text(group + u' ' + CoreText::tr("sig."), Bold);
        }
    }
    return row;
}

/** One question's block: heading, column header, options, bases. */
void appendQuestion(Sheet& sheet, const Survey& survey, const TablesRequest& request, int question,
                    const QuestionFigures& f, bool withHeader) {
    const Question& q = survey.questions[question];
    sheet.rows.append({text(QStringLiteral("%1 · %2").arg(q.id, q.text), Bold)});
    if (withHeader)
        sheet.rows.append(headerRow(survey, request, f));
    const Style count = request.weighted ? Decimal : Count;
    const FrequencyTable& total = f.total;
    for (int r = 0; r < total.rows.size(); ++r) {
        const FrequencyRow& option = total.rows[r];
        Row row{text(option.label), number(option.count, count),
                number(option.percent / 100.0, Percent)};
        for (int s = 0; s < f.crossTabs.size(); ++s) {
            const CrossTab& crossTab = f.crossTabs[s];
            const GroupComparison& tests = f.inferences[s].options;
            for (int g = 0; g < crossTab.groups.size(); ++g) {
                const FrequencyTable& group = crossTab.groups[g];
                const int gr = rowOf(group, option.label, r);
                row << number(gr >= 0 ? group.rows[gr].count : 0.0, count)
                    << number(gr >= 0 && group.base > 0 ? group.rows[gr].percent / 100.0 : NAN,
                              Percent)
                    // Letters by the group's own row, as freq --json lists them.
                    << text(tests.valid && gr >= 0 && gr < int(tests.rows.size())
                                ? tests.higherThanLetters(gr, g).join(QString())
                                : QString());
            }
        }
        sheet.rows.append(row);
    }
    // Bases: weighted, then (when weighted) unweighted and Kish's effective base.
    auto baseRow = [&](const QString& label, auto&& totalValue, auto&& groupValue, Style style) {
        Row row{text(label, Bold), number(totalValue, style), {}};
        for (int s = 0; s < f.crossTabs.size(); ++s)
            for (int g = 0; g < f.crossTabs[s].groups.size(); ++g)
                row << number(groupValue(s, g), style) << Cell{} << Cell{};
        sheet.rows.append(row);
    };
    baseRow(
        CoreText::tr("Base"), total.base,
        [&](int s, int g) { return f.crossTabs[s].groups[g].base; }, count);
    if (request.weighted) {
        baseRow(
            CoreText::tr("Unweighted base"), double(total.unweightedBase),
            [&](int s, int g) { return double(f.crossTabs[s].groups[g].unweightedBase); }, Count);
        baseRow(
            CoreText::tr("Effective base"), f.totalInference.base.effectiveBase(),
            [&](int s, int g) {
                return f.inferences[s].answered.groups[size_t(g)].effectiveBase();
            },
            Decimal);
    }
    for (const Row& row : sheet.rows)
        sheet.columns = qMax(sheet.columns, int(row.size()));
}

/** The lines above every sheet's table: filter and weighting. */
void appendPreamble(Sheet& sheet, const TablesRequest& request) {
    sheet.rows.append({text(CoreText::tr("Filter: %1")
                                .arg(request.filterText.isEmpty() ? CoreText::tr("all respondents")
                                                                  : request.filterText))});
    sheet.rows.append({text(request.weighted ? CoreText::tr("Weighting: the project's weights")
                                             : CoreText::tr("Weighting: none (unweighted)"))});
    sheet.rows.append(Row());
}

QByteArray sheetXml(const Sheet& sheet) {
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(QStringLiteral("worksheet"));
    xml.writeDefaultNamespace(QString::fromLatin1(kMainNamespace));
    xml.writeNamespace(QString::fromLatin1(kRelNamespace), QStringLiteral("r"));
    if (sheet.frozenRows > 0) {
        xml.writeStartElement(QStringLiteral("sheetViews"));
        xml.writeStartElement(QStringLiteral("sheetView"));
        xml.writeAttribute(QStringLiteral("workbookViewId"), QStringLiteral("0"));
        xml.writeEmptyElement(QStringLiteral("pane"));
        const QString topLeft = QStringLiteral("B%1").arg(sheet.frozenRows + 1);
        xml.writeAttribute(QStringLiteral("xSplit"), QStringLiteral("1"));
        xml.writeAttribute(QStringLiteral("ySplit"), QString::number(sheet.frozenRows));
        xml.writeAttribute(QStringLiteral("topLeftCell"), topLeft);
        xml.writeAttribute(QStringLiteral("activePane"), QStringLiteral("bottomRight"));
        xml.writeAttribute(QStringLiteral("state"), QStringLiteral("frozen"));
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeStartElement(QStringLiteral("cols"));
    for (int c = 0; c < sheet.columns; ++c) {
        xml.writeEmptyElement(QStringLiteral("col"));
        xml.writeAttribute(QStringLiteral("min"), QString::number(c + 1));
        xml.writeAttribute(QStringLiteral("max"), QString::number(c + 1));
        // The first column holds the answers' labels; the others numbers or short letters.
        xml.writeAttribute(QStringLiteral("width"),
                           c == 0 ? QStringLiteral("48") : QStringLiteral("12"));
        xml.writeAttribute(QStringLiteral("customWidth"), QStringLiteral("1"));
    }
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("sheetData"));
    for (int r = 0; r < sheet.rows.size(); ++r) {
        xml.writeStartElement(QStringLiteral("row"));
        xml.writeAttribute(QStringLiteral("r"), QString::number(r + 1));
        const Row& row = sheet.rows[r];
        for (int c = 0; c < row.size(); ++c) {
            const Cell& cell = row[c];
            if (std::holds_alternative<std::monostate>(cell.value))
                continue;
            if (const QString* s = std::get_if<QString>(&cell.value); s && s->isEmpty())
                continue;
            xml.writeStartElement(QStringLiteral("c"));
            xml.writeAttribute(QStringLiteral("r"), columnName(c) + QString::number(r + 1));
            if (cell.style != Plain)
                xml.writeAttribute(QStringLiteral("s"), QString::number(int(cell.style)));
            if (const QString* s = std::get_if<QString>(&cell.value)) {
                xml.writeAttribute(QStringLiteral("t"), QStringLiteral("inlineStr"));
                xml.writeStartElement(QStringLiteral("is"));
                xml.writeStartElement(QStringLiteral("t"));
                xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
                xml.writeCharacters(*s);
                xml.writeEndElement();
                xml.writeEndElement();
            } else {
                // Shortest round-trip form: the cell holds the figure freq --json prints.
                xml.writeTextElement(QStringLiteral("v"),
                                     QString::number(std::get<double>(cell.value), 'g', 17));
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QByteArray stylesXml() {
    // cellXfs in Style order: plain, bold, 0.0%, #,##0 (builtin 3), #,##0.0.
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"0.0%\"/>"
        "<numFmt numFmtId=\"165\" formatCode=\"#,##0.0\"/></numFmts>"
        "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
        "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
        "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
        "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
        "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
        "</cellStyleXfs>"
        "<cellXfs count=\"5\">"
        "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
        "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
        "applyNumberFormat=\"1\"/>"
        "<xf numFmtId=\"3\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
        "applyNumberFormat=\"1\"/>"
        "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
        "applyNumberFormat=\"1\"/>"
        "</cellXfs>"
        "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"
        "</cellStyles></styleSheet>");
}

QByteArray workbookXml(const QList<Sheet>& sheets) {
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(QStringLiteral("workbook"));
    xml.writeDefaultNamespace(QString::fromLatin1(kMainNamespace));
    xml.writeNamespace(QString::fromLatin1(kRelNamespace), QStringLiteral("r"));
    xml.writeStartElement(QStringLiteral("sheets"));
    for (int i = 0; i < sheets.size(); ++i) {
        xml.writeEmptyElement(QStringLiteral("sheet"));
        xml.writeAttribute(QStringLiteral("name"), sheets[i].name);
        xml.writeAttribute(QStringLiteral("sheetId"), QString::number(i + 1));
        xml.writeAttribute(QString::fromLatin1(kRelNamespace), QStringLiteral("id"),
                           QStringLiteral("rId%1").arg(i + 1));
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QByteArray workbookRelationships(int sheets) {
    QList<std::pair<QString, QString>> targets;
    for (int i = 0; i < sheets; ++i)
        targets.append({OoxmlPackage::relationshipType(QStringLiteral("worksheet")),
                        QStringLiteral("worksheets/sheet%1.xml").arg(i + 1)});
    targets.append(
        {OoxmlPackage::relationshipType(QStringLiteral("styles")), QStringLiteral("styles.xml")});
    return OoxmlPackage::relationships(targets);
}

} // namespace

QString TablesWorkbook::sheetName(const QString& wanted, QSet<QString>& used) {
    QString base;
    for (QChar c : wanted)
        base += QStringLiteral("[]:*?/\\").contains(c) ? QChar(u'_') : c;
    // Excel also refuses a name starting or ending with an apostrophe, and an empty one.
    while (base.startsWith(u'\''))
        base.remove(0, 1);
    while (base.endsWith(u'\''))
        base.chop(1);
    if (base.trimmed().isEmpty())
        base = QStringLiteral("Sheet");
    QString name = base.left(31);
    for (int n = 2; used.contains(name.toLower()); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = base.left(31 - suffix.size()) + suffix;
    }
    used.insert(name.toLower());
    return name;
}

std::optional<Diagnostic> TablesWorkbook::write(const Survey& survey,
                                                const ResponseMatrix& responses,
                                                const TablesRequest& request, const QString& path) {
    QList<int> questions = request.questions;
    if (questions.isEmpty()) {
        for (int q = 0; q < survey.questions.size(); ++q) {
            const Question& question = survey.questions[q];
            if (question.isAnalysable() && question.type != QuestionType::Text &&
                question.type != QuestionType::Date && !request.segments.contains(q))
                questions.append(q);
        }
    }
    QList<Sheet> sheets;
    QSet<QString> used;
    if (request.banner) {
        Sheet sheet;
        sheet.name = sheetName(CoreText::tr("Tables"), used);
        appendPreamble(sheet, request);
        bool first = true;
        for (int q : questions) {
            const QuestionFigures f = figures(survey, responses, request, q);
            if (first) {
                // One column header for the whole banner, frozen above every question.
                sheet.rows.append(headerRow(survey, request, f));
                sheet.frozenRows = int(sheet.rows.size());
                first = false;
            }
            appendQuestion(sheet, survey, request, q, f, false);
            sheet.rows.append(Row());
        }
        sheets.append(sheet);
    } else {
        for (int q : questions) {
            Sheet sheet;
            sheet.name = sheetName(survey.questions[q].id, used);
            appendPreamble(sheet, request);
            const QuestionFigures f = figures(survey, responses, request, q);
            appendQuestion(sheet, survey, request, q, f, true);
            sheet.frozenRows = 5; // preamble (3) + heading + column header
            sheets.append(sheet);
        }
    }
    if (sheets.isEmpty()) {
        Sheet empty;
        empty.name = sheetName(CoreText::tr("Tables"), used);
        appendPreamble(empty, request);
        sheets.append(empty);
    }

    OoxmlPackage package;
    const QString sheetType =
        QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
    package.addPackageRelationship(OoxmlPackage::relationshipType(QStringLiteral("officeDocument")),
                                   QStringLiteral("xl/workbook.xml"));
    package.addPart(
        QStringLiteral("xl/workbook.xml"), workbookXml(sheets),
        QStringLiteral(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"));
    package.addPart(QStringLiteral("xl/_rels/workbook.xml.rels"),
                    workbookRelationships(int(sheets.size())));
    package.addPart(
        QStringLiteral("xl/styles.xml"), stylesXml(),
        QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"));
    for (int i = 0; i < sheets.size(); ++i)
        package.addPart(QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), sheetXml(sheets[i]),
                        sheetType);
    return package.write(path);
}

} // namespace sondo
