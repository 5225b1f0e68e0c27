#pragma once

#include "stats/WeightingTarget.h"

#include <QJsonObject>
#include <QString>
#include <vector>

namespace sondo {

/**
 * The one weighting a project can have active, as stored in its saved state
 * (Project::state["weighting"]) and applied whenever the project is opened for analysis
 * (Weighting::apply). Plain value: what the analyst chose, not the weights, which are computed
 * again on every open from the answers (raking a million respondents takes well under a second,
 * and weights stored beside answers would go stale after a re-import).
 */
struct WeightingSettings {
    enum class Method {
        /** No weighting: every respondent weighs 1. */
        None,
        /** A numeric question of the file holds the weights (scaled to mean 1). */
        Column,
        /** Raking to target shares on one or more single-choice questions. */
        Raking,
    };

    Method method = Method::None;
    /** Method::Column: the weight question's id. */
    QString column;
    /** Method::Raking: one per question, in the order given. */
    std::vector<WeightingTarget> targets;
    /** Method::Raking: cap the weights to [lowerCap, upperCap] × mean weight (RakingOptions). */
    bool trim = false;
    double lowerCap = 0.2;
    double upperCap = 5.0;

    /** The key of Project::state that holds the settings. */
    static QString stateKey() { return QStringLiteral("weighting"); }

    bool isActive() const { return method != Method::None; }
    QJsonObject toJson() const;
    /** The settings of `json`; anything unreadable is no weighting. */
    static WeightingSettings fromJson(const QJsonObject& json);
    /** The settings saved in a project's state (none when the key is absent). */
    static WeightingSettings fromState(const QJsonObject& state);
    /** `state` with these settings stored (the key removed for no weighting). */
    QJsonObject storedIn(QJsonObject state) const;
};

} // namespace sondo
