#include "CliOutput.h"
#include "Commands.h"

#include "base/AtomicFileReplacement.h"
#include "window/GuiApplication.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStringList>
#include <cerrno>
#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

namespace {

const char* usage =
    "usage: sondo [FILE]                 open the window (on FILE, a survey export or project)\n"
    "       sondo import FILE [-o PROJECT] [--update | --force] [--format FORMAT]\n"
    "                    [--encoding NAME] [--delimiter CHAR] [--type QUESTION=TYPE]...\n"
    "                    [--sheet NAME] [--definition FILE | --no-definition]\n"
    "                    [--complete-only]\n"
    "       sondo questions PROJECT [--json]\n"
    "       sondo freq PROJECT QUESTION [--where QUESTION=VALUE]... [--by QUESTION] "
    "[--unweighted]\n"
    "                  [--json]\n"
    "       sondo chart PROJECT (QUESTION | --all) -o PATH [--where QUESTION=VALUE]...\n"
    "                   [--by QUESTION] [--size WxH] [--scale N] [--format png|svg|pdf]\n"
    "                   [--ci] [--finding] [--unweighted] [--items]\n"
    "       sondo export-data PROJECT -o FILE.csv|FILE.sav [--where QUESTION=VALUE]...\n"
    "                         [--option-columns] [--include-personal]\n"
    "       sondo weight PROJECT (--column QUESTION | --rake \"QUESTION=OPTION:SHARE,...\"...\n"
    "                    [--trim MIN,MAX] | --off) [--json]\n"
    "       sondo findings PROJECT [QUESTION | --all] [--lang it|en] [--where QUESTION=VALUE]...\n"
    "                      [--by QUESTION] [--json]\n"
    "       sondo report PROJECT -o FILE.pdf|FILE.odt|FILE.html [--questions Q1,G3,...]\n"
    "                    [--where QUESTION=VALUE]... [--by QUESTION] [--lang it|en]\n"
    "                    [--title TEXT] [--source TEXT] [--page a4|a4-landscape|16:9]\n"
    "       sondo slides PROJECT -o FILE.pptx [--questions Q1,G3,...]\n"
    "                    [--where QUESTION=VALUE]... [--by QUESTION] [--lang it|en]\n"
    "                    [--title TEXT] [--source TEXT]\n"
    "       sondo recode PROJECT QUESTION (--merge \"A+B=NEW\" | --rename \"OLD=NEW\" |\n"
    "                    --order \"A,B,C\" | --hide \"A\" | --net \"A+B=NAME\" |\n"
    "                    --bands \"18,25,35,50,65\"|equal:N|width:W|quantiles:N |\n"
    "                    --type TYPE)\n"
    "       sondo recodes PROJECT [--json] [--remove N]\n"
    "       sondo segment PROJECT NAME --group \"LABEL=QUESTION=VALUE[ & ...]\"... "
    "[--rest LABEL]\n"
    "                     [--json]\n"
    "       sondo clean PROJECT QUESTION [--apply N[,N...]]... [--json]\n"
    "       sondo tables PROJECT -o FILE.xlsx [--questions Q1,Q2,...] [--by QUESTION[,...]]\n"
    "                    [--where QUESTION=VALUE]... [--banner] [--unweighted]\n"
    "       sondo settings PROJECT [--low-base N] [--counts-below N] [--json]\n"
    "With --by, freq, chart, report and slides test the groups as [--level 90|95|99]\n"
    "[--adjust holm|bonferroni|none] [--vs-rest] [--min-base N] say (findings: all but "
    "--vs-rest).\n"
    "Run 'sondo COMMAND --help' for the options of a command.\n";

using Command = int (*)(const QStringList&, sondo::CliOutput&);

struct CommandEntry {
    const char* name;
    Command run;
    bool needsGui; ///< renders charts: Qt Charts needs a QApplication
};

const CommandEntry* commandNamed(const QString& name) {
    static const CommandEntry commands[] = {
        {"import", sondo::runImportCommand, false},
        {"questions", sondo::runQuestionsCommand, false},
        {"freq", sondo::runFreqCommand, false},
        {"chart", sondo::runChartCommand, true},
        {"export-data", sondo::runExportDataCommand, false},
        {"weight", sondo::runWeightCommand, false},
        {"findings", sondo::runFindingsCommand, false},
        {"report", sondo::runReportCommand, true},
        {"clean", sondo::runCleanCommand, false},
        {"recode", sondo::runRecodeCommand, false},
        {"segment", sondo::runSegmentCommand, false},
        {"recodes", sondo::runRecodesCommand, false},
        {"tables", sondo::runTablesCommand, false},
        {"slides", sondo::runSlidesCommand, true},
        {"settings", sondo::runSettingsCommand, false},
    };
    for (const CommandEntry& entry : commands)
        if (name == QLatin1String(entry.name))
            return &entry;
    return nullptr;
}

/**
 * Qt's platform code warns on stderr when XDG_RUNTIME_DIR is unset (cron jobs, CI, ssh without a
 * session); scripts read our stderr, so give it a private folder instead.
 */
void ensureRuntimeDir() {
    if (qEnvironmentVariableIsSet("XDG_RUNTIME_DIR"))
        return;
    const QByteArray dir =
        QDir::tempPath().toLocal8Bit() + "/sondo-runtime-" + QByteArray::number(getuid());
    if (::mkdir(dir.constData(), 0700) == 0 || errno == EEXIST)
        qputenv("XDG_RUNTIME_DIR", dir);
}

bool hasDisplay() {
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
}

} // namespace

int main(int argc, char** argv) {
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (const CommandEntry* command = commandNamed(first)) {
        // A script's timeout or Ctrl+C must not leave an import's hidden temporary file behind.
        sondo::AtomicFileReplacement::removeTemporaryFilesOnTermination();
        if (!command->needsGui) {
            QCoreApplication app(argc, argv);
            QCoreApplication::setApplicationName(QStringLiteral("sondo"));
            sondo::CliOutput output;
            return command->run(QCoreApplication::arguments().mid(1), output);
        }
        // Headless rendering: no display needed on a server or in CI.
        if (!hasDisplay() && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        ensureRuntimeDir();
        QApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("sondo"));
        sondo::CliOutput output;
        return command->run(QCoreApplication::arguments().mid(1), output);
    }
    if (first == u"--help" || first == u"-h" || first == u"help") {
        fputs(usage, stdout);
        return sondo::ExitOk;
    }
    if (first.startsWith(u'-') || argc > 2) {
        fputs(usage, stderr);
        return sondo::ExitUsage;
    }
    if (!first.isEmpty() && !QFileInfo::exists(first)) {
        fprintf(stderr, "sondo: '%s' is neither a command nor an existing file\n%s", argv[1],
                usage);
        return sondo::ExitUsage;
    }
    return sondo::runGui(argc, argv, first);
}
