#pragma once

#include "base/Progress.h"
#include "base/Result.h"
#include "export/ResponseExportOptions.h"
#include "model/ResponseMatrix.h"
#include "model/Survey.h"

#include <QSaveFile>
#include <vector>

namespace sondo {

/**
 * The CSV of ResponseExporter (its documentation says what the file holds), written into an
 * opened file. Internal to export/.
 */
class CsvResponseWriter {
public:
    /** Writes the respondents of `rows`; returns how many, or why the write failed. */
    static Result<qint64> write(QSaveFile& file, const Survey& survey,
                                const ResponseMatrix& responses, const std::vector<int>& rows,
                                const ResponseExportOptions& options,
                                const ProgressCallback& progress);
};

} // namespace sondo
