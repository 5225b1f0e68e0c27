#pragma once

#include "model/ImportRecord.h"
#include "model/ResponseMatrix.h"
#include "model/Survey.h"

#include <QJsonObject>
#include <QList>

namespace sondo {

/** Everything a .sondo file holds, as plain values. */
struct Project {
    Survey survey;
    ResponseMatrix responses;
    /** Oldest first. */
    QList<ImportRecord> imports;
    /** The analyst's saved state (filters, compare-by, chart options, current question, layout). */
    QJsonObject state;
};

} // namespace sondo
