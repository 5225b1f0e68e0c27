// Ratings on whole numbers that a question's text describes (issue 9 §3: "infer order: numbers
// in the labels"): "Su una scala da 1 a 5, …" answered 2, 3, 4, 5 is a five-point scale, 1
// listed with no answers, not a number with a mean over whatever was typed; "(1-5)" without a
// scale word, and a likelihood to recommend (NPS), stay numbers.
//
// Fixture, written by hand: tests/data/ratings/rating_headers_it.csv (8 respondents).
#include "../common/SondoProcess.h"

#include "import/infer/RatingScaleText.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace sondo;
using sondo::test::runSondo;

class TestRatingScaleText : public QObject {
    Q_OBJECT

private slots:
    void rangesInTheWords_data();
    void rangesInTheWords();
    void ratingColumnIsAScale();
};

void TestRatingScaleText::rangesInTheWords_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("low");
    QTest::addColumn<int>("high");
    // low = high = -1: not a rating range.
    QTest::newRow("es") << QStringLiteral("en una escala del 1 al 5, ¿cuán difícil fue?") << 1 << 5;
    QTest::newRow("en") << QStringLiteral("On a scale from 0 to 10, how satisfied are you?") << 0
                        << 10;
    QTest::newRow("de") << QStringLiteral("Bewertung des Kurses (1-7)") << 1 << 7;
    QTest::newRow("fr") << QStringLiteral("Sur une échelle de 1 à 4, votre avis") << 1 << 4;
    QTest::newRow("it") << QStringLiteral("Dia un voto da 1 a 10 al servizio") << 1 << 10;
    QTest::newRow("count") << QStringLiteral("How many people (1-5) live with you?") << -1 << -1;
    QTest::newRow("years") << QStringLiteral("Rate your 2019 to 2020 budget") << -1 << -1;
    QTest::newRow("too wide") << QStringLiteral("On a scale of 1 to 100") << -1 << -1;
}

void TestRatingScaleText::rangesInTheWords() {
    QFETCH(QString, text);
    QFETCH(int, low);
    QFETCH(int, high);
    const auto range = RatingScaleText::rangeOf(text);
    QCOMPARE(range.has_value(), low >= 0);
    if (range) {
        QCOMPARE(range->low, low);
        QCOMPARE(range->high, high);
    }
}

void TestRatingScaleText::ratingColumnIsAScale() {
    QTemporaryDir dir;
    const QString p = dir.filePath(QStringLiteral("ratings.sondo"));
    auto run =
        runSondo({QStringLiteral("import"),
                  QStringLiteral(SONDO_SOURCE_DIR "/tests/data/ratings/rating_headers_it.csv"),
                  QStringLiteral("-o"), p});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = runSondo({QStringLiteral("freq"), p, QStringLiteral("Q1"), QStringLiteral("--json")});
    QCOMPARE(run.json().value(QStringLiteral("type")).toString(), QStringLiteral("likert"));
    // By hand: 2 ×1, 3 ×2, 4 ×3, 5 ×2; 1 listed with none. Mean (2 + 6 + 12 + 10) / 8 = 3.75;
    // top-2-box 5 of 8.
    QStringList options;
    for (const QJsonValue& o : run.json().value(QStringLiteral("options")).toArray())
        options << QStringLiteral("%1 %2")
                       .arg(o.toObject().value(QStringLiteral("label")).toString())
                       .arg(o.toObject().value(QStringLiteral("count")).toInt());
    QCOMPARE(options,
             (QStringList{QStringLiteral("1 0"), QStringLiteral("2 1"), QStringLiteral("3 2"),
                          QStringLiteral("4 3"), QStringLiteral("5 2")}));
    const QJsonObject stats = run.json().value(QStringLiteral("stats")).toObject();
    QCOMPARE(stats.value(QStringLiteral("mean")).toDouble(), 3.75);
    QCOMPARE(stats.value(QStringLiteral("top2")).toDouble(), 62.5);
    // A count of people, and the recommendation (scored as NPS), stay numbers.
    for (const QString& q : {QStringLiteral("Q2"), QStringLiteral("Q3")}) {
        run = runSondo({QStringLiteral("freq"), p, q, QStringLiteral("--json")});
        QCOMPARE(run.json().value(QStringLiteral("type")).toString(), QStringLiteral("numeric"));
    }
}

QTEST_GUILESS_MAIN(TestRatingScaleText)
#include "tst_ratingscaletext.moc"
