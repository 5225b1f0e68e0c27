#pragma once

#include "CliOutput.h"

#include "base/Result.h"
#include "filter/SegmentFilter.h"
#include "model/Project.h"
#include "project/ProjectService.h"
#include "stats/SignificanceOptions.h"

#include <QCommandLineParser>
#include <QStringList>
#include <functional>
#include <optional>

namespace sondo {

/** The project a sub-command works on, and the respondents its --where conditions keep. */
struct CliScope {
    Project project;
    /** The index of the question the command was asked about, when open() was given one. */
    int question = -1;
    /** SegmentFilter::mask() of --where: empty when there is no condition (everyone). */
    RespondentMask mask;
    /** SegmentFilter::describe() of --where: "Settore = Banche", empty without conditions. */
    QString filterText;
    /** True when the project's saved weighting was applied (see CliWeighting). */
    bool weighted = false;
};

/**
 * What every sub-command does around its own work, written once: options parsed and --help
 * printed, the project opened with just the answers the command needs and its warnings printed,
 * --where turned into a filter, question keys resolved. Errors are reported the one way scripts
 * rely on: a bad argument as `sondo: message` (ExitUsage), a bad input file as
 * `sondo: FILE:LINE:COL: message` (ExitBadInput).
 *
 * A step that fails has printed why and returns nothing; the command then returns exitCode().
 */
class CliCommand {
public:
    /** A parser with `description` and --help; `usage` is printed when the arguments are off. */
    CliCommand(CliOutput& output, const QString& description, const QString& usage);

    QCommandLineParser& parser() { return m_parser; }
    QTextStream& out();

    /** The PROJECT argument: a .sondo project or a survey export. */
    void addProjectArgument();
    /** --where QUESTION=VALUE (repeatable), described by `help` or, when empty, the usual text. */
    void addWhereOption(const QString& help = {});
    /** --by QUESTION, the segment to compare by. */
    void addByOption();
    /** --json. */
    void addJsonOption();
    /** --unweighted: open() then leaves the project's saved weighting off. */
    void addUnweightedOption();
    /**
     * How --by's groups are tested: --level 90|95|99, --adjust holm|bonferroni|none,
     * --min-base N and, with `againstRest`, --vs-rest (each group against the rest: ▲▼ instead
     * of letters; findings compare two groups, so they have no --vs-rest).
     */
    void addSignificanceOptions(bool againstRest = true);
    /** The SignificanceOptions of those options; nothing (a usage error printed) when off. */
    std::optional<SignificanceOptions> significance();

    /**
     * Parses `arguments`; false when the command is over: --help printed, an unknown option, or
     * not `positionals` positional arguments (the usage printed; -1 takes any number).
     */
    bool parse(const QStringList& arguments, qsizetype positionals = -1);
    /** The positional arguments. */
    QStringList positional() const { return m_parser.positionalArguments(); }

    /** The answers to the questions that `keys` and the --where conditions name. */
    ProjectService::AnswersNeeded answersNamed(const QStringList& keys) const;
    /**
     * The answers an `--all` command works on: every analysable question that `keep` accepts,
     * with those `keys` and the --where conditions name.
     */
    ProjectService::AnswersNeeded answersOfAll(const QStringList& keys,
                                               std::function<bool(const Question&)> keep) const;
    /**
     * Opens `path` (ProjectService::openFor) with the answers `needed` says, or every answer
     * when `needed` is empty (ProjectService::open), prints its warnings, resolves
     * `questionKey` when given (see question()), applies --where and the project's saved
     * weighting (unless --unweighted).
     */
    std::optional<CliScope> open(const QString& path,
                                 const ProjectService::AnswersNeeded& needed = {},
                                 const std::optional<QString>& questionKey = std::nullopt);
    /** The analysable question `key` names (id, code or exact text). */
    std::optional<int> question(const Survey& survey, const QString& key);
    /** The choice question --by names. */
    std::optional<int> segment(const Survey& survey, const QString& key);

    /** Prints "sondo: message"; returns ExitUsage, which exitCode() then says too. */
    int usageError(const QString& message);
    /** usageError() with the command's usage line. */
    int usageError() { return usageError(m_usage); }
    /** Prints "sondo: FILE:LINE:COL: message"; returns ExitBadInput, as exitCode() then. */
    int inputError(const Diagnostic& error);
    /** What the command returns after a step gave nothing. */
    int exitCode() const { return m_exitCode; }

private:
    /** The --where values; none when the command has no --where. */
    QStringList conditions() const;
    /** The value of an argument that resolved; else its message printed as a usage error. */
    template <typename T> std::optional<T> orUsageError(Result<T> resolved) {
        if (resolved.ok())
            return resolved.takeValue();
        usageError(resolved.error().message);
        return std::nullopt;
    }

    CliOutput& m_output;
    QString m_usage;
    QCommandLineParser m_parser;
    bool m_hasWhere = false;
    bool m_hasUnweighted = false;
    int m_exitCode = ExitOk;
};

} // namespace sondo
