// File > Export Report…: the window's report carries what the analyst sees (here a filter on
// Settore) and its figures equal the command line's on the same filter.

#include "../common/SondoProcess.h"

#include "analysis/AnalysisSession.h"
#include "storage/ProjectStore.h"
#include "window/ProjectDocument.h"
#include "window/ReportExport.h"

#include <QMainWindow>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace sondo;

namespace {

QString pdfText(const QString& path) {
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

} // namespace

class TestReportExport : public QObject {
    Q_OBJECT

private slots:
    void windowReportFollowsTheFilter() {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("demo.sondo"));
        const auto imported = test::runSondo(
            {QStringLiteral("import"),
             QStringLiteral(SONDO_SOURCE_DIR "/resources/demo/remote_working_contact_center.csv"),
             QStringLiteral("-o"), project});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        auto read = ProjectStore::read(project);
        QVERIFY(read.ok());
        ProjectDocument document;
        document.open(read.takeValue(), project);
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
};

QTEST_MAIN(TestReportExport)
#include "tst_reportexport.moc"
