#pragma once

#include "base/Result.h"
#include "import/definition/SurveyDefinition.h"

#include <QString>

namespace sondo {

/**
 * Reads an XLSForm (the form definition of KoboToolbox, ODK, SurveyCTO): the `survey` sheet's
 * questions with their `type`, `name`, first `label` column and enclosing `begin_group` labels,
 * and the `choices` sheet's lists. Notes, calculations and the system fields (start, end,
 * deviceid…) have no answers to label and are left out.
 */
class XlsFormReader {
public:
    /** True for a workbook holding both a `survey` and a `choices` sheet. */
    static bool isXlsForm(const QString& path);
    static Result<SurveyDefinition> read(const QString& path);
};

} // namespace sondo
