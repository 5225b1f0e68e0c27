#include "CliOutput.h"
#include "Commands.h"

#include <QCoreApplication>
#include <QStringList>

namespace {

const char* usage =
    "usage: sondo [FILE]\n"
    "       sondo import FILE [-o PROJECT] [--format FORMAT] [--encoding NAME]\n"
    "                    [--delimiter CHAR] [--type QUESTION=TYPE]...\n"
    "       sondo questions PROJECT [--json]\n"
    "       sondo freq PROJECT QUESTION [--where QUESTION=VALUE]... [--by QUESTION]"
    " [--json]\n"
    "       sondo chart PROJECT (QUESTION | --all) -o PATH [--where QUESTION=VALUE]...\n"
    "                   [--by QUESTION] [--size WxH] [--scale N] [--format png|svg|pdf]\n";

using Command = int (*)(const QStringList&, sondo::CliOutput&);

Command commandNamed(const QString& name) {
    if (name == u"import")
        return sondo::runImportCommand;
    if (name == u"questions")
        return sondo::runQuestionsCommand;
    if (name == u"freq")
        return sondo::runFreqCommand;
    return nullptr;
}

} // namespace

int main(int argc, char** argv) {
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (Command command = commandNamed(first)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("sondo"));
        sondo::CliOutput output;
        return command(QCoreApplication::arguments().mid(1), output);
    }
    if (first == u"--help" || first == u"-h" || first == u"help") {
        fputs(usage, stdout);
        return sondo::ExitOk;
    }
    fputs(usage, stderr);
    return sondo::ExitUsage;
}
