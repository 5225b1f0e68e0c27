// Data out: ResponseExporter's CSV and SPSS files and `sondo export-data`.
//
// The exact CSV bytes below were written by hand from the small survey built in this file. The
// demo figures (101 respondents in Banche e assicurazioni or Telecomunicazioni; among them 86
// answered Q9, 64 chose "Chat / live chat", 42 "App di messaggistica (WhatsApp, Telegram)") are
// the ones tests/core/tst_cli.cpp checks, computed with Python's csv module from
// resources/demo/remote_working_contact_center.csv. The .sav files are read back with our
// StatReader and, when it is installed, with GNU PSPP (its FREQUENCIES and DISPLAY DICTIONARY).

#include "../common/SondoProcess.h"
#include "export/ResponseExporter.h"
#include "filter/SegmentFilter.h"
#include "import/SurveyImporter.h"
#include "import/sources/StatReader.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <limits>

using namespace sondo;

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

double utcMs(int y, int m, int d, int hh = 0, int mm = 0, int ss = 0) {
    return double(
        QDateTime(QDate(y, m, d), QTime(hh, mm, ss), QTimeZone::utc()).toMSecsSinceEpoch());
}

/**
 * Four respondents, one question of each type:
 *   id    sesso  sodd        canali(Email,Chat)  eta    note               giorno             M1
 *   r1    Donna  Molto       Email, Chat         34.5   Bene, grazie       2024-03-05         x
 *   r2    Uomo   -           (none chosen)       -      "Ottimo" detto     2024-03-06 14:30   -
 *   r3    -      Poco        -                   0.1    two lines          -                  y
 *   r4    Donna  Per niente  Chat                -1250  -                  2024-03-07         z
 */
Project smallProject() {
    Project p;
    p.survey.title = QStringLiteral("Piccola indagine");
    auto add = [&](const QString& id, const QString& code, const QString& text, QuestionType type,
                   const QStringList& options = {}) {
        Question q;
        q.id = id;
        q.code = code;
        q.text = text;
        q.type = type;
        q.options = options;
        q.metadata = id.startsWith(u'M');
        p.survey.questions.append(q);
    };
    add("Q1", "sesso", "Sesso", QuestionType::Single, {"Uomo", "Donna"});
    add("Q2", "sodd", "Quanto è soddisfatto?", QuestionType::Likert,
        {"Per niente", "Poco", "Molto"});
    add("Q3", "canali", "Canali usati", QuestionType::Multiple, {"Email", "Chat"});
    add("Q4", "eta", "Età (anni)", QuestionType::Numeric);
    add("Q5", "Perché? Dica pure", "Perché? Dica pure", QuestionType::Text);
    add("Q6", "giorno", "Giorno", QuestionType::Date);
    add("M1", "source", "Fonte", QuestionType::Identifier);
    p.survey.questions[1].scores = {1, 2, 3};

    ResponseMatrix& r = p.responses;
    r.respondentCount = 4;
    r.respondentIds = {"r1", "r2", "r3", "r4"};
    r.weights.assign(4, 1.0);
    r.columns.resize(7);
    r.columns[0].codes = {2, 1, 0, 2};
    r.columns[1].codes = {3, 0, 2, 1};
    r.columns[2].answered = {1, 1, 0, 1};
    r.columns[2].selected = {{1, 0, 0, 0}, {1, 0, 0, 1}};
    r.columns[3].values = {34.5, NaN, 0.1, -1250};
    r.columns[4].texts = {"Bene, grazie", "\"Ottimo\" detto", "riga uno\nriga due", ""};
    r.columns[5].values = {utcMs(2024, 3, 5), utcMs(2024, 3, 6, 14, 30), NaN, utcMs(2024, 3, 7)};
    r.columns[5].texts = {"05/03/2024", "06/03/2024 14.30", "", "07/03/2024"};
    r.columns[6].texts = {"x", "", "y", "z"};
    return p;
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** Per option label (or "base"/"sum"/"answers"), what a question's answers add up to. */
QMap<QString, double> figures(const Project& p, int q) {
    QMap<QString, double> out;
    const Question& question = p.survey.questions[q];
    const AnswerColumn& a = p.responses.columns[size_t(q)];
    for (int r = 0; r < p.responses.respondentCount; ++r) {
        if (!a.isAnswered(question.type, r))
            continue;
        out[QStringLiteral("base")] += 1;
        switch (question.type) {
        case QuestionType::Single:
        case QuestionType::Likert:
            out[question.options[a.codes[size_t(r)] - 1]] += 1;
            break;
        case QuestionType::Multiple:
            for (int o = 0; o < question.options.size(); ++o)
                out[question.options[o]] += a.selected[size_t(o)][size_t(r)];
            break;
        case QuestionType::Numeric:
        case QuestionType::Date:
            out[QStringLiteral("sum")] += a.values[size_t(r)];
            break;
        case QuestionType::Text:
        case QuestionType::Identifier:
            out[QStringLiteral("answers")] += a.texts[r].size();
            break;
        }
    }
    return out;
}

/** Every analysable question of `original` has the same type and figures in `reread` (by text). */
void compareFrequencies(const Project& original, const Project& reread) {
    QCOMPARE(reread.responses.respondentCount, original.responses.respondentCount);
    for (int q = 0; q < original.survey.questions.size(); ++q) {
        const Question& question = original.survey.questions[q];
        if (!question.isAnalysable())
            continue;
        int match = -1;
        for (int k = 0; k < reread.survey.questions.size() && match < 0; ++k)
            if (reread.survey.questions[k].text == question.text &&
                reread.survey.questions[k].isAnalysable())
                match = k;
        QVERIFY2(match >= 0, qPrintable(question.text));
        QCOMPARE(questionTypeName(reread.survey.questions[match].type),
                 questionTypeName(question.type));
        if (isCategorical(question.type)) {
            QCOMPARE(reread.survey.questions[match].options, question.options);
        }
        QCOMPARE(figures(reread, match), figures(original, q));
    }
}

using Run = sondo::test::SondoRun;

using sondo::test::runSondo;

QString demoPath() {
    return QStringLiteral(SONDO_SOURCE_DIR "/resources/demo/remote_working_contact_center.csv");
}

} // namespace

class TestExportData : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Project m_demo;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static Project reimport(const QString& file) {
        auto result = SurveyImporter::importFile(file, ImportOptions());
        if (!result.ok())
            qWarning("%s", qPrintable(result.error().toString()));
        return result.ok() ? result.takeValue() : Project();
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        auto demo = SurveyImporter::importFile(demoPath(), ImportOptions());
        QVERIFY(demo.ok());
        m_demo = demo.takeValue();
        QCOMPARE(m_demo.responses.respondentCount, 300);
    }

    void csvBytes() {
        const Project p = smallProject();
        const QString file = path(QStringLiteral("small.csv"));
        auto written = ResponseExporter::write(file, p.survey, p.responses);
        QVERIFY2(written.ok(), qPrintable(written.error().toString()));
        QCOMPARE(written.value(), 4);
        const QByteArray expected =
            "\xEF\xBB\xBF"
            "respondent_id,Sesso,Quanto è soddisfatto?,Canali usati,Età (anni),Perché? Dica pure,"
            "Giorno,Fonte\r\n"
            "r1,Donna,Molto,Email; Chat,34.5,\"Bene, grazie\",2024-03-05,x\r\n"
            "r2,Uomo,,,,\"\"\"Ottimo\"\" detto\",2024-03-06 14:30:00,\r\n"
            "r3,,Poco,,0.1,\"riga uno\nriga due\",,y\r\n"
            "r4,Donna,Per niente,Chat,-1250,,2024-03-07,z\r\n";
        QCOMPARE(readAll(file), expected);
    }

    void csvOptionColumnsAndFilter() {
        const Project p = smallProject();
        SegmentFilter filter;
        filter.addCondition(0, 1); // Sesso = Donna: r1, r4
        ResponseExporter::Options options;
        options.optionColumns = true;
        const QString file = path(QStringLiteral("flags.csv"));
        auto written = ResponseExporter::write(file, p.survey, p.responses,
                                               filter.mask(p.survey, p.responses), options);
        QVERIFY(written.ok());
        QCOMPARE(written.value(), 2);
        const QList<QByteArray> lines = readAll(file).split('\n');
        QCOMPARE(lines.size(), 4); // header, 2 respondents, nothing after the last CRLF
        QCOMPARE(lines[0],
                 QByteArray("\xEF\xBB\xBFrespondent_id,Sesso,Quanto è soddisfatto?,Canali usati,"
                            "Canali usati - Email,Canali usati - Chat,Età (anni),"
                            "Perché? Dica pure,Giorno,Fonte\r"));
        QVERIFY(lines[1].startsWith("r1,Donna,Molto,Email; Chat,1,1,34.5,"));
        QVERIFY(lines[2].startsWith("r4,Donna,Per niente,Chat,0,1,-1250,"));
        // r2 answered with no option chosen: 0s; r3 did not answer: blanks.
        auto all = ResponseExporter::write(file, p.survey, p.responses, {}, options);
        QVERIFY(all.ok());
        const QList<QByteArray> rows = readAll(file).split('\n');
        QVERIFY(rows[2].startsWith("r2,Uomo,,,0,0,,"));
        QVERIFY(rows[3].startsWith("r3,,Poco,,,,0.1,"));
    }

    void demoCsvRoundTrip() {
        const QString file = path(QStringLiteral("demo.csv"));
        auto written = ResponseExporter::write(file, m_demo.survey, m_demo.responses);
        QVERIFY(written.ok());
        const QByteArray bytes = readAll(file);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        // Records end in CRLF; the two open answers written on several lines keep their LFs.
        QCOMPARE(bytes.count("\r\n"), 301);

        const Project reread = reimport(file);
        QCOMPARE(reread.survey.sourceFormat, QStringLiteral("sondo"));
        // The demo has no id column: the export numbers respondents, and those numbers come back.
        QVERIFY(m_demo.responses.respondentIds.isEmpty());
        QStringList numbers;
        for (int r = 1; r <= m_demo.responses.respondentCount; ++r)
            numbers.append(QString::number(r));
        QCOMPARE(reread.responses.respondentIds, numbers);
        compareFrequencies(m_demo, reread);
    }

    void demoCsvUnderAnotherLocale() {
        // Numbers stay in C locale whatever the machine's: 12.5, never 12,5.
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::Italian, QLocale::Italy));
        const Project p = smallProject();
        const QString file = path(QStringLiteral("it.csv"));
        auto written = ResponseExporter::write(file, p.survey, p.responses);
        QLocale::setDefault(previous);
        QVERIFY(written.ok());
        QVERIFY(readAll(file).contains(",34.5,"));
        QVERIFY(readAll(file).contains(",-1250,"));
    }

    void savReadsBackWithLabels() {
        const Project p = smallProject();
        const QString file = path(QStringLiteral("small.sav"));
        auto written = ResponseExporter::write(file, p.survey, p.responses);
        QVERIFY2(written.ok(), qPrintable(written.error().toString()));

        auto read = StatReader::read(file);
        QVERIFY2(read.ok(), qPrintable(read.error().toString()));
        const RawTable& table = read.value();
        QStringList names, labels;
        for (const SourceColumnInfo& info : table.columnInfo) {
            names.append(info.name);
            labels.append(info.label);
        }
        // Codes that are SPSS names are kept; "Perché? Dica pure" is not one, so Q5.
        QCOMPARE(names, QStringList({"respondent_id", "sesso", "sodd", "canali_1", "canali_2",
                                     "eta", "Q5", "giorno", "source"}));
        QCOMPARE(labels, QStringList({"Respondent ID", "Sesso", "Quanto è soddisfatto?",
                                      "Canali usati - Email", "Canali usati - Chat", "Età (anni)",
                                      "Perché? Dica pure", "Giorno", "Fonte"}));
        QCOMPARE(table.columnInfo[1].valueLabels, QStringList({"Uomo", "Donna"}));
        QCOMPARE(table.columnInfo[2].valueLabels, QStringList({"Per niente", "Poco", "Molto"}));
        QCOMPARE(table.columnInfo[2].measure, SourceColumnInfo::Measure::Ordinal);
        QCOMPARE(table.columnInfo[3].valueLabels, QStringList({"Not selected", "Selected"}));
        QCOMPARE(table.row(1), QStringList({"r1", "Donna", "Molto", "Selected", "Selected", "34.5",
                                            "Bene, grazie", "2024-03-05 00:00:00", "x"}));
        QCOMPARE(table.row(2), QStringList({"r2", "Uomo", "", "Not selected", "Not selected", "",
                                            "\"Ottimo\" detto", "2024-03-06 14:30:00", ""}));
        QCOMPARE(table.row(3),
                 QStringList({"r3", "", "Poco", "", "", "0.1", "riga uno\nriga due", "", "y"}));
        QCOMPARE(table.row(4).mid(0, 6),
                 QStringList({"r4", "Donna", "Per niente", "Not selected", "Selected", "-1250"}));

        // Imported again, the option variables are one multiple-choice question.
        const Project reread = reimport(file);
        QCOMPARE(reread.survey.sourceFormat, QStringLiteral("spss"));
        QCOMPARE(reread.responses.respondentIds, p.responses.respondentIds);
        const int canali = reread.survey.findQuestion(QStringLiteral("Canali usati"));
        QVERIFY(canali >= 0);
        QCOMPARE(reread.survey.questions[canali].options, QStringList({"Email", "Chat"}));
        QCOMPARE(figures(reread, canali), figures(p, 2));
        QCOMPARE(figures(reread, reread.survey.findQuestion(QStringLiteral("sesso"))),
                 figures(p, 0));
        QCOMPARE(figures(reread, reread.survey.findQuestion(QStringLiteral("eta"))), figures(p, 3));
    }

    void demoSavRoundTrip() {
        const QString file = path(QStringLiteral("demo.sav"));
        auto written = ResponseExporter::write(file, m_demo.survey, m_demo.responses);
        QVERIFY2(written.ok(), qPrintable(written.error().toString()));
        const Project reread = reimport(file);
        QCOMPARE(reread.survey.sourceFormat, QStringLiteral("spss"));
        compareFrequencies(m_demo, reread);
    }

    void savReadByPspp() {
        const QString pspp = QStandardPaths::findExecutable(QStringLiteral("pspp"));
        if (pspp.isEmpty())
            QFAIL("pspp is not installed: scripts/setup.sh installs it");
        const QString sav = path(QStringLiteral("pspp.sav"));
        SegmentFilter filter; // Banche e assicurazioni or Telecomunicazioni
        const int sector = m_demo.survey.findQuestion(QStringLiteral("Settore"));
        filter.addCondition(
            sector, m_demo.survey.findOption(sector, QStringLiteral("Banche e assicurazioni")));
        filter.addCondition(sector,
                            m_demo.survey.findOption(sector, QStringLiteral("Telecomunicazioni")));
        auto written = ResponseExporter::write(sav, m_demo.survey, m_demo.responses,
                                               filter.mask(m_demo.survey, m_demo.responses));
        QVERIFY(written.ok());
        QCOMPARE(written.value(), 101);

        // The demo's codes are its header texts, no SPSS names: the option variables of
        // "Quali canali sono cresciuti di più?" (Q9) are named Q9_1, Q9_2…
        const int q =
            m_demo.survey.findQuestion(QStringLiteral("Quali canali sono cresciuti di più?"));
        QVERIFY(q >= 0);
        const int chat =
            m_demo.survey.questions[q].options.indexOf(QStringLiteral("Chat / live chat"));
        QVERIFY(chat >= 0);
        const QString variable =
            QStringLiteral("%1_%2").arg(m_demo.survey.questions[q].id).arg(chat + 1);
        const QString syntax = path(QStringLiteral("check.sps"));
        QFile script(syntax);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(QStringLiteral("GET FILE='%1'.\nDISPLAY DICTIONARY.\nFREQUENCIES %2.\n")
                         .arg(sav, variable)
                         .toUtf8());
        script.close();
        QProcess process;
        process.start(pspp, {QStringLiteral("-O"), QStringLiteral("format=csv"), syntax});
        QVERIFY(process.waitForFinished(60000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(process.exitCode() == 0, qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("error"), Qt::CaseInsensitive), qPrintable(out));
        // The dictionary has the labels; FREQUENCIES counts 64 chosen and 22 not among the 86
        // who answered, 15 missing.
        QVERIFY2(
            out.contains(QStringLiteral("Quali canali sono cresciuti di più? - Chat / live chat")),
            qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Banche e assicurazioni")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Selected,64,")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Not selected,22,")), qPrintable(out));
    }

    void cliExportsFilteredCsv() {
        const QString project = path(QStringLiteral("demo.sondo"));
        Run run = runSondo({QStringLiteral("import"), demoPath(), QStringLiteral("-o"), project});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString csv = path(QStringLiteral("filtered.csv"));
        run = runSondo({QStringLiteral("export-data"), project, QStringLiteral("-o"), csv,
                        QStringLiteral("--where"), QStringLiteral("Q1=Banche e assicurazioni"),
                        QStringLiteral("--where"), QStringLiteral("Settore=Telecomunicazioni")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith(QStringLiteral("Wrote 101 of 300 respondents")),
                 qPrintable(run.out));

        const Project reread = reimport(csv);
        QCOMPARE(reread.responses.respondentCount, 101);
        const int q9 =
            reread.survey.findQuestion(QStringLiteral("Quali canali sono cresciuti di più?"));
        QVERIFY(q9 >= 0);
        const QMap<QString, double> counts = figures(reread, q9);
        QCOMPARE(counts.value(QStringLiteral("base")), 86.0);
        QCOMPARE(counts.value(QStringLiteral("Chat / live chat")), 64.0);
        QCOMPARE(counts.value(QStringLiteral("App di messaggistica (WhatsApp, Telegram)")), 42.0);
        const int sector = reread.survey.findQuestion(QStringLiteral("Settore"));
        const QMap<QString, double> sectors = figures(reread, sector);
        QCOMPARE(sectors.value(QStringLiteral("base")), 101.0);
        QCOMPARE(sectors.value(QStringLiteral("Banche e assicurazioni")) +
                     sectors.value(QStringLiteral("Telecomunicazioni")),
                 101.0);
    }

    void cliErrors_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString demo = demoPath();
        const QString out = path(QStringLiteral("x.csv"));
        QTest::newRow("no output") << QStringList({"export-data", demo}) << 1 << "usage";
        QTest::newRow("unknown extension")
            << QStringList({"export-data", demo, "-o", path("x.xlsx")}) << 1 << ".csv or .sav";
        QTest::newRow("unknown question")
            << QStringList({"export-data", demo, "-o", out, "--where", "Nope=1"}) << 1
            << "bad --where";
        QTest::newRow("missing project")
            << QStringList({"export-data", path("missing.sondo"), "-o", out}) << 2 << "missing";
        QTest::newRow("unwritable output")
            << QStringList({"export-data", demo, "-o", path("no/such/folder/x.csv")}) << 2
            << "x.csv";
    }
    void cliErrors() {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run run = runSondo(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("x.csv"))));
    }
};

QTEST_GUILESS_MAIN(TestExportData)
#include "tst_exportdata.moc"
