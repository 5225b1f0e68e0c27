#pragma once

namespace sondo {

/** How ResponseExporter lays out what it writes. */
struct ResponseExportOptions {
    /**
     * CSV: after each multiple-choice column, one column per option ("Question - Option")
     * holding 1 or 0, blank when the respondent did not answer.
     */
    bool optionColumns = false;
};

} // namespace sondo
