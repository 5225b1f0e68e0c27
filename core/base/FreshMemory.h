#pragma once

#include <cstddef>
#include <vector>

namespace sondo {

/**
 * Large buffers about to be filled (a million respondents' answers) made ready in one request to
 * the kernel instead of one page fault per 4 KB: backed by huge pages where the system allows it
 * and mapped before the first write. Opening a 1M project faults in about 70 MB of answers; on a
 * virtual machine each fault is a trap costing microseconds, which was a third of the read.
 * Only a hint: where the kernel refuses (older than Linux 5.14, or not Linux), memory is faulted
 * in as usual.
 */
class FreshMemory {
public:
    /**
     * Prepares the whole pages inside `bytes` bytes at `data` (under a megabyte: nothing, the
     * faults cost less than the calls). True when the kernel mapped them.
     */
    static bool prepare(void* data, std::size_t bytes);

    /** Sizes `v` to `n` copies of `value`, its memory prepared first when it is large. */
    template <typename T> static void assign(std::vector<T>& v, std::size_t n, const T& value) {
        v.clear();
        v.reserve(n);
        (void)prepare(v.data(), n * sizeof(T));
        v.assign(n, value);
    }
};

} // namespace sondo
