// Write-ins of a single choice (issue 9 §2): a form's "Other:" box writes the respondent's words
// into the question's column; answers given by at most N respondents (--write-ins, default 2) in
// a question answered by 100 or more are counted together as "Other", as a recode the import
// makes (the texts stay stored), kept by --update.
//
// Fixture, composed by hand: tests/data/writeins/gforms_single_choice_other.csv (110 rows, a
// Google Forms export). Q1 "Quale canale…": Telefono 50, Email 30, Chat 20, Social 3, five
// write-ins (Fax, Piccione viaggiatore, WhatsApp, whatsapp, Di persona: one each), 2 blank.
// Q2 "Da quanti anni…": bands Meno di 1 anno 1, 1-3 anni 40, 4-10 anni 45, 11-20 anni 22, Più di
// 20 anni 2 (a list, however rare its ends). Q3 "Hai usato la chat…": a branch answered by 40
// (Sì, spesso 20, Sì, a volte 17, Forse 1, Mai provato 1, Non ricordo 1).
#include "../common/SondoProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using sondo::test::runSondo;

namespace {

QString fixture() {
    return QStringLiteral(SONDO_SOURCE_DIR "/tests/data/writeins/gforms_single_choice_other.csv");
}

/** "label count" for each option `sondo freq PROJECT QUESTION --json` lists, in order. */
QStringList counts(const QString& project, const QString& question) {
    const auto run =
        runSondo({QStringLiteral("freq"), project, question, QStringLiteral("--json")});
    QStringList out;
    for (const QJsonValue& o : run.json().value(QStringLiteral("options")).toArray())
        out << QStringLiteral("%1 %2")
                   .arg(o.toObject().value(QStringLiteral("label")).toString())
                   .arg(o.toObject().value(QStringLiteral("count")).toInt());
    return out;
}

} // namespace

class TestWriteIns : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void rareAnswersCountAsOther();
    void textsAreKeptAndTheMergeCanBeTakenBack();
    void listsAndSmallQuestionsKeepEveryAnswer();
    void limitIsChosenAndKeptByUpdate();
    void badLimitIsAUsageError();
    void checkboxWriteInsFollowTheLimit();
    void preferNotToSayIsNeverAWriteIn();

private:
    QString project(const QString& name) const {
        return m_dir.filePath(name + QStringLiteral(".sondo"));
    }
    QTemporaryDir m_dir;
};

void TestWriteIns::rareAnswersCountAsOther() {
    const QString p = project(QStringLiteral("default"));
    const auto run = runSondo({QStringLiteral("import"), fixture(), QStringLiteral("-o"), p});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // The report says which question and how many: WhatsApp's two spellings are one answer (the
    // case merge first), so four write-ins.
    QVERIFY2(run.err.contains(QStringLiteral("Q1 \"Quale canale preferisci per contattare il "
                                             "servizio clienti?\": 4 answers given by at most 2 "
                                             "respondents each are write-ins")),
             qPrintable(run.err));
    // Other = 1 + 1 + 2 + 1 = 5, last; the options in the order the file gives them; Social
    // (3 respondents) stays an option. Base 108.
    QCOMPARE(counts(p, QStringLiteral("Q1")),
             (QStringList{QStringLiteral("Email 30"), QStringLiteral("Social 3"),
                          QStringLiteral("Chat 20"), QStringLiteral("Telefono 50"),
                          QStringLiteral("Other 5")}));
}

void TestWriteIns::textsAreKeptAndTheMergeCanBeTakenBack() {
    const QString p = project(QStringLiteral("taken-back"));
    auto run = runSondo({QStringLiteral("import"), fixture(), QStringLiteral("-o"), p});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // Recode 1 is the case merge, 2 the write-ins, said to be the import's.
    run = runSondo({QStringLiteral("recodes"), p, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray recodes = run.json().value(QStringLiteral("recodes")).toArray();
    QCOMPARE(recodes.size(), 2);
    QVERIFY(recodes[1].toObject().value(QStringLiteral("writeIns")).toBool());
    QVERIFY(!recodes[0].toObject().value(QStringLiteral("writeIns")).toBool());
    run = runSondo({QStringLiteral("recodes"), p});
    QVERIFY2(run.out.contains(QStringLiteral("2. Q1 write-ins “Piccione viaggiatore” + “Fax” + "
                                             "“WhatsApp” + “Di persona” → “Other”")),
             qPrintable(run.out));
    run = runSondo({QStringLiteral("recodes"), p, QStringLiteral("--remove"), QStringLiteral("2")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // The answers as typed come back: nothing was lost.
    const QStringList back = counts(p, QStringLiteral("Q1"));
    for (const QString& answer : {QStringLiteral("Fax 1"), QStringLiteral("Piccione viaggiatore 1"),
                                  QStringLiteral("WhatsApp 2"), QStringLiteral("Di persona 1")})
        QVERIFY2(back.contains(answer), qPrintable(back.join(u'/')));
    QVERIFY(!back.contains(QStringLiteral("Other 5")));
}

void TestWriteIns::listsAndSmallQuestionsKeepEveryAnswer() {
    const QString p = project(QStringLiteral("lists"));
    const auto run = runSondo({QStringLiteral("import"), fixture(), QStringLiteral("-o"), p});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(counts(p, QStringLiteral("Q2")),
             (QStringList{QStringLiteral("Meno di 1 anno 1"), QStringLiteral("1-3 anni 40"),
                          QStringLiteral("4-10 anni 45"), QStringLiteral("11-20 anni 22"),
                          QStringLiteral("Più di 20 anni 2")}));
    const QStringList branch = counts(p, QStringLiteral("Q3"));
    QCOMPARE(branch.size(), 5);
    QVERIFY(branch.contains(QStringLiteral("Forse 1")));
}

void TestWriteIns::limitIsChosenAndKeptByUpdate() {
    const QString p = project(QStringLiteral("limit"));
    auto run = runSondo({QStringLiteral("import"), fixture(), QStringLiteral("-o"), p,
                         QStringLiteral("--write-ins"), QStringLiteral("3")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // Social's 3 join the 5: Other 8.
    const QStringList three{QStringLiteral("Email 30"), QStringLiteral("Chat 20"),
                            QStringLiteral("Telefono 50"), QStringLiteral("Other 8")};
    QCOMPARE(counts(p, QStringLiteral("Q1")), three);
    run = runSondo(
        {QStringLiteral("import"), fixture(), QStringLiteral("-o"), p, QStringLiteral("--update")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(counts(p, QStringLiteral("Q1")), three);
    run = runSondo({QStringLiteral("recodes"), p, QStringLiteral("--json")});
    QCOMPARE(run.json().value(QStringLiteral("recodes")).toArray().size(), 2); // not doubled
    // 0 keeps every answer apart, and is kept in turn.
    run =
        runSondo({QStringLiteral("import"), fixture(), QStringLiteral("-o"), p,
                  QStringLiteral("--update"), QStringLiteral("--write-ins"), QStringLiteral("0")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(counts(p, QStringLiteral("Q1")).contains(QStringLiteral("Fax 1")));
    run = runSondo(
        {QStringLiteral("import"), fixture(), QStringLiteral("-o"), p, QStringLiteral("--update")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(counts(p, QStringLiteral("Q1")).contains(QStringLiteral("Fax 1")));
}

void TestWriteIns::badLimitIsAUsageError() {
    const QString p = project(QStringLiteral("bad"));
    for (const QString& limit : {QStringLiteral("-1"), QStringLiteral("two")}) {
        const auto run = runSondo({QStringLiteral("import"), fixture(), QStringLiteral("-o"), p,
                                   QStringLiteral("--write-ins"), limit});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("bad --write-ins '%1'").arg(limit)),
                 qPrintable(run.err));
        QVERIFY(!QFile::exists(p));
    }
}

void TestWriteIns::checkboxWriteInsFollowTheLimit() {
    // A real Google Forms checkbox (../shared/realdata/gforms_rstudio_2018_spanish_form_responses
    // .tsv, column 5, the tools used besides R): "Delphi" was typed by one respondent after the
    // ticked options (hand count with grep on the raw file). Counted as "Other" by default; with
    // --write-ins 0 it is an option of its own, as every other typed piece.
    const QString file = QStringLiteral(
        SONDO_SOURCE_DIR "/../shared/realdata/gforms_rstudio_2018_spanish_form_responses.tsv");
    QVERIFY2(QFile::exists(file), qPrintable(file));
    const QString byDefault = project(QStringLiteral("rstudio"));
    auto run = runSondo({QStringLiteral("import"), file, QStringLiteral("-o"), byDefault});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(!counts(byDefault, QStringLiteral("Q4")).contains(QStringLiteral("Delphi 1")));
    const QString apart = project(QStringLiteral("rstudio-apart"));
    run = runSondo({QStringLiteral("import"), file, QStringLiteral("-o"), apart,
                    QStringLiteral("--write-ins"), QStringLiteral("0")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList all = counts(apart, QStringLiteral("Q4"));
    QVERIFY2(all.contains(QStringLiteral("Delphi 1")), qPrintable(all.join(u'/')));
    QVERIFY(!all.join(u'/').contains(QStringLiteral("Other")));
}

void TestWriteIns::preferNotToSayIsNeverAWriteIn() {
    // Written here: 100 answers, Phone 50, Email 44, "Prefer not to say" 2 and four words typed
    // once each. The refusal is one of the form's answers, however rare: Other = 4.
    QByteArray csv = "Which channel do you prefer?\n";
    for (int i = 0; i < 50; ++i)
        csv += "Phone\n";
    for (int i = 0; i < 44; ++i)
        csv += "Email\n";
    csv += "Prefer not to say\nFax\nPrefer not to say\nPigeon\nTelegram\nSmoke signals\n";
    const QString file = m_dir.filePath(QStringLiteral("refusal.csv"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly) && out.write(csv) == csv.size());
    out.close();
    const QString p = project(QStringLiteral("refusal"));
    const auto run = runSondo({QStringLiteral("import"), file, QStringLiteral("-o"), p});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList options = counts(p, QStringLiteral("Q1"));
    QVERIFY2(options.contains(QStringLiteral("Prefer not to say 2")),
             qPrintable(options.join(u'/')));
    QVERIFY2(options.contains(QStringLiteral("Other 4")), qPrintable(options.join(u'/')));
}

QTEST_GUILESS_MAIN(TestWriteIns)
#include "tst_writeins.moc"
