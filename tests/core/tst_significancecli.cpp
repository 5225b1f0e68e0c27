// How `sondo freq --by` tests its groups, as scripts ask for it (issue 11 §2): --vs-rest (each
// group against the rest of the sample), --adjust holm|bonferroni|none, --level 90|95|99 and
// --min-base, on the demo survey (Q10 "Avete introdotto il lavoro da remoto…" by Q2, size).
//
// Oracle: R 4.2, the column-proportions z-test being prop.test without continuity correction
// (z² = X²), each group against the rest, the row's four p-values adjusted together:
//   d <- read.csv("resources/demo/remote_working_contact_center.csv", check.names = FALSE)
//   seg <- d[[3]]; q <- d[[11]]
//   p <- sapply(groups, function(g) prop.test(c(sum(q[seg==g]==opt), sum(q[seg!=g]==opt)),
//                                             c(sum(seg==g), sum(seg!=g)), correct=FALSE)$p.value)
//   p.adjust(p, "holm")
// giving, for Fino a 50 (A), 51-200 (B), 201-500 (C), Oltre 500 (D):
//   "Sì, per tutto il personale": raw 6.163e-05, 0.3531, 0.1088, 4.735e-04 (A below, D above)
//   "No":                         raw 4.998e-09, 0.6142, 0.04687, 1.020e-03 (A above, D below)
//   "Sì, per una parte…":         none below 0.19
// so with Holm at 95% A and D are marked on two rows; uncorrected, C's "No" (0.0469) too; at
// 99% uncorrected, not C's. The groups' bases (65, 101, 74, 60) are hand counts of column 3.

#include "../common/SondoProcess.h"
#include "../common/TestFiles.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using sondo::test::runSondo;
using Run = sondo::test::SondoRun;

namespace {

/** "A:Sì, per tutto il personale=lower" for every option a group is marked on. */
QStringList marks(const QJsonObject& json) {
    QStringList out;
    for (const QJsonValue& group : json.value(u"groups").toArray())
        for (const QJsonValue& option : group.toObject().value(u"options").toArray()) {
            const QString mark = option.toObject().value(u"vs_rest").toString();
            if (!mark.isEmpty())
                out << group.toObject().value(u"letter").toString() + QLatin1Char(':') +
                           option.toObject().value(u"label").toString() + QLatin1Char('=') + mark;
        }
    return out;
}

} // namespace

class TestSignificanceCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;

    Run freq(const QStringList& extra) {
        return runSondo(QStringList{QStringLiteral("freq"), m_project, QStringLiteral("Q10"),
                                    QStringLiteral("--by"), QStringLiteral("Q2"),
                                    QStringLiteral("--json")} +
                        extra);
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("demo.sondo"));
        const Run run = runSondo({QStringLiteral("import"), sondo::test::demoSurveyPath(),
                                  QStringLiteral("-o"), m_project});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    void vsRestMarksGroupsAgainstTheRest() {
        const Run run = freq({QStringLiteral("--vs-rest")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json = run.json();
        QCOMPARE(marks(json),
                 (QStringList{QStringLiteral("A:S\u00ec, per tutto il personale=lower"),
                              QStringLiteral("A:No=higher"),
                              QStringLiteral("D:S\u00ec, per tutto il personale=higher"),
                              QStringLiteral("D:No=lower")}));
        const QJsonObject how = json.value(u"significance").toObject();
        QCOMPARE(how.value(u"comparison").toString(), QStringLiteral("vs_rest"));
        QCOMPARE(how.value(u"correction").toString(), QStringLiteral("holm"));
        QCOMPARE(how.value(u"confidence").toDouble(), 0.95);
        // Against the rest, no letters are claimed.
        for (const QJsonValue& group : json.value(u"groups").toArray())
            for (const QJsonValue& option : group.toObject().value(u"options").toArray())
                QVERIFY(!option.toObject().contains(QStringLiteral("higher_than")));
        // The text table draws the arrows.
        const Run text =
            runSondo({QStringLiteral("freq"), m_project, QStringLiteral("Q10"),
                      QStringLiteral("--by"), QStringLiteral("Q2"), QStringLiteral("--vs-rest")});
        QVERIFY(text.out.contains(QStringLiteral("21.5% \u25BC")));
        QVERIFY(text.out.contains(QStringLiteral("63.3% \u25B2")));
    }

    void adjustmentAndLevelChangeWhatIsMarked() {
        // Uncorrected, C's "No" (raw p 0.0469) joins; at 99% it does not (0.0469 > 0.01).
        Run run =
            freq({QStringLiteral("--vs-rest"), QStringLiteral("--adjust"), QStringLiteral("none")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(marks(run.json()).contains(QStringLiteral("C:No=lower")));
        QCOMPARE(run.json().value(u"significance").toObject().value(u"correction").toString(),
                 QStringLiteral("none"));
        run = freq({QStringLiteral("--vs-rest"), QStringLiteral("--adjust"), QStringLiteral("none"),
                    QStringLiteral("--level"), QStringLiteral("99")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(!marks(run.json()).contains(QStringLiteral("C:No=lower")));
        QVERIFY(marks(run.json()).contains(QStringLiteral("A:No=higher")));
        QCOMPARE(run.json().value(u"significance").toObject().value(u"confidence").toDouble(),
                 0.99);
        // Bonferroni is named in the JSON and in the text's note.
        run = freq({QStringLiteral("--adjust"), QStringLiteral("bonferroni")});
        QCOMPARE(run.json().value(u"significance").toObject().value(u"correction").toString(),
                 QStringLiteral("bonferroni"));
    }

    void minimumBaseLeavesSmallGroupsUntested() {
        // Bases 65, 101, 74, 60 (unweighted, so effective = base): with --min-base 70 only B and
        // C are tested, and A and D, marked before, are marked no longer.
        const Run run =
            freq({QStringLiteral("--vs-rest"), QStringLiteral("--min-base"), QStringLiteral("70")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QList<bool> tested;
        for (const QJsonValue& group : run.json().value(u"groups").toArray())
            tested << group.toObject().value(u"tested").toBool();
        QCOMPARE(tested, (QList<bool>{false, true, true, false}));
        for (const QString& mark : marks(run.json()))
            QVERIFY2(!mark.startsWith(u'A') && !mark.startsWith(u'D'), qPrintable(mark));
        QCOMPARE(run.json()
                     .value(u"significance")
                     .toObject()
                     .value(u"minimum_effective_base")
                     .toDouble(),
                 70.0);
    }

    void badOptionsAreRefused_data() {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        QTest::newRow("level") << QStringList{QStringLiteral("--level"), QStringLiteral("80")}
                               << QStringLiteral("bad --level '80'");
        QTest::newRow("adjust") << QStringList{QStringLiteral("--adjust"), QStringLiteral("fdr")}
                                << QStringLiteral("bad --adjust 'fdr'");
        QTest::newRow("min-base") << QStringList{QStringLiteral("--min-base"),
                                                 QStringLiteral("zero")}
                                  << QStringLiteral("bad --min-base 'zero'");
    }

    void badOptionsAreRefused() {
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        const Run run = freq(options);
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSignificanceCli)
#include "tst_significancecli.moc"
