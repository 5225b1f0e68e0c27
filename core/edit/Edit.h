#pragma once

#include "edit/Bands.h"
#include "edit/ChangeType.h"
#include "edit/DerivedSegment.h"
#include "edit/HideOption.h"
#include "edit/MergeOptions.h"
#include "edit/NetOption.h"
#include "edit/RenameOption.h"
#include "edit/ReorderOptions.h"
#include "edit/UnknownEdit.h"

#include <variant>

namespace sondo {

/**
 * One change the analyst made to the survey as imported, as a plain value.
 *
 * A new kind (merging options, reordering, hiding, nets, bands, a derived segment, a type
 * change) is a struct in its own file with the same shape as RenameOption (kind(), toJson(),
 * fromJson(), applyTo()), added to this variant and to the two dispatches in EditList.cpp.
 */
using Edit = std::variant<RenameOption, MergeOptions, ReorderOptions, HideOption, Bands, ChangeType,
                          NetOption, DerivedSegment, UnknownEdit>;

} // namespace sondo
