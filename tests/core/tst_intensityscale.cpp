#include "import/infer/IntensityScale.h"
#include "import/infer/ScaleLibrary.h"

#include <QTest>
#include <cmath>

using namespace sondo;

namespace {

QStringList list(const char* text) {
    return QString::fromUtf8(text).split(QLatin1Char('|'));
}

} // namespace

/**
 * Scales no library row knows, ordered by their degree words (issue 9 §3: "anchor words"). The
 * expected orders are the questionnaires' own, read by hand; the answers come in a shuffled
 * order, as a column lists them by first appearance.
 */
class TestIntensityScale : public QObject {
    Q_OBJECT

private slots:
    void ordersGradedWords_data();
    void ordersGradedWords();
    void refusesWhatIsNotOneGradedWord_data();
    void refusesWhatIsNotOneGradedWord();
    void dontKnowFollowsWithoutScore();
    void libraryReachesIt();
};

void TestIntensityScale::ordersGradedWords_data() {
    QTest::addColumn<QStringList>("answers");
    QTest::addColumn<QStringList>("expected");
    // The LimeSurvey scicom export (realdata): 5 points of "wichtig" with a bare middle-high.
    QTest::newRow("de wichtig")
        << list("Wichtig|Sehr wichtig|Mäßig wichtig|Kaum wichtig|Nicht wichtig")
        << list("Nicht wichtig|Kaum wichtig|Mäßig wichtig|Wichtig|Sehr wichtig");
    QTest::newRow("de interessant")
        << list("Interessant|Nicht interessant|Sehr interessant|Kaum interessant")
        << list("Nicht interessant|Kaum interessant|Interessant|Sehr interessant");
    QTest::newRow("en useful")
        << list("Very useful|Not at all useful|Extremely useful|Slightly useful|Moderately useful")
        << list("Not at all useful|Slightly useful|Moderately useful|Very useful|Extremely useful");
    QTest::newRow("it chiaro")
        << list("Molto chiaro|Poco chiaro|Per niente chiaro|Abbastanza chiaro")
        << list("Per niente chiaro|Poco chiaro|Abbastanza chiaro|Molto chiaro");
    QTest::newRow("es util") << list("Muy útil|Nada útil|Algo útil")
                             << list("Nada útil|Algo útil|Muy útil");
    QTest::newRow("fr clair") << list("Très clair|Pas du tout clair|Assez clair|Peu clair")
                              << list("Pas du tout clair|Peu clair|Assez clair|Très clair");
    QTest::newRow("only the answers given")
        << list("Sehr wichtig|Wichtig|Mäßig wichtig") << list("Mäßig wichtig|Wichtig|Sehr wichtig");
}

void TestIntensityScale::ordersGradedWords() {
    QFETCH(QStringList, answers);
    QFETCH(QStringList, expected);
    const ScaleLibrary library;
    const auto m = IntensityScale::match(answers, std::vector<qint64>(answers.size(), 3), library);
    QVERIFY(m);
    QCOMPARE(m->options, expected);
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(m->scores[size_t(i)], double(i + 1));
    // Every answer lands on its own label.
    for (int v = 0; v < answers.size(); ++v)
        QCOMPARE(m->options[m->optionOfValue[size_t(v)]], answers[v]);
}

void TestIntensityScale::refusesWhatIsNotOneGradedWord_data() {
    QTest::addColumn<QStringList>("answers");
    QTest::newRow("two words graded") << list("Very useful|Not useful|Very clear");
    QTest::newRow("two degree words of one strength")
        << list("Slightly useful|A little useful|Very useful|Not useful");
    QTest::newRow("two degrees only") << list("Important|Very important");
    QTest::newRow("unrelated options") << list("Phone|Chat|E-mail");
    QTest::newRow("a word of uncertain strength")
        << list("Quite useful|Very useful|Not useful|Useful");
}

void TestIntensityScale::refusesWhatIsNotOneGradedWord() {
    QFETCH(QStringList, answers);
    const ScaleLibrary library;
    QVERIFY(!IntensityScale::match(answers, std::vector<qint64>(answers.size(), 1), library));
}

void TestIntensityScale::dontKnowFollowsWithoutScore() {
    const ScaleLibrary library;
    const QStringList answers = list("Weiß nicht|Sehr wichtig|Nicht wichtig|Wichtig");
    const auto m = IntensityScale::match(answers, {4, 3, 2, 1}, library);
    QVERIFY(m);
    QCOMPARE(m->options, list("Nicht wichtig|Wichtig|Sehr wichtig|Weiß nicht"));
    QVERIFY(std::isnan(m->scores[3]));
}

void TestIntensityScale::libraryReachesIt() {
    // ScaleLibrary::match falls back on degree words when no row and no numbering fits.
    const ScaleLibrary library;
    const QStringList answers = list("Sehr relevant|Kaum relevant|Relevant|Nicht relevant");
    const auto m = library.match(answers, {1, 1, 1, 1});
    QVERIFY(m);
    QCOMPARE(m->scale, QStringLiteral("graded"));
    QCOMPARE(m->options, list("Nicht relevant|Kaum relevant|Relevant|Sehr relevant"));
}

QTEST_GUILESS_MAIN(TestIntensityScale)
#include "tst_intensityscale.moc"
