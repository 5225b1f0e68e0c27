#pragma once

#include <cstddef>
#include <cstdint>

namespace sondo::kernels {

/**
 * The inner loops over a million coded answers that filters and statistics share, vectorised
 * with SSE2 (baseline on x86-64; a plain loop elsewhere). Pointers are to contiguous arrays of
 * `n` elements; nothing is allocated.
 */

/**
 * out[i] &= (codes[i] is one of `wanted`). Codes are the 1-based codes of AnswerColumn::codes;
 * 0 (missing) never matches unless asked for.
 */
void andCodeIn(const std::int32_t* codes, std::size_t n, const std::int32_t* wanted,
               std::size_t wantedCount, std::uint8_t* out);

/** out[i] &= (bytes[i] != 0); the 0/1 columns of multiple choice may hold other non-zero bytes. */
void andNonZero(const std::uint8_t* bytes, std::size_t n, std::uint8_t* out);

/** out[i] |= (bytes[i] != 0). */
void orNonZero(const std::uint8_t* bytes, std::size_t n, std::uint8_t* out);

/**
 * Histogram slot of each respondent, for k ≤ 254 options: 0 when outside `mask` (null = all
 * inside), 1 when missing (code 0 or outside 1..k), 1 + code otherwise. Returns how many slots
 * are non-zero (respondents inside the mask).
 */
std::size_t codeSlots(const std::int32_t* codes, const std::uint8_t* mask, std::size_t n,
                      std::uint32_t k, std::uint8_t* slotOf);

/** out[i] = (bytes[i] != 0). */
void setNonZero(const std::uint8_t* bytes, std::size_t n, std::uint8_t* out);

/** How many bytes[i] are non-zero. */
std::size_t countNonZero(const std::uint8_t* bytes, std::size_t n);

/** How many i have both a[i] and b[i] non-zero. */
std::size_t countBoth(const std::uint8_t* a, const std::uint8_t* b, std::size_t n);

/** True when every weight is exactly 1, so counting can skip the weights. */
bool allOnes(const double* weights, std::size_t n);

} // namespace sondo::kernels
