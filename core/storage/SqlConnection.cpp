#include "storage/SqlConnection.h"

#include "storage/SqlErrorText.h"

#include <QFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QVariant>
#include <algorithm>
#include <sqlite3.h>

namespace sondo {

SqlConnection::SqlConnection(const QString& path, Mode mode)
    // A UUID rather than a counter: unique across threads without any shared mutable state.
    : m_name(QStringLiteral("sondo-") + QUuid::createUuid().toString(QUuid::WithoutBraces)) {
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    if (mode == Mode::Memory) {
        m_db.setDatabaseName(QStringLiteral(":memory:"));
    } else if (mode == Mode::Existing) {
        // SQLite creates a missing file unless it is opened through a URI with mode=rw.
        m_db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) +
                             QStringLiteral("?mode=rw"));
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI"));
    } else {
        m_db.setDatabaseName(path);
        if (mode == Mode::ReadOnly)
            m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    }
}

SqlConnection::~SqlConnection() {
    close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

bool SqlConnection::open() {
    if (!m_db.isValid()) {
        m_error = QStringLiteral("the Qt SQLite driver (QSQLITE) is not available");
        return false;
    }
    if (!m_db.open()) {
        m_error = sqlErrorText(m_db.lastError());
        return false;
    }
    return true;
}

void SqlConnection::close() {
    if (m_db.isOpen())
        m_db.close();
}

sqlite3* SqlConnection::handle() const {
    const QSqlDriver* driver = m_db.driver();
    if (!driver || !m_db.isOpen())
        return nullptr;
    const QVariant v = driver->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

bool SqlConnection::loadCopyOf(const QString& path) {
    sqlite3* db = handle();
    if (!db) {
        m_error = QStringLiteral("no open SQLite database");
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = file.errorString();
        return false;
    }
    const qint64 size = file.size();
    // SQLite owns (and frees) the buffer, so it must come from sqlite3_malloc.
    auto* buffer = static_cast<unsigned char*>(sqlite3_malloc64(std::max<qint64>(size, 1)));
    if (!buffer) {
        m_error = QStringLiteral("out of memory");
        return false;
    }
    if (file.read(reinterpret_cast<char*>(buffer), size) != size) {
        m_error = file.errorString();
        sqlite3_free(buffer);
        return false;
    }
    const int rc =
        sqlite3_deserialize(db, "main", buffer, size, size,
                            SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
    if (rc != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errstr(rc));
        return false;
    }
    return true;
}

bool SqlConnection::exec(const QString& sql) {
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        m_error = sqlErrorText(query.lastError());
        return false;
    }
    return true;
}

QVariant SqlConnection::scalar(const QString& sql) {
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        m_error = sqlErrorText(query.lastError());
        return QVariant();
    }
    if (!query.next())
        return QVariant();
    return query.value(0);
}

} // namespace sondo
