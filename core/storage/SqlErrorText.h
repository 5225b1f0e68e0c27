#pragma once

#include <QSqlError>
#include <QString>

namespace sondo {

/**
 * What an SQLite failure says to the analyst: SQLite's own words ("database or disk is full"),
 * without the Qt driver's step that failed ("Unable to fetch row"), which QSqlError::text()
 * appends and which means nothing to them. The driver's words only when SQLite gave none.
 */
inline QString sqlErrorText(const QSqlError& error) {
    const QString database = error.databaseText().trimmed();
    return database.isEmpty() ? error.text().trimmed() : database;
}

} // namespace sondo
