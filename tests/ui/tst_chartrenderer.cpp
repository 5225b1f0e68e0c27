// Tests of ChartRenderer and ChartScene on hand-made ChartSpecs: what the QChart holds (series,
// categories, order, axis format), and that the scene's words are all there, wrapped, never cut,
// and inside the picture at the sizes newsletters use.

#include "render/ChartRenderer.h"
#include "render/ChartScene.h"
#include "render/ChartTextItem.h"
#include "render/FontLoader.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QPainter>
#include <QTest>
#include <QValueAxis>

using namespace sondo;

namespace {

const QString kLongTitle = QStringLiteral(
    "L'emergenza Covid cambierà in modo permanente i modelli organizzativi del contact center, "
    "secondo la sua esperienza? Indichi tutte le risposte che ritiene valide tra quelle proposte");

ChartSeries makeSeries(const QString& name, const QList<double>& values) {
    ChartSeries s;
    s.name = name;
    s.values = values;
    for (double v : values) {
        s.labels.append(QString::number(qRound(v)) + QLatin1Char('%'));
        s.counts.append(v * 2);
        s.countLabels.append(QString::number(qRound(v * 2)));
    }
    return s;
}

ChartSpec barsSpec() {
    ChartSpec spec;
    spec.kind = ChartKind::HorizontalBars;
    spec.questionId = QStringLiteral("Q2");
    spec.title = kLongTitle;
    spec.subtitle = QStringLiteral("Filtro: Settore: Banche");
    spec.categories = {QStringLiteral("Direttore / Responsabile customer service"),
                       QStringLiteral("Sì, lo smart working resterà per la maggior parte degli "
                                      "operatori del contact center anche dopo l'emergenza"),
                       QStringLiteral("Team leader"), QStringLiteral("Altro")};
    spec.series = {makeSeries(QStringLiteral("Totale"), {45, 30, 20, 5})};
    spec.notes = {QStringLiteral("Più risposte possibili: le percentuali superano il 100%")};
    spec.footer = QStringLiteral("Base: 134 di 300");
    spec.sourceNote = QStringLiteral("Fonte: indagine Sondo 2024");
    spec.valueAxisMax = 50;
    return spec;
}

ChartSpec groupedSpec() {
    ChartSpec spec = barsSpec();
    spec.kind = ChartKind::GroupedBars;
    spec.showLegend = true;
    spec.series = {makeSeries(QStringLiteral("Banche"), {40, 30, 20, 10}),
                   makeSeries(QStringLiteral("Telco"), {10, 20, 30, 40}),
                   makeSeries(QStringLiteral("Pubblica amministrazione"), {25, 25, 25, 25})};
    return spec;
}

ChartSpec divergingSpec() {
    ChartSpec spec;
    spec.kind = ChartKind::DivergingStacked;
    spec.title = QStringLiteral("Quanto è d'accordo?");
    spec.categories = {QStringLiteral("Banche"), QStringLiteral("Telco")};
    const QStringList names = {"Per nulla", "Poco", "Né né", "Abbastanza", "Molto"};
    const QList<DivergingSide> sides = {DivergingSide::Negative, DivergingSide::Negative,
                                        DivergingSide::Neutral, DivergingSide::Positive,
                                        DivergingSide::Positive};
    const QList<QList<double>> values = {{10, 20}, {10, 20}, {20, 20}, {30, 20}, {30, 20}};
    for (int k = 0; k < 5; ++k) {
        ChartSeries s = makeSeries(names[k], values[k]);
        s.side = sides[k];
        spec.series.append(s);
    }
    spec.negativeTotalLabels = {"20%", "40%"};
    spec.positiveTotalLabels = {"60%", "40%"};
    spec.showLegend = true;
    spec.valueAxisMin = -50;
    spec.valueAxisMax = 70;
    return spec;
}

// One Likert question alone, as `sondo chart Q --diverging` draws it: a single bar without a
// category label, with the top-2-box note and the base under it.
ChartSpec singleDivergingSpec() {
    ChartSpec spec = divergingSpec();
    spec.title = QStringLiteral("L'emergenza cambierà in modo permanente il contact center");
    spec.categories = {QString()};
    for (ChartSeries& s : spec.series) {
        const double v = s.values.first();
        s.values = {v};
        s.labels = {s.labels.first()};
        s.counts = {s.counts.first()};
        s.countLabels = {s.countLabels.first()};
    }
    spec.negativeTotalLabels = {QStringLiteral("20%")};
    spec.positiveTotalLabels = {QStringLiteral("60%")};
    spec.notes = {QStringLiteral("Top-2-box: 60% · Mean: 3.6")};
    spec.footer = QStringLiteral("Base: 967");
    return spec;
}

// A yes/no question: two bars, no legend.
ChartSpec twoBarsSpec() {
    ChartSpec spec = barsSpec();
    spec.subtitle.clear();
    spec.title = QStringLiteral("Avete introdotto il lavoro da remoto?");
    spec.categories = {QStringLiteral("Sì"), QStringLiteral("No")};
    spec.series = {makeSeries(QStringLiteral("Totale"), {70, 30})};
    spec.notes.clear();
    spec.valueAxisMax = 80;
    return spec;
}

// The text item of the scene that shows exactly `text`.
const ChartTextItem* textItem(const ChartScene& scene, const QString& text) {
    for (QGraphicsItem* item : scene.items())
        if (auto* t = dynamic_cast<const ChartTextItem*>(item); t && t->text() == text)
            return t;
    return nullptr;
}

QImage renderImage(ChartScene& scene) {
    QImage image(scene.size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), scene.size()), scene.sceneRect());
    painter.end();
    return image;
}

QStringList sceneWords(const ChartScene& scene) {
    return scene.texts()
        .join(QLatin1Char(' '))
        .split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}

bool containsInOrder(const QStringList& haystack, const QString& text) {
    // Wrapped lines are joined by '\n'; a word must not be split or lost.
    return haystack.join(QLatin1Char(' ')).simplified().contains(text.simplified());
}

} // namespace

class TestChartRenderer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(!FontLoader::family().isEmpty()); }

    void bundledFontIsLoaded() {
        QCOMPARE(FontLoader::family(), QStringLiteral("DejaVu Sans"));
        const QFont font = FontLoader::font(14);
        QCOMPARE(QFontInfo(font).family(), QStringLiteral("DejaVu Sans"));
    }

    void horizontalBarsFirstOptionOnTop() {
        const ChartSpec spec = barsSpec();
        auto scene = ChartRenderer().render(spec, QSizeF(1200, 675));
        QChart* chart = scene->chart();
        QCOMPARE(chart->series().size(), 1);
        auto* series = qobject_cast<QHorizontalBarSeries*>(chart->series().first());
        QVERIFY(series);
        QCOMPARE(series->count(), 1);
        // Qt draws category 0 at the bottom: the axis holds the spec's categories reversed.
        auto* axis = qobject_cast<QBarCategoryAxis*>(chart->axes(Qt::Vertical).first());
        QVERIFY(axis);
        QStringList reversed = spec.categories;
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(axis->categories(), reversed);
        QCOMPARE(series->barSets().first()->at(3), 45.0);
        QCOMPARE(series->barSets().first()->at(0), 5.0);
        // And on screen: the first option's bar is above the last one's.
        const qreal firstY = chart->mapToPosition(QPointF(45, 3), series).y();
        const qreal lastY = chart->mapToPosition(QPointF(5, 0), series).y();
        QVERIFY2(firstY < lastY, qPrintable(QStringLiteral("%1 >= %2").arg(firstY).arg(lastY)));
        // The scene's wrapped labels are stacked the same way.
        QVERIFY(scene->categoryLabelLines(0).size() >= 1);
    }

    void valueAxisFormatsPercent() {
        auto scene = ChartRenderer().render(barsSpec(), QSizeF(1200, 675));
        auto* axis = qobject_cast<QValueAxis*>(scene->chart()->axes(Qt::Horizontal).first());
        QVERIFY(axis);
        QCOMPARE(axis->labelFormat(), QStringLiteral("%.0f%%"));
        QCOMPARE(axis->min(), 0.0);
        QCOMPARE(axis->max(), 50.0);
    }

    void negativeBarsGrowLeftWithTheirLabels() {
        // A net (top-2 − bottom-2) below zero: the bar runs left of 0, its label beyond its left
        // end, and the axis counts points, not percent.
        ChartSpec spec = twoBarsSpec();
        spec.series = {makeSeries(QStringLiteral("Net"), {-30, 20})};
        spec.series[0].labels = {QStringLiteral("\u221230"), QStringLiteral("+20")};
        spec.valueAxisMin = -40;
        spec.valueAxisMax = 40;
        spec.valueAxisSuffix.clear();
        auto scene = ChartRenderer().render(spec, QSizeF(1200, 675));
        auto* axis = qobject_cast<QValueAxis*>(scene->chart()->axes(Qt::Horizontal).first());
        QCOMPARE(axis->labelFormat(), QStringLiteral("%.0f"));
        QCOMPARE(axis->min(), -40.0);
        const ChartTextItem* minus = textItem(*scene, QStringLiteral("\u221230"));
        const ChartTextItem* plus = textItem(*scene, QStringLiteral("+20"));
        QVERIFY(minus && plus);
        const QRectF plot = scene->chart()->mapRectToScene(scene->chart()->plotArea());
        const qreal zero = plot.left() + plot.width() / 2;
        // −30 of a −40…40 axis ends an eighth of the plot from its left edge; its label is
        // wholly left of that end, the +20 label right of its bar's end (60 of 80).
        const qreal negativeEnd = plot.left() + plot.width() / 8;
        QVERIFY(minus->sceneBoundingRect().right() <= negativeEnd + 1);
        QVERIFY(plus->sceneBoundingRect().left() >= zero + plot.width() / 4 - 1);
        // The bar itself is drawn left of zero: its colour is found between the end and zero.
        const QImage image = renderImage(*scene);
        const QRgb bar = ChartTheme::standard().singleSeries.rgb();
        const int y = qRound(minus->sceneBoundingRect().center().y());
        QCOMPARE(image.pixel(qRound((negativeEnd + zero) / 2), y), bar);
        QVERIFY(image.pixel(qRound(zero + plot.width() / 8), y) != bar);
    }

    void noLegendForOneSeries() {
        auto scene = ChartRenderer().render(barsSpec(), QSizeF(1200, 675));
        QVERIFY(!scene->chart()->legend()->isVisible());
        // The only series' name ("Totale") would appear only in a legend.
        QVERIFY(!sceneWords(*scene).contains(QStringLiteral("Totale")));
    }

    void groupedBarsHaveLegendAndFirstSegmentOnTop() {
        const ChartSpec spec = groupedSpec();
        auto scene = ChartRenderer().render(spec, QSizeF(1200, 675));
        auto* series = qobject_cast<QHorizontalBarSeries*>(scene->chart()->series().first());
        QVERIFY(series);
        QCOMPARE(series->count(), 3);
        // Sets are appended last segment first, so the first segment is the top bar of a group.
        QCOMPARE(series->barSets().last()->label(), QStringLiteral("Banche"));
        const QStringList texts = scene->texts();
        for (const ChartSeries& s : spec.series)
            QVERIFY2(texts.contains(s.name), qPrintable(s.name));
    }

    void divergingStacksNegativesLeft() {
        auto scene = ChartRenderer().render(divergingSpec(), QSizeF(1200, 675));
        auto* series = qobject_cast<QHorizontalStackedBarSeries*>(scene->chart()->series().first());
        QVERIFY(series);
        // Five options, the neutral one split in two halves: six sets.
        QCOMPARE(series->count(), 6);
        double negative = 0;
        double positive = 0;
        for (QBarSet* set : series->barSets()) {
            for (int i = 0; i < set->count(); ++i)
                (set->at(i) < 0 ? negative : positive) += set->at(i);
        }
        // Telco (axis index 0) and Banche (1): left 10+10+10 + 20+20+10, right likewise.
        QCOMPARE(negative, -80.0);
        QCOMPARE(positive, 120.0);
        auto* axis = qobject_cast<QValueAxis*>(scene->chart()->axes(Qt::Horizontal).first());
        QCOMPARE(axis->min(), -50.0);
        QCOMPARE(axis->max(), 70.0);
    }

    void tooltipCarriesCount() {
        const ChartSpec spec = barsSpec();
        auto scene = ChartRenderer().render(spec, QSizeF(1200, 675));
        auto* series = qobject_cast<QAbstractBarSeries*>(scene->chart()->series().first());
        QBarSet* set = series->barSets().first();
        // Axis index 3 is the spec's first category (45%, count 90).
        emit series->hovered(true, 3, set);
        const QString tip = scene->chart()->toolTip();
        QVERIFY2(tip.contains(spec.categories.first()) && tip.contains(QStringLiteral("90")),
                 qPrintable(tip));
        emit series->hovered(false, 3, set);
        QVERIFY(scene->chart()->toolTip().isEmpty());
    }

    void textIsWrappedNeverCut_data() {
        QTest::addColumn<QSizeF>("size");
        QTest::addColumn<int>("kind");
        for (QSizeF size : {QSizeF(1200, 675), QSizeF(1080, 1080), QSizeF(1123, 794)}) {
            const QByteArray name =
                QByteArray::number(size.width()) + 'x' + QByteArray::number(size.height());
            QTest::newRow(name + " bars") << size << int(ChartKind::HorizontalBars);
            QTest::newRow(name + " grouped") << size << int(ChartKind::GroupedBars);
            QTest::newRow(name + " diverging") << size << int(ChartKind::DivergingStacked);
        }
    }

    void textIsWrappedNeverCut() {
        QFETCH(QSizeF, size);
        QFETCH(int, kind);
        ChartSpec spec = kind == int(ChartKind::GroupedBars)        ? groupedSpec()
                         : kind == int(ChartKind::DivergingStacked) ? divergingSpec()
                                                                    : barsSpec();
        spec.title = kLongTitle;
        auto scene = ChartRenderer().render(spec, size);
        const QStringList texts = scene->texts();
        // Every word of the title and of every label is drawn, in order.
        QVERIFY(containsInOrder(texts, kLongTitle));
        for (int i = 0; i < spec.categories.size(); ++i) {
            const QStringList lines = scene->categoryLabelLines(i);
            QCOMPARE(lines.join(QLatin1Char(' ')), spec.categories[i]);
        }
        QVERIFY(texts.contains(spec.footer) || spec.footer.isEmpty());
        // The long title needs more than one line at these widths.
        QVERIFY(kLongTitle.size() > 100);
        // Nothing sticks out of the picture.
        const QRectF picture(QPointF(0, 0), size);
        const QRectF bounds = scene->textBounds();
        QVERIFY2(picture.contains(bounds), qPrintable(QStringLiteral("text bounds %1,%2 %3x%4")
                                                          .arg(bounds.x())
                                                          .arg(bounds.y())
                                                          .arg(bounds.width())
                                                          .arg(bounds.height())));
        QVERIFY(picture.contains(scene->plotArea()));
        // Category labels sit left of the plot, top to bottom in spec order, without overlap.
        const QRectF plot = scene->plotArea();
        for (int i = 0; i < spec.categories.size(); ++i) {
            const QRectF r = scene->categoryLabelRect(i);
            if (spec.categories[i].isEmpty())
                continue;
            QVERIFY(r.right() <= plot.left());
            QVERIFY(picture.contains(r));
            if (i > 0)
                QVERIFY(scene->categoryLabelRect(i - 1).bottom() <= r.top() + 0.5);
        }
    }

    void labelsDoNotOverlap() {
        ChartSpec spec = barsSpec();
        auto scene = ChartRenderer().render(spec, QSizeF(1200, 675));
        // A long label wraps onto several lines instead of being cut or elided.
        const QStringList lines = scene->categoryLabelLines(1);
        QVERIFY(lines.size() >= 2);
        for (const QString& line : lines)
            QVERIFY(!line.contains(QChar(0x2026)));
    }

    void relayoutFollowsSize() {
        auto scene = ChartRenderer().render(barsSpec(), QSizeF(1200, 675));
        const QRectF wide = scene->plotArea();
        scene->relayout(QSizeF(1080, 1080));
        QCOMPARE(scene->sceneRect(), QRectF(0, 0, 1080, 1080));
        QVERIFY(scene->plotArea().height() > wide.height());
        QVERIFY(QRectF(0, 0, 1080, 1080).contains(scene->textBounds()));
    }

    // A chart of one or two bars does not fill the picture. It must still look laid out on
    // purpose: legend, bars and notes centred between title and base, bars no thicker than a
    // bold stripe, the base at the bottom edge, and no empty plot band around the bars.
    void fewBarsAreCentredAndHugged_data() {
        QTest::addColumn<QSizeF>("size");
        QTest::addColumn<int>("kind");
        for (QSizeF size : {QSizeF(1200, 675), QSizeF(1080, 1080)}) {
            const QByteArray name =
                QByteArray::number(size.width()) + 'x' + QByteArray::number(size.height());
            QTest::newRow(name + " one diverging bar") << size << int(ChartKind::DivergingStacked);
            QTest::newRow(name + " two bars") << size << int(ChartKind::HorizontalBars);
        }
    }

    void fewBarsAreCentredAndHugged() {
        QFETCH(QSizeF, size);
        QFETCH(int, kind);
        const bool diverging = kind == int(ChartKind::DivergingStacked);
        const ChartSpec spec = diverging ? singleDivergingSpec() : twoBarsSpec();
        auto scene = ChartRenderer().render(spec, size);
        const ChartTextItem* title = textItem(*scene, spec.title);
        const ChartTextItem* footer = textItem(*scene, spec.footer);
        QVERIFY(title && footer);
        const qreal titleBottom = title->sceneBoundingRect().bottom();
        const QRectF plot = scene->plotArea();

        // The block of legend, bars and notes is centred (a little above the middle) between
        // the title and the footer: the white above the plot (legend included) and below it
        // (notes included) are of a size, neither side an empty band twice the other.
        const qreal above = plot.top() - titleBottom;
        const qreal below = footer->sceneBoundingRect().top() - plot.bottom();
        QVERIFY2(
            above >= 0.5 * below && above <= 1.5 * below,
            qPrintable(QStringLiteral("%1 px above the plot, %2 below").arg(above).arg(below)));
        // The base stays at the bottom edge, as on a full chart.
        QVERIFY(footer->sceneBoundingRect().bottom() >= size.height() - 40);
        QVERIFY(footer->sceneBoundingRect().bottom() <= size.height());

        // The bars, measured in the rendered picture: below the legend (whose swatch has the
        // same colour), a column through the last segment of a diverging bar (near its end,
        // clear of its value label: 10 + 30 + 27 from the centre), or through the middle of
        // the shortest bar (15), holds the bars' colour only where a bar is.
        const QImage image = renderImage(*scene);
        const auto [min, max] = ChartRenderer::valueRange(spec);
        const double at = diverging ? 67 : 15;
        const int x = qRound(plot.left() + (at - min) / (max - min) * plot.width());
        const QColor colour = ChartRenderer::seriesColors(spec, ChartTheme::standard()).last();
        QList<int> rows;
        for (int y = int(plot.top()); y < image.height(); ++y)
            if (image.pixelColor(x, y) == colour)
                rows.append(y);
        QVERIFY(!rows.isEmpty());
        // Each bar is one run of rows; a bar is between 30 and 75 px thick at 1200×675 (a bold
        // stripe, not a block), scaled like the fonts by the picture's area.
        const qreal scale = std::sqrt(size.width() * size.height() / (1200.0 * 675.0));
        QList<int> runs{1};
        for (qsizetype i = 1; i < rows.size(); ++i) {
            if (rows[i] == rows[i - 1] + 1)
                ++runs.last();
            else
                runs.append(1);
        }
        QCOMPARE(runs.size(), spec.categories.size());
        for (int thickness : std::as_const(runs))
            QVERIFY2(thickness >= 30 * scale && thickness <= 75 * scale,
                     qPrintable(QString::number(thickness)));
        // The plot hugs its bars: the gaps around them (half a gap above the first bar and
        // below the last) are at most one and a half times the bars' thickness.
        qreal barRows = 0;
        for (int thickness : std::as_const(runs))
            barRows += thickness;
        QVERIFY2(plot.height() <= 2.6 * barRows,
                 qPrintable(QStringLiteral("plot %1 px high for %2 px of bars")
                                .arg(plot.height())
                                .arg(barRows)));
        QVERIFY(rows.last() <= plot.bottom());
        // Nor is the picture mostly empty: with room to spare the bars grow (up to half as thick
        // again), so two bars take over a third of the height between title and footer (a square:
        // 40%, 27% before).
        if (!diverging) {
            const qreal between = footer->sceneBoundingRect().top() - titleBottom;
            QVERIFY2(
                plot.height() >= 0.38 * between,
                qPrintable(QStringLiteral("plot %1 px of %2").arg(plot.height()).arg(between)));
        }
    }

    // A wrapped title never leaves a short word alone on its last line: "(SCELTA" / "1)" reads
    // as a slip, so the word before it goes down too.
    void titleLeavesNoShortOrphan() {
        ChartSpec spec = twoBarsSpec();
        spec.title =
            QStringLiteral("Specializzazione | Velocità | Qualità | Privacy | Costo (SCELTA 1)");
        auto scene = ChartRenderer().render(spec, QSizeF(1080, 1080));
        const ChartTextItem* title = nullptr;
        for (QGraphicsItem* item : scene->items())
            if (auto* t = dynamic_cast<const ChartTextItem*>(item);
                t && t->lines().join(u' ') == spec.title)
                title = t;
        QVERIFY(title);
        // At 1080 px the words up to "(SCELTA" fit on the first line (hand check of the
        // rendered picture); "1)" alone would be the second.
        QCOMPARE(title->lines().size(), 2);
        QVERIFY2(title->lines().last().contains(u' '), qPrintable(title->lines().join(u'|')));
        QCOMPARE(title->lines().last(), QStringLiteral("(SCELTA 1)"));
    }

    // A value axis with grid lines tells its scale; a diverging chart, whose axis would read
    // from the centre of the neutral option, drops both rather than show unlabelled lines.
    void gridLinesOnlyWithScale_data() {
        QTest::addColumn<int>("kind");
        QTest::newRow("bars") << int(ChartKind::HorizontalBars);
        QTest::newRow("grouped") << int(ChartKind::GroupedBars);
        QTest::newRow("diverging") << int(ChartKind::DivergingStacked);
    }

    void gridLinesOnlyWithScale() {
        QFETCH(int, kind);
        const ChartSpec spec = kind == int(ChartKind::GroupedBars)        ? groupedSpec()
                               : kind == int(ChartKind::DivergingStacked) ? divergingSpec()
                                                                          : barsSpec();
        auto scene = ChartRenderer().render(spec, QSizeF(1200, 675));
        auto* axis = qobject_cast<QValueAxis*>(scene->chart()->axes(Qt::Horizontal).first());
        QVERIFY(axis);
        QCOMPARE(axis->isGridLineVisible(), axis->labelsVisible());
        QCOMPARE(axis->labelsVisible(), kind != int(ChartKind::DivergingStacked));
    }

    void withoutTitleAndFooter() {
        ChartSpec spec = barsSpec();
        spec.showTitle = false;
        spec.showFooter = false;
        auto scene = ChartRenderer().render(spec, QSizeF(1200, 675));
        const QString all = scene->texts().join(QLatin1Char('\n'));
        QVERIFY(!all.contains(QStringLiteral("organizzativi")));
        QVERIFY(!all.contains(spec.footer));
        QVERIFY(!all.contains(spec.sourceNote));
        QVERIFY(all.contains(QStringLiteral("Team leader")));
    }
};

QTEST_MAIN(TestChartRenderer)
#include "tst_chartrenderer.moc"
