#include "filter/SegmentFilter.h"

#include "filter/CodeKernels.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace sondo {

namespace {

/** Short enough for a chart note; longer question texts are cut with an ellipsis. */
constexpr int kMaxLabelLength = 40;

QString questionLabel(const Question& q) {
    const QString text = q.text.simplified();
    if (!text.isEmpty() && text.size() <= kMaxLabelLength)
        return text;
    // Tool codes such as "G01Q05" are cryptic, so they come only after a short text.
    if (!q.code.isEmpty() && q.code.size() <= kMaxLabelLength)
        return q.code;
    if (text.isEmpty())
        return q.code.isEmpty() ? q.id : q.code.left(kMaxLabelLength - 1) + QChar(0x2026);
    return text.left(kMaxLabelLength - 1).trimmed() + QChar(0x2026);
}

/** Labels only: a numeric fallback (as in Survey::findOption) could pick a different option. */
int optionByLabel(const Question& q, const QString& label) {
    const QString l = label.trimmed();
    for (int i = 0; i < q.options.size(); ++i)
        if (q.options[i].trimmed() == l)
            return i;
    for (int i = 0; i < q.options.size(); ++i)
        if (q.options[i].trimmed().compare(l, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

} // namespace

void SegmentFilter::addCondition(int question, int option) {
    if (question < 0 || option < 0)
        return;
    QList<int>& options = m_conditions[question];
    const auto it = std::lower_bound(options.begin(), options.end(), option);
    if (it == options.end() || *it != option)
        options.insert(it, option);
}

void SegmentFilter::removeCondition(int question, int option) {
    const auto it = m_conditions.find(question);
    if (it == m_conditions.end())
        return;
    it->removeAll(option);
    if (it->isEmpty())
        m_conditions.erase(it);
}

void SegmentFilter::setRange(int question, const NumericRange& range) {
    if (question >= 0)
        m_ranges.insert(question, range);
}

void SegmentFilter::clearQuestion(int question) {
    m_conditions.remove(question);
    m_ranges.remove(question);
}

void SegmentFilter::clear() {
    m_conditions.clear();
    m_ranges.clear();
}

bool SegmentFilter::isEmpty() const {
    return m_conditions.isEmpty() && m_ranges.isEmpty();
}

QList<int> SegmentFilter::questions() const {
    QList<int> all = m_conditions.keys();
    for (const int q : m_ranges.keys())
        if (!m_conditions.contains(q))
            all << q;
    std::sort(all.begin(), all.end());
    return all;
}

QMap<int, QList<int>> SegmentFilter::conditions() const {
    return m_conditions;
}

RespondentMask SegmentFilter::mask(const Survey& survey, const ResponseMatrix& responses) const {
    if (isEmpty())
        return {};
    const std::size_t n = std::size_t(std::max(responses.respondentCount, 0));
    RespondentMask result(n, 1);
    std::uint8_t* const out = result.data();

    for (auto it = m_ranges.cbegin(); it != m_ranges.cend(); ++it) {
        const int q = it.key();
        const bool valid = q >= 0 && q < survey.questions.size() &&
                           std::size_t(q) < responses.columns.size() &&
                           survey.questions[q].type == QuestionType::Numeric;
        if (!valid) {
            std::fill(result.begin(), result.end(), std::uint8_t(0));
            return result;
        }
        const std::vector<double>& values = responses.columns[std::size_t(q)].values;
        const NumericRange range = it.value();
        const std::size_t m = std::min(n, values.size());
        for (std::size_t row = 0; row < m; ++row)
            out[row] &= std::uint8_t(range.contains(values[row]));
        std::fill(out + m, out + n, std::uint8_t(0));
    }

    for (auto it = m_conditions.cbegin(); it != m_conditions.cend(); ++it) {
        const int q = it.key();
        const bool valid = q >= 0 && q < survey.questions.size() &&
                           std::size_t(q) < responses.columns.size() &&
                           isCategorical(survey.questions[q].type);
        if (!valid) {
            std::fill(result.begin(), result.end(), std::uint8_t(0));
            return result;
        }
        const Question& question = survey.questions[q];
        const AnswerColumn& column = responses.columns[std::size_t(q)];

        if (question.type == QuestionType::Multiple) {
            std::vector<const std::vector<std::uint8_t>*> chosen;
            for (int option : it.value())
                if (std::size_t(option) < column.selected.size())
                    chosen.push_back(&column.selected[std::size_t(option)]);
            if (chosen.size() == 1) {
                const std::size_t m = std::min(n, chosen.front()->size());
                kernels::andNonZero(chosen.front()->data(), m, out);
                std::fill(out + m, out + n, std::uint8_t(0));
                continue;
            }
            // Several options: OR them into one buffer (one per question, not per respondent).
            std::vector<std::uint8_t> any(n, 0);
            for (const std::vector<std::uint8_t>* selected : chosen)
                kernels::orNonZero(selected->data(), std::min(n, selected->size()), any.data());
            kernels::andNonZero(any.data(), n, out);
            continue;
        }

        std::vector<std::int32_t> wanted;
        for (int option : it.value())
            if (option < question.options.size())
                wanted.push_back(option + 1);
        const std::size_t m = std::min(n, column.codes.size());
        kernels::andCodeIn(column.codes.data(), m, wanted.data(), wanted.size(), out);
        std::fill(out + m, out + n, std::uint8_t(0));
    }
    return result;
}

QString SegmentFilter::describe(const Survey& survey) const {
    QStringList parts;
    for (const int q : questions()) {
        if (q < 0 || q >= survey.questions.size()) {
            parts << QCoreApplication::translate("sondo", "Question %1: ?").arg(q + 1);
            continue;
        }
        const Question& question = survey.questions[q];
        if (const auto range = m_ranges.constFind(q); range != m_ranges.cend()) {
            parts << questionLabel(question) + QStringLiteral(" ") + range->describe();
            continue;
        }
        QStringList labels;
        for (int option : m_conditions.value(q))
            labels << (option < question.options.size() ? question.options[option]
                                                        : QStringLiteral("?"));
        parts << questionLabel(question) + QStringLiteral(": ") + labels.join(QStringLiteral(", "));
    }
    return parts.join(QStringLiteral(" \u00B7 "));
}

QJsonObject SegmentFilter::toJson(const Survey& survey) const {
    QJsonArray conditions;
    for (auto it = m_conditions.cbegin(); it != m_conditions.cend(); ++it) {
        const int q = it.key();
        if (q < 0 || q >= survey.questions.size())
            continue;
        const Question& question = survey.questions[q];
        QJsonArray options;
        for (int option : it.value())
            if (option < question.options.size())
                options.append(question.options[option]);
        if (options.isEmpty())
            continue;
        conditions.append(QJsonObject{{QStringLiteral("question"), question.id},
                                      {QStringLiteral("code"), question.code},
                                      {QStringLiteral("options"), options}});
    }
    for (auto it = m_ranges.cbegin(); it != m_ranges.cend(); ++it) {
        const int q = it.key();
        if (q < 0 || q >= survey.questions.size())
            continue;
        const Question& question = survey.questions[q];
        const NumericRange& range = it.value();
        QJsonObject condition{{QStringLiteral("question"), question.id},
                              {QStringLiteral("code"), question.code}};
        // JSON has no infinity: an open end is simply left out.
        if (!std::isinf(range.low))
            condition.insert(QStringLiteral("min"), range.low);
        if (!std::isinf(range.high))
            condition.insert(QStringLiteral("max"), range.high);
        if (!range.lowIncluded)
            condition.insert(QStringLiteral("min_excluded"), true);
        if (!range.highIncluded)
            condition.insert(QStringLiteral("max_excluded"), true);
        conditions.append(condition);
    }
    return QJsonObject{{QStringLiteral("conditions"), conditions}};
}

SegmentFilter SegmentFilter::fromJson(const QJsonObject& json, const Survey& survey,
                                      QStringList* unresolved) {
    SegmentFilter filter;
    const QJsonArray conditions = json.value(QStringLiteral("conditions")).toArray();
    for (const QJsonValue& value : conditions) {
        const QJsonObject condition = value.toObject();
        const QString id = condition.value(QStringLiteral("question")).toString();
        const QString code = condition.value(QStringLiteral("code")).toString();
        const QJsonArray options = condition.value(QStringLiteral("options")).toArray();
        const int q = survey.findQuestion(id, code);
        const bool isRange = !condition.contains(QStringLiteral("options"));
        if (isRange && q >= 0 && survey.questions[q].type == QuestionType::Numeric) {
            NumericRange range;
            if (const QJsonValue min = condition.value(QStringLiteral("min")); min.isDouble())
                range.low = min.toDouble();
            if (const QJsonValue max = condition.value(QStringLiteral("max")); max.isDouble())
                range.high = max.toDouble();
            range.lowIncluded = !condition.value(QStringLiteral("min_excluded")).toBool();
            range.highIncluded = !condition.value(QStringLiteral("max_excluded")).toBool();
            filter.setRange(q, range);
            continue;
        }
        if (q < 0 || isRange || !isCategorical(survey.questions[q].type)) {
            if (unresolved)
                *unresolved << (code.isEmpty() ? id : code);
            continue;
        }
        const Question& question = survey.questions[q];
        for (const QJsonValue& option : options) {
            const int o = optionByLabel(question, option.toString());
            if (o >= 0)
                filter.addCondition(q, o);
            else if (unresolved)
                *unresolved << questionLabel(question) + QStringLiteral(": ") + option.toString();
        }
    }
    return filter;
}

} // namespace sondo
