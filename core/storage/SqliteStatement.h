#pragma once

#include <QByteArray>
#include <QString>
#include <sqlite3.h>

namespace sondo {

/** A prepared SQLite statement, finalised when the scope ends, whatever the way out. */
class SqliteStatement {
public:
    SqliteStatement() = default;
    ~SqliteStatement() { sqlite3_finalize(m_stmt); }
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    /** Prepares `sql`; a null `db` only finalises the statement held. */
    bool prepare(sqlite3* db, const QString& sql) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        if (!db)
            return false;
        const QByteArray utf8 = sql.toUtf8();
        return sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr) ==
               SQLITE_OK;
    }
    sqlite3_stmt* get() const { return m_stmt; }

private:
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace sondo
