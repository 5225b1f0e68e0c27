#include "base/FreshMemory.h"

#include <cstdint>

#ifdef __linux__
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace sondo {

bool FreshMemory::prepare(void* data, std::size_t bytes) {
#if defined(__linux__) && defined(MADV_POPULATE_WRITE)
    constexpr std::size_t kWorthIt = std::size_t(1) << 20;
    if (!data || bytes < kWorthIt)
        return false;
    const auto page = std::uintptr_t(sysconf(_SC_PAGESIZE));
    const auto begin = (reinterpret_cast<std::uintptr_t>(data) + page - 1) / page * page;
    const auto end = (reinterpret_cast<std::uintptr_t>(data) + bytes) / page * page;
    if (end <= begin)
        return false;
    void* start = reinterpret_cast<void*>(begin);
    // Both are hints: a refusal (EINVAL on an older kernel) leaves the usual faults.
    (void)madvise(start, end - begin, MADV_HUGEPAGE);
    return madvise(start, end - begin, MADV_POPULATE_WRITE) == 0;
#else
    (void)data;
    (void)bytes;
    return false;
#endif
}

} // namespace sondo
