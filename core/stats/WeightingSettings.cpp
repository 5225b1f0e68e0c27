#include "stats/WeightingSettings.h"

#include <QJsonArray>

namespace sondo {

namespace {

const QString MethodKey = QStringLiteral("method");

} // namespace

QJsonObject WeightingSettings::toJson() const {
    QJsonObject json;
    switch (method) {
    case Method::None:
        json.insert(MethodKey, QStringLiteral("none"));
        break;
    case Method::Column:
        json.insert(MethodKey, QStringLiteral("column"));
        json.insert(QStringLiteral("column"), column);
        break;
    case Method::Raking: {
        json.insert(MethodKey, QStringLiteral("raking"));
        QJsonArray list;
        for (const WeightingTarget& target : targets) {
            QJsonArray shares;
            for (int i = 0; i < target.options.size(); ++i)
                shares.append(QJsonObject{{QStringLiteral("option"), target.options[i]},
                                          {QStringLiteral("share"), target.shares[size_t(i)]}});
            list.append(QJsonObject{{QStringLiteral("question"), target.question},
                                    {QStringLiteral("shares"), shares}});
        }
        json.insert(QStringLiteral("targets"), list);
        if (trim)
            json.insert(QStringLiteral("trim"), QJsonArray{lowerCap, upperCap});
        break;
    }
    }
    return json;
}

WeightingSettings WeightingSettings::fromJson(const QJsonObject& json) {
    WeightingSettings settings;
    const QString method = json.value(MethodKey).toString();
    if (method == u"column") {
        settings.column = json.value(QStringLiteral("column")).toString();
        if (!settings.column.isEmpty())
            settings.method = Method::Column;
    } else if (method == u"raking") {
        for (const QJsonValue& value : json.value(QStringLiteral("targets")).toArray()) {
            const QJsonObject object = value.toObject();
            WeightingTarget target;
            target.question = object.value(QStringLiteral("question")).toString();
            for (const QJsonValue& share : object.value(QStringLiteral("shares")).toArray()) {
                target.options.append(share.toObject().value(QStringLiteral("option")).toString());
                target.shares.push_back(share.toObject().value(QStringLiteral("share")).toDouble());
            }
            settings.targets.push_back(std::move(target));
        }
        const QJsonArray caps = json.value(QStringLiteral("trim")).toArray();
        if (caps.size() == 2) {
            settings.trim = true;
            settings.lowerCap = caps[0].toDouble();
            settings.upperCap = caps[1].toDouble();
        }
        if (!settings.targets.empty())
            settings.method = Method::Raking;
    }
    return settings;
}

WeightingSettings WeightingSettings::fromState(const QJsonObject& state) {
    return fromJson(state.value(stateKey()).toObject());
}

QJsonObject WeightingSettings::storedIn(QJsonObject state) const {
    if (isActive())
        state.insert(stateKey(), toJson());
    else
        state.remove(stateKey());
    return state;
}

} // namespace sondo
