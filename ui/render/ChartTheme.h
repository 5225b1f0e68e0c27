#pragma once

#include <QColor>
#include <QList>

namespace sondo {

/**
 * Colours and type sizes of every chart. The palette is Okabe–Ito, readable with the common
 * colour-vision deficiencies; ordered scales use a blue–orange diverging ramp for the same reason.
 * Sizes are logical pixels for a 1200×675 picture and scale with the picture.
 */
struct ChartTheme {
    QColor background = QColor(0xff, 0xff, 0xff);
    QColor text = QColor(0x1f, 0x1f, 0x1f);
    QColor mutedText = QColor(0x5a, 0x5a, 0x5a);
    QColor grid = QColor(0xe3, 0xe3, 0xe3);
    QColor axisLine = QColor(0x9a, 0x9a, 0x9a);
    /** Bars of a chart with a single series. */
    QColor singleSeries = QColor(0x00, 0x72, 0xb2);
    /** Options outside the scale ("Non so") in stacked charts. */
    QColor outsideScale = QColor(0xe4, 0xe4, 0xe4);
    QList<QColor> categorical;

    qreal titleSize = 24;
    qreal subtitleSize = 15;
    qreal legendSize = 14;
    qreal labelSize = 15;
    qreal valueSize = 14;
    qreal axisSize = 12;
    qreal noteSize = 13;
    qreal footerSize = 12;

    /** The default theme. */
    static ChartTheme standard();
    /** This theme with every type size times `factor` (a slide's picture reads from afar). */
    ChartTheme withTextScaled(qreal factor) const;
    /** Colour of series `index` of a chart with several series (segments). */
    QColor seriesColor(int index) const;
    /**
     * Colours for an ordered scale with `negative` options before the midpoint, an optional
     * neutral option, and `positive` options after it, in scale order: strong orange, lighter
     * orange, grey, lighter blue, strong blue.
     */
    static QList<QColor> scaleColors(int negative, bool neutral, int positive);
    /** `color` halfway to white: bars on a low base. */
    static QColor lighter(const QColor& color);
    /** Black or white, whichever reads better on `background`. */
    static QColor textOn(const QColor& background);
};

} // namespace sondo
