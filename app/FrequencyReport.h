#pragma once

#include "model/Survey.h"
#include "stats/CrossTab.h"
#include "stats/FrequencyTable.h"

#include <QJsonObject>
#include <QString>

namespace sondo {

/** Writes frequency tables and crosstabs the way `sondo freq` prints them (JSON and text). */
namespace FrequencyReport {

/** The `freq --json` object: question, text, type, respondents, base, missing, options, stats. */
QJsonObject toJson(const Survey& survey, const FrequencyTable& table);
/** toJson of the total plus "by", "groups" and "chi_square". */
QJsonObject toJson(const Survey& survey, const CrossTab& crossTab);
QString toText(const Survey& survey, const FrequencyTable& table, const QString& filter);
QString toText(const Survey& survey, const CrossTab& crossTab, const QString& filter);

} // namespace FrequencyReport

} // namespace sondo
