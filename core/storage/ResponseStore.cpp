#include "storage/ResponseStore.h"

#include "storage/SqliteResponseStore.h"

namespace sondo {

std::unique_ptr<ResponseStore> ResponseStore::forConnection(SqlConnection& connection,
                                                            const QString& fileName) {
    // Projects are SQLite files for now. A store for another database is chosen here by
    // connection.database().driverName() (e.g. "QPSQL"); a connection whose driver gives no
    // SQLite handle gets the SQLite store, which then says that the driver is missing.
    return std::make_unique<SqliteResponseStore>(connection, fileName);
}

} // namespace sondo
