#pragma once

#include <cstdint>
#include <vector>

namespace sondo {

/**
 * Which respondents a computation covers: one byte per respondent of the ResponseMatrix, 1 =
 * included, 0 = left out. An EMPTY mask means everyone, so the unfiltered case costs nothing.
 * Bytes rather than std::vector<bool> so that hot loops read and combine them without bit
 * twiddling.
 */
using RespondentMask = std::vector<std::uint8_t>;

} // namespace sondo
