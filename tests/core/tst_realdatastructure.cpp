#include "import/SurveyImporter.h"
#include "import/definition/DefinitionFile.h"
#include "model/PersonalData.h"
#include "project/ProjectService.h"

#include <QFile>
#include <QTest>
#include <algorithm>

using namespace sondo;

namespace {

QString realdata(const char* name) {
    return QStringLiteral(SONDO_SOURCE_DIR "/../shared/realdata/") + QLatin1String(name);
}

/**
 * The structure of an imported survey, one line per group, question and metadata column:
 * "ID TYPE GROUP | TEXT | OPTIONS" (see the golden files' headers).
 */
QStringList structure(const Survey& survey) {
    QStringList out;
    for (const QuestionGroup& g : survey.groups)
        out.append(QStringLiteral("%1 %2 | %3").arg(g.id, questionGroupKindName(g.kind), g.text));
    for (const Question& q : survey.questions)
        if (q.isAnalysable())
            out.append(QStringLiteral("%1 %2 %3 | %4 | %5")
                           .arg(q.id, questionTypeName(q.type),
                                q.group.isEmpty() ? QStringLiteral("-") : q.group, q.text,
                                q.options.join(QStringLiteral(" / "))));
    for (const Question& q : survey.questions)
        if (q.metadata)
            out.append(
                QStringLiteral("%1 metadata %2%3 | %4")
                    .arg(q.id, questionTypeName(q.type),
                         PersonalData::isPersonal(q) ? QStringLiteral(" personal") : QString(),
                         q.code));
    return out;
}

/** The golden file's lines without its comment header. */
QStringList golden(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("cannot read %s", qPrintable(path));
    QStringList out;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(u'\n'))
        if (!line.startsWith(u'#') && !line.isEmpty())
            out.append(line);
    return out;
}

} // namespace

/**
 * Issue 9 §6: every real export imports with the structure its questionnaire had. Each golden
 * file in tests/data/realdata-structure was written from reading the raw export (its header says
 * what was read and how); the import must give exactly that.
 */
class TestRealdataStructure : public QObject {
    Q_OBJECT

private slots:
    void matchesTheQuestionnaire_data();
    void matchesTheQuestionnaire();
    void qualtricsTicksCountWhateverTheirCode();
};

void TestRealdataStructure::matchesTheQuestionnaire_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("definition");
    QTest::addColumn<QString>("expected");
    QTest::newRow("google forms it")
        << realdata("gforms_it_questionario_lab_choice_2025.csv") << QString()
        << QStringLiteral("gforms_it_questionario_lab_choice_2025");
    QTest::newRow("google forms es, write-ins")
        << realdata("gforms_rstudio_2018_spanish_form_responses.tsv") << QString()
        << QStringLiteral("gforms_rstudio_2018_spanish_form_responses");
    QTest::newRow("limesurvey two rows csv")
        << realdata("limesurvey_informal_models_automotive_de.csv") << QString()
        << QStringLiteral("limesurvey_informal_models_automotive_de");
    QTest::newRow("limesurvey two rows xlsx")
        << realdata("limesurvey_informal_models_automotive_de.xlsx") << QString()
        << QStringLiteral("limesurvey_informal_models_automotive_de");
    QTest::newRow("limesurvey full text")
        << realdata("limesurvey_scicom_ki_2025_de.csv") << QString()
        << QStringLiteral("limesurvey_scicom_ki_2025_de");
    QTest::newRow("kobo with its xlsform")
        << realdata("kobo_likert_data.xlsx") << realdata("kobo_likert_xlsform.xlsx")
        << QStringLiteral("kobo_likert_data");
    QTest::newRow("qualtrics legacy with its qsf")
        << realdata("qualtrics_better_sample_survey.csv")
        << realdata("qualtrics_better_sample_survey.qsf")
        << QStringLiteral("qualtrics_better_sample_survey");
}

void TestRealdataStructure::matchesTheQuestionnaire() {
    QFETCH(QString, file);
    QFETCH(QString, definition);
    QFETCH(QString, expected);
    QVERIFY2(QFile::exists(file), qPrintable(file + QStringLiteral(" is missing")));
    ImportOptions options;
    if (!definition.isEmpty()) {
        auto read = DefinitionFile::read(definition);
        QVERIFY(read.ok());
        options.definition = read.takeValue();
    }
    // As `sondo import` leaves the project: with the merges the import makes (case variants,
    // write-ins) applied.
    const auto imported = ProjectService::open(file, options);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
    const QStringList actual = structure(imported.value().survey);
    const QStringList wanted =
        golden(QFINDTESTDATA(QStringLiteral("data/realdata-structure/%1.txt").arg(expected)));
    QCOMPARE(actual.size(), wanted.size());
    for (int i = 0; i < actual.size(); ++i)
        QCOMPARE(actual[i], wanted[i]);
}

void TestRealdataStructure::qualtricsTicksCountWhateverTheirCode() {
    // A one-column matrix writes a tick as its column's recode value: "1" (Q9), "0" (Q12#1),
    // "-1" (Q12#2). Hand count (Python, cells not blank per column of the raw export): each of
    // the three statements ticked by 6 of the 10 respondents in all three; "0" is a tick here.
    ImportOptions options;
    auto read = DefinitionFile::read(realdata("qualtrics_better_sample_survey.qsf"));
    QVERIFY(read.ok());
    options.definition = read.takeValue();
    const auto imported =
        SurveyImporter::importFile(realdata("qualtrics_better_sample_survey.csv"), options);
    QVERIFY(imported.ok());
    const Project& p = imported.value();
    for (const char* code : {"Q9", "Q12#1", "Q12#2"}) {
        // By code: "Q9" is also another question's id.
        int q = -1;
        for (int i = 0; i < p.survey.questions.size(); ++i)
            if (p.survey.questions[i].code == QLatin1String(code))
                q = i;
        QVERIFY2(q >= 0, code);
        QCOMPARE(p.survey.questions[q].type, QuestionType::Multiple);
        const AnswerColumn& ticks = p.responses.columns[size_t(q)];
        QCOMPARE(ticks.selected.size(), size_t(3));
        for (const auto& option : ticks.selected)
            QCOMPARE(std::count(option.begin(), option.end(), 1), 6);
    }
}

QTEST_GUILESS_MAIN(TestRealdataStructure)
#include "tst_realdatastructure.moc"
