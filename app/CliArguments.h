#pragma once

#include "base/Result.h"
#include "filter/SegmentFilter.h"
#include "import/ImportOptions.h"
#include "model/Survey.h"

#include <QCommandLineParser>
#include <QStringList>
#include <vector>

namespace sondo {

/** Parsing shared by the sub-commands: import options, question keys, --where conditions. */
namespace CliArguments {

/** Adds --format, --encoding, --delimiter, --type, --sheet to a parser. */
void addImportOptions(QCommandLineParser& parser);
/** Reads them back; an error message names the bad option. */
Result<ImportOptions> importOptions(const QCommandLineParser& parser);
/** Parses ",", ";", "|", "\t", "tab", "comma", "semicolon", "pipe"; a null QChar when bad. */
QChar delimiterFromName(const QString& name);
/** Index of the question named by id, code or exact text (analysable questions only), or an error.
 */
Result<int> question(const Survey& survey, const QString& key);
/** Index of the question named by --by: like question(), and it must be a choice question. */
Result<int> segment(const Survey& survey, const QString& key);
/**
 * Builds the filter of repeated conditions: QUESTION=VALUE for a choice question (OR within a
 * question, AND across), QUESTION>=N, >N, <=N, <N, =N or =A..B for a numeric one.
 */
Result<SegmentFilter> filter(const Survey& survey, const QStringList& conditions);
/**
 * One flag per question of `survey`: the questions that `keys` (question keys) and `conditions`
 * (--where QUESTION=VALUE) name, whose answers a command needs. What names nothing is left out:
 * the command reports it when it resolves its arguments itself.
 */
std::vector<bool> questionsNamed(const Survey& survey, const QStringList& keys,
                                 const QStringList& conditions);

} // namespace CliArguments

} // namespace sondo
