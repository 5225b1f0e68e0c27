#include "import/build/QuestionGroupFinder.h"

#include <QRegularExpression>
#include <algorithm>
#include <optional>

namespace sondo {

namespace {

/** The kind of group question `q` can be an item of: a choice question with options. */
std::optional<QuestionGroup::Kind> itemKind(const Question& q) {
    if (!q.isAnalysable() || q.options.isEmpty())
        return std::nullopt;
    switch (q.type) {
    case QuestionType::Single:
    case QuestionType::Likert:
        return QuestionGroup::Kind::Grid;
    case QuestionType::Multiple:
        return QuestionGroup::Kind::Multiple;
    default:
        return std::nullopt;
    }
}

/**
 * The stem of a header written "Stem [Item]" (LimeSurvey and Google Forms full-text headers), or
 * empty. Used when the profile gave no stem: the generic profile reads such exports too.
 */
QString bracketStem(const QString& text) {
    static const QRegularExpression shape(QStringLiteral(R"(^(.*\S)\s*\[[^\[\]]+\]\s*$)"));
    const QRegularExpressionMatch match = shape.match(text);
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace

void QuestionGroupFinder::formGroups(const ImportPlan& plan, Survey& survey) {
    survey.groups.clear();
    const int n = int(std::min(plan.questions.size(), survey.questions.size()));
    QStringList stems;
    for (int i = 0; i < n; ++i)
        stems.append(
            !plan.questions[i].group.isEmpty()
                ? plan.questions[i].group
                : (plan.questions[i].metadata ? QString() : bracketStem(survey.questions[i].text)));
    for (int i = 0; i < n;) {
        const QString& stem = stems[i];
        const std::optional<QuestionGroup::Kind> kind = itemKind(survey.questions[i]);
        if (stem.isEmpty() || !kind) {
            ++i;
            continue;
        }
        int j = i + 1;
        while (j < n && stems[j] == stem && itemKind(survey.questions[j]) == kind)
            ++j;
        if (j - i >= 2) {
            QuestionGroup group;
            group.id = QStringLiteral("G%1").arg(survey.groups.size() + 1);
            group.text = stem;
            group.kind = *kind;
            for (int k = i; k < j; ++k) {
                Question& item = survey.questions[k];
                item.group = group.id;
                group.items.append(item.id);
                for (const QString& option : item.options)
                    if (!group.options.contains(option))
                        group.options.append(option);
            }
            survey.groups.append(group);
        }
        i = j;
    }
}

} // namespace sondo
