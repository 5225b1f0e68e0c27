// Tests of ChartTextItem's text layout: the wrap of labels, titles and notes, and the cap that
// keeps a stranger's 80 KB answer from taking minutes and gigabytes to lay out (issue 15).
//
// The oracle for line breaks is the greedy wrap Sondo used before, written out again below: it
// measures every candidate line whole with QFontMetricsF, which costs time in the square of a
// line's length, and breaks a long word at the longest prefix that fits. The fast wrap must give
// the same lines on ordinary text in every font size and width the charts use.

#include "render/ChartRenderer.h"
#include "render/ChartScene.h"
#include "render/ChartTextItem.h"
#include "render/FontLoader.h"

#include <QFontMetricsF>
#include <QRegularExpression>
#include <QTest>

using namespace sondo;

namespace {

/** The previous ChartTextItem::wrap, kept as the oracle (no cap, quadratic). */
QStringList measuredWrap(const QString& text, const QFont& font, qreal width) {
    const QFontMetricsF fm(font);
    QStringList lines;
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\r]+"));
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        const QStringList words = paragraph.split(spaces, Qt::SkipEmptyParts);
        QString line;
        for (QString word : words) {
            const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
            if (width <= 0 || fm.horizontalAdvance(candidate) <= width) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty())
                lines.append(line);
            line.clear();
            while (fm.horizontalAdvance(word) > width && word.size() > 1) {
                int fit = 1;
                while (fit < word.size() && fm.horizontalAdvance(word.left(fit + 1)) <= width)
                    ++fit;
                lines.append(word.left(fit));
                word = word.mid(fit);
            }
            line = word;
        }
        if (!line.isEmpty() || words.isEmpty())
            lines.append(line);
    }
    return lines;
}

/** Texts from the demo and the real exports: Italian, German, Spanish, punctuation, numbers. */
const QStringList kTexts = {
    QStringLiteral("L'emergenza Covid cambierà in modo permanente i modelli organizzativi del "
                   "contact center, secondo la sua esperienza? Indichi tutte le risposte che "
                   "ritiene valide tra quelle proposte"),
    QStringLiteral("Ggf. muss Tool zur Übertragung nach der Erstellung des informellen Modells "
                   "verwendet werden (z. B. Excel → Simulationswerkzeug)"),
    QStringLiteral("En general me resultó fácil aprenderlo. Cuando me toca enseñar, "
                   "«¿por qué?» es la pregunta más frecuente"),
    QStringLiteral("App di messaggistica (WhatsApp, Telegram)"),
    QStringLiteral("Base: 287 · Settore: Banche e assicurazioni, Telecomunicazioni · "
                   "n\u00a0=\u00a043"),
    QStringLiteral("Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenhersteller und "
                   "Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz"),
    QStringLiteral("Prima riga\nSeconda riga con più parole da andare a capo\n\nDopo una riga "
                   "vuota"),
    QStringLiteral("AVATAR WAVE Tŷ fi fl ffi — “quotes” ‘single’ 1.234,5 % −3"),
};

} // namespace

class TestChartText : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(!FontLoader::family().isEmpty()); }

    void sameLinesAsMeasuringEveryCandidate_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qreal>("pixelSize");
        QTest::addColumn<bool>("bold");
        QTest::addColumn<qreal>("width");
        const qreal sizes[] = {9, 11.5, 14, 16.8, 22};
        const qreal widths[] = {23, 61, 140.5, 230, 312, 560, 0};
        for (int t = 0; t < kTexts.size(); ++t)
            for (qreal size : sizes)
                for (qreal width : widths)
                    for (bool bold : {false, true})
                        QTest::addRow("text %d, %gpx%s, width %g", t, size, bold ? " bold" : "",
                                      width)
                            << kTexts[t] << size << bold << width;
    }
    void sameLinesAsMeasuringEveryCandidate() {
        QFETCH(QString, text);
        QFETCH(qreal, pixelSize);
        QFETCH(bool, bold);
        QFETCH(qreal, width);
        const QFont font = FontLoader::font(pixelSize, bold);
        QCOMPARE(ChartTextItem::wrap(text, font, width), measuredWrap(text, font, width));
    }

    void shortTextsAreNotElided() {
        for (const QString& text : kTexts)
            QCOMPARE(ChartTextItem::elided(text), text);
        const QString exact(ChartTextItem::MaxChars, QLatin1Char('x'));
        QCOMPARE(ChartTextItem::elided(exact), exact);
    }

    void longTextsAreElided() {
        // The 20 KB answer of issue 15: one word, no space.
        QString word;
        while (word.size() < 20000)
            word += QStringLiteral("abcdefghij");
        const QString cut = ChartTextItem::elided(word);
        QCOMPARE(cut.size(), ChartTextItem::MaxChars);
        QVERIFY(cut.endsWith(QChar(0x2026)));
        QVERIFY(word.startsWith(cut.chopped(1)));

        // Spaces before the cut are dropped, not left before the ellipsis.
        QString spaced = QString(ChartTextItem::MaxChars - 3, QLatin1Char('y')) +
                         QStringLiteral("   ") + QString(100, QLatin1Char('z'));
        QCOMPARE(ChartTextItem::elided(spaced),
                 QString(ChartTextItem::MaxChars - 3, QLatin1Char('y')) + QChar(0x2026));

        // A letter of two UTF-16 units (an emoji) is never cut in half.
        QString emoji;
        while (emoji.size() < 2 * ChartTextItem::MaxChars)
            emoji += QStringLiteral("\U0001F600");
        const QString emojiCut = ChartTextItem::elided(emoji);
        QVERIFY(emojiCut.size() <= ChartTextItem::MaxChars);
        QVERIFY(emojiCut.endsWith(QChar(0x2026)));
        QVERIFY(!emojiCut.chopped(1).back().isHighSurrogate());
        QVERIFY(emoji.startsWith(emojiCut.chopped(1)));
    }

    void longWordIsElidedAndBrokenBetweenLetters() {
        QString word;
        while (word.size() < 80000)
            word += QStringLiteral("Zyxwvutsrq");
        const QFont font = FontLoader::font(14);
        const qreal width = 200;
        const QStringList lines = ChartTextItem::wrap(word, font, width);
        // Every character up to the cap is kept, in order, and nothing past it.
        QCOMPARE(lines.join(QString()), ChartTextItem::elided(word));
        const QFontMetricsF fm(font);
        for (const QString& line : lines)
            QVERIFY2(fm.horizontalAdvance(line) <= width, qPrintable(line));
        // The same lines as measuring every prefix gives on the elided text.
        QCOMPARE(lines, measuredWrap(ChartTextItem::elided(word), font, width));
    }

    void emojiAreNotSplitWhenAWordIsBroken() {
        const QString word = QStringLiteral("\U0001F600\U0001F601\U0001F602\U0001F603\U0001F604"
                                            "\U0001F605\U0001F606\U0001F607\U0001F608\U0001F609");
        const QStringList lines = ChartTextItem::wrap(word, FontLoader::font(14), 20);
        QVERIFY(lines.size() > 1);
        QCOMPARE(lines.join(QString()), word);
        for (const QString& line : lines) {
            QVERIFY(!line.front().isLowSurrogate());
            QVERIFY(!line.back().isHighSurrogate());
        }
    }

    void noWidthMeansOneLinePerParagraph() {
        QString many;
        for (int i = 0; i < 300; ++i)
            many += QStringLiteral("parola ");
        const QStringList lines = ChartTextItem::wrap(many, FontLoader::font(12), 0);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first(), ChartTextItem::elided(many).trimmed());
    }

    void sceneDrawsLongLabelsElided() {
        // A bar chart whose categories are two single-word answers of 20 and 80 KB, as issue 15
        // reported them: every text the scene shows is capped, the bars are drawn.
        QString a;
        QString b;
        while (a.size() < 20000)
            a += QStringLiteral("abcdefghij");
        while (b.size() < 80000)
            b += QStringLiteral("klmnopqrst");
        ChartSpec spec;
        spec.kind = ChartKind::HorizontalBars;
        spec.title = b;
        spec.categories = {a, b, QStringLiteral("Bene")};
        ChartSeries series;
        series.values = {20, 30, 50};
        series.labels = {QStringLiteral("20%"), QStringLiteral("30%"), QStringLiteral("50%")};
        series.counts = {1, 1, 2};
        spec.series = {series};
        spec.footer = QStringLiteral("Base: 4");
        const std::unique_ptr<ChartScene> scene = ChartRenderer().render(spec, QSizeF(1200, 675));
        // Each label is broken between letters into at most two lines (issue 10: labels wrap
        // to two lines and are elided beyond), the start of the answer, ending in "…".
        for (int i = 0; i < 2; ++i) {
            const QStringList lines = scene->categoryLabelLines(i);
            QVERIFY(lines.size() <= 2);
            const QString shown = lines.join(QString());
            QVERIFY(shown.endsWith(QChar(0x2026)));
            QVERIFY((i == 0 ? a : b).startsWith(shown.chopped(1)));
        }
        QCOMPARE(scene->categoryLabelLines(2), QStringList{QStringLiteral("Bene")});
        int elided = 0;
        for (const QString& text : scene->texts()) {
            QVERIFY(text.size() <= 2 * ChartTextItem::MaxChars);
            elided += text.contains(QChar(0x2026)) ? 1 : 0;
        }
        QCOMPARE(elided, 3); // the title and two labels
        QVERIFY(scene->textBounds().isValid());
    }
};

QTEST_MAIN(TestChartText)
#include "tst_charttext.moc"
