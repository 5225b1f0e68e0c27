#pragma once

#include "stats/SignificanceOptions.h"

#include "chart/BaseThresholds.h"
#include "export/ReportContent.h"
#include "filter/RespondentMask.h"
#include "findings/FindingLanguage.h"
#include "model/ResponseMatrix.h"
#include "model/Survey.h"

#include <QList>
#include <QLocale>
#include <QString>

namespace sondo {

/** One entry of a report: a question or a question group, by index. */
struct ReportItem {
    bool group = false;
    /** Index in Survey::questions, or in Survey::groups when `group`. */
    int index = -1;
};

/** What a report is asked to contain (the `sondo report` options, resolved). */
struct ReportRequest {
    /** The questions and groups in report order; empty: every analysable question with a chart. */
    QList<ReportItem> items;
    FindingLanguage language = FindingLanguage::Italian;
    /** Respondents kept (SegmentFilter::mask), empty for everyone, and its description. */
    RespondentMask mask;
    QString filterText;
    /** The compare-by question, -1 for none. */
    int segment = -1;
    /** How its groups are tested (level, correction, pairs or against the rest, minimum base). */
    SignificanceOptions significance;
    /** True when the project's saved weighting applies. */
    bool weighted = false;
    /** The report's title; empty: the survey's title. */
    QString title;
    /** Source note under every chart and on the title page; may be empty. */
    QString source;
    /** The project's small-base thresholds (its state's BaseThresholds). */
    BaseThresholds bases;
};

/**
 * Computes a report's content with the same core calls `sondo freq --json` and `sondo findings`
 * use (FrequencyTable, CrossTab, CrossTabInference, KeyFindings, ChartSpecBuilder), so its
 * figures equal theirs.
 */
class ReportContentBuilder {
public:
    static ReportContent build(const Survey& survey, const ResponseMatrix& responses,
                               const ReportRequest& request);
    /** The locale numbers are written in for `language` (Italian: decimal comma). */
    static QLocale locale(FindingLanguage language);
};

} // namespace sondo
