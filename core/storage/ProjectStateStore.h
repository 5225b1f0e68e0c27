#pragma once

#include "base/Result.h"

#include <QJsonObject>
#include <QString>

namespace sondo {

class SqlConnection;

/**
 * The analyst's saved state in a project's `state` table: one row per top-level key of a JSON
 * object, its value as JSON text. Saving the state rewrites only that table, so the window can
 * save the view as often as it likes without rewriting the answers.
 */
class ProjectStateStore {
public:
    /**
     * Replaces the saved state of the project at `path` in one transaction, leaving everything
     * else as it is. A file from an older Sondo is upgraded to the current format in the same
     * transaction.
     */
    static Result<Done> write(const QString& path, const QJsonObject& state);
    /** The saved state of the project at `path` (empty if none was saved). */
    static Result<QJsonObject> read(const QString& path);

    /**
     * Adds `state`'s keys to the (empty) state table of an open project, inside the caller's
     * transaction. False on failure, with the driver's message in `error`.
     */
    static bool insert(SqlConnection& connection, const QJsonObject& state, QString* error);
    /**
     * The state table of an open project. A value that is not JSON is left out with a warning
     * naming its key; `fileName` is what errors and warnings name.
     */
    static Result<QJsonObject> readTable(SqlConnection& connection, const QString& fileName);
};

} // namespace sondo
