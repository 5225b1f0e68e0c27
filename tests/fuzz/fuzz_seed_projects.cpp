// Not a fuzzer: writes the seed corpus of fuzz_projectstore. Each survey file named on the
// command line is imported and saved as a .sondo project in OUT_DIR, with a saved state (a
// filter on its first choice question, the chart options) so that readState has one to read.
//   usage: fuzz_seed_projects OUT_DIR SURVEY_FILE...

#include "analysis/AnalysisState.h"
#include "import/SurveyImporter.h"
#include "storage/ProjectStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

using namespace sondo;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(1);
    QTextStream err(stderr);
    if (arguments.size() < 2) {
        err << "usage: fuzz_seed_projects OUT_DIR SURVEY_FILE...\n";
        return 1;
    }
    const QDir out(arguments.first());
    QDir().mkpath(out.path());
    int written = 0;
    for (const QString& file : arguments.mid(1)) {
        auto imported = SurveyImporter::importFile(file, ImportOptions());
        if (!imported.ok()) {
            err << "skipped " << file << ": " << imported.error().toString() << "\n";
            continue;
        }
        const Project project = imported.takeValue();
        const QString target = out.filePath(QFileInfo(file).fileName() + QStringLiteral(".sondo"));
        if (const auto saved = ProjectStore::write(target, project); !saved.ok()) {
            err << "cannot write " << target << ": " << saved.error().toString() << "\n";
            return 2;
        }
        AnalysisState state;
        state.currentQuestion = project.survey.questions.isEmpty() ? -1 : 0;
        for (int q = 0; q < project.survey.questions.size(); ++q)
            if (isCategorical(project.survey.questions[q].type) &&
                !project.survey.questions[q].options.isEmpty()) {
                state.filter.addCondition(q, 0);
                break;
            }
        ProjectStore::writeState(target, state.toJson(project.survey));
        ++written;
    }
    err << "wrote " << written << " projects to " << out.path() << "\n";
    return 0;
}
