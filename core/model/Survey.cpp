#include "model/Survey.h"

namespace sondo {

int Survey::findQuestion(const QString& key) const
{
    const QString k = key.trimmed();
    for (int i = 0; i < questions.size(); ++i)
        if (questions[i].id.compare(k, Qt::CaseInsensitive) == 0)
            return i;
    for (int i = 0; i < questions.size(); ++i)
        if (questions[i].code == k)
            return i;
    for (int i = 0; i < questions.size(); ++i)
        if (questions[i].text == k)
            return i;
    // A code typed in another case is still unambiguous enough to accept.
    for (int i = 0; i < questions.size(); ++i)
        if (questions[i].code.compare(k, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

int Survey::findOption(int q, const QString& value) const
{
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
