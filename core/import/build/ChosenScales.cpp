#include "import/build/ChosenScales.h"

#include "base/CoreText.h"
#include "edit/EditText.h"

#include <cmath>
#include <limits>

namespace sondo {

namespace {

/** Reorders one item's coding and question: `scale` first (scored 1…k), its other answers after. */
void order(const QStringList& scale, AnswerSource& source, Question& q) {
    ColumnCoding& coding = source.coding;
    const int old = int(coding.options.size());
    std::vector<int> newOfOld(size_t(old), -1);
    QStringList options;
    std::vector<double> scores;
    for (const QString& point : scale) {
        const int o = EditText::optionIndex(coding.options, point);
        if (o >= 0)
            newOfOld[size_t(o)] = int(options.size());
        // A point this item's respondents never chose is still on its scale, with no answers.
        options.append(o >= 0 ? coding.options[o] : point);
        scores.push_back(double(scores.size() + 1));
    }
    for (int o = 0; o < old; ++o)
        if (newOfOld[size_t(o)] < 0) {
            newOfOld[size_t(o)] = int(options.size());
            options.append(coding.options[o]);
            scores.push_back(std::numeric_limits<double>::quiet_NaN());
        }
    for (std::int32_t& code : coding.codeOfValue)
        if (code > 0)
            code = newOfOld[size_t(code - 1)] + 1;
    coding.type = QuestionType::Likert;
    coding.options = options;
    coding.scores = scores;
    q.type = coding.type;
    q.options = options;
    q.scores = scores;
}

} // namespace

Result<Done> ChosenScales::apply(const StructureChoices& choices, const ImportPlan& plan,
                                 CodedSurvey& coded, const QString& file) {
    QList<Diagnostic> warnings;
    Survey& survey = coded.survey;
    for (const StructureChoices::ScaleOrder& chosen : choices.scales) {
        const QString option = QStringLiteral("--scale-order");
        auto refuse = [&](const QString& message) {
            const Diagnostic d{file, 0, 0,
                               choices.strict ? message
                                              : CoreText::tr("%1 (not applied)").arg(message)};
            if (choices.strict)
                return std::optional<Diagnostic>(d);
            warnings.append(d);
            return std::optional<Diagnostic>();
        };
        const int i = StructureChoices::findColumn(plan, chosen.column);
        if (i < 0 || i >= survey.questions.size()) {
            const Diagnostic d = choices.missingColumn(option, chosen.column, file);
            if (choices.strict)
                return Result<Done>::failure(d);
            warnings.append(d);
            continue;
        }
        QList<int> items{i};
        if (const int g = survey.findGroup(survey.questions[i].group); g >= 0)
            items = survey.groupItems(g);
        bool oneAnswer = !survey.questions[i].metadata;
        for (int item : std::as_const(items)) {
            const ColumnCoding& coding = coded.answers[size_t(item)].coding;
            oneAnswer =
                oneAnswer && plan.questions[item].layout == ColumnLayout::OneColumn &&
                !coded.answers[size_t(item)].chosenAsText &&
                (coding.type == QuestionType::Single || coding.type == QuestionType::Likert);
        }
        if (!oneAnswer) {
            if (auto error = refuse(CoreText::tr("%1 %2: not a question answered by one choice "
                                                 "from a list")
                                        .arg(option, chosen.column)))
                return Result<Done>::failure(*error);
            continue;
        }
        // Every point is an answer some item has (a misspelt point would be a scale point
        // nobody chose) and is named once.
        QString problem;
        for (int p = 0; p < chosen.options.size() && problem.isEmpty(); ++p) {
            const QString& point = chosen.options[p];
            const bool known = std::any_of(items.begin(), items.end(), [&](int item) {
                return EditText::optionIndex(coded.answers[size_t(item)].coding.options, point) >=
                       0;
            });
            if (!known)
                problem = CoreText::tr("%1 %2: no answer “%3” (the answers are: %4)")
                              .arg(option, chosen.column, point,
                                   survey.questions[i].options.join(QStringLiteral(", ")));
            else if (EditText::optionIndex(chosen.options.mid(0, p), point) >= 0)
                problem =
                    CoreText::tr("%1 %2: “%3” is named twice").arg(option, chosen.column, point);
        }
        if (problem.isEmpty() && chosen.options.size() < 2)
            problem =
                CoreText::tr("%1 %2: a scale has two points or more").arg(option, chosen.column);
        if (!problem.isEmpty()) {
            if (auto error = refuse(problem))
                return Result<Done>::failure(*error);
            continue;
        }
        for (int item : std::as_const(items))
            order(chosen.options, coded.answers[size_t(item)], survey.questions[item]);
        if (const int g = survey.findGroup(survey.questions[i].group); g >= 0) {
            // The group's options: the scale, then the items' other answers as they first appear.
            QStringList options =
                survey.questions[items.first()].options.mid(0, qsizetype(chosen.options.size()));
            for (int item : std::as_const(items))
                for (const QString& answer : survey.questions[item].options)
                    if (!options.contains(answer))
                        options.append(answer);
            survey.groups[g].options = options;
        }
    }
    Result<Done> result(Done{});
    result.warnings = warnings;
    return result;
}

} // namespace sondo
