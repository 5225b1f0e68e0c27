#include "render/SlidesWriter.h"

#include "render/ChartExporter.h"

namespace sondo {

namespace {

/** The chart is drawn at the picture box's 5:3, at twice its pixels so a projector shows it sharp.
 */
ExportOptions pictureOptions() {
    ExportOptions options;
    options.size = QSizeF(1000, 1000.0 * SlidesDeck::PictureHeight / SlidesDeck::PictureWidth);
    options.scale = 2;
    // The slide's own title box says what the chart is.
    options.showTitle = false;
    // Seen on a projector from across a room: labels of about 12 pt on the slide, not 8.
    options.theme = ChartTheme::standard().withTextScaled(1.5);
    // The slide's white shows through. An opaque white picture prints as a faint grey box in
    // Impress's PDF export (seen on its re-compressed images); a transparent one has no edge.
    options.transparent = true;
    return options;
}

} // namespace

SlidesDeck SlidesWriter::deck(const ReportContent& content) {
    SlidesDeck deck(content.language == u"en" ? QStringLiteral("en-GB") : QStringLiteral("it-IT"));
    deck.addTitleSlide(content.title, content.surveyName, content.facts);
    QList<const ReportSection*> charted;
    QList<ChartSpec> pictures;
    for (const ReportSection& section : content.sections) {
        if (section.chart.isEmpty())
            continue;
        charted.append(&section);
        // Base and source move to the slide's footer; the chart keeps its notes (significance,
        // top-2-box), which belong next to the bars.
        ChartSpec spec = section.chart;
        spec.footer.clear();
        spec.sourceNote.clear();
        pictures.append(spec);
    }
    const ExportOptions options = pictureOptions();
    const QList<QByteArray> pngs = ChartExporter::toPngs(pictures, options);
    for (qsizetype i = 0; i < charted.size(); ++i) {
        const ReportSection& section = *charted[i];
        ChartSlide slide;
        slide.title = section.heading;
        slide.points = section.findings;
        QStringList footer;
        for (const QString& line : {section.chart.footer, section.chart.sourceNote})
            if (!line.isEmpty())
                footer << line;
        slide.footer = footer.join(QStringLiteral("  ·  "));
        slide.picture = pngs[i];
        slide.pictureSize = (options.size * options.scale).toSize();
        slide.pictureDescription = section.heading;
        deck.addChartSlide(slide);
    }
    return deck;
}

Result<Done> SlidesWriter::write(const ReportContent& content, const QString& path) {
    if (const auto error = deck(content).write(path))
        return Result<Done>::failure(*error);
    return Done{};
}

} // namespace sondo
