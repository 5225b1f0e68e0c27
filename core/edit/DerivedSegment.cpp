#include "edit/DerivedSegment.h"

#include "filter/SegmentFilter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace sondo {

namespace {

Result<Done> failure(const char* message, const QString& name, const QString& detail = {}) {
    QString text = QCoreApplication::translate("sondo", message).arg(name);
    // Only the messages about one group or condition name it (%2).
    if (!detail.isNull())
        text = text.arg(detail);
    return Result<Done>::failure({QString(), 0, 0, text});
}

} // namespace

QString DerivedSegment::freeId(const Survey& survey) {
    for (int n = 1;; ++n)
        if (const QString id = QStringLiteral("D%1").arg(n); survey.findQuestion(id) < 0)
            return id;
}

QJsonObject DerivedSegment::toJson() const {
    QJsonArray list;
    for (const SegmentGroup& group : groups)
        list.append(QJsonObject{{QStringLiteral("label"), group.label},
                                {QStringLiteral("filter"), group.filter},
                                {QStringLiteral("description"), group.description}});
    QJsonObject json{{QStringLiteral("kind"), kind()},
                     {QStringLiteral("question"), question},
                     {QStringLiteral("code"), code},
                     {QStringLiteral("text"), text},
                     {QStringLiteral("groups"), list}};
    if (!rest.isEmpty())
        json.insert(QStringLiteral("rest"), rest);
    return json;
}

std::optional<DerivedSegment> DerivedSegment::fromJson(const QJsonObject& json) {
    if (json.value(QStringLiteral("kind")).toString() != kind())
        return std::nullopt;
    const QJsonValue question = json.value(QStringLiteral("question"));
    const QJsonValue text = json.value(QStringLiteral("text"));
    const QJsonValue groups = json.value(QStringLiteral("groups"));
    const QJsonValue rest = json.value(QStringLiteral("rest"));
    if (!question.isString() || !text.isString() || !groups.isArray() ||
        !(rest.isString() || rest.isUndefined()))
        return std::nullopt;
    DerivedSegment segment{question.toString(),
                           json.value(QStringLiteral("code")).toString(),
                           text.toString(),
                           {},
                           rest.toString()};
    if (segment.code.isEmpty())
        segment.code = segment.question;
    for (const QJsonValue& value : groups.toArray()) {
        const QJsonObject group = value.toObject();
        if (!group.value(QStringLiteral("label")).isString() ||
            !group.value(QStringLiteral("filter")).isObject())
            return std::nullopt;
        segment.groups.append({group.value(QStringLiteral("label")).toString(),
                               group.value(QStringLiteral("filter")).toObject(),
                               group.value(QStringLiteral("description")).toString()});
    }
    return segment;
}

Result<Done> DerivedSegment::applyTo(Survey& survey) const {
    const QString name = QStringLiteral("%1 (%2)").arg(question, text);
    if (question.isEmpty() || survey.findQuestion(question) >= 0)
        return failure(QT_TRANSLATE_NOOP("sondo", "cannot derive the segment %1: the survey "
                                                  "already has a question with that id"),
                       name);
    if (groups.isEmpty())
        return failure(QT_TRANSLATE_NOOP("sondo", "cannot derive the segment %1: it has no group"),
                       name);
    QStringList labels;
    for (const SegmentGroup& group : groups)
        labels.append(group.label.trimmed());
    if (!rest.isEmpty())
        labels.append(rest.trimmed());
    QSet<QString> seen;
    for (const QString& label : labels) {
        if (label.isEmpty() || seen.contains(label.toCaseFolded()))
            return failure(QT_TRANSLATE_NOOP("sondo", "cannot derive the segment %1: each group "
                                                      "needs a label of its own (“%2”)"),
                           name, label);
        seen.insert(label.toCaseFolded());
    }
    for (const SegmentGroup& group : groups) {
        QStringList unresolved;
        const SegmentFilter filter = SegmentFilter::fromJson(group.filter, survey, &unresolved);
        if (!unresolved.isEmpty() || filter.isEmpty())
            return failure(QT_TRANSLATE_NOOP("sondo", "cannot derive the segment %1: the group "
                                                      "“%2” names what the survey does not have"),
                           name, group.label + QStringLiteral(": ") + unresolved.join(u", "));
    }
    Question q;
    q.id = question;
    q.code = code.isEmpty() ? question : code;
    q.text = text;
    q.type = QuestionType::Single;
    q.options = labels;
    survey.questions.append(q);
    return Done{};
}

Result<Done> DerivedSegment::applyTo(Survey& survey, ResponseMatrix& responses) const {
    // Who is in each group, read before the question joins the survey.
    std::vector<RespondentMask> masks;
    for (const SegmentGroup& group : groups)
        masks.push_back(SegmentFilter::fromJson(group.filter, survey).mask(survey, responses));
    const qsizetype index = survey.questions.size();
    const Result<Done> added = applyTo(survey);
    if (!added.ok())
        return added;
    const std::size_t n = std::size_t(std::max(responses.respondentCount, 0));
    AnswerColumn column;
    column.codes.assign(n, 0);
    const std::int32_t restCode = rest.isEmpty() ? 0 : std::int32_t(groups.size() + 1);
    for (std::size_t i = 0; i < n; ++i) {
        std::int32_t code = restCode;
        for (std::size_t g = 0; g < masks.size(); ++g)
            if (i < masks[g].size() && masks[g][i]) {
                code = std::int32_t(g + 1);
                break;
            }
        column.codes[i] = code;
    }
    // Derived questions come after every imported one, in the order of the list: a column left
    // from an earlier application is replaced.
    responses.columns.resize(std::size_t(index));
    responses.columns.push_back(std::move(column));
    return Done{};
}

QList<int> DerivedSegment::sources(const Survey& survey) const {
    QList<int> questions;
    for (const SegmentGroup& group : groups)
        for (int q : SegmentFilter::fromJson(group.filter, survey).questions())
            if (!questions.contains(q))
                questions.append(q);
    std::sort(questions.begin(), questions.end());
    return questions;
}

} // namespace sondo
