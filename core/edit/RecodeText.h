#pragma once

#include "edit/Edit.h"

#include <QJsonObject>
#include <QString>

namespace sondo {

/**
 * How one recode (an entry of the project's EditList) is named and described, alike on the command
 * line (sondo recode, sondo recodes) and in the window's Recodes panel.
 */
namespace RecodeText {

/** The operation as the `sondo recode` option names it: "merge", "rename", "order", "hide", … */
QString operation(const Edit& edit);
/** The question id the recode names. */
QString question(const Edit& edit);
/** One line: "merge “male” + “M” → “Male”". */
QString describe(const Edit& edit);
/** {"number", "question", "operation", …} with the operation's own fields. */
QJsonObject json(const Edit& edit, int number);

} // namespace RecodeText

} // namespace sondo
