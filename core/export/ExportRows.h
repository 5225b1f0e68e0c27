#pragma once

#include "filter/RespondentMask.h"
#include "model/ResponseMatrix.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace sondo {

/** The respondents an export writes and the texts both formats share. Internal to export/. */
class ExportRows {
public:
    static constexpr qint64 kMsPerDay = 86400000;

    /** The rows to write: those of the mask (empty = all). */
    static std::vector<int> selected(const ResponseMatrix& responses, const RespondentMask& mask);

    /** The tool's respondent id of `row`, or its number from 1 when the tool gave none. */
    static QString respondentId(const ResponseMatrix& responses, int row);

    /** Milliseconds since the epoch (UTC) as ISO 8601; the time only when it is not midnight. */
    static QByteArray dateText(double ms);
};

} // namespace sondo
