#pragma once

#include <QJsonObject>

namespace sondo {

/**
 * A saved change this version of Sondo cannot read: one made by a newer version (a kind it does
 * not know) or a damaged entry. It is kept exactly as written, so that saving the project again
 * does not lose it, and reported instead of applied. Plain value, one entry of an EditList.
 */
struct UnknownEdit {
    QJsonObject json;

    bool operator==(const UnknownEdit&) const = default;
};

} // namespace sondo
