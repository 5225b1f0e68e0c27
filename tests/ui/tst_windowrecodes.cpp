// The window's undo on a project with recodes (issue 10 §1): a merge made on the command line
// recodes the answers in memory when the project opens; a later change made in the window, and
// its undo, must apply the list again to the answers as imported, never to answers already
// recoded. Oracle: hand counts of the demo (resources/demo/README.md, Q3 Ruolo: Direttore 66,
// Team leader 53, Responsabile 109, Operations 44, Altro 28).

#include "../common/SondoProcess.h"
#include "../common/TestFiles.h"
#include "../common/WindowTestSetup.h"

#include "analysis/AnalysisSession.h"
#include "clean/CleaningSuggestions.h"
#include "project/ProjectService.h"
#include "stats/FrequencyTable.h"
#include "storage/ProjectStore.h"
#include "window/AnalysisDocks.h"
#include "window/CleanAnswersDialog.h"
#include "window/FrequencyTableModel.h"
#include "window/ImportPreviewDialog.h"
#include "window/MainWindow.h"
#include "window/ProjectDocument.h"
#include "window/RecodesPanel.h"

#include <QDockWidget>
#include <QFont>
#include <QListWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace sondo;

namespace {

/** Label → unweighted count of `question` in the document's session. */
QMap<QString, qint64> counts(const ProjectDocument& document, int question) {
    const AnalysisSession& session = document.session();
    const FrequencyTable table =
        FrequencyTable::compute(session.survey(), session.responses(), question);
    QMap<QString, qint64> out;
    for (const FrequencyRow& row : table.rows)
        out.insert(row.label, row.unweightedCount);
    return out;
}

} // namespace

class TestWindowRecodes : public QObject {
    Q_OBJECT

private slots:
    void undoAppliesRecodesToTheImportedAnswers() {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("demo.sondo"));
        auto run = test::runSondo(
            {QStringLiteral("import"), test::demoSurveyPath(), QStringLiteral("-o"), project});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = test::runSondo({QStringLiteral("recode"), project, QStringLiteral("Q3"),
                              QStringLiteral("--merge"),
                              QStringLiteral("Team leader / Supervisor+Altro=Altro ruolo")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = test::runSondo({QStringLiteral("recode"), project, QStringLiteral("Q3"),
                              QStringLiteral("--order"),
                              QStringLiteral("Responsabile contact center")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        auto read = ProjectStore::read(project);
        QVERIFY(read.ok());
        ProjectDocument document;
        document.open(read.takeValue(), project);
        const int q3 = document.session().survey().findQuestion(QStringLiteral("Q3"));
        // 53 + 28 = 81 under the merged label, the others as imported.
        const QMap<QString, qint64> merged{
            {QStringLiteral("Responsabile contact center"), 109},
            {QStringLiteral("Direttore / Responsabile customer service"), 66},
            {QStringLiteral("Altro ruolo"), 81},
            {QStringLiteral("Operations / Workforce management"), 44}};
        QCOMPARE(counts(document, q3), merged);
        QCOMPARE(document.session().survey().questions[q3].options.first(),
                 QStringLiteral("Responsabile contact center"));

        // A rename in the window on the same question, then its undo: the counts follow the
        // labels and come back exactly, whatever the recodes did to the codes.
        const int altro = int(document.session().survey().questions[q3].options.indexOf(
            QStringLiteral("Altro ruolo")));
        QVERIFY(document.renameOption(q3, altro, QStringLiteral("Altri ruoli")).ok());
        QMap<QString, qint64> renamed = merged;
        renamed.insert(QStringLiteral("Altri ruoli"), renamed.take(QStringLiteral("Altro ruolo")));
        QCOMPARE(counts(document, q3), renamed);
        document.undoStack()->undo();
        QCOMPARE(counts(document, q3), merged);
        document.undoStack()->redo();
        QCOMPARE(counts(document, q3), renamed);
        document.undoStack()->undo();
        document.undoStack()->undo(); // nothing more to undo: the recodes came from the file
        QCOMPARE(counts(document, q3), merged);
    }

    void recodesPanelListsAndRemovesWithUndo() {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("panel.sondo"));
        auto run = test::runSondo(
            {QStringLiteral("import"), test::demoSurveyPath(), QStringLiteral("-o"), project});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = test::runSondo({QStringLiteral("recode"), project, QStringLiteral("Q3"),
                              QStringLiteral("--merge"),
                              QStringLiteral("Team leader / Supervisor+Altro=Altro ruolo")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = test::runSondo({QStringLiteral("recode"), project, QStringLiteral("Q3"),
                              QStringLiteral("--rename"),
                              QStringLiteral("Operations / Workforce management=Operations")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = test::runSondo({QStringLiteral("recodes"), project});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        MainWindow window;
        window.show();
        QVERIFY(test::openProjectIn(window, project));
        RecodesPanel* panel = window.findChild<AnalysisDocks*>()->recodesPanel();
        QListWidget* list = panel->list();
        QCOMPARE(list->count(), 2);
        if (qEnvironmentVariableIsSet("SONDO_SHOTS")) {
            // For a look at the panel as an analyst sees it (its tab raised, Q3 shown).
            window.resize(1400, 900);
            window.findChild<AnalysisDocks*>()->recodesDock()->raise();
            window.showQuestion(window.session().survey().findQuestion(QStringLiteral("Q3")));
            QTest::qWait(50);
            window.grab().save(qEnvironmentVariable("SONDO_SHOTS") +
                               QStringLiteral("/recodes.png"));
        }
        // Numbered and worded as `sondo recodes` words them (in the interface's language).
        const QStringList labels{QStringLiteral("\u201cAltro ruolo\u201d"),
                                 QStringLiteral("\u201cOperations\u201d")};
        for (int row = 0; row < 2; ++row) {
            const QString line = list->item(row)->text();
            QVERIFY2(line.startsWith(QStringLiteral("%1. Q3 ").arg(row + 1)), qPrintable(line));
            QVERIFY2(line.endsWith(labels[row]), qPrintable(line));
            QVERIFY2(run.out.contains(QStringLiteral("%1. Q3 ").arg(row + 1)), qPrintable(run.out));
        }

        // Removing the merge: Team leader 53 and Altro 28 apart again, the rename stays.
        const int q3 = window.session().survey().findQuestion(QStringLiteral("Q3"));
        ProjectDocument* document = window.document();
        panel->removeRow(0);
        QCOMPARE(list->count(), 1);
        QMap<QString, qint64> removed{
            {QStringLiteral("Direttore / Responsabile customer service"), 66},
            {QStringLiteral("Team leader / Supervisor"), 53},
            {QStringLiteral("Responsabile contact center"), 109},
            {QStringLiteral("Operations"), 44},
            {QStringLiteral("Altro"), 28}};
        QCOMPARE(counts(*document, q3), removed);
        QCOMPARE(document->undoStack()->undoText(), ProjectDocument::tr("Remove recode %1").arg(1));
        document->undoStack()->undo();
        QCOMPARE(list->count(), 2);
        QCOMPARE(counts(*document, q3).value(QStringLiteral("Altro ruolo")), 81);
    }

    void derivedSegmentComesAndGoesWithItsRecode() {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("segment.sondo"));
        auto run = test::runSondo(
            {QStringLiteral("import"), test::demoSurveyPath(), QStringLiteral("-o"), project});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = test::runSondo({QStringLiteral("segment"), project, QStringLiteral("Dimensione"),
                              QStringLiteral("--group"),
                              QStringLiteral("Grandi=Q2=201-500 postazioni,Oltre 500 postazioni"),
                              QStringLiteral("--rest"), QStringLiteral("Altri")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        MainWindow window;
        window.show();
        QVERIFY(test::openProjectIn(window, project));
        ProjectDocument* document = window.document();
        int d1 = document->session().survey().findQuestion(QStringLiteral("D1"));
        QVERIFY(d1 >= 0);
        // Demo hand counts: Q2 201-500 74 + Oltre 500 60 = 134; the other 166.
        const QMap<QString, qint64> expected{{QStringLiteral("Grandi"), 134},
                                             {QStringLiteral("Altri"), 166}};
        QCOMPARE(counts(*document, d1), expected);
        window.showQuestion(d1);

        // Removed while shown: the question goes, the window shows another; undo brings it back.
        QVERIFY(document->removeEdit(0).ok());
        QCOMPARE(document->session().survey().findQuestion(QStringLiteral("D1")), -1);
        QVERIFY(document->session().currentQuestion() <
                document->session().survey().questions.size());
        document->undoStack()->undo();
        d1 = document->session().survey().findQuestion(QStringLiteral("D1"));
        QVERIFY(d1 >= 0);
        QCOMPARE(counts(*document, d1), expected);
    }

    void cleanAnswersDialogMergesTheTickedProposals() {
        // tests/data/clean/gender_free_text.csv (64 respondents, counts in tst_cleancli): the
        // import made Male 20 + male 6 + " MALE " 2 = 28 and Female 18 + female 5 = 23.
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("gender.sondo"));
        auto run = test::runSondo(
            {QStringLiteral("import"),
             QStringLiteral(SONDO_SOURCE_DIR "/tests/data/clean/gender_free_text.csv"),
             QStringLiteral("-o"), project});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        MainWindow window;
        window.show();
        QVERIFY(test::openProjectIn(window, project));
        ProjectDocument* document = window.document();
        const AnalysisSession& session = document->session();
        const int q1 = session.survey().findQuestion(QStringLiteral("Q1"));
        window.showQuestion(q1);

        // The proposals `sondo clean` lists, in its order: Male ← M, maile; Female ← F, Fémale,
        // Femsle; Non-binary ← non binary.
        CleanAnswersDialog dialog(session.survey().questions[q1],
                                  CleaningSuggestions::proposals(CleaningSuggestions::answersOf(
                                      session.survey(), session.responses(), q1)));
        QCOMPARE(dialog.table()->rowCount(), 3);
        QVERIFY(dialog.merges().isEmpty());
        dialog.setAccepted(0, true);
        dialog.setAccepted(2, true);
        dialog.setInto(2, QStringLiteral("Non binario"));
        if (qEnvironmentVariableIsSet("SONDO_SHOTS")) {
            dialog.show();
            QTest::qWait(50);
            dialog.grab().save(qEnvironmentVariable("SONDO_SHOTS") + QStringLiteral("/clean.png"));
        }
        QVERIFY(
            document->mergeOptions(dialog.merges(), QStringLiteral("Clean answers of Q1")).ok());
        // Male 28 + M 3 + maile 1 = 32; Non-binary 2 + non binary 1 = 3 under the edited label.
        const QMap<QString, qint64> cleaned{
            {QStringLiteral("Male"), 32},       {QStringLiteral("man"), 2},
            {QStringLiteral("Female"), 23},     {QStringLiteral("Femsle"), 1},
            {QStringLiteral("F\u00e9male"), 1}, {QStringLiteral("F"), 2},
            {QStringLiteral("Non binario"), 3}};
        QCOMPARE(counts(*document, q1), cleaned);
        // One step on the undo stack, as the Edit menu names it.
        QCOMPARE(document->undoStack()->undoText(), QStringLiteral("Clean answers of Q1"));
        document->undoStack()->undo();
        QCOMPARE(counts(*document, q1).value(QStringLiteral("Male")), 28);
        QCOMPARE(counts(*document, q1).value(QStringLiteral("non binary")), 1);
    }

    void previewProposesTheSpellingsToMerge() {
        // tests/data/clean/gender_free_text.csv: "M", "maile" for Male; "F", "Fémale",
        // "Femsle" for Female; "non binary" for Non-binary: three merges the analyst decides on
        // (the same as `sondo clean`); male/ MALE / female differ only in case or spacing and
        // are merged by the import, so they are not counted.
        auto preview = ProjectService::preview(
            QStringLiteral(SONDO_SOURCE_DIR "/tests/data/clean/gender_free_text.csv"), {});
        QVERIFY(preview.ok());
        const Project project = preview.takeValue();
        ImportPreviewDialog dialog(project, {});
        QTableWidget* table = dialog.table();
        const int q1 = project.survey.findQuestion(QStringLiteral("Q1"));
        QVERIFY(q1 >= 0);
        const int row = int(q1);
        QVERIFY2(table->item(row, 4)->text().startsWith(
                     ImportPreviewDialog::tr("%n spelling(s) to merge", "", 3)),
                 qPrintable(table->item(row, 4)->text()));
        const QString tip = table->item(row, 4)->toolTip();
        QVERIFY2(tip.contains(QStringLiteral("\u2192 Male")) &&
                     tip.contains(QStringLiteral("Femsle")) &&
                     tip.contains(QStringLiteral("non binary \u2192 Non-binary")),
                 qPrintable(tip));
        // The area (Nord, Centro, Sud) has nothing to clean.
        const int area = project.survey.findQuestion(QStringLiteral("Q2"));
        QVERIFY(!table->item(area, 4)->text().contains(
            ImportPreviewDialog::tr("%n spelling(s) to merge", "", 1).section(' ', 1)));
        if (qEnvironmentVariableIsSet("SONDO_SHOTS")) {
            dialog.show();
            QTest::qWait(50);
            dialog.grab().save(qEnvironmentVariable("SONDO_SHOTS") +
                               QStringLiteral("/preview-clean.png"));
        }
    }

    void tableListsNetsAfterTheOptions() {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("nets.sondo"));
        auto run = test::runSondo(
            {QStringLiteral("import"), test::demoSurveyPath(), QStringLiteral("-o"), project});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = test::runSondo({QStringLiteral("recode"), project, QStringLiteral("Q3"),
                              QStringLiteral("--net"),
                              QStringLiteral("Direttore / Responsabile customer service+"
                                             "Responsabile contact center=Responsabili")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        MainWindow window;
        window.show();
        QVERIFY(test::openProjectIn(window, project));
        const int q3 = window.session().survey().findQuestion(QStringLiteral("Q3"));
        window.showQuestion(q3);
        FrequencyTableModel* model = window.tableModel();
        // Five options, then the net: 66 + 109 = 175 of 300.
        QCOMPARE(model->rowCount(), 6);
        QCOMPARE(model->index(5, FrequencyTableModel::OptionColumn).data(Qt::UserRole).toString(),
                 QStringLiteral("Responsabili"));
        QVERIFY(model->index(5, FrequencyTableModel::OptionColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Responsabili")));
        QCOMPARE(model->index(5, FrequencyTableModel::CountColumn).data(Qt::UserRole).toDouble(),
                 175.0);
        QCOMPARE(model->index(5, FrequencyTableModel::PercentColumn).data(Qt::UserRole).toDouble(),
                 100.0 * 175 / 300);
        QVERIFY(model->index(5, FrequencyTableModel::OptionColumn)
                    .data(Qt::FontRole)
                    .value<QFont>()
                    .italic());
    }
};

QTEST_MAIN(TestWindowRecodes)
#include "tst_windowrecodes.moc"
