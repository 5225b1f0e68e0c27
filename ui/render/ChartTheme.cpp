#include "render/ChartTheme.h"

#include <cmath>

namespace sondo {

namespace {

QColor mix(const QColor& a, const QColor& b, double t) {
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// One side of the diverging ramp, from the strong end (far from the midpoint) to a pale one.
QList<QColor> ramp(const QColor& strong, const QColor& pale, int count) {
    QList<QColor> colors;
    for (int i = 0; i < count; ++i)
        colors.append(count == 1 ? mix(strong, pale, 0.25) : mix(strong, pale, double(i) / count));
    return colors;
}

} // namespace

ChartTheme ChartTheme::standard() {
    ChartTheme theme;
    // Okabe & Ito (2008), with the yellow moved back: it is too pale for thin bars on white.
    theme.categorical = {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00),
                         QColor(0x00, 0x9e, 0x73), QColor(0xd5, 0x5e, 0x00),
                         QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9),
                         QColor(0xf0, 0xe4, 0x42), QColor(0x55, 0x55, 0x55)};
    return theme;
}

ChartTheme ChartTheme::withTextScaled(qreal factor) const {
    ChartTheme theme = *this;
    for (qreal* size : {&theme.titleSize, &theme.subtitleSize, &theme.legendSize, &theme.labelSize,
                        &theme.valueSize, &theme.axisSize, &theme.noteSize, &theme.footerSize})
        *size *= factor;
    return theme;
}

QColor ChartTheme::seriesColor(int index) const {
    if (categorical.isEmpty())
        return singleSeries;
    const int n = int(categorical.size());
    const QColor base = categorical[index % n];
    // Past the palette, repeat it lighter rather than inventing colours that clash.
    return index < n ? base : mix(base, Qt::white, 0.45);
}

QList<QColor> ChartTheme::scaleColors(int negative, bool neutral, int positive) {
    const QColor orange(0xc0, 0x4f, 0x00);
    const QColor paleOrange(0xf6, 0xc8, 0x9f);
    const QColor blue(0x00, 0x5a, 0x9c);
    const QColor paleBlue(0xa8, 0xcf, 0xec);
    QList<QColor> colors = ramp(orange, paleOrange, negative);
    if (neutral)
        colors.append(QColor(0xbd, 0xbd, 0xbd));
    QList<QColor> blues = ramp(blue, paleBlue, positive);
    for (auto it = blues.crbegin(); it != blues.crend(); ++it)
        colors.append(*it);
    return colors;
}

QColor ChartTheme::lighter(const QColor& color) {
    return mix(color, Qt::white, 0.5);
}

QColor ChartTheme::textOn(const QColor& background) {
    // Relative luminance (WCAG) with a threshold that keeps white text on the mid blues.
    auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const double l = 0.2126 * channel(background.redF()) + 0.7152 * channel(background.greenF()) +
                     0.0722 * channel(background.blueF());
    return l > 0.3 ? QColor(0x1f, 0x1f, 0x1f) : QColor(Qt::white);
}

} // namespace sondo
