#pragma once

#include "import/build/RawTable.h"

#include <functional>

namespace sondo {

/**
 * Called each time records were added to the table being read, on the thread that adds them,
 * while no other thread touches the table: it may read the table, not keep references into it.
 * A second pass over the file (an encoding found wrong half-way) starts again from an empty table.
 */
using TableObserver = std::function<void(const RawTable&)>;

} // namespace sondo
