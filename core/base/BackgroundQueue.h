#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

namespace sondo {

/**
 * Items handed to a thread of their own and processed there one at a time, in the order given,
 * while the caller goes on (a reader parsing the next records, say). At most `capacity` items are
 * queued, the one being processed included: push() waits for room, so a slow consumer holds the
 * producer back instead of filling memory. Processed items come back from push() as spares to be
 * filled again, keeping their memory.
 *
 * The thread starts with the first push(); where none can be had (or `threaded` is false) items
 * are processed on the caller's thread instead, with the same result.
 */
template <typename Item> class BackgroundQueue {
public:
    /** `process` runs on the queue's thread; it may leave the item empty for reuse. */
    BackgroundQueue(bool threaded, std::size_t capacity, std::function<void(Item&)> process)
        : m_threaded(threaded)
        , m_capacity(capacity)
        , m_process(std::move(process)) {}
    /** Waits for the items queued, as finish() does. */
    ~BackgroundQueue() { finish(); }
    BackgroundQueue(const BackgroundQueue&) = delete;
    BackgroundQueue& operator=(const BackgroundQueue&) = delete;

    /** Whether items go to another thread (which is then free to process them at any time). */
    bool threaded() const { return m_threaded; }

    /** Queues `item` (or processes it at once without a thread); returns an item to fill next. */
    Item push(Item item) {
        if (m_threaded && !m_thread.joinable()) {
            try {
                m_thread = std::thread([this] { work(); });
            } catch (const std::system_error&) {
                m_threaded = false;
            }
        }
        if (!m_threaded) {
            m_process(item);
            return item;
        }
        Item next{};
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return m_queue.size() < m_capacity; });
            m_queue.push_back(std::move(item));
            if (!m_spares.empty()) {
                next = std::move(m_spares.back());
                m_spares.pop_back();
            }
        }
        m_changed.notify_all();
        return next;
    }

    /** Returns once every item pushed is processed. */
    void finish() { stop(false); }
    /** Drops the items not processed yet and stops, for work no longer wanted. */
    void abandon() { stop(true); }

private:
    void stop(bool dropQueued) {
        if (!m_thread.joinable())
            return;
        {
            std::lock_guard lock(m_mutex);
            m_done = true;
            if (dropQueued && m_queue.size() > 1)
                m_queue.erase(m_queue.begin() + 1, m_queue.end()); // the front is in hand
        }
        m_changed.notify_all();
        m_thread.join();
    }

    void work() {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_changed.wait(lock, [&] { return !m_queue.empty() || m_done; });
            if (m_queue.empty())
                return;
            // The front stays where it is, counted as queued, while the producer adds behind it.
            Item& item = m_queue.front();
            lock.unlock();
            m_process(item);
            lock.lock();
            m_spares.push_back(std::move(m_queue.front()));
            m_queue.pop_front();
            m_changed.notify_all();
        }
    }

    bool m_threaded;
    std::size_t m_capacity;
    std::function<void(Item&)> m_process;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Item> m_queue;   ///< handed over, the front one being processed
    std::vector<Item> m_spares; ///< processed, kept for push() to hand back
    bool m_done = false;
};

} // namespace sondo
