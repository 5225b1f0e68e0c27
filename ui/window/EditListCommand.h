#pragma once

#include "edit/EditList.h"

#include <QUndoCommand>

namespace sondo {

class ProjectDocument;

/**
 * One change to the document's list of recodes on its undo stack (an option renamed, a recode
 * removed). Redo shows the list after the change, undo the list as it was before: each step
 * sets the whole list, so undo never depends on inverting a change.
 */
class EditListCommand : public QUndoCommand {
public:
    /** `text` names the step in Edit > Undo/Redo ("Rename option", "Remove recode 3"). */
    EditListCommand(ProjectDocument* document, EditList before, EditList after,
                    const QString& text);

    void redo() override;
    void undo() override;

private:
    ProjectDocument* m_document;
    EditList m_before;
    EditList m_after;
};

} // namespace sondo
