// Nets (`sondo recode --net "A+B=NAME"`, issue 10) through the real executable on a real
// project file: a scale's net is the sum of its options, a multiple choice's net counts each
// respondent once however many of its options they ticked, weighted and by segment; the net is
// saved, listed, shown by freq (JSON and text) and the chart, follows later renames and merges,
// is refused when it does not fit (exit 2, nothing saved) and goes with `recodes --remove`.
//
// Oracle: hand counts off the eight rows of kSurvey below; each expected figure names its rows.

#include "../common/SondoProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using sondo::test::runSondo;
using Run = sondo::test::SondoRun;

namespace {

//  r  agree              channels          gender  w
//  1  Strongly agree     Email;Chat        Male    2
//  2  Agree              Email             Female  1
//  3  Neither…           Phone             Female  1
//  4  Disagree           Chat;Phone        Male    0.5
//  5  Strongly agree     (blank)           Female  1
//  6  Agree              Email;Phone;Chat  Male    1
//  7  (blank)            Chat              Female  3
//  8  Strongly disagree  Phone             Male    1
const char* kSurvey = "agree,channels,gender,w\n"
                      "Strongly agree,Email;Chat,Male,2\n"
                      "Agree,Email,Female,1\n"
                      "Neither agree nor disagree,Phone,Female,1\n"
                      "Disagree,Chat;Phone,Male,0.5\n"
                      "Strongly agree,,Female,1\n"
                      "Agree,Email;Phone;Chat,Male,1\n"
                      ",Chat,Female,3\n"
                      "Strongly disagree,Phone,Male,1\n";

QJsonObject json(const Run& run) {
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

/** The nets of a `freq --json` table (or group). */
QJsonArray netsOf(const QJsonObject& table) {
    return table.value(QStringLiteral("nets")).toArray();
}

} // namespace

class TestNetRecode : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    /** A fresh project of kSurvey: agree a scale, channels a multiple choice, w a number. */
    QString project(const QString& name) {
        const QString csv = m_dir.filePath(name + QStringLiteral(".csv"));
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(kSurvey);
        file.close();
        const QString path = m_dir.filePath(name + QStringLiteral(".sondo"));
        const Run run = runSondo({"import", csv, "-o", path, "--type", "channels=multiple",
                                  "--type", "gender=single", "--type", "w=numeric"});
        return run.exitCode == 0 ? path : QString();
    }

    Run freq(const QString& path, const QStringList& more) {
        return runSondo(QStringList{"freq", path} + more + QStringList{"--json"});
    }

    int recodeCount(const QString& path) {
        const Run run = runSondo({"recodes", path, "--json"});
        return int(json(run).value(QStringLiteral("recodes")).toArray().size());
    }

private slots:
    void scaleNetIsTheSumOfItsOptions() {
        const QString path = project(QStringLiteral("scale"));
        QVERIFY(!path.isEmpty());
        Run run = runSondo({"recode", path, "agree", "--net", "Strongly agree+Agree=Agree (net)"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("net “Agree (net)”")), qPrintable(run.out));

        const QJsonObject table = json(freq(path, {"agree"}));
        const QJsonArray nets = netsOf(table);
        QCOMPARE(nets.size(), 1);
        QCOMPARE(nets[0][QStringLiteral("label")].toString(), QStringLiteral("Agree (net)"));
        QCOMPARE(nets[0][QStringLiteral("options")].toArray().toVariantList(),
                 (QVariantList{"Strongly agree", "Agree"}));
        // Strongly agree r1 r5, Agree r2 r6: 4 of the 7 who answered (r7 blank).
        QCOMPARE(nets[0][QStringLiteral("unweighted_count")].toInteger(), 4);
        QCOMPARE(nets[0][QStringLiteral("percent")].toDouble(), 100.0 * 4 / 7);
        // A net is beside the options, never one of them: base and rows as before.
        QCOMPARE(table.value(QStringLiteral("base")).toDouble(), 7.0);
        QCOMPARE(table.value(QStringLiteral("options")).toArray().size(), 5);

        run = runSondo({"freq", path, "agree"});
        QVERIFY2(
            run.out.contains(QRegularExpression(QStringLiteral("Net: Agree \\(net\\) +4 +57.1%"))),
            qPrintable(run.out));
    }

    void multipleNetCountsEachRespondentOnce() {
        const QString path = project(QStringLiteral("multiple"));
        QVERIFY(!path.isEmpty());
        QVERIFY(runSondo({"recode", path, "channels", "--net", "Email+Chat=Written"}).exitCode ==
                0);

        QJsonObject table = json(freq(path, {"channels", "--unweighted"}));
        QJsonArray nets = netsOf(table);
        QCOMPARE(nets.size(), 1);
        // Email r1 r2 r6, Chat r1 r4 r6 r7: written r1 r2 r4 r6 r7 = 5 of the 7 who answered
        // (r5 blank), not the 3 + 4 = 7 of the rows' sum.
        QCOMPARE(nets[0][QStringLiteral("unweighted_count")].toInteger(), 5);
        QCOMPARE(nets[0][QStringLiteral("percent")].toDouble(), 100.0 * 5 / 7);

        // By gender. Male r1 r4 r6 r8: written r1 r4 r6 = 3 of 4. Female r2 r3 r7 answered
        // (r5 blank): written r2 r7 = 2 of 3.
        table = json(freq(path, {"channels", "--by", "gender", "--unweighted"}));
        const QJsonArray groups = table.value(QStringLiteral("groups")).toArray();
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups[0][QStringLiteral("label")].toString(), QStringLiteral("Male"));
        QCOMPARE(netsOf(groups[0].toObject())[0][QStringLiteral("percent")].toDouble(), 75.0);
        QCOMPARE(netsOf(groups[1].toObject())[0][QStringLiteral("percent")].toDouble(),
                 100.0 * 2 / 3);
        QCOMPARE(netsOf(table)[0][QStringLiteral("unweighted_count")].toInteger(), 5);

        // Weighted by w, which Sondo scales to a mean of 1 (the eight weights sum to 10.5).
        // Base r1 r2 r3 r4 r6 r7 r8 = 2+1+1+0.5+1+3+1 = 9.5; written r1 r2 r4 r6 r7 =
        // 2+1+0.5+1+3 = 7.5.
        const double scale = 8 / 10.5;
        Run run = runSondo({"weight", path, "--column", "w"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        table = json(freq(path, {"channels"}));
        nets = netsOf(table);
        QCOMPARE(table.value(QStringLiteral("base")).toDouble(), 9.5 * scale);
        QCOMPARE(nets[0][QStringLiteral("count")].toDouble(), 7.5 * scale);
        QCOMPARE(nets[0][QStringLiteral("unweighted_count")].toInteger(), 5);
        QCOMPARE(nets[0][QStringLiteral("percent")].toDouble(), 100.0 * 7.5 / 9.5);
    }

    void chartSaysTheNet() {
        const QString path = project(QStringLiteral("chart"));
        QVERIFY(!path.isEmpty());
        QVERIFY(runSondo({"recode", path, "agree", "--net", "Strongly agree+Agree=Agree (net)"})
                    .exitCode == 0);
        const QString svg = m_dir.filePath(QStringLiteral("agree.svg"));
        const Run run = runSondo({"chart", path, "agree", "--lang", "en", "-o", svg});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        // 4 of 7 = 57.1%, shown as the chart's other percents (whole numbers).
        QVERIFY(QString::fromUtf8(file.readAll()).contains(QStringLiteral("Net: Agree (net) 57%")));
    }

    void netFollowsLaterRenamesAndMerges() {
        const QString path = project(QStringLiteral("follow"));
        QVERIFY(!path.isEmpty());
        QVERIFY(runSondo({"recode", path, "channels", "--net", "Email+Chat=Written"}).exitCode ==
                0);
        QVERIFY(runSondo({"recode", path, "channels", "--rename", "Email=E-mail"}).exitCode == 0);
        QJsonArray nets = netsOf(json(freq(path, {"channels"})));
        QCOMPARE(nets[0][QStringLiteral("options")].toArray().toVariantList(),
                 (QVariantList{"E-mail", "Chat"}));
        QCOMPARE(nets[0][QStringLiteral("unweighted_count")].toInteger(), 5);

        QVERIFY(runSondo({"recode", path, "agree", "--net", "Strongly agree+Agree=Top"}).exitCode ==
                0);
        QVERIFY(
            runSondo({"recode", path, "agree", "--merge", "Strongly agree+Agree=Agree"}).exitCode ==
            0);
        nets = netsOf(json(freq(path, {"agree"})));
        // The net now names the one merged option, still r1 r2 r5 r6.
        QCOMPARE(nets[0][QStringLiteral("options")].toArray().toVariantList(),
                 (QVariantList{"Agree"}));
        QCOMPARE(nets[0][QStringLiteral("unweighted_count")].toInteger(), 4);
    }

    void refusedNetsAreNotSavedAndRemovedNetsAreGone() {
        const QString path = project(QStringLiteral("refuse"));
        QVERIFY(!path.isEmpty());
        QVERIFY(runSondo({"recode", path, "agree", "--net", "Strongly agree+Agree=Agree (net)"})
                    .exitCode == 0);
        QCOMPARE(recodeCount(path), 1);

        Run run = runSondo({"recode", path, "agree", "--net", "Agree+Strongly agree=agree (NET)"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("already an option's or a net's")),
                 qPrintable(run.err));
        run = runSondo({"recode", path, "agree", "--net", "Agree+Maybe=Some"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("no option “Maybe”")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("QString::arg")), qPrintable(run.err));
        QCOMPARE(runSondo({"recode", path, "agree", "--net", "Agree=Alone"}).exitCode, 2);
        QCOMPARE(runSondo({"recode", path, "agree", "--net", "Agree+Disagree"}).exitCode, 2);
        QCOMPARE(runSondo({"recode", path, "w", "--net", "1+2=Low"}).exitCode, 2);
        QCOMPARE(recodeCount(path), 1);

        run = runSondo({"recodes", path, "--json"});
        const QJsonObject recode =
            json(run).value(QStringLiteral("recodes")).toArray().at(0).toObject();
        QCOMPARE(recode.value(QStringLiteral("operation")).toString(), QStringLiteral("net"));
        QCOMPARE(recode.value(QStringLiteral("name")).toString(), QStringLiteral("Agree (net)"));

        QCOMPARE(runSondo({"recodes", path, "--remove", "1"}).exitCode, 0);
        QVERIFY(!json(freq(path, {"agree"})).contains(QStringLiteral("nets")));
    }
};

QTEST_GUILESS_MAIN(TestNetRecode)
#include "tst_netrecode.moc"
