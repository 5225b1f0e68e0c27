#include "import/text/ChunkPool.h"

namespace sondo {

std::shared_ptr<QByteArray> ChunkPool::take() {
    std::unique_ptr<QByteArray> buffer;
    {
        std::lock_guard lock(m_free->mutex);
        if (!m_free->buffers.empty()) {
            buffer = std::move(m_free->buffers.back());
            m_free->buffers.pop_back();
        }
    }
    if (!buffer)
        buffer = std::make_unique<QByteArray>();
    // The list outlives the pool while buffers are out.
    return std::shared_ptr<QByteArray>(buffer.release(), [free = m_free](QByteArray* b) {
        std::lock_guard lock(free->mutex);
        free->buffers.emplace_back(b);
    });
}

} // namespace sondo
