#include "import/definition/QsfReader.h"

#include "base/CoreText.h"
#include "import/profiles/ProfileSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sondo {

namespace {

QString text(const QJsonValue& v) {
    return ProfileSupport::plainFromHtml(v.isString() ? v.toString() : v.toVariant().toString());
}

/** The ids of `choices` in `order` (Qualtrics writes ids as strings or numbers). */
QStringList idsInOrder(const QJsonObject& choices, const QJsonArray& order) {
    QStringList ids;
    for (const QJsonValue& v : order)
        ids.append(v.toVariant().toString());
    if (ids.isEmpty())
        ids = choices.keys();
    return ids;
}

QList<DefinedChoice> choicesOf(const QJsonObject& choices, const QJsonArray& order,
                               const QJsonObject& recode) {
    QList<DefinedChoice> out;
    for (const QString& id : idsInOrder(choices, order)) {
        const QJsonObject c = choices.value(id).toObject();
        if (c.isEmpty())
            continue;
        const QString value = recode.contains(id) ? recode.value(id).toVariant().toString() : id;
        out.append({value, text(c.value(QStringLiteral("Display")))});
    }
    return out;
}

/**
 * A one-answer matrix's columns, "TAG_1" per statement, each a question of the group
 * `groupLabel` answered on the matrix's scale.
 */
void addMatrixRows(const QJsonObject& p, const QString& tag, const QString& groupLabel,
                   SurveyDefinition& out) {
    const QJsonObject choices = p.value(QStringLiteral("Choices")).toObject();
    const QJsonObject answers = p.value(QStringLiteral("Answers")).toObject();
    const QList<DefinedChoice> scale =
        choicesOf(answers, p.value(QStringLiteral("AnswerOrder")).toArray(),
                  p.value(QStringLiteral("RecodeValues")).toObject());
    for (const QString& id :
         idsInOrder(choices, p.value(QStringLiteral("ChoiceOrder")).toArray())) {
        DefinedQuestion q;
        q.name = tag + u'_' + id;
        q.label = text(choices.value(id).toObject().value(QStringLiteral("Display")));
        q.kind = QStringLiteral("Matrix");
        q.groupLabel = groupLabel;
        q.choices = scale;
        out.questions.append(q);
    }
}

} // namespace

Result<SurveyDefinition> QsfReader::read(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<SurveyDefinition>::failure({path, 0, 0, file.errorString()});
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (doc.isNull())
        return Result<SurveyDefinition>::failure({path, 0, 0,
                                                  CoreText::tr("not valid JSON at byte %1: %2")
                                                      .arg(error.offset)
                                                      .arg(error.errorString())});
    SurveyDefinition out;
    out.kind = QStringLiteral("qsf");
    out.file = path;
    for (const QJsonValue& e : doc.object().value(QStringLiteral("SurveyElements")).toArray()) {
        const QJsonObject element = e.toObject();
        if (element.value(QStringLiteral("Element")).toString() != u"SQ")
            continue;
        const QJsonObject p = element.value(QStringLiteral("Payload")).toObject();
        const QString tag = p.value(QStringLiteral("DataExportTag")).toString();
        const QString type = p.value(QStringLiteral("QuestionType")).toString();
        const QString selector = p.value(QStringLiteral("Selector")).toString();
        const QString sub = p.value(QStringLiteral("SubSelector")).toString();
        const QString questionText = text(p.value(QStringLiteral("QuestionText")));
        const QJsonObject choices = p.value(QStringLiteral("Choices")).toObject();
        const QJsonArray choiceOrder = p.value(QStringLiteral("ChoiceOrder")).toArray();
        const QJsonObject recode = p.value(QStringLiteral("RecodeValues")).toObject();
        if (tag.isEmpty())
            continue;
        if (type == u"Matrix" && sub == u"SingleAnswer") {
            addMatrixRows(p, tag, questionText, out);
            continue;
        }
        if (type == u"SBS") {
            // A side-by-side matrix: each column set is a matrix of its own over the same
            // statements ("TAG#1_1"), titled by the question and the column's heading. Column
            // sets answered by one choice per statement (radio or drop-down) are read; the
            // ticked-boxes kind stays unmatched.
            const QJsonObject columns = p.value(QStringLiteral("AdditionalQuestions")).toObject();
            for (const QString& key : columns.keys()) {
                const QJsonObject column = columns.value(key).toObject();
                const QString columnSub = column.value(QStringLiteral("SubSelector")).toString();
                const QString columnTag = column.value(QStringLiteral("DataExportTag")).toString();
                if (columnTag.isEmpty() || (columnSub != u"SingleAnswer" && columnSub != u"DL"))
                    continue;
                const QString heading = text(column.value(QStringLiteral("QuestionText")));
                addMatrixRows(column, columnTag,
                              heading.isEmpty() ? questionText
                                                : questionText + QStringLiteral(" – ") + heading,
                              out);
            }
            continue;
        }
        DefinedQuestion q;
        q.name = tag;
        q.label = questionText;
        q.kind = selector.isEmpty() ? type : type + u'/' + selector;
        if (type == u"MC")
            q.choices = choicesOf(choices, choiceOrder, recode);
        out.questions.append(q);
    }
    return Result<SurveyDefinition>(std::move(out));
}

} // namespace sondo
