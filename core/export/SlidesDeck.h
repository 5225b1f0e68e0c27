#pragma once

#include "base/Diagnostic.h"
#include "export/OoxmlPackage.h"

#include <QByteArray>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>
#include <optional>

namespace sondo {

/** A chart's slide: what SlidesDeck lays out. Plain value; the picture is already a PNG. */
struct ChartSlide {
    /** "Q3 · Quanto siete soddisfatti …": the slide's title. */
    QString title;
    /** The chart as PNG bytes and its size in pixels (for its aspect ratio). */
    QByteArray picture;
    QSize pictureSize;
    /** Text a screen reader reads for the picture. */
    QString pictureDescription;
    /** Key findings, leading sentence first; at most the first three are shown. */
    QStringList points;
    /** "Base: 287 · Fonte: …" at the bottom left. */
    QString footer;
};

/**
 * A 16:9 PowerPoint deck (PresentationML, ECMA-376) put together slide by slide: a title slide
 * and one slide per chart with its title, the chart as a picture, its key findings beside it
 * and the base and source in the footer. Text stays text (editable in Impress or PowerPoint).
 * Knows nothing of surveys or rendering: the pictures come in as PNG bytes.
 */
class SlidesDeck {
public:
    /** `language` is a BCP 47 tag ("it-IT", "en-GB") stored on every run of text. */
    explicit SlidesDeck(QString language);

    /** A slide with the deck's title, a subtitle and a few lines (dates, respondents, filter). */
    void addTitleSlide(const QString& title, const QString& subtitle, const QStringList& lines);
    void addChartSlide(const ChartSlide& slide);
    int slideCount() const { return int(m_slides.size()); }

    /** The whole package; write() stores it. */
    OoxmlPackage package() const;
    /** Writes the deck to `path` whole or not at all. Returns the error. */
    std::optional<Diagnostic> write(const QString& path) const;

    /** The slide's size in EMU (English Metric Units, 914,400 an inch): 13.333 × 7.5 in. */
    static constexpr qint64 SlideWidth = 12192000;
    static constexpr qint64 SlideHeight = 6858000;
    /**
     * The picture's box on a chart slide, in EMU, as wide as tall in the ratio the charts are
     * best drawn at (5:3): callers render at this ratio so that nothing is stretched.
     */
    static constexpr qint64 PictureWidth = 7498080;
    static constexpr qint64 PictureHeight = 4498848;
    /** Characters of a title kept before it is elided (a LimeSurvey item can run to 500). */
    static constexpr int MaxTitleLength = 220;
    /** Characters of the findings column kept before the last finding is elided. */
    static constexpr int MaxPointsLength = 600;

private:
    struct Slide {
        QByteArray xml;
        /** Empty for a slide without a picture. */
        QByteArray picture;
    };
    QString m_language;
    QList<Slide> m_slides;
};

} // namespace sondo
