#include "analysis/AnalysisState.h"

#include <QJsonValue>

namespace sondo {

namespace {

const QString kVersion = QStringLiteral("version");
const QString kCurrent = QStringLiteral("currentQuestion");
const QString kCompareBy = QStringLiteral("compareBy");
const QString kFilter = QStringLiteral("filter");
const QString kChart = QStringLiteral("chart");
const QString kWindow = QStringLiteral("window");

QJsonValue questionRef(const Survey& survey, int q) {
    if (q < 0 || q >= survey.questions.size())
        return QJsonValue::Null;
    const Question& question = survey.questions[q];
    return QJsonObject{{QStringLiteral("question"), question.id},
                       {QStringLiteral("code"), question.code}};
}

/** The question a saved reference names: see Survey::findQuestion(id, code). */
int resolveRef(const Survey& survey, const QJsonValue& value) {
    const QJsonObject ref = value.toObject();
    return survey.findQuestion(ref.value(QStringLiteral("question")).toString(),
                               ref.value(QStringLiteral("code")).toString());
}

QString refName(const QJsonValue& value) {
    const QJsonObject ref = value.toObject();
    const QString code = ref.value(QStringLiteral("code")).toString();
    return code.isEmpty() ? ref.value(QStringLiteral("question")).toString() : code;
}

} // namespace

QJsonObject AnalysisState::toJson(const Survey& survey) const {
    QJsonObject json;
    json.insert(kVersion, 1);
    json.insert(kCurrent, questionRef(survey, currentQuestion));
    json.insert(kCompareBy, questionRef(survey, compareBy));
    json.insert(kFilter, filter.toJson(survey));
    json.insert(kChart, QJsonObject{
                            {QStringLiteral("sortByFrequency"), chartOptions.sortByFrequency},
                            {QStringLiteral("divergingLikert"), chartOptions.divergingLikert},
                            {QStringLiteral("showTitle"), chartOptions.showTitle},
                            {QStringLiteral("showFooter"), chartOptions.showFooter},
                            {QStringLiteral("decimals"), chartOptions.decimals},
                            {QStringLiteral("sourceNote"), chartOptions.sourceNote},
                        });
    json.insert(kWindow,
                QJsonObject{
                    {QStringLiteral("geometry"), QString::fromLatin1(windowGeometry.toBase64())},
                    {QStringLiteral("state"), QString::fromLatin1(windowState.toBase64())},
                });
    return json;
}

AnalysisState AnalysisState::fromJson(const QJsonObject& json, const Survey& survey,
                                      QStringList* unresolved) {
    AnalysisState state;

    const QJsonValue current = json.value(kCurrent);
    if (current.isObject()) {
        state.currentQuestion = resolveRef(survey, current);
        if (state.currentQuestion >= 0 && !survey.questions[state.currentQuestion].isAnalysable())
            state.currentQuestion = -1;
        if (state.currentQuestion < 0 && unresolved)
            *unresolved << refName(current);
    }

    const QJsonValue compareBy = json.value(kCompareBy);
    if (compareBy.isObject()) {
        const int q = resolveRef(survey, compareBy);
        if (q >= 0 && survey.questions[q].isAnalysable() && isCategorical(survey.questions[q].type))
            state.compareBy = q;
        else if (unresolved)
            *unresolved << refName(compareBy);
    }

    state.filter = SegmentFilter::fromJson(json.value(kFilter).toObject(), survey, unresolved);

    const QJsonObject chart = json.value(kChart).toObject();
    ChartOptions& o = state.chartOptions;
    o.sortByFrequency = chart.value(QStringLiteral("sortByFrequency")).toBool(o.sortByFrequency);
    o.divergingLikert = chart.value(QStringLiteral("divergingLikert")).toBool(o.divergingLikert);
    o.showTitle = chart.value(QStringLiteral("showTitle")).toBool(o.showTitle);
    o.showFooter = chart.value(QStringLiteral("showFooter")).toBool(o.showFooter);
    o.decimals = qBound(0, chart.value(QStringLiteral("decimals")).toInt(o.decimals), 3);
    o.sourceNote = chart.value(QStringLiteral("sourceNote")).toString();

    const QJsonObject window = json.value(kWindow).toObject();
    state.windowGeometry =
        QByteArray::fromBase64(window.value(QStringLiteral("geometry")).toString().toLatin1());
    state.windowState =
        QByteArray::fromBase64(window.value(QStringLiteral("state")).toString().toLatin1());
    return state;
}

} // namespace sondo
