#pragma once

#include "base/Result.h"
#include "model/Survey.h"
#include "storage/ResponseTableLayout.h"

#include <QString>

namespace sondo {

class SqlConnection;

/**
 * Reads the questionnaire part of a project file (`project`, `question_groups`, `questions`,
 * `options`, `columns`) from an open connection: shared by ProjectReader and by the migration
 * that needs the survey inside a writing transaction. Errors name `fileName`.
 */
class SurveyTables {
public:
    /** The survey (title, groups, questions, options). */
    static Result<Survey> survey(SqlConnection& connection, const QString& fileName);
    /** Which column of the answers holds what, checked against `survey`. */
    static Result<ResponseTableLayout> layout(SqlConnection& connection, const QString& fileName,
                                              const Survey& survey);
};

} // namespace sondo
