#pragma once

#include "base/Diagnostic.h"
#include "filter/RespondentMask.h"
#include "model/ResponseMatrix.h"
#include "model/Survey.h"

#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace sondo {

/** What `sondo tables` is asked for (its options, resolved). */
struct TablesRequest {
    /** Question indexes in sheet order; empty: every analysable question but text and dates. */
    QList<int> questions;
    /** Compare-by questions (--by), in column order; empty for totals only. */
    QList<int> segments;
    /** Respondents kept (SegmentFilter::mask), empty for everyone, and its description. */
    RespondentMask mask;
    QString filterText;
    /** True when the project's saved weighting applies (the matrix then carries the weights). */
    bool weighted = false;
    /** One sheet, questions down and segments across, instead of one sheet per question. */
    bool banner = false;
};

/**
 * Tables as an Excel workbook (.xlsx, SpreadsheetML on OoxmlPackage): per question its options
 * with counts and column percentages (real numbers, percent format), bases, effective bases when
 * weighted and the letters of the groups a column is significantly higher than, under a header
 * naming the filter and weighting. Figures come from FrequencyTable, CrossTab and
 * CrossTabInference, the calls behind `sondo freq --json`, so they equal its figures.
 */
class TablesWorkbook {
public:
    static std::optional<Diagnostic> write(const Survey& survey, const ResponseMatrix& responses,
                                           const TablesRequest& request, const QString& path);

    /**
     * `wanted` made a valid sheet name not in `used` (case-insensitive): []:*?/\ replaced,
     * at most 31 characters, a number appended to a repeat. Adds the result to `used`.
     */
    static QString sheetName(const QString& wanted, QSet<QString>& used);
};

} // namespace sondo
