#pragma once

#include <QJsonObject>
#include <QString>

namespace sondo {

/**
 * One group of a derived segment: its label and who belongs to it, a SegmentFilter as the project
 * saves one (questions by id and code, options by label), with the words it was described in
 * when it was made ("Q2: 201-500 postazioni, Oltre 500 postazioni"). Plain value.
 */
struct SegmentGroup {
    QString label;
    QJsonObject filter;
    QString description;

    bool operator==(const SegmentGroup&) const = default;
};

} // namespace sondo
