#pragma once

#include <QByteArray>

namespace sondo {

/**
 * Writes `value` as the shortest text that reads back as the same double, in C locale ("3.5",
 * "12", "0.1"), without an exponent for magnitudes from 1e-5 to 1e15 and never as "-0". Returns
 * the length written; `size` of 32 bytes or more always suffices. This is how a number of a
 * binary source (a workbook cell, an SPSS value) becomes the cell text a CSV export would hold.
 */
int writeNumberText(double value, char* buffer, int size);

/** writeNumberText() into a QByteArray. */
QByteArray numberText(double value);

} // namespace sondo
