#pragma once

namespace sondo {

/** How ResponseExporter lays out what it writes. */
struct ResponseExportOptions {
    /**
     * CSV: after each multiple-choice column, one column per option ("Question - Option")
     * holding 1 or 0, blank when the respondent did not answer.
     */
    bool optionColumns = false;
    /**
     * Write the columns that identify a person (PersonalData: IP addresses, e-mails, names,
     * locations). Off by default: a data file passed on should not carry them by accident.
     */
    bool includePersonal = false;
};

} // namespace sondo
