#pragma once

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace sondo {

/**
 * One QSqlDatabase connection owned by one scope. Each instance registers its own uniquely named
 * connection, so every thread and every nested use gets a private connection, and removes it
 * again on destruction. Queries made on it must be destroyed before it is.
 */
class SqlConnection {
public:
    enum class Mode {
        ReadOnly,  ///< an existing file, never modified
        ReadWrite, ///< an existing file, or a new one created on open
        Existing,  ///< an existing file, read-write; never creates one
        Memory,    ///< a private in-memory database (path ignored)
    };

    SqlConnection(const QString& path, Mode mode);
    ~SqlConnection();
    SqlConnection(const SqlConnection&) = delete;
    SqlConnection& operator=(const SqlConnection&) = delete;

    /** Opens the database; on failure errorText() says why. */
    bool open();
    /** Closes the database early (the destructor does it otherwise). */
    void close();

    QSqlDatabase& database() { return m_db; }
    /** The SQLite handle of the open connection, for the bulk paths QtSql cannot do fast. */
    sqlite3* handle() const;

    /**
     * Replaces a Memory database with a copy of the SQLite file at `path`, so that it can be
     * changed (migrated) without touching the file. Returns false with errorText() on failure.
     */
    bool loadCopyOf(const QString& path);

    /** Runs one statement without results; on failure errorText() holds the driver's message. */
    bool exec(const QString& sql);
    /** The first column of the first row of `sql`, or an invalid QVariant on failure or no row. */
    QVariant scalar(const QString& sql);
    QString errorText() const { return m_error; }
    void setErrorText(const QString& error) { m_error = error; }

private:
    QString m_name;
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace sondo
