#pragma once

#include "model/Survey.h"
#include "stats/CrossTab.h"
#include "stats/CrossTabInference.h"
#include "stats/FrequencyInference.h"
#include "stats/FrequencyTable.h"

#include <QJsonObject>
#include <QString>

namespace sondo {

/** Writes frequency tables and crosstabs the way `sondo freq` prints them (JSON and text). */
namespace FrequencyReport {

/**
 * The `freq --json` object: question, text, type, respondents, base, missing, options, stats,
 * and from `inference` weighted, unweighted_base, effective_base, each option's unweighted_count
 * and Wilson interval (ci_low, ci_high, percent) and nps for a recommendation question.
 */
QJsonObject toJson(const Survey& survey, const FrequencyTable& table,
                   const FrequencyInference& inference);
/**
 * toJson of the total plus "by", "groups" (each with its letter, effective base, options'
 * higher_than letters and mean_higher_than) and "chi_square" (with cramers_v).
 */
QJsonObject toJson(const Survey& survey, const CrossTab& crossTab,
                   const FrequencyInference& totalInference, const CrossTabInference& inference);
QString toText(const Survey& survey, const FrequencyTable& table, const QString& filter,
               const FrequencyInference& inference);
/** Letters after the percentages a group beats, with a legend line. */
QString toText(const Survey& survey, const CrossTab& crossTab, const QString& filter,
               const FrequencyInference& totalInference, const CrossTabInference& inference);

} // namespace FrequencyReport

} // namespace sondo
