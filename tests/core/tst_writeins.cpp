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

#include "import/text/CsvReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
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
    void checkboxWriteInTextsAreKept();
    void mergeTakenBackStaysTakenBackOnUpdate();
    void realCheckboxWriteInTextIsKept();

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

void TestWriteIns::mergeTakenBackStaysTakenBackOnUpdate() {
    // The analyst removed the import's write-in merge of Q1: a re-import of the new export
    // (--update, twice) must not make it again, while the case merge (recode 1) stays.
    const QString p = project(QStringLiteral("taken-back-update"));
    auto run = runSondo({QStringLiteral("import"), fixture(), QStringLiteral("-o"), p});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = runSondo({QStringLiteral("recodes"), p, QStringLiteral("--remove"), QStringLiteral("2")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    for (int pass = 0; pass < 2; ++pass) {
        run = runSondo({QStringLiteral("import"), fixture(), QStringLiteral("-o"), p,
                        QStringLiteral("--update")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("write-ins")), qPrintable(run.err));
        const QStringList answers = counts(p, QStringLiteral("Q1"));
        QVERIFY2(answers.contains(QStringLiteral("Fax 1")), qPrintable(answers.join(u'/')));
        QVERIFY2(!answers.contains(QStringLiteral("Other 5")), qPrintable(answers.join(u'/')));
        run = runSondo({QStringLiteral("recodes"), p, QStringLiteral("--json")});
        const QJsonArray recodes = run.json().value(QStringLiteral("recodes")).toArray();
        QCOMPARE(recodes.size(), 1);
        QVERIFY(!recodes[0].toObject().value(QStringLiteral("writeIns")).toBool());
    }
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

namespace {

/** The question `sondo questions PROJECT --json` lists right after `parent`, as JSON. */
QJsonObject questionAfter(const QString& project, const QString& parent) {
    const auto run = runSondo({QStringLiteral("questions"), project, QStringLiteral("--json")});
    const QJsonArray questions = run.json().value(QStringLiteral("questions")).toArray();
    for (qsizetype i = 0; i + 1 < questions.size(); ++i)
        if (questions[i].toObject().value(QStringLiteral("id")).toString() == parent)
            return questions[i + 1].toObject();
    return {};
}

/** The cells of the column `sondo export-data` heads `header` (a question's text), by row. */
QStringList exportedColumn(const QString& project, const QString& csv, const QString& header) {
    const auto run = runSondo({QStringLiteral("export-data"), project, QStringLiteral("-o"), csv});
    if (run.exitCode != 0)
        return {QStringLiteral("export failed: ") + run.err};
    auto table = sondo::CsvReader::read(csv);
    if (!table.ok())
        return {QStringLiteral("unreadable export")};
    const sondo::RawTable& t = table.value().table;
    int column = -1;
    for (int c = 0; c < t.columnCount(); ++c)
        if (t.cell(0, c) == header)
            column = c;
    if (column < 0)
        return {QStringLiteral("no column ") + header};
    QStringList cells;
    for (int r = 1; r < t.rowCount(); ++r)
        cells << t.cell(r, column);
    return cells;
}

} // namespace

void TestWriteIns::checkboxWriteInTextsAreKept() {
    // Written here, a Google Forms checkbox answered by 34 of 36: "Phone, Email" 15, "Email,
    // Chat" 10, "Phone" 6, then one each of "Phone, Fax machine", "Carrier pigeon" and "Email,
    // Chat, Telex, Smoke signals" (words typed into "Other", written last), 2 blank. Hand count:
    // Phone 15+6+1 = 22, Email 15+10+1 = 26, Chat 10+1 = 11, Other 3 (respondents 32, 33, 34).
    QByteArray csv = "Timestamp,Which channels do you use? (tick all that apply)\n";
    int second = 0;
    const auto row = [&](const QByteArray& cell) {
        csv += "2024/03/01 10:00:" + QByteArray::number(10 + second++ % 40) + " AM CET,";
        csv += cell.contains(',') ? '"' + cell + '"' : cell;
        csv += '\n';
    };
    for (int i = 0; i < 15; ++i)
        row("Phone, Email");
    for (int i = 0; i < 10; ++i)
        row("Email, Chat");
    for (int i = 0; i < 6; ++i)
        row("Phone");
    row("Phone, Fax machine");
    row("Carrier pigeon");
    row("Email, Chat, Telex, Smoke signals");
    row("");
    row("");
    const QString file = m_dir.filePath(QStringLiteral("checkbox-other.csv"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly) && out.write(csv) == csv.size());
    out.close();
    const QString p = project(QStringLiteral("checkbox-other"));
    const auto run = runSondo({QStringLiteral("import"), file, QStringLiteral("-o"), p});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(counts(p, QStringLiteral("Q1")),
             QStringList({QStringLiteral("Phone 22"), QStringLiteral("Email 26"),
                          QStringLiteral("Chat 11"), QStringLiteral("Other 3")}));

    // The words stay, as the open answers of a text question right after the checkbox.
    const QJsonObject texts = questionAfter(p, QStringLiteral("Q1"));
    QCOMPARE(texts.value(QStringLiteral("text")).toString(),
             QStringLiteral("Which channels do you use? (tick all that apply) [Other]"));
    QCOMPARE(texts.value(QStringLiteral("type")).toString(), QStringLiteral("text"));
    QStringList expected(36);
    expected[31] = QStringLiteral("Fax machine");
    expected[32] = QStringLiteral("Carrier pigeon");
    expected[33] = QStringLiteral("Telex, Smoke signals");
    QCOMPARE(exportedColumn(p, m_dir.filePath(QStringLiteral("checkbox-other-data.csv")),
                            texts.value(QStringLiteral("text")).toString()),
             expected);
}

void TestWriteIns::realCheckboxWriteInTextIsKept() {
    // The real Google Forms checkbox of checkboxWriteInsFollowTheLimit: "Delphi", typed by one
    // respondent (hand count with grep on the raw file), is counted as "Other" and kept as the
    // words of the text question that follows Q4.
    const QString file = QStringLiteral(
        SONDO_SOURCE_DIR "/../shared/realdata/gforms_rstudio_2018_spanish_form_responses.tsv");
    QVERIFY2(QFile::exists(file), qPrintable(file));
    const QString p = project(QStringLiteral("rstudio-texts"));
    const auto run = runSondo({QStringLiteral("import"), file, QStringLiteral("-o"), p});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject texts = questionAfter(p, QStringLiteral("Q4"));
    QCOMPARE(texts.value(QStringLiteral("type")).toString(), QStringLiteral("text"));
    QStringList written = exportedColumn(p, m_dir.filePath(QStringLiteral("rstudio-data.csv")),
                                         texts.value(QStringLiteral("text")).toString());
    written.removeAll(QString());
    QVERIFY2(written.contains(QStringLiteral("Delphi")), qPrintable(written.join(u'/')));
    // Listed by `questions`, it can be named by --type like any question: as text or id only.
    const QString id = texts.value(QStringLiteral("id")).toString();
    const QString asText = project(QStringLiteral("rstudio-texts-typed"));
    auto typed = runSondo({QStringLiteral("import"), file, QStringLiteral("-o"), asText,
                           QStringLiteral("--type"), id + QStringLiteral("=text")});
    QVERIFY2(typed.exitCode == 0, qPrintable(typed.err));
    const QString asSingle = project(QStringLiteral("rstudio-texts-single"));
    typed = runSondo({QStringLiteral("import"), file, QStringLiteral("-o"), asSingle,
                      QStringLiteral("--type"), id + QStringLiteral("=single")});
    QCOMPARE(typed.exitCode, 2); // bad input
    QVERIFY2(typed.err.contains(QStringLiteral("it can be text or id, not single")),
             qPrintable(typed.err));
    QVERIFY(!QFile::exists(asSingle));
    // Every respondent Q4 counts as "Other" has words there, and no one else.
    QVERIFY2(
        counts(p, QStringLiteral("Q4")).contains(QStringLiteral("Other %1").arg(written.size())),
        qPrintable(counts(p, QStringLiteral("Q4")).join(u'/')));
}

QTEST_GUILESS_MAIN(TestWriteIns)
#include "tst_writeins.moc"
