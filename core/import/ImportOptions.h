#pragma once

#include "model/QuestionType.h"

#include <QList>
#include <QPair>
#include <QString>
#include <functional>

namespace sondo {

/** Everything the analyst (or `sondo import`) can say about how to read a file. */
struct ImportOptions {
    /** auto, generic, google-forms, surveymonkey, limesurvey, qualtrics, … */
    QString format = QStringLiteral("auto");
    /** Empty = detect (BOM, valid UTF-8, else Windows-1252). */
    QString encoding;
    /** Null = sniff among , ; TAB |. */
    QChar delimiter;
    /** Worksheet of a workbook; empty = first non-empty. */
    QString sheet;
    /** QUESTION=TYPE overrides: key is an id (Q3), the tool's code, or the exact question text. */
    QList<QPair<QString, QuestionType>> typeOverrides;
};

/**
 * Reports progress of long work as done/total (bytes or rows; total 0 when unknown). Returning
 * false asks the work to stop; it then ends with a "cancelled" error and changes nothing.
 */
using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;

/**
 * `progress` as seen by one step of a longer job: the step's done/total lands in [from, to] of a
 * whole counted to 100, and the answer (go on or stop) passes through. Empty stays empty.
 */
inline ProgressCallback progressPart(const ProgressCallback& progress, int from, int to) {
    if (!progress)
        return {};
    return [progress, from, to](qint64 done, qint64 total) {
        const qint64 at = total > 0 ? from + (to - from) * qMin(done, total) / total : from;
        return progress(at, 100);
    };
}

} // namespace sondo
