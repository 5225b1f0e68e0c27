#pragma once

#include <array>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace sondo {

/**
 * The four bytes a cell's scan stops at (the delimiter or the quote, CR, LF, NUL), looked for
 * sixteen bytes at a time where the processor has SSE2 (every x86-64): cells are scanned for
 * most of the time a large file takes to parse. Inline because it runs for every cell.
 */
class StopBytes {
public:
    StopBytes() = default;
    StopBytes(char a, char b, char c, char d)
        : m_bytes{a, b, c, d} {}

    bool contains(char c) const {
        return c == m_bytes[0] || c == m_bytes[1] || c == m_bytes[2] || c == m_bytes[3];
    }
    /** The first byte in [p, end) that is one of the four, or `end`. */
    const char* findIn(const char* p, const char* end) const {
#if defined(__SSE2__)
        const __m128i a = _mm_set1_epi8(m_bytes[0]), b = _mm_set1_epi8(m_bytes[1]),
                      c = _mm_set1_epi8(m_bytes[2]), d = _mm_set1_epi8(m_bytes[3]);
        for (; end - p >= 16; p += 16) {
            const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
            const __m128i hit =
                _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, a), _mm_cmpeq_epi8(x, b)),
                             _mm_or_si128(_mm_cmpeq_epi8(x, c), _mm_cmpeq_epi8(x, d)));
            if (const int mask = _mm_movemask_epi8(hit))
                return p + __builtin_ctz(unsigned(mask));
        }
#endif
        while (p < end && !contains(*p))
            ++p;
        return p;
    }

private:
    std::array<char, 4> m_bytes{};
};

} // namespace sondo
