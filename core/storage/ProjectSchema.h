#pragma once

#include "base/Result.h"

#include <QString>
#include <QStringList>

namespace sondo {

class SqlConnection;

/**
 * The fixed part of a .sondo file's schema and its forward migrations. A file's version is
 * `PRAGMA user_version`; `PRAGMA application_id` marks it as Sondo's. Version 0 is an empty
 * database; step k turns version k-1 into version k. A step only adds or reshapes what older
 * files already hold, so that read() can bring any older file up to date inside a transaction.
 *
 * The `responses` table and the `responses_labelled` view depend on the survey and are made by
 * ResponseTableLayout when a project is written.
 */
class ProjectSchema {
public:
    /** The version this build writes; read() accepts files up to it. */
    static constexpr int Version = 3;
    /** "SOND" in ASCII: lets `file(1)`-like tools and Sondo tell a project from any database. */
    static constexpr int ApplicationId = 0x534F4E44;

    /**
     * Checks that an open connection holds a Sondo project this build can read and returns its
     * version (≤ Version). The error names `fileName` and says whether the file is not a
     * database, not a Sondo project, or made by a newer Sondo.
     */
    static Result<int> check(SqlConnection& connection, const QString& fileName);

    /**
     * Applies the steps from version `from` up to `to` and sets user_version and application_id.
     * Runs inside the caller's transaction, so a failure leaves the file as it was.
     */
    static Result<Done> migrate(SqlConnection& connection, int from, const QString& fileName,
                                int to = Version);

    /**
     * migrate(), then what a saved file gains beyond its schema: from a format before 3, the
     * column chunks of its answers (ResponseStore::addColumnChunks). For a file about to be
     * saved; an in-memory upgrade for reading needs migrate() only, since answers are read from
     * the `responses` table when there are no chunks.
     */
    static Result<Done> migrateFile(SqlConnection& connection, int from, const QString& fileName);

    /** The SQL statements of step `version` (1 … Version); empty for any other number. */
    static QStringList migrationStep(int version);
};

} // namespace sondo
