#include "import/definition/XlsFormReader.h"

#include "base/CoreText.h"
#include "import/sources/XlsxReader.h"

#include <QHash>

namespace sondo {

namespace {

/** Column index of the header `name`, or of the first header starting with `name` + "::". */
int columnOf(const RawTable& sheet, const QString& name) {
    int prefixed = -1;
    for (int c = 0; c < sheet.columnCount(); ++c) {
        const QString h = sheet.cell(0, c).trimmed().toLower();
        if (h == name)
            return c;
        if (prefixed < 0 && h.startsWith(name + QStringLiteral("::")))
            prefixed = c;
    }
    return prefixed;
}

QString cellAt(const RawTable& sheet, int row, int column) {
    return column >= 0 ? sheet.cell(row, column).trimmed() : QString();
}

} // namespace

bool XlsFormReader::isXlsForm(const QString& path) {
    const Result<QStringList> names = XlsxReader::sheetNames(path);
    if (!names.ok())
        return false;
    return names.value().contains(QStringLiteral("survey"), Qt::CaseInsensitive) &&
           names.value().contains(QStringLiteral("choices"), Qt::CaseInsensitive);
}

Result<SurveyDefinition> XlsFormReader::read(const QString& path) {
    Result<RawTable> survey = XlsxReader::read(path, QStringLiteral("survey"));
    if (!survey.ok())
        return Result<SurveyDefinition>::failure(survey.error());
    Result<RawTable> choices = XlsxReader::read(path, QStringLiteral("choices"));
    if (!choices.ok())
        return Result<SurveyDefinition>::failure(choices.error());
    const RawTable& s = survey.value();
    const RawTable& ch = choices.value();
    const int type = columnOf(s, QStringLiteral("type"));
    const int name = columnOf(s, QStringLiteral("name"));
    const int label = columnOf(s, QStringLiteral("label"));
    if (type < 0 || name < 0)
        return Result<SurveyDefinition>::failure(
            {path, 1, 0,
             CoreText::tr(
                 "the survey sheet has no \"type\" and \"name\" columns: not an XLSForm")});

    QHash<QString, QList<DefinedChoice>> lists;
    const int listName = columnOf(ch, QStringLiteral("list_name"));
    const int choiceName = columnOf(ch, QStringLiteral("name"));
    const int choiceLabel = columnOf(ch, QStringLiteral("label"));
    for (int r = 1; r < ch.rowCount() && listName >= 0 && choiceName >= 0; ++r) {
        const QString list = cellAt(ch, r, listName);
        const QString value = cellAt(ch, r, choiceName);
        if (list.isEmpty() || value.isEmpty())
            continue;
        const QString text = cellAt(ch, r, choiceLabel);
        lists[list].append({value, text.isEmpty() ? value : text.simplified()});
    }

    SurveyDefinition out;
    out.kind = QStringLiteral("xlsform");
    out.file = path;
    QStringList groups; // labels of the enclosing groups, innermost last
    static const QStringList withoutAnswers = {
        QStringLiteral("note"),     QStringLiteral("calculate"), QStringLiteral("start"),
        QStringLiteral("end"),      QStringLiteral("today"),     QStringLiteral("deviceid"),
        QStringLiteral("username"), QStringLiteral("audit"),
    };
    for (int r = 1; r < s.rowCount(); ++r) {
        const QStringList words = cellAt(s, r, type).split(u' ', Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        const QString kind = words.first().toLower();
        const QString text = cellAt(s, r, label);
        if (kind == u"begin_group" || kind == u"begin_repeat" || kind == u"begin group") {
            groups.append(text.isEmpty() ? cellAt(s, r, name) : text);
            continue;
        }
        if (kind == u"end_group" || kind == u"end_repeat") {
            if (!groups.isEmpty())
                groups.removeLast();
            continue;
        }
        if (withoutAnswers.contains(kind) || cellAt(s, r, name).isEmpty())
            continue;
        DefinedQuestion q;
        q.name = cellAt(s, r, name);
        q.label = text.simplified();
        q.kind = kind;
        q.groupLabel = groups.isEmpty() ? QString() : groups.last();
        // "select_one yk0td68" and "select_multiple list or_other" name their list second.
        if ((kind == u"select_one" || kind == u"select_multiple") && words.size() >= 2)
            q.choices = lists.value(words[1]);
        out.questions.append(q);
    }
    return Result<SurveyDefinition>(std::move(out));
}

} // namespace sondo
