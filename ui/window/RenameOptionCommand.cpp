#include "window/RenameOptionCommand.h"

#include "window/ProjectDocument.h"

namespace sondo {

RenameOptionCommand::RenameOptionCommand(ProjectDocument* document, EditList before, EditList after,
                                         const QString& text)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after)) {
}

void RenameOptionCommand::redo() {
    m_document->setEdits(m_after);
}

void RenameOptionCommand::undo() {
    m_document->setEdits(m_before);
}

} // namespace sondo
