// Copy and paste (issue 12 §4), as an analyst uses it: the demo imported by the real `sondo`
// executable, opened in the real window, Copy Chart and Copy Table run, and the clipboard read
// back as a receiving program would (the offscreen platform keeps a real clipboard).
//
// Oracle for Q3 (Ruolo): R 4.2,
//   d <- read.csv("resources/demo/remote_working_contact_center.csv", check.names = FALSE)
//   table(d[[4]])   # Direttore 66, Team leader 53, Responsabile 109, Operations 44, Altro 28
//   round(100 * table(d[[4]]) / 300, 1)   # 22.0 17.7 36.3 14.7 9.3

#include "../common/SondoProcess.h"
#include "../common/TestFiles.h"
#include "../common/WindowTestSetup.h"
#include "window/AnalysisDocks.h"
#include "window/ClipboardContent.h"
#include "window/FrequencyTableModel.h"
#include "window/MainActions.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QClipboard>
#include <QImage>
#include <QMimeData>
#include <QSvgRenderer>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace sondo;

class TestClipboardCopy : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    QString m_project;

    static int questionIndex(const Survey& survey, const QString& id) {
        for (int i = 0; i < survey.questions.size(); ++i)
            if (survey.questions[i].id == id)
                return i;
        return -1;
    }

private slots:
    void initTestCase() {
        QVERIFY(test::setUpWindowSuite(m_settingsDir));
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("demo.sondo"));
        const test::SondoRun run = test::runSondo(
            {QStringLiteral("import"), test::demoSurveyPath(), QStringLiteral("-o"), m_project});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    void copyChartGivesPngAndSvg() {
        MainWindow window;
        window.show();
        QVERIFY(test::openProjectIn(window, m_project));
        window.showQuestion(questionIndex(window.session().survey(), QStringLiteral("Q3")));
        QGuiApplication::clipboard()->clear();
        window.actions()->copyAction()->trigger();

        const QMimeData* data = QGuiApplication::clipboard()->mimeData();
        QVERIFY(data);
        // The picture at the newsletter size, twice as sharp: 1200×675 logical pixels.
        const QImage image = qvariant_cast<QImage>(data->imageData());
        QCOMPARE(image.size(), QSize(2400, 1350));
        // The vector copy is a whole SVG with the chart's text as text.
        const QByteArray svg = data->data(QStringLiteral("image/svg+xml"));
        QVERIFY(QSvgRenderer(svg).isValid());
        QVERIFY(svg.contains("Ruolo"));
        QVERIFY(svg.contains("Team leader"));
    }

    void copyTableGivesCellsAndHtml() {
        MainWindow window;
        window.show();
        QVERIFY(test::openProjectIn(window, m_project));
        window.showQuestion(questionIndex(window.session().survey(), QStringLiteral("Q3")));
        QGuiApplication::clipboard()->clear();
        QVERIFY(window.actions()->copyTableAction()->isEnabled());
        window.actions()->copyTableAction()->trigger();

        const QMimeData* data = QGuiApplication::clipboard()->mimeData();
        QVERIFY(data);
        // Tab-separated: a header, then one row per option, as Excel takes it as cells.
        const QStringList lines = data->text().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        const QLocale locale = window.session().chartOptions().locale;
        const QString point = locale.decimalPoint();
        QCOMPARE(lines[1].section(u'\t', 0, 2),
                 QStringLiteral("Direttore / Responsabile customer service\t66\t22") + point +
                     QStringLiteral("0"));
        QCOMPARE(lines[3].section(u'\t', 0, 2),
                 QStringLiteral("Responsabile contact center\t109\t36") + point +
                     QStringLiteral("3"));
        QCOMPARE(lines[5].section(u'\t', 0, 2),
                 QStringLiteral("Altro\t28\t9") + point + QStringLiteral("3"));
        int sum = 0;
        for (int row = 1; row < lines.size(); ++row)
            sum += lines[row].section(u'\t', 1, 1).toInt();
        QCOMPARE(sum, 300);

        // HTML: a real table under the question's text, the base below it.
        const QString html = data->html();
        QVERIFY(html.contains(QStringLiteral("<table")));
        QCOMPARE(html.count(QStringLiteral("<tr>")), 6);
        QVERIFY(html.contains(QStringLiteral("<b>Ruolo</b>")));
        QVERIFY(html.contains(QStringLiteral("<td align=\"right\">109</td>")));
        QVERIFY(html.contains(QStringLiteral("300")));
    }

    void ctrlCOnTheTableCopiesIt() {
        MainWindow window;
        window.show();
        QVERIFY(test::openProjectIn(window, m_project));
        window.showQuestion(questionIndex(window.session().survey(), QStringLiteral("Q3")));
        QGuiApplication::clipboard()->clear();
        QTableView* table = window.docks()->tableView();
        table->setFocus();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("Altro\t28")));
    }

    void numbersHaveNoThousandsSeparator() {
        // A count over 999 in a locale that groups digits: the copy keeps the plain number, so a
        // spreadsheet reads 1234, never the text "1.234" (hand-made one-row table).
        FrequencyTableModel model;
        QuestionFigures figures;
        FrequencyRow row;
        row.label = QStringLiteral("S\u00ec");
        row.count = 1234;
        row.unweightedCount = 1234;
        row.percent = 61.7;
        figures.table.rows.push_back(row);
        const QLocale italian(QLocale::Italian, QLocale::Italy);
        model.setFigures(figures, false, italian);
        QCOMPARE(model.data(model.index(0, FrequencyTableModel::CountColumn)).toString(),
                 QStringLiteral("1.234"));
        const QStringList lines =
            ClipboardContent::tableText(model, italian).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.value(1).section(u'\t', 0, 2), QStringLiteral("S\u00ec\t1234\t61,7"));
    }
};

QTEST_MAIN(TestClipboardCopy)
#include "tst_clipboardcopy.moc"
