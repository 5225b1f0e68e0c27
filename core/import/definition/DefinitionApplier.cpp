#include "import/definition/DefinitionApplier.h"

#include "base/CoreText.h"
#include "import/infer/ScaleLibrary.h"

#include <QHash>
#include <algorithm>
#include <cmath>
#include <limits>

namespace sondo {

namespace {

/**
 * The defined choice a value or option stands for (by stored name, then label), or -1. A
 * number is matched as a number only: normalising words drops signs and points, and "-1"
 * (Qualtrics' usual code for "Never tried it") would become choice "1".
 */
int choiceOf(const DefinedQuestion& q, const QString& option) {
    bool isNumber = false;
    const double value = option.trimmed().toDouble(&isNumber);
    if (isNumber) {
        for (int c = 0; c < q.choices.size(); ++c) {
            bool ok = false;
            const double name = q.choices[c].name.trimmed().toDouble(&ok);
            if (q.choices[c].name == option || (ok && name == value))
                return c;
        }
        for (int c = 0; c < q.choices.size(); ++c)
            if (q.choices[c].label.trimmed() == option.trimmed())
                return c;
        return -1;
    }
    const QString key = ScaleLibrary::normalize(option);
    for (int c = 0; c < q.choices.size(); ++c)
        if (q.choices[c].name == option || ScaleLibrary::normalize(q.choices[c].name) == key)
            return c;
    for (int c = 0; c < q.choices.size(); ++c)
        if (ScaleLibrary::normalize(q.choices[c].label) == key)
            return c;
    return -1;
}

/** New option list and, for each old option, its index in it. */
struct Relabelled {
    QStringList options;
    std::vector<int> newOfOld;
    std::vector<double> scores;
    bool scale = false;
};

Relabelled relabel(const DefinedQuestion& d, const ColumnCoding& coding,
                   const ScaleLibrary& scales) {
    Relabelled r;
    const int old = int(coding.options.size());
    r.newOfOld.assign(size_t(old), -1);
    if (coding.type == QuestionType::Likert) {
        // The scale's order and scores stand (direction from the labels); only the words change.
        r.options = coding.options;
        for (int o = 0; o < old; ++o) {
            r.newOfOld[size_t(o)] = o;
            if (const int c = choiceOf(d, coding.options[o]); c >= 0)
                r.options[o] = d.choices[c].label;
        }
        r.scores = coding.scores;
        r.scale = true;
        return r;
    }
    for (const DefinedChoice& c : d.choices)
        r.options.append(c.label);
    for (int o = 0; o < old; ++o) {
        const int c = choiceOf(d, coding.options[o]);
        if (c >= 0) {
            r.newOfOld[size_t(o)] = c;
        } else {
            r.newOfOld[size_t(o)] = int(r.options.size());
            r.options.append(coding.options[o]);
        }
    }
    if (coding.type != QuestionType::Single)
        return r;
    // Codes stored as numbers whose labels make a scale ("1" … "5" defined as "Strongly
    // disagree" … "Strongly agree"): a Likert question, in the scale's direction.
    const auto m = scales.match(r.options, std::vector<qint64>(size_t(r.options.size()), 1));
    if (m && m->options.size() == r.options.size()) {
        std::vector<int> target(size_t(r.options.size()));
        for (int i = 0; i < r.options.size(); ++i)
            target[size_t(i)] = m->optionOfValue[size_t(i)];
        for (int& n : r.newOfOld)
            n = target[size_t(n)];
        r.options = m->options;
        r.scores = m->scores;
        r.scale = true;
    }
    return r;
}

/** Letters and digits only, case folded: a header and a label that say the same words. */
QString textKey(const QString& text) {
    QString key;
    key.reserve(text.size());
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            key.append(c.toCaseFolded());
    return key;
}

/**
 * The defined question a full-text export's column shows (LimeSurvey "Question text
 * [Sub-question text]" headers have no codes): its text is the question's label, or the label
 * of an array's row after the array's text. Only a text one defined question has: two
 * questions worded alike are not told apart by guessing.
 */
const DefinedQuestion* byText(const SurveyDefinition& definition, const QString& text) {
    const QString key = textKey(text);
    if (key.isEmpty())
        return nullptr;
    const DefinedQuestion* found = nullptr;
    for (const DefinedQuestion& d : definition.questions) {
        if (textKey(d.label) != key && textKey(d.groupLabel + d.label) != key)
            continue;
        if (found)
            return nullptr;
        found = &d;
    }
    return found;
}

} // namespace

void DefinitionApplier::applyToPlan(const SurveyDefinition& definition, ImportPlan& plan) {
    QStringList unmatched;
    int firstUnmatched = -1;
    for (QuestionPlan& q : plan.questions) {
        if (q.metadata)
            continue;
        const DefinedQuestion* d = definition.find(q.code);
        if (!d && (d = byText(definition, q.text))) {
            // Matched by its words: it takes the definition's code, by which the options are
            // matched next and the analyst names it as in a code export.
            q.code = d->name;
        }
        if (!d && q.layout == ColumnLayout::OptionFlags) {
            // A matrix the export reads as one multiple choice (a single answer column): the
            // definition knows its rows ("Q8_1" …), whose question is this one's text.
            const auto row =
                std::find_if(definition.questions.begin(), definition.questions.end(),
                             [&](const DefinedQuestion& r) {
                                 return r.name.startsWith(q.code + u'_') && !r.groupLabel.isEmpty();
                             });
            if (row != definition.questions.end()) {
                q.text = row->groupLabel;
                continue;
            }
        }
        if (!d) {
            if (firstUnmatched < 0 && !q.columns.isEmpty())
                firstUnmatched = q.columns.first();
            unmatched.append(q.code);
            continue;
        }
        if (!d->label.isEmpty())
            q.text = d->label;
        // A group the export shows (a path, a bracketed stem) takes its label; a matrix of the
        // definition is a grid even where the export does not show it. An XLSForm page group
        // alone is not: its questions may have nothing in common.
        if (!d->groupLabel.isEmpty() && (!q.group.isEmpty() || d->kind == u"Matrix"))
            q.group = d->groupLabel;
        // Options stored as codes ("1", "2") would read as numbers.
        if (!d->choices.isEmpty() && q.layout == ColumnLayout::OneColumn && !q.typeHint &&
            !d->kind.contains(QStringLiteral("multiple")))
            q.typeHint = QuestionType::Single;
        if (q.layout == ColumnLayout::OptionFlags)
            for (QString& option : q.columnOptions)
                if (const int c = choiceOf(*d, option); c >= 0)
                    option = d->choices[c].label;
    }
    if (unmatched.isEmpty())
        return;
    const QString listed = unmatched.size() <= 5 ? unmatched.join(QStringLiteral(", "))
                                                 : unmatched.mid(0, 5).join(QStringLiteral(", ")) +
                                                       QStringLiteral(" …");
    Diagnostic d;
    d.column = firstUnmatched + 1;
    d.message =
        CoreText::tr("%n column(s) not in the survey definition %1: %2", "", int(unmatched.size()))
            .arg(definition.file, listed);
    plan.warnings.append(d);
}

void DefinitionApplier::applyToCoding(const SurveyDefinition& definition, const ImportPlan& plan,
                                      CodedSurvey& coded) {
    const ScaleLibrary scales;
    const int n = int(std::min<qsizetype>(plan.questions.size(), coded.survey.questions.size()));
    for (int i = 0; i < n; ++i) {
        const QuestionPlan& qp = plan.questions[i];
        AnswerSource& source = coded.answers[size_t(i)];
        Question& q = coded.survey.questions[i];
        if (qp.metadata || qp.layout != ColumnLayout::OneColumn || source.chosenAsText)
            continue;
        const DefinedQuestion* d = definition.find(qp.code);
        ColumnCoding& coding = source.coding;
        if (!d || d->choices.isEmpty() ||
            (coding.type != QuestionType::Single && coding.type != QuestionType::Likert &&
             coding.type != QuestionType::Multiple))
            continue;
        // A name shared with an unrelated question of the definition: none of its options fit.
        if (std::none_of(coding.options.begin(), coding.options.end(),
                         [&](const QString& option) { return choiceOf(*d, option) >= 0; }))
            continue;
        const Relabelled r = relabel(*d, coding, scales);
        for (std::int32_t& code : coding.codeOfValue)
            if (code > 0)
                code = r.newOfOld[size_t(code - 1)] + 1;
        for (std::vector<int>& chosen : coding.optionsOfValue)
            for (int& o : chosen)
                o = r.newOfOld[size_t(o)];
        coding.options = r.options;
        if (r.scale) {
            coding.type = QuestionType::Likert;
            coding.scores = r.scores;
        }
        q.type = coding.type;
        q.options = coding.options;
        q.scores = coding.type == QuestionType::Likert ? coding.scores : std::vector<double>();
    }
}

} // namespace sondo
