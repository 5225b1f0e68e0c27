#include "storage/PreparedInsert.h"

#include "storage/SqlConnection.h"
#include "storage/SqlErrorText.h"

#include <QSqlError>
#include <QVariant>

namespace sondo {

PreparedInsert::PreparedInsert(SqlConnection& connection, const QString& sql)
    : m_query(connection.database()) {
    m_ok = m_query.prepare(sql);
}

bool PreparedInsert::run(const QVariantList& values) {
    if (!m_ok)
        return false;
    for (int i = 0; i < values.size(); ++i)
        m_query.bindValue(i, values[i]);
    m_ok = m_query.exec();
    return m_ok;
}

QString PreparedInsert::errorText() const {
    return sqlErrorText(m_query.lastError());
}

} // namespace sondo
