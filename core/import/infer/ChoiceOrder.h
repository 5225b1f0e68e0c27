#pragma once

#include "import/infer/ScaleLibrary.h"

#include <QStringList>
#include <vector>

namespace sondo {

/**
 * The order a questionnaire most likely listed a single choice's options in, told from their
 * labels, since an export says only which answer came first: bands written with numbers
 * ("18 - 24", "Fino a 50", "Oltre 500") in numeric order, yes before no, spans of time and
 * levels of experience in their order (OrdinalWords), "Altro" and then a
 * "don't know" last. Otherwise the options keep the order they are given in (first appearance,
 * the most stable guess).
 */
class ChoiceOrder {
public:
    /** A permutation of `options`: the i-th option in order is options[of(…)[i]]. */
    static std::vector<int> of(const QStringList& options, const ScaleLibrary& scales);
};

} // namespace sondo
