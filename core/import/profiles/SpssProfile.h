#pragma once

#include "import/profiles/FormatProfile.h"

namespace sondo {

/**
 * SPSS and Stata data files as StatReader gives them: one header row of variable labels (or
 * names), RawTable::columnInfo describing each variable. A question's code is its variable name,
 * its text the variable label.
 *
 * One question is made of several variables in two cases:
 * - a multiple response set the file defines (MRSETS): a dichotomy set reads each column as
 *   chosen when it holds the set's counted value; a category set (each column holds one chosen
 *   category, "first reason", "second reason"…) becomes one multiple-choice question whose
 *   options are the categories (ColumnLayout::Mentions);
 * - two or more consecutive dichotomy variables (0/1, Sì/No, "Selected"/"Not selected") whose
 *   labels share a stem: "Question - Option", "Question: Option" or "Question [Option]". The
 *   options are named by the part after the stem.
 * Consecutive variables with one stem that are not dichotomies (rated items) stay questions of
 * their own, grouped as a grid.
 *
 * A variable named like a respondent id (id, respid, ResponseId, caseid, serial…) whose values
 * are all present and distinct is the respondent id; Qualtrics' system variables are metadata.
 */
class SpssProfile : public FormatProfile {
public:
    QString name() const override { return QStringLiteral("spss"); }
    /** 100 when the table comes from a statistics file (columnInfo filled), else 0. */
    int confidence(const RawTable& table) const override;
    ImportPlan plan(const RawTable& table) const override;
};

} // namespace sondo
