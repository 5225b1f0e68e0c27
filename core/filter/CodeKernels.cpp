#include "filter/CodeKernels.h"

#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace sondo::kernels {

namespace {

/** Beyond this many wanted codes a lookup table beats one comparison per code. */
constexpr std::size_t kMaxCompared = 8;

#if defined(__SSE2__)
/** Sixteen int32 lanes' 0/-1 masks packed into sixteen 0/-1 bytes. */
inline __m128i packMasks(__m128i a, __m128i b, __m128i c, __m128i d) {
    return _mm_packs_epi16(_mm_packs_epi32(a, b), _mm_packs_epi32(c, d));
}

inline __m128i load(const void* p) {
    return _mm_loadu_si128(static_cast<const __m128i*>(p));
}

inline void store(void* p, __m128i v) {
    _mm_storeu_si128(static_cast<__m128i*>(p), v);
}
#endif

} // namespace

void andCodeIn(const std::int32_t* codes, std::size_t n, const std::int32_t* wanted,
               std::size_t wantedCount, std::uint8_t* out) {
    if (wantedCount == 0) {
        std::fill(out, out + n, std::uint8_t(0));
        return;
    }
    const std::int32_t top = *std::max_element(wanted, wanted + wantedCount);
    if (wantedCount > kMaxCompared && top >= 0 && top < 4095) {
        // Codes below 0 or above `top` land on the last slot, which never matches.
        std::uint8_t table[4096];
        const std::uint32_t outside = std::uint32_t(top + 1);
        std::fill(table, table + outside + 1, std::uint8_t(0));
        for (std::size_t w = 0; w < wantedCount; ++w)
            if (wanted[w] >= 0)
                table[wanted[w]] = 1;
        for (std::size_t i = 0; i < n; ++i) {
            std::uint32_t c = std::uint32_t(codes[i]);
            c = c > outside ? outside : c;
            out[i] &= table[c];
        }
        return;
    }
    std::size_t i = 0;
#if defined(__SSE2__)
    if (wantedCount <= kMaxCompared) {
        __m128i want[kMaxCompared];
        for (std::size_t w = 0; w < wantedCount; ++w)
            want[w] = _mm_set1_epi32(wanted[w]);
        const __m128i one = _mm_set1_epi8(1);
        for (; i + 16 <= n; i += 16) {
            const __m128i c0 = load(codes + i), c1 = load(codes + i + 4);
            const __m128i c2 = load(codes + i + 8), c3 = load(codes + i + 12);
            __m128i m0 = _mm_cmpeq_epi32(c0, want[0]), m1 = _mm_cmpeq_epi32(c1, want[0]);
            __m128i m2 = _mm_cmpeq_epi32(c2, want[0]), m3 = _mm_cmpeq_epi32(c3, want[0]);
            for (std::size_t w = 1; w < wantedCount; ++w) {
                m0 = _mm_or_si128(m0, _mm_cmpeq_epi32(c0, want[w]));
                m1 = _mm_or_si128(m1, _mm_cmpeq_epi32(c1, want[w]));
                m2 = _mm_or_si128(m2, _mm_cmpeq_epi32(c2, want[w]));
                m3 = _mm_or_si128(m3, _mm_cmpeq_epi32(c3, want[w]));
            }
            const __m128i hit = _mm_and_si128(packMasks(m0, m1, m2, m3), one);
            store(out + i, _mm_and_si128(load(out + i), hit));
        }
    }
#endif
    for (; i < n; ++i) {
        std::uint8_t hit = 0;
        for (std::size_t w = 0; w < wantedCount; ++w)
            hit |= std::uint8_t(codes[i] == wanted[w]);
        out[i] &= hit;
    }
}

void andNonZero(const std::uint8_t* bytes, std::size_t n, std::uint8_t* out) {
    std::size_t i = 0;
#if defined(__SSE2__)
    const __m128i zero = _mm_setzero_si128();
    for (; i + 16 <= n; i += 16) {
        const __m128i none = _mm_cmpeq_epi8(load(bytes + i), zero);
        store(out + i, _mm_andnot_si128(none, load(out + i)));
    }
#endif
    for (; i < n; ++i)
        out[i] &= std::uint8_t(bytes[i] != 0);
}

void orNonZero(const std::uint8_t* bytes, std::size_t n, std::uint8_t* out) {
    std::size_t i = 0;
#if defined(__SSE2__)
    const __m128i zero = _mm_setzero_si128();
    const __m128i one = _mm_set1_epi8(1);
    for (; i + 16 <= n; i += 16) {
        const __m128i some = _mm_andnot_si128(_mm_cmpeq_epi8(load(bytes + i), zero), one);
        store(out + i, _mm_or_si128(load(out + i), some));
    }
#endif
    for (; i < n; ++i)
        out[i] |= std::uint8_t(bytes[i] != 0);
}

std::size_t codeSlots(const std::int32_t* codes, const std::uint8_t* mask, std::size_t n,
                      std::uint32_t k, std::uint8_t* slotOf) {
    std::size_t inside = 0;
    std::size_t i = 0;
#if defined(__SSE2__)
    const __m128i top = _mm_set1_epi32(std::int32_t(k));
    const __m128i zero = _mm_setzero_si128();
    const __m128i one = _mm_set1_epi32(1);
    const auto slot = [&](const std::int32_t* p) {
        const __m128i c = load(p);
        const __m128i bad = _mm_or_si128(_mm_cmpgt_epi32(c, top), _mm_cmpgt_epi32(zero, c));
        return _mm_add_epi32(_mm_andnot_si128(bad, c), one);
    };
    for (; i + 16 <= n; i += 16) {
        const __m128i s01 = _mm_packs_epi32(slot(codes + i), slot(codes + i + 4));
        const __m128i s23 = _mm_packs_epi32(slot(codes + i + 8), slot(codes + i + 12));
        // Slots are at most 255: unsigned saturation keeps them intact.
        __m128i s = _mm_packus_epi16(s01, s23);
        if (mask) {
            const __m128i outside = _mm_cmpeq_epi8(load(mask + i), zero);
            s = _mm_andnot_si128(outside, s);
            inside +=
                std::size_t(__builtin_popcount(~unsigned(_mm_movemask_epi8(outside)) & 0xFFFFu));
        } else {
            inside += 16;
        }
        store(slotOf + i, s);
    }
#endif
    for (; i < n; ++i) {
        std::uint32_t c = std::uint32_t(codes[i]);
        c = c > k ? 0u : c;
        const std::uint8_t in = mask ? std::uint8_t(mask[i] != 0) : std::uint8_t(1);
        slotOf[i] = std::uint8_t((c + 1) * in);
        inside += in;
    }
    return inside;
}

void setNonZero(const std::uint8_t* bytes, std::size_t n, std::uint8_t* out) {
    std::size_t i = 0;
#if defined(__SSE2__)
    const __m128i zero = _mm_setzero_si128();
    const __m128i one = _mm_set1_epi8(1);
    for (; i + 16 <= n; i += 16)
        store(out + i, _mm_andnot_si128(_mm_cmpeq_epi8(load(bytes + i), zero), one));
#endif
    for (; i < n; ++i)
        out[i] = std::uint8_t(bytes[i] != 0);
}

std::size_t countNonZero(const std::uint8_t* bytes, std::size_t n) {
    std::size_t count = 0;
    std::size_t i = 0;
#if defined(__SSE2__)
    const __m128i zero = _mm_setzero_si128();
    const __m128i one = _mm_set1_epi8(1);
    __m128i sums = zero;
    for (; i + 16 <= n; i += 16) {
        const __m128i set = _mm_andnot_si128(_mm_cmpeq_epi8(load(bytes + i), zero), one);
        sums = _mm_add_epi64(sums, _mm_sad_epu8(set, zero));
    }
    count += std::size_t(_mm_cvtsi128_si64(sums)) +
             std::size_t(_mm_cvtsi128_si64(_mm_unpackhi_epi64(sums, sums)));
#endif
    for (; i < n; ++i)
        count += bytes[i] != 0;
    return count;
}

std::size_t countBoth(const std::uint8_t* a, const std::uint8_t* b, std::size_t n) {
    std::size_t count = 0;
    std::size_t i = 0;
#if defined(__SSE2__)
    const __m128i zero = _mm_setzero_si128();
    const __m128i one = _mm_set1_epi8(1);
    __m128i sums = zero;
    for (; i + 16 <= n; i += 16) {
        const __m128i none =
            _mm_or_si128(_mm_cmpeq_epi8(load(a + i), zero), _mm_cmpeq_epi8(load(b + i), zero));
        sums = _mm_add_epi64(sums, _mm_sad_epu8(_mm_andnot_si128(none, one), zero));
    }
    count += std::size_t(_mm_cvtsi128_si64(sums)) +
             std::size_t(_mm_cvtsi128_si64(_mm_unpackhi_epi64(sums, sums)));
#endif
    for (; i < n; ++i)
        count += a[i] != 0 && b[i] != 0;
    return count;
}

bool allOnes(const double* weights, std::size_t n) {
    std::size_t i = 0;
#if defined(__SSE2__)
    const __m128d one = _mm_set1_pd(1.0);
    for (; i + 8 <= n; i += 8) {
        const __m128d e0 = _mm_cmpeq_pd(_mm_loadu_pd(weights + i), one);
        const __m128d e1 = _mm_cmpeq_pd(_mm_loadu_pd(weights + i + 2), one);
        const __m128d e2 = _mm_cmpeq_pd(_mm_loadu_pd(weights + i + 4), one);
        const __m128d e3 = _mm_cmpeq_pd(_mm_loadu_pd(weights + i + 6), one);
        const __m128d all = _mm_and_pd(_mm_and_pd(e0, e1), _mm_and_pd(e2, e3));
        if (_mm_movemask_pd(all) != 3)
            return false;
    }
#endif
    for (; i < n; ++i)
        if (weights[i] != 1.0)
            return false;
    return true;
}

} // namespace sondo::kernels
