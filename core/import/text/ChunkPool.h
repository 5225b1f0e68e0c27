#pragma once

#include <QByteArray>
#include <memory>
#include <mutex>
#include <vector>

namespace sondo {

/**
 * Chunk buffers handed out as shared pointers that put the buffer back here, not free it, when
 * the last user lets go: a 280 MB file is read through a handful of buffers, without a page
 * fault for every new one. Buffers may come back on any thread.
 */
class ChunkPool {
public:
    std::shared_ptr<QByteArray> take();

private:
    struct Free {
        std::mutex mutex;
        std::vector<std::unique_ptr<QByteArray>> buffers;
    };
    std::shared_ptr<Free> m_free = std::make_shared<Free>();
};

} // namespace sondo
