// File > Export Report…: the window's report carries what the analyst sees (here a filter on
// Settore) and its figures equal the command line's on the same filter; its dialog chooses the
// questions (ticks), their order (a drag moves a row), the title, the language and the page.

#include "../common/DocumentFiles.h"
#include "../common/SondoProcess.h"

#include "analysis/AnalysisSession.h"
#include "import/sources/XlsxReader.h"
#include "storage/ProjectStore.h"
#include "window/ProjectDocument.h"
#include "window/ReportDialog.h"
#include "window/ReportExport.h"
#include "window/TablesExport.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>

#include <QMainWindow>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace sondo;

using sondo::test::pdfText;

class TestReportExport : public QObject {
    Q_OBJECT

    /** The demo imported by `sondo import` into `project` and opened in `document`. */
    static void openDemo(const QString& project, ProjectDocument& document) {
        const auto imported = test::runSondo(
            {QStringLiteral("import"),
             QStringLiteral(SONDO_SOURCE_DIR "/resources/demo/remote_working_contact_center.csv"),
             QStringLiteral("-o"), project});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        auto read = ProjectStore::read(project);
        QVERIFY(read.ok());
        document.open(read.takeValue(), project);
    }

private slots:
    void windowReportFollowsTheFilter() {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("demo.sondo"));
        ProjectDocument document;
        openDemo(project, document);
        if (QTest::currentTestFailed())
            return;
        AnalysisSession& session = document.session();
        const int settore = session.survey().findQuestion(QStringLiteral("Settore"));
        const int pa = int(session.survey().questions[settore].options.indexOf(
            QStringLiteral("Pubblica amministrazione")));
        session.setFilterOption(settore, pa, true);

        QMainWindow window;
        ReportExport reports(&window, &document);
        const QString pdf = dir.filePath(QStringLiteral("window.pdf"));
        const auto written = reports.write(pdf);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));
        QVERIFY(!reports.write(dir.filePath(QStringLiteral("report.doc"))).ok());

        // The same filter on the command line: `freq Q5 --where …` has base 42 (README).
        const auto freq = test::runSondo(
            {QStringLiteral("freq"), project, QStringLiteral("Q5"), QStringLiteral("--where"),
             QStringLiteral("Q1=Pubblica amministrazione"), QStringLiteral("--json")});
        const int base = freq.json()[u"base"].toInt();
        QCOMPARE(base, 42);
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("Pubblica amministrazione")));
        QVERIFY(text.contains(QStringLiteral("Base: %1").arg(base)));
        QVERIFY(text.contains(QStringLiteral("Q5 · L'emergenza Covid")));
    }

    void windowTablesFollowFilterAndCompareBy() {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("demo.sondo"));
        ProjectDocument document;
        openDemo(project, document);
        if (QTest::currentTestFailed())
            return;
        AnalysisSession& session = document.session();
        const int area = session.survey().findQuestion(QStringLiteral("Q4"));
        session.setFilterOption(
            area, int(session.survey().questions[area].options.indexOf(QStringLiteral("Centro"))),
            true);
        session.setCompareBy(session.survey().findQuestion(QStringLiteral("Q2")));

        QMainWindow window;
        TablesExport tables(&window, &document);
        const QString fromWindow = dir.filePath(QStringLiteral("window.xlsx"));
        const auto written = tables.write(fromWindow, TablesExport::request(session));
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));
        QVERIFY(!tables.write(dir.filePath(QStringLiteral("t.csv")), {}).ok());

        // The oracle: `sondo tables` with the same filter and compare-by (itself checked
        // against `freq --json` in tst_tables) writes the same cells on every sheet.
        const QString fromCli = dir.filePath(QStringLiteral("cli.xlsx"));
        const auto run =
            test::runSondo({QStringLiteral("tables"), project, QStringLiteral("-o"), fromCli,
                            QStringLiteral("--where"), QStringLiteral("Q4=Centro"),
                            QStringLiteral("--by"), QStringLiteral("Q2")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const auto sheets = XlsxReader::sheetNames(fromCli);
        QVERIFY(sheets.ok() && sheets.value().size() >= 10);
        QCOMPARE(XlsxReader::sheetNames(fromWindow).value(), sheets.value());
        for (const QString& sheet : sheets.value()) {
            const auto a = XlsxReader::read(fromWindow, sheet);
            const auto b = XlsxReader::read(fromCli, sheet);
            QVERIFY(a.ok() && b.ok());
            QCOMPARE(a.value().rowCount(), b.value().rowCount());
            QCOMPARE(a.value().columnCount(), b.value().columnCount());
            for (int r = 0; r < b.value().rowCount(); ++r)
                for (int c = 0; c < b.value().columnCount(); ++c)
                    QCOMPARE(a.value().cell(r, c), b.value().cell(r, c));
        }
    }

    void dialogChoosesQuestionsOrderAndPage() {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("demo.sondo"));
        ProjectDocument document;
        openDemo(project, document);
        if (QTest::currentTestFailed())
            return;
        AnalysisSession& session = document.session();
        const int ruolo = session.survey().findQuestion(QStringLiteral("Q3"));
        session.setCompareBy(ruolo);

        ReportRequest window = ReportExport::request(session);
        ReportDialog dialog(session.survey(), window);
        QListWidget* list = dialog.itemList();
        // Every analysable question of the demo is listed (it has no groups) and ticked, except
        // Q3, the compare-by; the ticks are what the report gets.
        int ticked = 0;
        for (int row = 0; row < list->count(); ++row)
            if (list->item(row)->checkState() == Qt::Checked) {
                ++ticked;
                QVERIFY(!list->item(row)->text().startsWith(QStringLiteral("Q3 ")));
            }
        ReportRequest everything = window;
        dialog.applyTo(everything);
        QCOMPARE(ticked, int(everything.items.size()));
        QCOMPARE(ticked, list->count() - 1);

        // Keep Q8 and Q5 only, Q8 first: untick all, tick two, move Q8 to the top as a drag does.
        list->setCurrentRow(0);
        for (int row = 0; row < list->count(); ++row)
            list->item(row)->setCheckState(Qt::Unchecked);
        int q5 = -1, q8 = -1;
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->text().startsWith(QStringLiteral("Q5 ")))
                q5 = row;
            if (list->item(row)->text().startsWith(QStringLiteral("Q8 ")))
                q8 = row;
        }
        QVERIFY(q5 >= 0 && q8 > q5);
        list->item(q5)->setCheckState(Qt::Checked);
        list->item(q8)->setCheckState(Qt::Checked);
        QVERIFY(list->model()->moveRow(QModelIndex(), q8, QModelIndex(), 0));
        dialog.titleEdit()->setText(QStringLiteral("Two questions"));
        dialog.languageBox()->setCurrentIndex(1); // English
        dialog.pageBox()->setCurrentIndex(2);     // 16:9
        // SONDO_WINDOW_SHOTS=DIR keeps a picture of the dialog to look at.
        if (const QString folder = qEnvironmentVariable("SONDO_WINDOW_SHOTS"); !folder.isEmpty()) {
            QDir().mkpath(folder);
            dialog.show();
            QVERIFY(dialog.grab().save(QDir(folder).filePath(QStringLiteral("report-dialog.png"))));
        }
        ReportRequest chosen = window;
        dialog.applyTo(chosen);
        QCOMPARE(chosen.items.size(), 2);
        QCOMPARE(session.survey().questions[chosen.items[0].index].id, QStringLiteral("Q8"));
        QCOMPARE(session.survey().questions[chosen.items[1].index].id, QStringLiteral("Q5"));
        QCOMPARE(dialog.page(), ReportPage::Wide);

        QMainWindow host;
        ReportExport reports(&host, &document);
        const QString pdf = dir.filePath(QStringLiteral("two.pdf"));
        const auto written = reports.write(pdf, chosen, dialog.page());
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("Two questions")));
        // Sections in the chosen order, and nothing else charted.
        const qsizetype at8 = text.lastIndexOf(QStringLiteral("Q8 · "));
        const qsizetype at5 = text.lastIndexOf(QStringLiteral("Q5 · "));
        QVERIFY(at8 >= 0 && at5 > at8);
        QVERIFY(!text.contains(QStringLiteral("Q9 · ")));
        // English words and the compare-by's letters note (the window's compare-by is kept).
        QVERIFY(text.contains(QStringLiteral("Compared by Q3")));
        // 16:9: pages wider than tall (pdfinfo's "Page size: W x H pts").
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY(info.waitForFinished(60000));
        const QString out = QString::fromUtf8(info.readAllStandardOutput());
        const QRegularExpressionMatch size =
            QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+)")).match(out);
        QVERIFY2(size.hasMatch(), qPrintable(out));
        QVERIFY(size.captured(1).toDouble() > size.captured(2).toDouble());

        // The same choice saved as .pptx is the deck of `sondo slides`: a title slide, then Q8
        // and Q5 in that order.
        const QString deck = dir.filePath(QStringLiteral("two.pptx"));
        const auto slides = reports.write(deck, chosen, dialog.page());
        QVERIFY2(slides.ok(), qPrintable(slides.ok() ? QString() : slides.error().toString()));
        QVERIFY(test::zipEntry(deck, QStringLiteral("ppt/slides/slide2.xml")).contains("Q8 · "));
        QVERIFY(test::zipEntry(deck, QStringLiteral("ppt/slides/slide3.xml")).contains("Q5 · "));
        QVERIFY(test::zipEntry(deck, QStringLiteral("ppt/slides/slide4.xml")).isEmpty());
    }
};

QTEST_MAIN(TestReportExport)
#include "tst_reportexport.moc"
