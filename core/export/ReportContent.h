#pragma once

#include "chart/ChartSpec.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sondo {

/** A report's table as text cells, already formatted for the report's language. Plain value. */
struct ReportTable {
    /** Column headings; the first heads the row labels. */
    QStringList header;
    /** One row per option (or item, or statistic): label first, then one cell per column. */
    QList<QStringList> rows;
    /** The «Base» row (same columns as `header`); empty when the table has none. */
    QStringList baseRow;
    /** A line under the table (what the letters mean, a cut list); may be empty. */
    QString note;
};

/** One question or question group of a report: what its page shows. Plain value. */
struct ReportSection {
    /** "Q3" or "G2": the anchor of the table of contents. */
    QString id;
    /** "Q3 · Quanto siete soddisfatti …". */
    QString heading;
    /** The chart (title left to the heading); empty when the question has none. */
    ChartSpec chart;
    /** KeyFindings, leading sentence first. */
    QStringList findings;
    ReportTable table;
};

/**
 * Everything a report says, decided in core so that the PDF, ODT and HTML writers print the
 * same words and figures. Strings are localised and numbers formatted (decimal comma in
 * Italian). Plain value; ReportContentBuilder makes it.
 */
struct ReportContent {
    /** "it" or "en": the language of the HTML document and of the writers' page labels. */
    QString language;
    QString title;
    /** The survey's own title (the export's name). */
    QString surveyName;
    /** Title-page lines: fieldwork dates, respondents, filter, weighting, source. */
    QStringList facts;
    /** "Method" paragraphs: bases, letters, margin of error. */
    QStringList method;
    QList<ReportSection> sections;

    /** The writers' own words, localised here: "Contents", "Method", "Page %1 of %2", … */
    QString contentsTitle;
    QString methodTitle;
    /** "%1" the page, "%2" the page count. */
    QString pageLabel;
    /** "%1" a section's id: the heading of a table carried over to the next page. */
    QString continuedLabel;
};

} // namespace sondo
