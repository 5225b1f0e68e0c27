#pragma once

#include "base/Progress.h"
#include "base/Result.h"
#include "model/ResponseMatrix.h"
#include "model/Survey.h"

#include <QSaveFile>
#include <vector>

namespace sondo {

/**
 * The SPSS .sav of ResponseExporter (its documentation says what the file holds), written
 * through ReadStat into an opened file. Internal to export/.
 */
class SavResponseWriter {
public:
    /** Writes the respondents of `rows`; returns how many, or why the write failed. */
    static Result<qint64> write(QSaveFile& file, const Survey& survey,
                                const ResponseMatrix& responses, const std::vector<int>& rows,
                                const ProgressCallback& progress);
};

} // namespace sondo
