#include "RecodeSaving.h"

#include "CliCommand.h"
#include "CliText.h"

#include "edit/EditList.h"
#include "edit/RecodeText.h"
#include "project/ProjectService.h"

#include <QJsonDocument>

namespace sondo {

int saveRecode(CliCommand& command, const QString& path, Project& project, const Edit& edit,
               bool json) {
    // The checks every later open will make, made now: a recode that does not fit is not saved.
    const Result<Done> fits = EditList::applyOne(edit, project.survey, &project.responses);
    if (!fits.ok())
        return command.inputError({path, 0, 0, fits.error().message});

    EditList edits = EditList::fromState(project.state);
    edits.append(edit);
    QJsonObject state = project.state;
    edits.storeIn(state);
    const auto saved = ProjectService::saveState(path, state);
    if (!saved.ok())
        return command.inputError(saved.error());

    const int number = int(edits.size());
    if (json)
        command.out() << QJsonDocument(RecodeText::json(edit, number)).toJson();
    else
        command.out() << CliText::tr("Recode %1 saved: %2 %3")
                             .arg(number)
                             .arg(RecodeText::question(edit), RecodeText::describe(edit))
                      << '\n';
    command.out().flush();
    return ExitOk;
}

} // namespace sondo
