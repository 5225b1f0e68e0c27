// The language of a questionnaire (SurveyLanguage), which a chart speaks by default: on the
// bundled demo and on the real exports of ../shared/realdata, each imported by `sondo import`
// and read back. Oracle: the languages the exports' README names for them (hand check of their
// questions).

#include "../common/SondoProcess.h"
#include "../common/TestFiles.h"

#include "model/SurveyLanguage.h"
#include "storage/ProjectStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace sondo;

class TestSurveyLanguage : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void realExports_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("language");
        QTest::newRow("demo, Italian") << test::demoSurveyPath() << int(QLocale::Italian);
        const QString real = QStringLiteral(SONDO_SOURCE_DIR "/../shared/realdata/");
        QTest::newRow("Google Forms, Italian")
            << real + QStringLiteral("gforms_it_questionario_lab_choice_2025.csv")
            << int(QLocale::Italian);
        QTest::newRow("Google Forms, Spanish")
            << real + QStringLiteral("gforms_rstudio_2018_spanish_form_responses.tsv")
            << int(QLocale::Spanish);
        QTest::newRow("LimeSurvey, German")
            << real + QStringLiteral("limesurvey_scicom_ki_2025_de.csv") << int(QLocale::German);
        QTest::newRow("Qualtrics, English")
            << real + QStringLiteral("qualtrics_better_sample_survey.csv") << int(QLocale::English);
    }

    void realExports() {
        QFETCH(QString, file);
        QFETCH(int, language);
        QVERIFY2(QFile::exists(file), qPrintable(file));
        const QString project =
            m_dir.filePath(QStringLiteral("%1.sondo").arg(QTest::currentDataTag()));
        const auto run =
            test::runSondo({QStringLiteral("import"), file, QStringLiteral("-o"), project});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const auto survey = ProjectStore::readSurvey(project);
        QVERIFY(survey.ok());
        QCOMPARE(int(SurveyLanguage::detect(survey.value())), language);
    }

    void tooLittleTextIsNoLanguage() {
        Survey survey;
        Question q;
        q.text = QStringLiteral("Q1");
        q.options = {QStringLiteral("1"), QStringLiteral("2")};
        survey.questions = {q};
        QCOMPARE(SurveyLanguage::detect(survey), QLocale::AnyLanguage);
    }
};

QTEST_GUILESS_MAIN(TestSurveyLanguage)
#include "tst_surveylanguage.moc"
