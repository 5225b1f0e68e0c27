// `sondo recode` and `sondo recodes` through the real executable on a real project file: each
// operation saved, seen by freq, listed, removed, refused when it does not fit (exit 2, nothing
// written), and kept by `import --update` with a message when it no longer applies.
//
// Oracle: hand counts off the eight rows of kSurvey below; each expected count names its rows.

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

//  r  gender  age  channel
//  1  Male    19   Email
//  2  man     25   Phone
//  3  M       34   Email
//  4  Female  35   Chat
//  5  F       50   Email
//  6  (blank) 64   Chat
//  7  Female  65   Phone
//  8  Male    (blank) Email
const char* kSurvey = "gender,age,channel\n"
                      "Male,19,Email\n"
                      "man,25,Phone\n"
                      "M,34,Email\n"
                      "Female,35,Chat\n"
                      "F,50,Email\n"
                      ",64,Chat\n"
                      "Female,65,Phone\n"
                      "Male,,Email\n";

/** The same survey re-exported without respondent 5, the only "F". */
const char* kUpdated = "gender,age,channel\n"
                       "Male,19,Email\n"
                       "man,25,Phone\n"
                       "M,34,Email\n"
                       "Female,35,Chat\n"
                       ",64,Chat\n"
                       "Female,65,Phone\n"
                       "Male,,Email\n";

QJsonObject json(const Run& run) {
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

/** label → unweighted count of a `freq --json` answer. */
QMap<QString, qint64> countsOf(const Run& run) {
    QMap<QString, qint64> counts;
    for (const QJsonValue& option : json(run).value(QStringLiteral("options")).toArray())
        counts.insert(option[QStringLiteral("label")].toString(),
                      option[QStringLiteral("unweighted_count")].toInteger());
    return counts;
}

} // namespace

class TestRecodeCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString& name, const char* text) {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(text);
        return path;
    }

    /** A fresh project of kSurvey, gender and channel as single choice, age as numeric. */
    QString project(const QString& name) {
        const QString csv = write(name + QStringLiteral(".csv"), kSurvey);
        const QString path = m_dir.filePath(name + QStringLiteral(".sondo"));
        const Run run = runSondo({"import", csv, "-o", path, "--type", "gender=single", "--type",
                                  "age=numeric", "--type", "channel=single"});
        return run.exitCode == 0 ? path : QString();
    }

    Run freq(const QString& path, const QStringList& more = {}) {
        return runSondo(QStringList{"freq", path} + more + QStringList{"--json"});
    }

private slots:
    void mergeSeenByFreqListedAndRemoved() {
        const QString path = project(QStringLiteral("merge"));
        QVERIFY(!path.isEmpty());
        // As imported: Male r1 r8, man r2 (case-only variants such as "male" are merged by the
        // import itself), M r3, Female r4 r7, F r5.
        QCOMPARE(
            countsOf(freq(path, {"gender"})),
            (QMap<QString, qint64>{{"Male", 2}, {"man", 1}, {"M", 1}, {"Female", 2}, {"F", 1}}));
        Run run = runSondo({"recode", path, "gender", "--merge", "Male+man+M=Male"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Recode 1 saved")), qPrintable(run.out));
        // Male: r1 r2 r3 r8 = 4.
        QCOMPARE(countsOf(freq(path, {"gender"})),
                 (QMap<QString, qint64>{{"Male", 4}, {"Female", 2}, {"F", 1}}));
        QVERIFY(runSondo({"recode", path, "gender", "--rename", "F=Female (F)"}).exitCode == 0);

        run = runSondo({"recodes", path, "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray recodes = json(run).value(QStringLiteral("recodes")).toArray();
        QCOMPARE(recodes.size(), 2);
        QCOMPARE(recodes[0][QStringLiteral("number")].toInt(), 1);
        QCOMPARE(recodes[0][QStringLiteral("question")].toString(), QStringLiteral("Q1"));
        QCOMPARE(recodes[0][QStringLiteral("operation")].toString(), QStringLiteral("merge"));
        QCOMPARE(recodes[0][QStringLiteral("into")].toString(), QStringLiteral("Male"));
        QCOMPARE(recodes[1][QStringLiteral("number")].toInt(), 2);
        QCOMPARE(recodes[1][QStringLiteral("operation")].toString(), QStringLiteral("rename"));
        QVERIFY(recodes[1][QStringLiteral("applies")].toBool());

        // Taking the merge out leaves the rename, which still finds "F".
        run = runSondo({"recodes", path, "--remove", "1"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(countsOf(freq(path, {"gender"})),
                 (QMap<QString, qint64>{
                     {"Male", 2}, {"man", 1}, {"M", 1}, {"Female", 2}, {"Female (F)", 1}}));
        run = runSondo({"recodes", path, "--remove", "5"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("no recode 5")), qPrintable(run.err));
    }

    void badRecodesWriteNothing() {
        const QString path = project(QStringLiteral("bad"));
        QVERIFY(!path.isEmpty());
        const QList<QStringList> bad{
            {"gender", "--merge", "Male+Uomo=Male"}, // no such option
            {"Q9", "--hide", "Male"},                // no such question
            {"age", "--merge", "19+25=Young"},       // not a choice question
            {"gender", "--order", "F,Nessuno"},      // no such option
            {"gender", "--bands", "18,25"},          // not numeric
            {"age", "--bands", "25,18"},             // not increasing
        };
        for (const QStringList& arguments : bad) {
            const Run run = runSondo(QStringList{"recode", path} + arguments);
            QVERIFY2(run.exitCode == 2, qPrintable(arguments.join(' ') + run.err));
            QVERIFY2(run.err.startsWith(QStringLiteral("sondo: ")), qPrintable(run.err));
        }
        QVERIFY(runSondo({"recode", path, "gender", "--merge", "Male+Uomo=Male"})
                    .err.contains(QStringLiteral("Uomo")));
        const Run list = runSondo({"recodes", path, "--json"});
        QCOMPARE(json(list).value(QStringLiteral("recodes")).toArray().size(), 0);
        // No operation, or two: a usage error.
        QCOMPARE(runSondo({"recode", path, "gender"}).exitCode, 1);
        QCOMPARE(runSondo({"recode", path, "gender", "--hide", "F", "--order", "F"}).exitCode, 1);
    }

    void bandsMakeASegment() {
        const QString path = project(QStringLiteral("bands"));
        QVERIFY(!path.isEmpty());
        Run run = runSondo({"recode", path, "age", "--bands", "18,25,35,50,65"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = freq(path, {"age"});
        QCOMPARE(json(run).value(QStringLiteral("type")).toString(), QStringLiteral("single"));
        // 18–24 r1; 25–34 r2 r3; 35–49 r4; 50–64 r5 r6; 65+ r7; r8 blank.
        QCOMPARE(countsOf(run),
                 (QMap<QString, qint64>{
                     {"18–24", 1}, {"25–34", 2}, {"35–49", 1}, {"50–64", 2}, {"65+", 1}}));
        // As a filter: 65+ is r7, Female.
        run = freq(path, {"gender", "--where", "age=65+"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(countsOf(run).value("Female"), qint64(1));
        QCOMPARE(json(run).value(QStringLiteral("base")).toDouble(), 1.0);
        // As a segment.
        run = freq(path, {"channel", "--by", "age"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(json(run).value(QStringLiteral("groups")).toArray().size(), 5);
    }

    void bandsChosenFromTheAnswers() {
        // Ages r1–r7: 19 25 34 35 50 64 65 (r8 blank). R: quantile(a, c(.25,.5,.75)) is
        // 29.5, 35, 57, so quartile bands cut at 19, 30, 35, 57 and
        // table(cut(a, c(19,30,35,57,Inf), right = FALSE)) is 2 1 2 2.
        QString path = project(QStringLiteral("quartiles"));
        QVERIFY(!path.isEmpty());
        Run run = runSondo({"recode", path, "age", "--bands", "quantiles:4"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("19–29, 30–34, 35–56, 57+")), qPrintable(run.out));
        QCOMPARE(countsOf(freq(path, {"age"})),
                 (QMap<QString, qint64>{{"19–29", 2}, {"30–34", 1}, {"35–56", 2}, {"57+", 2}}));
        // The cuts are kept, not the rule: the list shows them and a re-import without r5
        // (age 50) leaves 35–56 with r4 alone.
        run = runSondo({"recodes", path, "--json"});
        const QJsonObject recode = json(run).value("recodes").toArray().at(0).toObject();
        QVERIFY2(QJsonDocument(recode).toJson().contains("57"), qPrintable(run.out));
        const QString updated = write(QStringLiteral("quartiles-new.csv"), kUpdated);
        run = runSondo({"import", updated, "-o", path, "--update"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(countsOf(freq(path, {"age"})).value("35–56"), qint64(1));

        // Equal widths: the narrowest round width giving at most 4 bands is 20 (R:
        // table(cut(a, c(0,20,40,60,Inf), right = FALSE)) is 1 3 1 2).
        path = project(QStringLiteral("equal"));
        QVERIFY(!path.isEmpty());
        run = runSondo({"recode", path, "age", "--bands", "equal:4"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(countsOf(freq(path, {"age"})),
                 (QMap<QString, qint64>{{"0–19", 1}, {"20–39", 3}, {"40–59", 1}, {"60+", 2}}));

        // A rule that cannot be met is refused, and nothing is written.
        path = project(QStringLiteral("badrule"));
        for (const char* value :
             {"equal:0", "quantiles:101", "width:0", "width:0.01", "deciles:4"}) {
            run = runSondo({"recode", path, "age", "--bands", value});
            QVERIFY2(run.exitCode == 2, qPrintable(QString::fromLatin1(value) + run.err));
            QVERIFY2(run.err.contains(QString::fromLatin1(value)), qPrintable(run.err));
        }
        QCOMPARE(json(runSondo({"recodes", path, "--json"})).value("recodes").toArray().size(), 0);
    }

    void hideAndOrder() {
        const QString path = project(QStringLiteral("hide"));
        QVERIFY(!path.isEmpty());
        QVERIFY(runSondo({"recode", path, "channel", "--hide", "chat"}).exitCode == 0);
        Run run = freq(path, {"channel"});
        // Chat r4 r6 leave the base: Email r1 r3 r5 r8, Phone r2 r7; base 6.
        QCOMPARE(countsOf(run), (QMap<QString, qint64>{{"Email", 4}, {"Phone", 2}}));
        QCOMPARE(json(run).value(QStringLiteral("base")).toDouble(), 6.0);
        QCOMPARE(json(run).value(QStringLiteral("hidden")).toArray().at(0).toString(),
                 QStringLiteral("Chat"));
        const Run text = runSondo({"freq", path, "channel"});
        QVERIFY2(text.out.contains(QStringLiteral("Hidden, not in the base: Chat")),
                 qPrintable(text.out));
        QVERIFY(runSondo({"recode", path, "channel", "--order", "Phone"}).exitCode == 0);
        const QJsonArray options = json(freq(path, {"channel"})).value("options").toArray();
        QCOMPARE(options.at(0)[QStringLiteral("label")].toString(), QStringLiteral("Phone"));
        QCOMPARE(options.at(1)[QStringLiteral("label")].toString(), QStringLiteral("Email"));
    }

    void changeType() {
        const QString path = project(QStringLiteral("type"));
        QVERIFY(!path.isEmpty());
        Run run = runSondo({"recode", path, "channel", "--type", "multiple"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = freq(path, {"channel"});
        QCOMPARE(json(run).value(QStringLiteral("type")).toString(), QStringLiteral("multiple"));
        // Email r1 r3 r5 r8, Phone r2 r7, Chat r4 r6.
        QCOMPARE(countsOf(run), (QMap<QString, qint64>{{"Email", 4}, {"Phone", 2}, {"Chat", 2}}));
        QCOMPARE(runSondo({"recode", path, "age", "--type", "single"}).exitCode, 2);
        QCOMPARE(runSondo({"recode", path, "age", "--type", "sideways"}).exitCode, 2);
        // A net gathers options: a number has none.
        QCOMPARE(runSondo({"recode", path, "age", "--net", "19+25=Young"}).exitCode, 2);
    }

    void updateKeepsRecodesAndSaysWhichNoLongerApply() {
        const QString path = project(QStringLiteral("update"));
        QVERIFY(!path.isEmpty());
        QVERIFY(runSondo({"recode", path, "gender", "--merge", "Male+man+M=Male"}).exitCode == 0);
        QVERIFY(runSondo({"recode", path, "gender", "--rename", "F=Woman"}).exitCode == 0);
        const QString updated = write(QStringLiteral("update-new.csv"), kUpdated);
        Run run = runSondo({"import", updated, "-o", path, "--update"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // The new export has no "F": recode 2 is kept and said not to apply.
        QVERIFY2(run.err.contains(QStringLiteral("recode 2 is kept but no longer applies")),
                 qPrintable(run.err));
        QVERIFY(!run.err.contains(QStringLiteral("recode 1 ")));
        run = runSondo({"recodes", path, "--json"});
        const QJsonArray recodes = json(run).value(QStringLiteral("recodes")).toArray();
        QCOMPARE(recodes.size(), 2);
        QVERIFY(recodes[0][QStringLiteral("applies")].toBool());
        QVERIFY(!recodes[1][QStringLiteral("applies")].toBool());
        // The merge still applies to the new answers: Male r1 r2 r3 r8 = 4, Female r4 r7.
        QCOMPARE(countsOf(freq(path, {"gender"})),
                 (QMap<QString, qint64>{{"Male", 4}, {"Female", 2}}));
    }
};

QTEST_GUILESS_MAIN(TestRecodeCli)
#include "tst_recodecli.moc"
