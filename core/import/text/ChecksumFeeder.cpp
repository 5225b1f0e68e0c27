#include "import/text/ChecksumFeeder.h"

namespace sondo {

ChecksumFeeder::ChecksumFeeder(bool threaded)
    : m_queue(threaded, kQueuedChunks, [this](Piece& piece) {
        m_checksum.add(piece.bytes);
        piece = Piece(); // the buffer goes back to the pool before the next piece
    }) {
}

ChecksumFeeder::~ChecksumFeeder() {
    m_queue.abandon();
}

void ChecksumFeeder::add(QByteArrayView bytes, std::shared_ptr<const QByteArray> owner) {
    if (bytes.isEmpty())
        return;
    if (!m_queue.threaded()) {
        m_checksum.add(bytes);
        return;
    }
    if (!owner) {
        auto copy = std::make_shared<QByteArray>(bytes.toByteArray());
        bytes = *copy;
        owner = std::move(copy);
    }
    m_queue.push({bytes, std::move(owner)});
}

QString ChecksumFeeder::result() {
    m_queue.finish();
    return m_checksum.hex();
}

} // namespace sondo
