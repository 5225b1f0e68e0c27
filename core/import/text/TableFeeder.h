#pragma once

#include "base/BackgroundQueue.h"
#include "import/build/RawTable.h"
#include "import/build/TableObserver.h"

namespace sondo {

/**
 * Appends batches of records to the table on a second thread, in the order handed over, while
 * the reader parses the next ones: on two cores a read then takes about as long as the slower of
 * parsing and interning rather than both. Without the thread (one-chunk files, one core, no
 * thread to be had) batches are appended on the caller's thread. Either way the table is the
 * same.
 */
class TableFeeder {
public:
    TableFeeder(RawTable& table, bool threaded, const TableObserver& grown);

    /** Whether batches must be detached from the reader's buffers before submit(). */
    bool threaded() const { return m_queue.threaded(); }
    /** Takes the records of `batch` and leaves it empty, to be filled again. */
    void submit(RawTable::Batch& batch) { batch = m_queue.push(std::move(batch)); }
    /** Returns once every batch handed over is in the table. */
    void finish() { m_queue.finish(); }

private:
    /**
     * Batches parsed but not yet in the table, at most. A few thousand records: enough that the
     * parser seldom waits for the table, nor the table for the parser, while threads that share
     * two cores run in turns; little memory (the batches share the chunk buffers).
     */
    static constexpr size_t kQueuedBatches = 8;

    RawTable& m_table;
    const TableObserver& m_grown;
    BackgroundQueue<RawTable::Batch> m_queue;
};

} // namespace sondo
