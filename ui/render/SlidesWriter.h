#pragma once

#include "base/Result.h"
#include "export/ReportContent.h"
#include "export/SlidesDeck.h"

#include <QString>

namespace sondo {

/**
 * Turns a report's content into a 16:9 deck: a title slide (title, survey, the report's facts)
 * and one slide per question or group with a chart: its heading as the title, the chart as a
 * picture, its key findings beside it and its base and source in the footer. Sections without
 * a chart (open answers) have no slide: their table is for the report, not a slide.
 */
class SlidesWriter {
public:
    static SlidesDeck deck(const ReportContent& content);
    /** Writes the deck to `path` whole or not at all. */
    static Result<Done> write(const ReportContent& content, const QString& path);
};

} // namespace sondo
