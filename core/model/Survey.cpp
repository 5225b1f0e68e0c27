#include "model/Survey.h"

namespace sondo {

namespace {

/** Index of the first question `matches`, or -1. */
template <typename Predicate>
int firstQuestion(const QList<Question>& questions, Predicate matches) {
    for (int i = 0; i < questions.size(); ++i)
        if (matches(questions[i]))
            return i;
    return -1;
}

bool sameId(const Question& question, const QString& id) {
    return question.id.compare(id, Qt::CaseInsensitive) == 0;
}

} // namespace

int Survey::findQuestion(const QString& key) const {
    const QString k = key.trimmed();
    int i = firstQuestion(questions, [&](const Question& q) { return sameId(q, k); });
    if (i < 0)
        i = firstQuestion(questions, [&](const Question& q) { return q.code == k; });
    if (i < 0)
        i = firstQuestion(questions, [&](const Question& q) { return q.text == k; });
    // A code typed in another case is still unambiguous enough to accept.
    if (i < 0)
        i = firstQuestion(questions, [&](const Question& q) {
            return q.code.compare(k, Qt::CaseInsensitive) == 0;
        });
    return i;
}

int Survey::findQuestion(const QString& id, const QString& code) const {
    const int byId =
        id.isEmpty() ? -1
                     : firstQuestion(questions, [&](const Question& q) { return sameId(q, id); });
    if (byId >= 0 && (code.isEmpty() || questions[byId].code == code))
        return byId;
    // Ids are positional: after a re-import that shifted the questions, the tool's code still
    // names the same question.
    const int byCode = code.isEmpty() ? -1 : firstQuestion(questions, [&](const Question& q) {
        return q.code == code;
    });
    return byCode >= 0 ? byCode : byId;
}

int Survey::findGroup(const QString& id) const {
    const QString k = id.trimmed();
    for (int g = 0; g < groups.size(); ++g)
        if (groups[g].id.compare(k, Qt::CaseInsensitive) == 0)
            return g;
    return -1;
}

QList<int> Survey::groupItems(int g) const {
    QList<int> items;
    if (g < 0 || g >= groups.size())
        return items;
    for (const QString& id : groups[g].items)
        if (const int q =
                firstQuestion(questions, [&](const Question& x) { return sameId(x, id); });
            q >= 0)
            items.append(q);
    return items;
}

void Survey::relinkGroupItems() {
    for (QuestionGroup& group : groups) {
        group.items.clear();
        for (const Question& q : questions)
            if (q.group.compare(group.id, Qt::CaseInsensitive) == 0)
                group.items.append(q.id);
    }
}

int Survey::findOption(int q, const QString& value) const {
    if (q < 0 || q >= questions.size())
        return -1;
    const QStringList& options = questions[q].options;
    const QString v = value.trimmed();
    for (int i = 0; i < options.size(); ++i)
        if (options[i] == v)
            return i;
    for (int i = 0; i < options.size(); ++i)
        if (options[i].compare(v, Qt::CaseInsensitive) == 0)
            return i;
    bool ok = false;
    const int code = v.toInt(&ok);
    if (ok && code >= 1 && code <= options.size())
        return code - 1;
    return -1;
}

} // namespace sondo
