#pragma once

#include "edit/EditList.h"

#include <QUndoCommand>

namespace sondo {

class ProjectDocument;

/**
 * One rename of an option on the document's undo stack. Redo shows the changes with the rename,
 * undo the changes as they were before it: each step sets the whole list, so undo never depends
 * on inverting a change.
 */
class RenameOptionCommand : public QUndoCommand {
public:
    /** `text` names the step in Edit > Undo/Redo ("Rename option"). */
    RenameOptionCommand(ProjectDocument* document, EditList before, EditList after,
                        const QString& text);

    void redo() override;
    void undo() override;

private:
    ProjectDocument* m_document;
    EditList m_before;
    EditList m_after;
};

} // namespace sondo
