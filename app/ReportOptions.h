#pragma once

#include "export/ReportContent.h"

#include <optional>

namespace sondo {

class CliCommand;

/**
 * What `sondo report` and `sondo slides` share: their options (questions, filter, compare-by
 * with its tests, language, title, source, weighting) and the content they make of them, so
 * that a deck and a report of the same options say the same words and figures.
 */
class ReportOptions {
public:
    /** Adds the shared options to `command`'s parser (after the PROJECT argument and -o). */
    static void add(CliCommand& command);
    /**
     * Checks the options, opens the project and builds the content in the --lang language.
     * Empty after the error is printed (the exit code is then `command.exitCode()`).
     */
    static std::optional<ReportContent> content(CliCommand& command);
};

} // namespace sondo
