#pragma once

#include <QStringList>

namespace sondo {

class CliCommand;
struct CliScope;

class CliOutput;

/**
 * The headless sub-commands. Each takes the arguments after the program name (its own name
 * first) and returns the process exit code (see ExitCode).
 */
int runImportCommand(const QStringList& arguments, CliOutput& output);
int runQuestionsCommand(const QStringList& arguments, CliOutput& output);
int runFreqCommand(const QStringList& arguments, CliOutput& output);
/**
 * What `sondo freq` prints for `question` of the opened `scope` (with its --by and --json), and
 * its exit code: shared by the question and the group command paths so they print alike.
 */
int printQuestionTable(CliCommand& command, const CliScope& scope, int question);
int runChartCommand(const QStringList& arguments, CliOutput& output);
int runExportDataCommand(const QStringList& arguments, CliOutput& output);
int runWeightCommand(const QStringList& arguments, CliOutput& output);
int runFindingsCommand(const QStringList& arguments, CliOutput& output);
int runReportCommand(const QStringList& arguments, CliOutput& output);
/** `sondo recode`: appends one recode (merge, rename, order, hide, …) to the project's list. */
int runRecodeCommand(const QStringList& arguments, CliOutput& output);
/** `sondo segment`: derives a single-choice question from conditions on others, as a recode. */
int runSegmentCommand(const QStringList& arguments, CliOutput& output);
/** sondo clean: proposals to merge spellings of one answer, and --apply. */
int runCleanCommand(const QStringList& arguments, CliOutput& output);
/** `sondo recodes`: lists the project's recodes, or removes one. */
int runRecodesCommand(const QStringList& arguments, CliOutput& output);
int runTablesCommand(const QStringList& arguments, CliOutput& output);
/** `sondo settings`: the project's small-base thresholds, printed or changed. */
int runSettingsCommand(const QStringList& arguments, CliOutput& output);
/** `sondo slides`: the report's charts as a 16:9 PowerPoint deck. */
int runSlidesCommand(const QStringList& arguments, CliOutput& output);

} // namespace sondo
