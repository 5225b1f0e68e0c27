#include "CliCommand.h"

#include "CliArguments.h"
#include "CliText.h"
#include "CliWeighting.h"

namespace sondo {

namespace {

const QString WhereOption = QStringLiteral("where");

} // namespace

CliCommand::CliCommand(CliOutput& output, const QString& description, const QString& usage)
    : m_output(output)
    , m_usage(usage) {
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
}

QTextStream& CliCommand::out() {
    return m_output.out();
}

void CliCommand::addProjectArgument() {
    m_parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                   CliText::tr("A .sondo project or a survey export."));
}

void CliCommand::addWhereOption(const QString& help) {
    m_parser.addOption(
        {WhereOption,
         help.isEmpty()
             ? CliText::tr("Keep respondents who answered VALUE to QUESTION. Repeat a question "
                           "for OR; different questions combine with AND. Numeric questions "
                           "take QUESTION>=N, >N, <=N, <N, =N or =A..B (ends included).")
             : help,
         QStringLiteral("QUESTION=VALUE")});
    m_hasWhere = true;
}

void CliCommand::addByOption() {
    m_parser.addOption({QStringLiteral("by"),
                        CliText::tr("Compare by the options of a segment question."),
                        QStringLiteral("QUESTION")});
}

void CliCommand::addJsonOption() {
    m_parser.addOption({QStringLiteral("json"), CliText::tr("Print JSON.")});
}

void CliCommand::addUnweightedOption() {
    m_parser.addOption(
        {QStringLiteral("unweighted"), CliText::tr("Leave the project's saved weighting off.")});
    m_hasUnweighted = true;
}

bool CliCommand::parse(const QStringList& arguments, qsizetype positionals) {
    if (!m_parser.parse(arguments)) {
        usageError(m_parser.errorText());
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_output.out() << m_parser.helpText();
        m_exitCode = ExitOk;
        return false;
    }
    if (positionals >= 0 && m_parser.positionalArguments().size() != positionals) {
        usageError();
        return false;
    }
    return true;
}

QStringList CliCommand::conditions() const {
    // Asking a parser for an option it does not have makes Qt warn on stderr.
    return m_hasWhere ? m_parser.values(WhereOption) : QStringList();
}

ProjectService::AnswersNeeded CliCommand::answersNamed(const QStringList& keys) const {
    return [keys, conditions = conditions()](const Survey& survey) {
        return CliArguments::questionsNamed(survey, keys, conditions);
    };
}

std::optional<CliScope> CliCommand::open(const QString& path,
                                         const ProjectService::AnswersNeeded& needed,
                                         const std::optional<QString>& questionKey) {
    const bool weighting = !(m_hasUnweighted && m_parser.isSet(QStringLiteral("unweighted")));
    const WeightingSettings saved = weighting ? CliWeighting::saved(path) : WeightingSettings{};
    auto opened = needed ? ProjectService::openFor(path, CliWeighting::withWeighting(needed, saved))
                         : ProjectService::open(path);
    m_output.warnings(opened.warnings);
    if (!opened.ok()) {
        inputError(opened.error());
        return std::nullopt;
    }
    CliScope scope;
    scope.project = opened.takeValue();
    const Survey& survey = scope.project.survey;
    if (questionKey) {
        const auto index = question(survey, *questionKey);
        if (!index)
            return std::nullopt;
        scope.question = *index;
    }
    const auto filter = orUsageError(CliArguments::filter(survey, conditions()));
    if (!filter)
        return std::nullopt;
    scope.mask = filter->mask(survey, scope.project.responses);
    scope.filterText = filter->describe(survey);
    if (weighting && !CliWeighting::apply(scope, path, m_output)) {
        m_exitCode = ExitBadInput;
        return std::nullopt;
    }
    return scope;
}

std::optional<int> CliCommand::question(const Survey& survey, const QString& key) {
    return orUsageError(CliArguments::question(survey, key));
}

std::optional<int> CliCommand::segment(const Survey& survey, const QString& key) {
    return orUsageError(CliArguments::segment(survey, key));
}

int CliCommand::usageError(const QString& message) {
    m_exitCode = m_output.usageError(message);
    return m_exitCode;
}

int CliCommand::inputError(const Diagnostic& error) {
    m_exitCode = m_output.inputError(error);
    return m_exitCode;
}

} // namespace sondo
