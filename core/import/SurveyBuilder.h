#pragma once

#include "import/ImportOptions.h"
#include "import/ImportPlan.h"
#include "import/RawTable.h"
#include "model/Diagnostic.h"
#include "model/ResponseMatrix.h"
#include "model/Survey.h"

#include <QString>

namespace sondo {

/** A survey and its coded answers, as built from a table. */
struct BuiltSurvey {
    Survey survey;
    ResponseMatrix responses;
};

/**
 * Turns a table and a format profile's plan into a Survey and its ResponseMatrix: infers each
 * question's type (TypeInference, ScaleLibrary) over every data row and codes every answer.
 *
 * Questions get ids Q1, Q2, … in plan order, metadata columns M1, M2, … (Date when their cells
 * are dates, else Identifier). Respondent ids come from the plan's id column, else 1, 2, …;
 * weights are all 1. Type overrides (`--type KEY=TYPE`) match a question's id
 * (case-insensitive), its code or its exact text; a key that matches nothing, or a cell that
 * cannot be read as the forced type, is an error. The plan's own warnings are not repeated.
 */
class SurveyBuilder {
public:
    /** Infers each question's type over ALL data rows and codes every answer. `file` names the
     *  source in diagnostics. Progress is reported in respondent rows times questions. */
    static Result<BuiltSurvey> build(const RawTable& table, const ImportPlan& plan,
                                     const ImportOptions& options, const QString& file,
                                     const ProgressCallback& progress = {});
};

} // namespace sondo
