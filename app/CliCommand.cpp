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

void CliCommand::addSignificanceOptions(bool againstRest) {
    m_parser.addOption({QStringLiteral("level"),
                        CliText::tr("Confidence of the tests between --by groups: 90, 95 "
                                    "(default) or 99."),
                        QStringLiteral("PERCENT"), QStringLiteral("95")});
    m_parser.addOption({QStringLiteral("adjust"),
                        CliText::tr("Correction for testing many pairs of groups: holm "
                                    "(default), bonferroni or none."),
                        QStringLiteral("METHOD"), QStringLiteral("holm")});
    if (againstRest)
        m_parser.addOption(
            {QStringLiteral("vs-rest"),
             CliText::tr("Test each group against the rest of the sample (\u25B2\u25BC) "
                         "instead of every pair of groups (letters).")});
    m_parser.addOption({QStringLiteral("min-base"),
                        CliText::tr("Groups with a smaller effective base are shown but not "
                                    "tested (default 30)."),
                        QStringLiteral("N"), QStringLiteral("30")});
}

std::optional<SignificanceOptions> CliCommand::significance() {
    SignificanceOptions options;
    const QString level = m_parser.value(QStringLiteral("level")).remove(QLatin1Char('%'));
    if (level == QLatin1String("90") || level == QLatin1String("95") ||
        level == QLatin1String("99"))
        options.confidence = level.toDouble() / 100.0;
    else {
        usageError(CliText::tr("bad --level '%1' (expected 90, 95 or 99)")
                       .arg(m_parser.value(QStringLiteral("level"))));
        return std::nullopt;
    }
    const auto correction =
        SignificanceOptions::correctionFromName(m_parser.value(QStringLiteral("adjust")));
    if (!correction) {
        usageError(CliText::tr("bad --adjust '%1' (expected holm, bonferroni or none)")
                       .arg(m_parser.value(QStringLiteral("adjust"))));
        return std::nullopt;
    }
    options.correction = *correction;
    bool ok = false;
    const double minimum = m_parser.value(QStringLiteral("min-base")).toDouble(&ok);
    if (!ok || !(minimum >= 2) || minimum > 1e9) {
        usageError(CliText::tr("bad --min-base '%1' (expected a number of 2 or more)")
                       .arg(m_parser.value(QStringLiteral("min-base"))));
        return std::nullopt;
    }
    options.minimumEffectiveBase = minimum;
    options.againstRest = m_parser.optionNames().contains(QStringLiteral("vs-rest"));
    return options;
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

ProjectService::AnswersNeeded
CliCommand::answersOfAll(const QStringList& keys, std::function<bool(const Question&)> keep) const {
    return [named = answersNamed(keys), keep = std::move(keep)](const Survey& survey) {
        std::vector<bool> needed = named(survey);
        needed.resize(size_t(survey.questions.size()), false);
        for (qsizetype q = 0; q < survey.questions.size(); ++q)
            if (survey.questions[q].isAnalysable() && keep(survey.questions[q]))
                needed[size_t(q)] = true;
        return needed;
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
