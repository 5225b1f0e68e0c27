#include "edit/Bands.h"

#include "edit/EditText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace sondo {

namespace {

bool isWhole(double value) {
    return std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15;
}

/** A cut as written: no thousands separator (years), no trailing zeros. */
QString number(double value) {
    return QString::number(value, 'g', 15);
}

Result<int> find(const Bands& bands, const Survey& survey) {
    const QString name = EditText::questionName(bands.question, bands.code);
    QStringList cuts;
    for (double cut : bands.cuts)
        cuts.append(number(cut));
    auto fail = [&](const char* message) {
        return Result<int>::failure(
            {QString(), 0, 0,
             QCoreApplication::translate("sondo", message).arg(name, cuts.join(QLatin1Char(',')))});
    };
    const int q = survey.findQuestion(bands.question, bands.code);
    if (q < 0)
        return fail(
            QT_TRANSLATE_NOOP("sondo", "cannot band %1 at %2: the survey has no such question"));
    if (survey.questions[q].type != QuestionType::Numeric)
        return fail(
            QT_TRANSLATE_NOOP("sondo", "cannot band %1 at %2: the question is not numeric"));
    if (bands.cuts.empty())
        return fail(QT_TRANSLATE_NOOP("sondo", "cannot band %1: no cut points are given"));
    for (size_t i = 0; i < bands.cuts.size(); ++i)
        if (!std::isfinite(bands.cuts[i]) || (i > 0 && bands.cuts[i] <= bands.cuts[i - 1]))
            return fail(QT_TRANSLATE_NOOP("sondo", "cannot band %1 at %2: the cut points must "
                                                   "be numbers in increasing order"));
    return q;
}

void bandQuestion(const Bands& bands, Question& q) {
    q.type = QuestionType::Single;
    q.options = Bands::labels(bands.cuts);
    q.scores.clear();
}

} // namespace

QStringList Bands::labels(const std::vector<double>& cuts) {
    QStringList labels;
    for (size_t i = 0; i + 1 < cuts.size(); ++i) {
        const double from = cuts[i], to = cuts[i + 1];
        if (isWhole(from) && isWhole(to) && to - 1 == from)
            labels.append(number(from)); // a band of one whole value: "19", not "19–19"
        else if (isWhole(from) && isWhole(to))
            labels.append(QStringLiteral("%1–%2").arg(number(from), number(to - 1)));
        else
            labels.append(QStringLiteral("%1–<%2").arg(number(from), number(to)));
    }
    if (!cuts.empty())
        labels.append(number(cuts.back()) + QLatin1Char('+'));
    return labels;
}

QJsonObject Bands::toJson() const {
    QJsonArray array;
    for (double cut : cuts)
        array.append(cut);
    return QJsonObject{{QStringLiteral("kind"), kind()},
                       {QStringLiteral("question"), question},
                       {QStringLiteral("code"), code},
                       {QStringLiteral("cuts"), array}};
}

std::optional<Bands> Bands::fromJson(const QJsonObject& json) {
    if (json.value(QStringLiteral("kind")).toString() != kind())
        return std::nullopt;
    const QJsonValue question = json.value(QStringLiteral("question"));
    const QJsonValue code = json.value(QStringLiteral("code"));
    const QJsonValue cuts = json.value(QStringLiteral("cuts"));
    if (!question.isString() || !cuts.isArray() || !(code.isString() || code.isUndefined()))
        return std::nullopt;
    Bands bands{question.toString(), code.toString(), {}};
    for (const QJsonValue& cut : cuts.toArray()) {
        if (!cut.isDouble())
            return std::nullopt;
        bands.cuts.push_back(cut.toDouble());
    }
    return bands;
}

Result<Done> Bands::applyTo(Survey& survey) const {
    auto found = find(*this, survey);
    if (!found.ok())
        return Result<Done>::failure(found.error());
    bandQuestion(*this, survey.questions[found.value()]);
    return Done{};
}

Result<Done> Bands::applyTo(Survey& survey, ResponseMatrix& responses) const {
    auto found = find(*this, survey);
    if (!found.ok())
        return Result<Done>::failure(found.error());
    const int q = found.value();
    if (size_t(q) < responses.columns.size()) {
        AnswerColumn& column = responses.columns[size_t(q)];
        if (!column.values.empty()) {
            column.codes.resize(column.values.size());
            // The band's code is the number of cuts at or below the value; NaN (missing) is
            // at or above none, so it gets 0. Branch-free: the loop vectorises.
            const double* values = column.values.data();
            std::int32_t* codes = column.codes.data();
            const size_t n = column.values.size();
            for (size_t r = 0; r < n; ++r) {
                std::int32_t code = 0;
                for (const double cut : cuts)
                    code += values[r] >= cut ? 1 : 0;
                codes[r] = code;
            }
            column.values.clear();
            column.values.shrink_to_fit();
        }
    }
    bandQuestion(*this, survey.questions[q]);
    return Done{};
}

} // namespace sondo
