#include "CliCommand.h"
#include "CliText.h"
#include "Commands.h"

#include "chart/BaseThresholds.h"
#include "project/ProjectService.h"
#include "storage/ProjectStore.h"

#include <QJsonDocument>

namespace sondo {

namespace {

/** A threshold option's value: a whole number from 0 (0 turns the marking off). */
std::optional<int> threshold(CliCommand& command, const QString& option) {
    bool ok = false;
    const int value = command.parser().value(option).toInt(&ok);
    if (!ok || value < 0) {
        command.usageError(CliText::tr("bad --%1 '%2' (expected a whole number from 0)")
                               .arg(option, command.parser().value(option)));
        return std::nullopt;
    }
    return value;
}

} // namespace

int runSettingsCommand(const QStringList& arguments, CliOutput& output) {
    CliCommand command(
        output,
        CliText::tr("The project's settings for every chart, report and the window: the small "
                    "bases. Without options, prints them."),
        CliText::tr("usage: sondo settings PROJECT [--low-base N] [--counts-below N] [--json]"));
    QCommandLineParser& parser = command.parser();
    command.addProjectArgument();
    parser.addOption(
        {QStringLiteral("low-base"),
         CliText::tr("Under N respondents a chart or group says \"Low base: interpret with "
                     "care\" and its bars are lighter (default 30; 0: never)."),
         QStringLiteral("N")});
    parser.addOption({QStringLiteral("counts-below"),
                      CliText::tr("Under N respondents bars are labelled with counts, not "
                                  "percentages (default 10; 0: never)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("json"), CliText::tr("Print the settings as JSON.")});
    if (!command.parse(arguments, 1))
        return command.exitCode();
    const QString path = command.positional().constFirst();
    if (!ProjectService::isProjectFile(path))
        return command.usageError(
            CliText::tr("%1 is not a .sondo project: import it first (sondo import)").arg(path));
    const auto state = ProjectStore::readState(path);
    if (!state.ok())
        return command.inputError(state.error());
    BaseThresholds bases = BaseThresholds::fromState(state.value());
    const bool change =
        parser.isSet(QStringLiteral("low-base")) || parser.isSet(QStringLiteral("counts-below"));
    if (parser.isSet(QStringLiteral("low-base"))) {
        const auto value = threshold(command, QStringLiteral("low-base"));
        if (!value)
            return command.exitCode();
        bases.low = *value;
    }
    if (parser.isSet(QStringLiteral("counts-below"))) {
        const auto value = threshold(command, QStringLiteral("counts-below"));
        if (!value)
            return command.exitCode();
        bases.counts = *value;
    }
    if (change) {
        QJsonObject saved = state.value();
        saved.insert(BaseThresholds::stateKey(), bases.toJson());
        const auto written = ProjectService::saveState(path, saved);
        if (!written.ok())
            return command.inputError(written.error());
    }
    if (parser.isSet(QStringLiteral("json"))) {
        command.out() << QJsonDocument(QJsonObject{{QStringLiteral("low_base"), bases.low},
                                                   {QStringLiteral("counts_below"), bases.counts}})
                             .toJson();
    } else {
        command.out()
            << CliText::tr("Low base: under %1 respondents").arg(bases.low) << '\n'
            << CliText::tr("Counts instead of percentages: under %1 respondents").arg(bases.counts)
            << '\n';
    }
    return ExitOk;
}

} // namespace sondo
