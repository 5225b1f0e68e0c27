#pragma once

#include "edit/Edit.h"
#include "model/Project.h"

#include <QString>

namespace sondo {

class CliCommand;

/**
 * The end of every command that adds a recode (`recode`, `segment`): checks `edit` the way every
 * later open will (on `project`, opened with the recodes before it), appends it to the project's
 * saved list, and prints "Recode N saved: …" (or its JSON with `json`). Returns the exit code;
 * a recode that does not fit is refused and nothing is written.
 */
int saveRecode(CliCommand& command, const QString& path, Project& project, const Edit& edit,
               bool json);

} // namespace sondo
