// Tests of ChartExporter: PNG pixel sizes and content, transparent corners, SVG text and size,
// PDF text (read back with poppler's pdftotext, an independent PDF reader) and page size, and
// the file names of exportAll.

#include "render/ChartExporter.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sondo;

namespace {

ChartSpec makeSpec(const QString& id, const QString& title) {
    ChartSpec spec;
    spec.kind = ChartKind::HorizontalBars;
    spec.questionId = id;
    spec.title = title;
    spec.categories = {QStringLiteral("Direttore / Responsabile customer service"),
                       QStringLiteral("Team leader"), QStringLiteral("Operatore")};
    ChartSeries s;
    s.values = {50, 30, 20};
    s.labels = {"50%", "30%", "20%"};
    s.counts = {67, 40, 27};
    s.countLabels = {"67", "40", "27"};
    spec.series = {s};
    spec.footer = QStringLiteral("Base: 134");
    spec.sourceNote = QStringLiteral("Fonte: indagine Sondo");
    spec.valueAxisMax = 50;
    return spec;
}

const QString kTitle = QStringLiteral("Qual è il suo ruolo all'interno dell'azienda?");

int pixelsOfColor(const QImage& image, QRgb color) {
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        const QRgb* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            count += (line[x] & 0xffffff) == (color & 0xffffff) && qAlpha(line[x]) == 255;
    }
    return count;
}

/** The page size written in the PDF's /MediaBox, in points. */
QSizeF mediaBox(const QByteArray& pdf) {
    static const QRegularExpression box(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
    const QRegularExpressionMatch m = box.match(QString::fromLatin1(pdf));
    return m.hasMatch() ? QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble()) : QSizeF();
}

} // namespace

class TestChartExport : public QObject {
    Q_OBJECT

private slots:
    void pngSize_data() {
        QTest::addColumn<QSizeF>("size");
        QTest::addColumn<qreal>("scale");
        QTest::addColumn<QSize>("pixels");
        QTest::newRow("newsletter 1x") << QSizeF(1200, 675) << 1.0 << QSize(1200, 675);
        QTest::newRow("newsletter 2x") << QSizeF(1200, 675) << 2.0 << QSize(2400, 1350);
        QTest::newRow("square 3x") << QSizeF(1080, 1080) << 3.0 << QSize(3240, 3240);
        QTest::newRow("custom 640x480") << QSizeF(640, 480) << 1.0 << QSize(640, 480);
    }

    void pngSize() {
        QFETCH(QSizeF, size);
        QFETCH(qreal, scale);
        QFETCH(QSize, pixels);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chart.png"));
        ExportOptions options;
        options.size = size;
        options.scale = scale;
        const Result<Done> result =
            ChartExporter::exportChart(makeSpec("Q2", kTitle), path, options);
        QVERIFY2(result.ok(), qPrintable(result.error().toString()));
        QImage image(path);
        QCOMPARE(image.size(), pixels);
        image = image.convertToFormat(QImage::Format_ARGB32);
        // Not blank: the bar colour covers a good share of the picture (three bars, the widest
        // spanning most of the plot), and the background is white.
        const int bar = pixelsOfColor(image, options.theme.singleSeries.rgb());
        QVERIFY2(bar > pixels.width() * pixels.height() / 50, qPrintable(QString::number(bar)));
        QCOMPARE(image.pixel(0, 0), qRgb(255, 255, 255));
    }

    void pngsInOrderAsDrawnOneByOne() {
        // toPngs encodes on the thread pool; the oracle is toImage, drawn and decoded one by one.
        QList<ChartSpec> specs;
        for (int i = 1; i <= 7; ++i)
            specs.append(
                makeSpec(QStringLiteral("Q%1").arg(i), kTitle + QStringLiteral(" (%1)").arg(i)));
        specs[3].series[0].values[0] = 5; // charts that differ, so a swap would show
        ExportOptions options;
        options.size = QSizeF(600, 340);
        const QList<QByteArray> pngs = ChartExporter::toPngs(specs, options);
        QCOMPARE(pngs.size(), specs.size());
        for (int i = 0; i < specs.size(); ++i) {
            const QImage decoded = QImage::fromData(pngs[i], "PNG");
            // An opaque chart is stored without an alpha channel (RGB, not RGBA).
            QVERIFY(!decoded.hasAlphaChannel());
            QCOMPARE(
                decoded.convertToFormat(QImage::Format_RGB32),
                ChartExporter::toImage(specs[i], options).convertToFormat(QImage::Format_RGB32));
        }
    }

    void transparentBackground() {
        ExportOptions options;
        options.transparent = true;
        options.scale = 2;
        const QImage image = ChartExporter::toImage(makeSpec("Q2", kTitle), options)
                                 .convertToFormat(QImage::Format_ARGB32);
        QCOMPARE(image.size(), QSize(2400, 1350));
        for (QPoint corner :
             {QPoint(0, 0), QPoint(image.width() - 1, 0), QPoint(0, image.height() - 1),
              QPoint(image.width() - 1, image.height() - 1)})
            QCOMPARE(qAlpha(image.pixel(corner)), 0);
        QVERIFY(pixelsOfColor(image, options.theme.singleSeries.rgb()) > 10000);
    }

    void svgKeepsTextAndSize() {
        ExportOptions options;
        const QByteArray svg = ChartExporter::toSvg(makeSpec("Q2", kTitle), options);
        const QString text = QString::fromUtf8(svg);
        QVERIFY(text.contains(QStringLiteral("<text")));
        // The question's words as text elements, not as outlines.
        QVERIFY(text.contains(QStringLiteral(">Qual è il suo ruolo all'interno dell'azienda?<")) ||
                text.contains(QStringLiteral(">Qual è il suo ruolo all&apos;interno")));
        QVERIFY(text.contains(QStringLiteral(">Team leader<")));
        QVERIFY(text.contains(QStringLiteral(">Base: 134<")));
        QVERIFY(text.contains(QStringLiteral("viewBox=\"0 0 1200 675\"")));
        // 1200 logical pixels at 96 dpi are 317.5 mm; at the generator's default 72 dpi they
        // would come out as 423.3 mm with every font shrunk by a quarter.
        QVERIFY(text.contains(QStringLiteral("width=\"317.5mm\"")));
        QVERIFY(text.contains(QStringLiteral("font-family=\"DejaVu Sans\"")));
        // Text is drawn at the sizes the layout measured: the title's font is not shrunk.
        QVERIFY(text.contains(QStringLiteral("font-size=\"24\"")));
    }

    void svgWithoutTitle() {
        ExportOptions options;
        options.showTitle = false;
        options.showFooter = false;
        const QString text =
            QString::fromUtf8(ChartExporter::toSvg(makeSpec("Q2", kTitle), options));
        // The document keeps the question as its <title> (metadata), but draws no title text.
        QVERIFY(!QRegularExpression(QStringLiteral("<text[^>]*>Qual è")).match(text).hasMatch());
        QVERIFY(!text.contains(QStringLiteral("Base: 134")));
        QVERIFY(text.contains(QStringLiteral(">Team leader<")));
    }

    void pdfIsValidAndSearchable() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chart.pdf"));
        ExportOptions options;
        options.size = ChartExporter::presetSize(SizePreset::A4Landscape);
        QVERIFY(ChartExporter::exportChart(makeSpec("Q2", kTitle), path, options).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        // A4 landscape in points: 841.9 × 595.3.
        const QSizeF page = mediaBox(bytes);
        QVERIFY2(qAbs(page.width() - 841.9) < 1 && qAbs(page.height() - 595.3) < 1,
                 qPrintable(QStringLiteral("%1 x %2").arg(page.width()).arg(page.height())));
        QVERIFY(bytes.contains("DejaVuSans"));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        // scripts/setup.sh installs poppler-utils: searchable text is part of the contract.
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext missing: run scripts/setup.sh");
        QProcess process;
        process.start(pdftotext, {path, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
        QVERIFY2(text.contains(kTitle), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Team leader")));
        QVERIFY(text.contains(QStringLiteral("Base: 134")));
        QVERIFY(text.contains(QStringLiteral("Fonte: indagine Sondo")));
    }

    void pdfPageHasPictureSize() {
        ExportOptions options; // 1200 × 675 logical pixels = 900 × 506.25 points
        const QByteArray bytes = ChartExporter::toPdf(makeSpec("Q2", kTitle), options);
        QVERIFY(bytes.startsWith("%PDF-"));
        const QSizeF page = mediaBox(bytes);
        QVERIFY2(qAbs(page.width() - 900) < 1 && qAbs(page.height() - 506.25) < 1,
                 qPrintable(QStringLiteral("%1 x %2").arg(page.width()).arg(page.height())));
    }

    void slug_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("slug");
        QTest::newRow("accents") << "Qualità del servizio: perché?"
                                 << "qualita-del-servizio-perche";
        QTest::newRow("apostrophe") << "Qual è il suo ruolo all'interno dell'azienda?"
                                    << "qual-e-il-suo-ruolo-all-interno-dell";
        QTest::newRow("symbols") << "  Età (anni) -- 2024 / Q&A  "
                                 << "eta-anni-2024-q-a";
        QTest::newRow("one long word")
            << QString(50, QLatin1Char('x')) << QString(40, QLatin1Char('x'));
        QTest::newRow("nothing usable") << "¿?!"
                                        << "";
    }

    void slug() {
        QFETCH(QString, text);
        QFETCH(QString, slug);
        const QString got = ChartExporter::slug(text);
        QCOMPARE(got, slug);
        QVERIFY(got.size() <= 40);
    }

    void exportAllNamesFiles() {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("charts/out"));
        const QList<ChartSpec> specs = {makeSpec("Q2", kTitle),
                                        makeSpec("Q10", QStringLiteral("Città di residenza")),
                                        makeSpec("Q10", QStringLiteral("Città di residenza"))};
        const Result<QStringList> result =
            ChartExporter::exportAll(specs, folder, ExportFormat::Svg, ExportOptions());
        QVERIFY2(result.ok(), qPrintable(result.error().toString()));
        // Ids padded to the widest (at least two digits): Q02 sorts before Q10.
        const QStringList expected = {"Q02-qual-e-il-suo-ruolo-all-interno-dell.svg",
                                      "Q10-citta-di-residenza.svg", "Q10-citta-di-residenza-2.svg"};
        QStringList names;
        for (const QString& path : result.value())
            names.append(QFileInfo(path).fileName());
        QCOMPARE(names, expected);
        QStringList onDisk = QDir(folder).entryList(QDir::Files, QDir::Name);
        QStringList sorted = expected;
        sorted.sort();
        QCOMPARE(onDisk, sorted);
    }

    void formatsAndPresets() {
        QCOMPARE(ChartExporter::formatFromName(QStringLiteral("/tmp/x/Chart.PNG")),
                 ExportFormat::Png);
        QCOMPARE(ChartExporter::formatFromName(QStringLiteral("svg")), ExportFormat::Svg);
        QVERIFY(!ChartExporter::formatFromName(QStringLiteral("chart.gif")));
        QCOMPARE(ChartExporter::presetSize(*ChartExporter::presetFromName("newsletter")),
                 QSizeF(1200, 675));
        QCOMPARE(ChartExporter::presetSize(*ChartExporter::presetFromName("Square")),
                 QSizeF(1080, 1080));
        QVERIFY(ChartExporter::presetFromName("a4"));
        QVERIFY(!ChartExporter::presetFromName("poster"));
        QTemporaryDir dir;
        const Result<Done> bad = ChartExporter::exportChart(
            makeSpec("Q2", kTitle), dir.filePath(QStringLiteral("chart.gif")), ExportOptions());
        QVERIFY(!bad.ok());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("chart.gif"))));
    }
};

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
