#include "storage/SurveyTables.h"

#include "storage/SqlConnection.h"
#include "storage/SqlErrorText.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <limits>

namespace sondo {

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

/** The error for a table that cannot be read or holds what no Sondo writes. */
template <typename T> Result<T> damagedFile(const QString& fileName, const QString& detail) {
    return Result<T>::failure(Diagnostic{
        fileName, 0, 0,
        QCoreApplication::translate("sondo", "the project file is damaged: %1").arg(detail)});
}

} // namespace

Result<Survey> SurveyTables::survey(SqlConnection& connection, const QString& fileName) {
    auto damaged = [&](const QString& detail) {
        return damagedFile<Survey>(fileName, detail);
    };
    Survey survey;
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT key, value FROM project")))
        return damaged(sqlErrorText(query.lastError()));
    while (query.next()) {
        const QString key = query.value(0).toString();
        if (key == u"title")
            survey.title = query.value(1).toString();
        else if (key == u"source_format")
            survey.sourceFormat = query.value(1).toString();
    }

    // Groups first: the questions name them.
    if (!query.exec(QStringLiteral("SELECT id, text, kind FROM question_groups ORDER BY position")))
        return damaged(sqlErrorText(query.lastError()));
    QHash<QString, int> groupIndex;
    while (query.next()) {
        QuestionGroup group;
        group.id = query.value(0).toString();
        group.text = query.value(1).toString();
        const auto kind = questionGroupKindFromName(query.value(2).toString());
        if (!kind)
            return damaged(QStringLiteral("question group %1 has the unknown kind \"%2\"")
                               .arg(group.id, query.value(2).toString()));
        group.kind = *kind;
        groupIndex.insert(group.id.toLower(), survey.groups.size());
        survey.groups.append(group);
    }

    if (!query.exec(QStringLiteral("SELECT id, code, text, type, metadata, scored, group_id "
                                   "FROM questions ORDER BY position")))
        return damaged(sqlErrorText(query.lastError()));
    QHash<QString, int> index;
    QList<bool> scored;
    while (query.next()) {
        const QString id = query.value(0).toString();
        const auto type = questionTypeFromName(query.value(3).toString());
        if (!type)
            return damaged(QStringLiteral("question %1 has the unknown type \"%2\"")
                               .arg(id, query.value(3).toString()));
        Question question;
        question.id = id;
        question.type = *type;
        question.code = query.value(1).toString();
        question.text = query.value(2).toString();
        question.metadata = query.value(4).toInt() != 0;
        scored.append(query.value(5).toInt() != 0);
        if (!query.value(6).isNull()) {
            const int g = groupIndex.value(query.value(6).toString().toLower(), -1);
            if (g < 0)
                return damaged(QStringLiteral("question %1 is in the unknown group %2")
                                   .arg(id, query.value(6).toString()));
            question.group = survey.groups[g].id;
            survey.groups[g].items.append(id);
        }
        index.insert(question.id.toLower(), survey.questions.size());
        survey.questions.append(question);
    }

    if (!query.exec(QStringLiteral("SELECT question_id, position, label, score FROM options "
                                   "ORDER BY question_id, position")))
        return damaged(sqlErrorText(query.lastError()));
    while (query.next()) {
        const QString id = query.value(0).toString();
        const int q = index.value(id.toLower(), -1);
        if (q < 0)
            return damaged(QStringLiteral("an option of the unknown question %1").arg(id));
        Question& question = survey.questions[q];
        // Codes in responses are option positions: a gap would shift every later option.
        if (query.value(1).toInt() != question.options.size() + 1)
            return damaged(QStringLiteral("the options of %1 are not numbered 1, 2, …").arg(id));
        question.options.append(query.value(2).toString());
        if (scored[q])
            question.scores.push_back(query.value(3).isNull() ? NaN : query.value(3).toDouble());
    }
    // A group's options are its items' options in order of first appearance (see
    // QuestionGroup::options): derived, so not stored twice.
    for (QuestionGroup& group : survey.groups) {
        if (group.items.isEmpty())
            return damaged(QStringLiteral("question group %1 has no items").arg(group.id));
        for (const QString& item : group.items)
            for (const QString& option : survey.questions[index.value(item.toLower())].options)
                if (!group.options.contains(option))
                    group.options.append(option);
    }
    return survey;
}

Result<ResponseTableLayout> SurveyTables::layout(SqlConnection& connection, const QString& fileName,
                                                 const Survey& survey) {
    auto damaged = [&](const QString& detail) {
        return damagedFile<ResponseTableLayout>(fileName, detail);
    };
    QHash<QString, int> index;
    for (int q = 0; q < survey.questions.size(); ++q)
        index.insert(survey.questions[q].id.toLower(), q);
    std::vector<ResponseTableLayout::Column> columns;
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT column_name, question_id, option_position, content "
                                   "FROM columns ORDER BY rowid")))
        return damaged(sqlErrorText(query.lastError()));
    while (query.next()) {
        ResponseTableLayout::Column column;
        column.name = query.value(0).toString();
        column.question = index.value(query.value(1).toString().toLower(), -1);
        column.option = query.value(2).isNull() ? -1 : query.value(2).toInt() - 1;
        const auto content = ResponseTableLayout::contentFromName(query.value(3).toString());
        if (!content)
            return damaged(QStringLiteral("column %1 holds the unknown content \"%2\"")
                               .arg(column.name, query.value(3).toString()));
        column.content = *content;
        columns.push_back(column);
    }
    ResponseTableLayout layout = ResponseTableLayout::fromColumns(std::move(columns));
    const QString mismatch = layout.mismatch(survey);
    if (!mismatch.isEmpty())
        return damaged(mismatch);
    return layout;
}

} // namespace sondo
