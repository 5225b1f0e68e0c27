#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace sondo {

/**
 * One raking question as the analyst gave it and as the project stores it: the question's id and
 * a share per named option. Kept by id and label, not by index, so that a re-import that adds an
 * option or a question does not silently shift the targets. Plain value.
 */
struct WeightingTarget {
    /** Question id ("Q2"), code or exact text, as CliArguments resolves it. */
    QString question;
    /** Option labels, each with its share in `shares` (fractions, summing to 1). */
    QStringList options;
    std::vector<double> shares;
};

} // namespace sondo
