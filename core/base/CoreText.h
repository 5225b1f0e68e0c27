#pragma once

#include <QCoreApplication>

namespace sondo {

/**
 * The one translation context of core's and the command line's user-visible strings: messages,
 * chart notes, report lines. Everything outside a QObject translates through CoreText::tr(), so
 * lupdate files every such string under "sondo" and one lookup finds it, whichever file it came
 * from (a local tr() wrapper made lupdate file strings under the enclosing class instead).
 */
class CoreText {
    Q_DECLARE_TR_FUNCTIONS(sondo)
};

} // namespace sondo
