#pragma once

namespace sondo {

/** The answer scale of a "how likely are you to recommend" question. */
enum class NpsScale {
    /** 0–10, the standard one (Reichheld, 2003). */
    ZeroToTen,
    /** 1–10, as some tools ask it: the classes are the same, only 0 is not an answer. */
    OneToTen,
};

} // namespace sondo
