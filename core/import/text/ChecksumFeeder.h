#pragma once

#include "base/BackgroundQueue.h"
#include "import/text/SourceChecksum.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <memory>

namespace sondo {

/**
 * The SHA-256 of the bytes a pass reads, taken from the chunks the reader reads anyway: the file
 * is read once, not once more for its checksum. When threaded, chunks are hashed on a thread of
 * their own, in order, sharing the chunk buffers (which go back to the pool once hashed and
 * parsed; bytes without such an owner are copied); otherwise they are hashed as they come.
 */
class ChecksumFeeder {
public:
    explicit ChecksumFeeder(bool threaded);
    /** A pass given up: what is queued is not hashed. */
    ~ChecksumFeeder();

    /**
     * Adds the next bytes. With an `owner` they must stay unchanged for as long as it lives;
     * without, they are copied if they cannot be hashed at once.
     */
    void add(QByteArrayView bytes, std::shared_ptr<const QByteArray> owner);

    /** Waits for the bytes added so far and gives their checksum (lower-case hex). */
    QString result();

private:
    /** Hashing is faster than parsing: the queue fills only when its thread gets no core. */
    static constexpr size_t kQueuedChunks = 16;
    struct Piece {
        QByteArrayView bytes;
        std::shared_ptr<const QByteArray> owner;
    };

    SourceChecksum::Sha256 m_checksum;
    BackgroundQueue<Piece> m_queue;
};

} // namespace sondo
