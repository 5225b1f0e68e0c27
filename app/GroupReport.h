#pragma once

#include "CliOutput.h"

#include "chart/ChartOptions.h"
#include "chart/ChartSpecBuilder.h"
#include "model/Survey.h"
#include "project/ProjectService.h"
#include "render/ChartExporter.h"
#include "stats/FrequencyTable.h"
#include "stats/GridBySegment.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sondo {

class CliCommand;

/**
 * The items × options table of a question group (`sondo freq PROJECT G3`): one FrequencyTable
 * per item, each exactly what `sondo freq PROJECT Qn` counts for that item.
 */
namespace GroupReport {

/** The item tables of group `group` (an index in survey.groups) over the respondents in `mask`. */
QList<FrequencyTable> compute(const Survey& survey, const ResponseMatrix& responses, int group,
                              const RespondentMask& mask);
/**
 * The `freq G… --json` object: group, text, kind, respondents, options, and "items": per item
 * its question, text, type, base, missing, options and stats as `freq Qn --json` gives them.
 */
QJsonObject toJson(const Survey& survey, const ResponseMatrix& responses, int group,
                   const QList<FrequencyTable>& items, const RespondentMask& mask);
/** The plain table: a row per item, a column per option (percent of the item's base), base. */
QString toText(const Survey& survey, int group, const QList<FrequencyTable>& items,
               const QString& filter);

/**
 * The `freq G… --by Q --json` object: group, text, kind, by {question, text}, figure ("top2" or
 * "option", with "option" its label), and "items": per item its question, text, "groups"
 * [{label, base, percent}], "total" {base, percent} and "chi_square" {statistic, df, p,
 * low_expected} (null when it does not apply).
 */
QJsonObject toJson(const Survey& survey, const GridBySegment& table);
/** The plain table: a row per item, a column per group with its figure, the total, the p. */
QString toText(const Survey& survey, const GridBySegment& table, const QString& filter);

/**
 * `sondo freq PROJECT KEY` where KEY has a group id's form (G3): opens the project, and when it
 * has that group prints its table and returns the exit code. Nothing when KEY is not shaped like
 * a group id (the command goes on as for a question). When the project has no such group, KEY is
 * looked up as a question (its code may be "G3") and that question's table printed.
 */
std::optional<int> runFreq(CliCommand& command);

/** `needed` plus the items of the group `key` names, when the survey has that group. */
ProjectService::AnswersNeeded withGroupItems(ProjectService::AnswersNeeded needed,
                                             const QString& key);

/**
 * `sondo chart PROJECT G3 -o FILE`: writes the chart of group `group` (GridChartSpecBuilder)
 * and prints the path; returns the exit code. With `scope.segment`, the group compared by it
 * (GridChartSpecBuilder::bySegment).
 */
int exportChart(CliCommand& command, const Survey& survey, const ResponseMatrix& responses,
                int group, const ChartOptions& options, const ChartScope& scope,
                const QString& path, ExportFormat format, const ExportOptions& exportOptions);

} // namespace GroupReport

} // namespace sondo
