#include "import/text/TableFeeder.h"

namespace sondo {

TableFeeder::TableFeeder(RawTable& table, bool threaded, const TableObserver& grown)
    : m_table(table)
    , m_grown(grown)
    , m_queue(threaded, kQueuedBatches, [this](RawTable::Batch& batch) {
        m_table.appendRows(batch);
        if (m_grown)
            m_grown(m_table);
        batch.clear();
    }) {
}

} // namespace sondo
