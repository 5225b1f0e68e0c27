// Opening a stranger's .sondo project: ProjectStore::read (answers, survey, history, with the
// migration of older files), readState and the saved state applied to the survey read, and
// the window's open (only the answers it shows, chosen from the saved changes and weighting;
// the respondent ids read apart), on any bytes taken for a project file. The file must give a
// project or an error saying it is damaged, never a crash, a hang or a sanitizer report.

#include "FuzzSupport.h"

#include "analysis/AnalysisState.h"
#include "project/ProjectService.h"
#include "storage/ProjectStore.h"

using namespace sondo;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static fuzz::InputFile input(QStringLiteral("input.sondo"));
    const QString& path = input.write(data, size);
    // SQLite may leave a journal beside a file it found hot; it belongs to this input only.
    QFile::remove(path + QStringLiteral("-journal"));
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    // ProjectStore::read reads the survey the way readSurvey() does, inside the same open:
    // readSurvey() alone would add a whole open (a copy, a migration) of the same file and
    // nothing else, a third of the harness's time.
    const auto project = ProjectStore::read(path);
    const auto state = ProjectStore::readState(path);
    if (project.ok() && state.ok()) {
        const AnalysisState analysis =
            AnalysisState::fromJson(state.value(), project.value().survey);
        analysis.filter.mask(project.value().survey, project.value().responses);
        // The window's reads open the file again: only for files that get this far, so that
        // the bytes failing early cost one open.
        (void)ProjectService::openProject(path);
        (void)ProjectService::readRespondentIds(path);
    }
    return 0;
}
