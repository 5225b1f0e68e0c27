#include "import/SurveyImporter.h"
#include "stats/FrequencyTable.h"

#include <QTest>

using namespace sondo;

/**
 * Polarity from the labels, not the codes (issue 9 §3): an SPSS agreement scale coded
 * 1 = Strongly agree … 5 = Strongly disagree. Oracle: PSPP's FREQUENCIES of the fixture
 * (scripts/make_spss_fixtures.sh reversed): 3, 2, 1, 1, 1 from "Strongly agree" down, so the
 * agree end (top-2-box) is 5 of 8 = 62.5% and the disagree end 2 of 8 = 25%.
 */
class TestScalePolarity : public QObject {
    Q_OBJECT

private slots:
    void topTwoIsTheAgreeEndWhateverTheCodes();
};

void TestScalePolarity::topTwoIsTheAgreeEndWhateverTheCodes() {
    auto imported =
        SurveyImporter::importFile(QFINDTESTDATA("data/spss/reversed_agreement.sav"), {});
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
    const Project& p = imported.value();
    const int q = p.survey.findQuestion(QStringLiteral("q1"));
    QVERIFY(q >= 0);
    QCOMPARE(p.survey.questions[q].type, QuestionType::Likert);
    QCOMPARE(p.survey.questions[q].options.first(), QStringLiteral("Strongly disagree"));
    QCOMPARE(p.survey.questions[q].options.last(), QStringLiteral("Strongly agree"));
    const FrequencyTable t = FrequencyTable::compute(p.survey, p.responses, q);
    QVERIFY(t.topTwoBox && t.bottomTwoBox);
    QCOMPARE(*t.topTwoBox, 62.5);
    QCOMPARE(*t.bottomTwoBox, 25.0);
    // The mean on the scale's own direction: (1·1 + 1·2 + 1·3 + 2·4 + 3·5) / 8 = 3.625.
    QVERIFY(t.summary);
    QCOMPARE(t.summary->mean, 3.625);
}

QTEST_GUILESS_MAIN(TestScalePolarity)
#include "tst_scalepolarity.moc"
