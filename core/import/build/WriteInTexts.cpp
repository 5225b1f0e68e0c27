#include "import/build/WriteInTexts.h"

#include "base/CoreText.h"

#include <QSet>

namespace sondo {

namespace {

/** The number of a question id "Q12", or 0. */
int questionNumber(const QString& id) {
    if (id.size() < 2 || id.front().toUpper() != u'Q')
        return 0;
    bool ok = false;
    const int n = QStringView(id).mid(1).toInt(&ok);
    return ok ? n : 0;
}

} // namespace

void WriteInTexts::addQuestions(CodedSurvey& coded) {
    Survey& survey = coded.survey;
    int lastNumber = 0;
    QSet<QString> codes;
    for (const Question& q : survey.questions) {
        lastNumber = std::max(lastNumber, questionNumber(q.id));
        codes.insert(q.code.toLower());
    }
    for (int i = 0; i < survey.questions.size(); ++i) {
        AnswerSource& parentSource = coded.answers[size_t(i)];
        if (parentSource.kind != AnswerSource::Kind::OneColumn ||
            parentSource.coding.type != QuestionType::Multiple ||
            parentSource.coding.otherTextOfValue.isEmpty())
            continue;
        const Question& parent = survey.questions[i];
        Question q;
        q.id = QStringLiteral("Q%1").arg(++lastNumber);
        q.text = CoreText::tr("%1 [%2]").arg(parent.text, CoreText::tr("Other"));
        // A tool without codes (Google Forms) has the text as the code.
        const QString base =
            parent.code == parent.text ? q.text : parent.code + QStringLiteral("_other");
        q.code = base;
        for (int n = 2; codes.contains(q.code.toLower()); ++n)
            q.code = base + QString::number(n);
        codes.insert(q.code.toLower());
        q.type = QuestionType::Text;

        AnswerSource source;
        source.columns = parentSource.columns;
        source.joinSeparator = parentSource.joinSeparator;
        source.coding.type = QuestionType::Text;
        source.coding.otherTextOfValue = std::move(parentSource.coding.otherTextOfValue);
        parentSource.coding.otherTextOfValue.clear();

        // After the parent, or after its group's last item: the items stay side by side.
        int at = i + 1;
        while (!parent.group.isEmpty() && at < survey.questions.size() &&
               survey.questions[at].group == parent.group)
            ++at;
        survey.questions.insert(at, q);
        coded.answers.insert(coded.answers.begin() + at, std::move(source));
    }
}

} // namespace sondo
