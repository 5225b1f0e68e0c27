#pragma once

#include "base/Progress.h"
#include "base/Result.h"
#include "model/ResponseMatrix.h"
#include "model/Survey.h"
#include "storage/ResponseTableLayout.h"

#include <QString>
#include <memory>
#include <vector>

namespace sondo {

class SqlConnection;

/**
 * The answers of a project: the wide `responses` table (respondent, respondent_id, weight, then
 * the columns of a ResponseTableLayout) and its `responses_labelled` view, behind the operations
 * that ProjectWriter and ProjectReader need. These are the only loops over every respondent, so
 * each database gets the fastest path it has: SqliteResponseStore binds through SQLite's C API; a
 * store on a server (PostgreSQL through QPSQL) would implement the same operations its own way
 * and be chosen by forConnection(), with no change to the writer or the reader.
 *
 * A store works inside the transaction of the connection it was made for, which the caller
 * begins and commits; it must be destroyed before that connection. Errors name the file.
 */
class ResponseStore {
public:
    virtual ~ResponseStore() = default;

    /** The store that fits `connection`'s database; `fileName` is what its errors name. */
    static std::unique_ptr<ResponseStore> forConnection(SqlConnection& connection,
                                                        const QString& fileName);

    /** How many columns one table may have, respondent, respondent_id and weight included. */
    virtual int columnLimit() const = 0;

    /**
     * Creates the empty table for `layout` (ResponseTableLayout::forSurvey() of the survey
     * written); append() then fills it in that layout.
     */
    virtual Result<Done> create(const ResponseTableLayout& layout) = 0;
    /**
     * Appends respondents [first, first + count) (0-based; stored as first + 1, …) whose answers
     * are rows [first - offset, …) of `answers`. `first` must be the number of respondents
     * appended before: they are appended in order, never placed.
     */
    virtual Result<Done> append(const ResponseMatrix& answers, qint64 first, int offset,
                                int count) = 0;
    /**
     * Writes what append() holds back, once the last respondents are appended: the last column
     * chunks (see ColumnChunkWriter) and the number of respondents.
     */
    virtual Result<Done> finish() = 0;
    /**
     * Builds the column chunks of a file written before they existed, from its `responses`
     * table: the forward migration to format 3, run when such a file is saved.
     */
    virtual Result<Done> addColumnChunks(const ResponseTableLayout& layout,
                                         const Survey& survey) = 0;
    /**
     * Creates the `responses_labelled` view over the table: labels instead of codes, for outside
     * tools (see ResponseTableLayout::createLabelledViewSql()).
     */
    virtual Result<Done> createLabelledView(const ResponseTableLayout& layout,
                                            const Survey& survey) = 0;

    /**
     * Reads every respondent in `respondent` order, from the column chunks when the file has them,
     * else from the `responses` table. `layout` comes from the file's `columns`
     * table and must match `survey` (ProjectReader checks it). A missing respondent_id reads as
     * the respondent's number; a missing weight as NaN. With `questions` (one flag per question)
     * only the flagged questions' answers are read: the others' columns stay empty, and so do
     * the respondent ids (and the weights too when no question is flagged). `progress` counts
     * respondents; when it returns false the read ends with a "cancelled" error.
     */
    virtual Result<ResponseMatrix> read(const ResponseTableLayout& layout, const Survey& survey,
                                        const ProgressCallback& progress,
                                        const std::vector<bool>& questions = {}) = 0;
    /**
     * The respondent ids alone, as read() gives them with every question, for a reader that
     * left them out: what the window loads only when it first shows them. Empty when the file
     * numbers its respondents instead (no id chunk).
     */
    virtual Result<QStringList> readRespondentIds() = 0;
};

} // namespace sondo
