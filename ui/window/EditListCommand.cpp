#include "window/EditListCommand.h"

#include "window/ProjectDocument.h"

namespace sondo {

EditListCommand::EditListCommand(ProjectDocument* document, EditList before, EditList after,
                                 const QString& text)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after)) {
}

void EditListCommand::redo() {
    m_document->setEdits(m_after);
}

void EditListCommand::undo() {
    m_document->setEdits(m_before);
}

} // namespace sondo
