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

/**
 * The stem of a label written "Stem: Item" or "Stem - Item" (en and em dashes too): how SPSS and
 * Stata variable labels, and many hand-made sheets, name the items of a battery. Only a run of
 * questions with one such stem and one scale becomes a group, so "Section A: Gender" beside
 * "Section A: Country" stays apart.
 */
QString separatorStem(const QString& text) {
    static const QRegularExpression shape(
        QStringLiteral(R"(^(.{3,}?\S)\s*(?::|\s[-\x{2013}\x{2014}])\s+(\S.*)$)"));
    const QRegularExpressionMatch match = shape.match(text.trimmed());
    return match.hasMatch() ? match.captured(1) : QString();
}

/**
 * True when `item` answers on the scale of `first`: most of the options of the one with fewer
 * are options of the other. A page of a form (an XLSForm group, a LimeSurvey question group)
 * may hold single choices that share nothing, such as gender and country: those are not a grid.
 */
bool sharesScale(const Question& first, const Question& item) {
    if (first.type == QuestionType::Multiple)
        return true;
    const QStringList& fewer =
        first.options.size() <= item.options.size() ? first.options : item.options;
    const QStringList& more = &fewer == &first.options ? item.options : first.options;
    const auto shared = std::count_if(fewer.begin(), fewer.end(),
                                      [&](const QString& o) { return more.contains(o); });
    return shared * 2 >= fewer.size();
}

/** The stem a question's own text gives: "Stem [Item]", else "Stem: Item" or "Stem - Item". */
QString textStem(const QString& text) {
    const QString bracket = bracketStem(text);
    return bracket.isEmpty() ? separatorStem(text) : bracket;
}

} // namespace

QStringList QuestionGroupFinder::formGroups(const ImportPlan& plan, Survey& survey) {
    survey.groups.clear();
    QStringList leftOut;
    const int n = int(std::min(plan.questions.size(), survey.questions.size()));
    QStringList stems;
    for (int i = 0; i < n; ++i)
        stems.append(
            !plan.questions[i].group.isEmpty()
                ? plan.questions[i].group
                : (plan.questions[i].metadata ? QString() : textStem(survey.questions[i].text)));
    auto addGroup = [&](const QString& stem, QuestionGroup::Kind kind, const QList<int>& members) {
        QuestionGroup group;
        group.id = QStringLiteral("G%1").arg(survey.groups.size() + 1);
        group.text = stem;
        group.kind = kind;
        for (int k : members) {
            Question& item = survey.questions[k];
            item.group = group.id;
            group.items.append(item.id);
            for (const QString& option : item.options)
                if (!group.options.contains(option))
                    group.options.append(option);
        }
        survey.groups.append(group);
    };
    QStringList chosenStems;
    for (int i = 0; i < n;) {
        const QString& stem = stems[i];
        const std::optional<QuestionGroup::Kind> kind = itemKind(survey.questions[i]);
        if (plan.questions[i].chosenGroup) {
            // The analyst's group, formed at its first column: all its columns of the first
            // one's kind; a column that cannot be an item (text, numbers) is said.
            if (!chosenStems.contains(stem)) {
                chosenStems.append(stem);
                QList<int> members;
                for (int k = i; k < n; ++k) {
                    if (!plan.questions[k].chosenGroup || stems[k] != stem)
                        continue;
                    const auto itemOf = itemKind(survey.questions[k]);
                    if (itemOf && (members.isEmpty() ||
                                   itemOf == itemKind(survey.questions[members.first()])))
                        members.append(k);
                    else
                        leftOut.append(survey.questions[k].code);
                }
                if (members.size() >= 2)
                    addGroup(stem, *itemKind(survey.questions[members.first()]), members);
                else
                    for (int k : std::as_const(members))
                        leftOut.append(survey.questions[k].code);
            }
            ++i;
            continue;
        }
        if (stem.isEmpty() || !kind) {
            ++i;
            continue;
        }
        int j = i + 1;
        while (j < n && stems[j] == stem && !plan.questions[j].chosenGroup &&
               itemKind(survey.questions[j]) == kind &&
               sharesScale(survey.questions[i], survey.questions[j]))
            ++j;
        const bool split = std::any_of(plan.questions.begin() + i, plan.questions.begin() + j,
                                       [](const QuestionPlan& q) { return q.standalone; });
        if (j - i >= 2 && !split) {
            QList<int> members;
            for (int k = i; k < j; ++k)
                members.append(k);
            addGroup(stem, *kind, members);
        }
        i = j;
    }
    return leftOut;
}

} // namespace sondo
