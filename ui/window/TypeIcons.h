#pragma once

#include "model/QuestionType.h"

#include <QCoreApplication>
#include <QIcon>
#include <QList>

namespace sondo {

/** The icon and the translated name of each question type, as the navigator and preview show. */
class TypeIcons {
    Q_DECLARE_TR_FUNCTIONS(sondo::TypeIcons)
public:
    static QIcon icon(QuestionType type);
    /** "Single choice", "Likert scale", …; Identifier reads "Ignored". */
    static QString name(QuestionType type);
    /** The types an analyst may choose in the import preview, in menu order. */
    static QList<QuestionType> choosableTypes();
};

} // namespace sondo
