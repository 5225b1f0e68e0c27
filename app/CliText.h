#pragma once

#include <QCoreApplication>

namespace sondo {

/**
 * The one translation context of the command line: every string `sondo` prints from app/ goes
 * through CliText::tr(). The context is "sondo", the one core translates its messages in, so a
 * catalogue finds the command line's strings and core's alike.
 */
class CliText {
    Q_DECLARE_TR_FUNCTIONS(sondo)
};

} // namespace sondo
