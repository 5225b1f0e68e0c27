#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace sondo {

class SqlConnection;

/**
 * One prepared statement run once per call with positional values, through QtSql: for the small
 * tables (questions, options, imports, state), where a value at a time costs nothing. The
 * connection must outlive it.
 */
class PreparedInsert {
public:
    PreparedInsert(SqlConnection& connection, const QString& sql);

    /** Binds `values` to the statement's `?` in order and runs it; false once anything failed. */
    bool run(const QVariantList& values);
    /** The driver's message for the failure. */
    QString errorText() const;

private:
    QSqlQuery m_query;
    bool m_ok = false;
};

} // namespace sondo
