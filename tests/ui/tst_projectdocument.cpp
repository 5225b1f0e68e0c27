// The window's project document: the open project, the analyst's changes with their undo stack,
// and the state saved into the .sondo file (on a worker thread, or at once when asked).
//
// Works on the demo survey imported through the real importer and saved through the real SQLite
// store; what the file holds is read back with ProjectStore, independently of the document.

#include "edit/EditList.h"
#include "import/SurveyImporter.h"
#include "stats/CrossTab.h"
#include "stats/FrequencyTable.h"
#include "storage/ProjectStore.h"
#include "window/ProjectDocument.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace sondo;

namespace {

const QString kDemo =
    QStringLiteral(SONDO_SOURCE_DIR "/resources/demo/remote_working_contact_center.csv");
const QString kPa = QStringLiteral("Pubblica amministrazione");
constexpr int kTimeout = 30000;

Project readProject(const QString& path) {
    auto read = ProjectStore::read(path);
    return read.ok() ? read.takeValue() : Project();
}

/** The edits saved in the file, read back without the document. */
EditList savedEdits(const QString& path) {
    const auto state = ProjectStore::readState(path);
    return state.ok() ? EditList::fromState(state.value()) : EditList();
}

} // namespace

class TestProjectDocument : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_settore = -1;
    int m_pa = -1;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        auto imported = SurveyImporter::importFile(kDemo, ImportOptions{});
        QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
        const Project& project = imported.value();
        m_settore = project.survey.findQuestion(QStringLiteral("Settore"));
        QVERIFY(m_settore >= 0);
        m_pa = int(project.survey.questions[m_settore].options.indexOf(kPa));
        QVERIFY(m_pa >= 0);
        m_path = m_dir.filePath(QStringLiteral("demo.sondo"));
        QVERIFY(ProjectStore::write(m_path, project).ok());
    }

    void renameUndoRedoSaveReopen() {
        QStringList unresolved;
        QList<Diagnostic> problems;
        {
            ProjectDocument document;
            document.open(readProject(m_path), m_path, &unresolved, &problems);
            QVERIFY(document.hasProject());
            QVERIFY(problems.isEmpty());
            AnalysisSession& session = document.session();
            session.setFilterOption(m_settore, m_pa, true);
            session.setCurrentQuestion(m_settore);
            QCOMPARE(session.filteredRespondents(), qint64(42)); // README: base 42
            QSignalSpy edited(&document, &ProjectDocument::surveyEdited);

            QVERIFY(document.renameOption(m_settore, m_pa, QStringLiteral("  PA ")).ok());
            QCOMPARE(edited.size(), 1);
            QCOMPARE(session.survey().questions[m_settore].options[m_pa], QStringLiteral("PA"));
            QVERIFY(session.currentChart().categories.contains(QStringLiteral("PA")));
            QVERIFY(!session.currentChart().categories.contains(kPa));
            // The view stays: same question, same filter, same respondents.
            QCOMPARE(session.currentQuestion(), m_settore);
            QCOMPARE(session.filter().conditions(), (QMap<int, QList<int>>{{m_settore, {m_pa}}}));
            QCOMPARE(session.filteredRespondents(), qint64(42));
            QVERIFY(session.filter().describe(session.survey()).contains(QStringLiteral("PA")));
            QUndoStack* stack = document.undoStack();
            QCOMPARE(stack->count(), 1);
            QCOMPARE(stack->undoText(), QStringLiteral("Rename option"));
            QCOMPARE(document.edits().size(), 1);

            stack->undo();
            QCOMPARE(session.survey().questions[m_settore].options[m_pa], kPa);
            QVERIFY(document.edits().isEmpty());
            QVERIFY(session.currentChart().categories.contains(kPa));
            QCOMPARE(session.filteredRespondents(), qint64(42));
            stack->redo();
            QCOMPARE(session.survey().questions[m_settore].options[m_pa], QStringLiteral("PA"));
            QCOMPARE(edited.size(), 3);

            // The rename is saved on its own, after the pause, by the worker.
            QTRY_VERIFY_WITH_TIMEOUT(savedEdits(m_path).size() == 1, kTimeout);
            QTRY_VERIFY_WITH_TIMEOUT(!document.isSaving(), kTimeout);
            const RenameOption saved = std::get<RenameOption>(savedEdits(m_path).at(0));
            QCOMPARE(saved.option, kPa);
            QCOMPARE(saved.label, QStringLiteral("PA"));
            QCOMPARE(saved.question, session.survey().questions[m_settore].id);
        }
        // Reopened: the rename is applied, the saved filter (which names "PA") finds its option.
        ProjectDocument reopened;
        unresolved.clear();
        reopened.open(readProject(m_path), m_path, &unresolved, &problems);
        QVERIFY2(unresolved.isEmpty(), qPrintable(unresolved.join(", ")));
        QVERIFY(problems.isEmpty());
        const AnalysisSession& session = reopened.session();
        QCOMPARE(session.survey().questions[m_settore].options[m_pa], QStringLiteral("PA"));
        QCOMPARE(session.filter().conditions(), (QMap<int, QList<int>>{{m_settore, {m_pa}}}));
        QCOMPARE(session.currentQuestion(), m_settore);
        QVERIFY(session.currentChart().categories.contains(QStringLiteral("PA")));
        // A new session has no history to undo; the file's questions are as imported.
        QCOMPARE(reopened.undoStack()->count(), 0);
        QCOMPARE(ProjectStore::readSurvey(m_path).value().questions[m_settore].options[m_pa], kPa);

        // Renaming back and saving at once: the file holds both steps, and reopening shows the
        // imported label again.
        QVERIFY(reopened.renameOption(m_settore, m_pa, kPa).ok());
        QVERIFY(reopened.saveNow().ok());
        QCOMPARE(savedEdits(m_path).size(), 2);
        reopened.undoStack()->undo();
        QVERIFY(reopened.saveNow().ok());
        QCOMPARE(savedEdits(m_path).size(), 1);
        reopened.close();
        QVERIFY(!reopened.hasProject());
        ProjectDocument third;
        third.open(readProject(m_path), m_path);
        QCOMPARE(third.session().survey().questions[m_settore].options[m_pa], QStringLiteral("PA"));
        third.undoStack()->clear();
    }

    void refusedRenamesChangeNothing() {
        ProjectDocument document;
        document.open(readProject(m_path), QString()); // not saved: nothing is written
        const EditList saved = document.edits();
        const QStringList options = document.session().survey().questions[m_settore].options;
        const QString other = options[m_pa == 0 ? 1 : 0];
        for (const QString& label : {QString(), QStringLiteral("   "), other, other.toUpper()}) {
            const Result<Done> renamed = document.renameOption(m_settore, m_pa, label);
            QVERIFY2(!renamed.ok(), qPrintable(label));
            QVERIFY(!renamed.error().message.isEmpty());
        }
        QVERIFY(!document.renameOption(m_settore, 99, QStringLiteral("X")).ok());
        QVERIFY(!document.renameOption(-1, 0, QStringLiteral("X")).ok());
        // The same label is no change and no step.
        QVERIFY(document.renameOption(m_settore, m_pa, options[m_pa]).ok());
        QCOMPARE(document.undoStack()->count(), 0);
        QCOMPARE(document.session().survey().questions[m_settore].options, options);
        QVERIFY(document.edits() == saved);
    }

    void countsOncePerViewAndAgainWhenItChanges() {
        // The chart, the figures and the findings of one view share one count of the question
        // by the compare-by question; a filter, another comparison or another question counts
        // again, so nothing shown is left from the view before. Oracle: the question counted
        // directly (FrequencyTable, checked against R in tst_statistics) under the same mask.
        ProjectDocument document;
        document.open(readProject(m_path), QString());
        AnalysisSession& session = document.session();
        session.clearFilter(); // as an earlier test may have saved one
        const int size = session.survey().findQuestion(QStringLiteral("Q2"));
        QVERIFY(size >= 0 && size != m_settore);
        QVERIFY(session.setCompareBy(m_settore));
        const auto first = document.crossTab(size);
        QCOMPARE(first->question, size);
        QCOMPARE(first->segment, m_settore);
        (void)document.chart(size);
        (void)document.figures(size);
        (void)document.groupFigures(size);
        (void)document.findings(size, FindingLanguage::Italian);
        QCOMPARE(document.crossTab(size), first);

        session.setFilterOption(m_settore, m_pa, true);
        const auto filtered = document.crossTab(size);
        QVERIFY(filtered != first);
        const FrequencyTable direct =
            FrequencyTable::compute(session.survey(), session.responses(), size, session.mask());
        QVERIFY(direct.unweightedBase < first->total.unweightedBase);
        QCOMPARE(document.figures(size).table.unweightedBase, direct.unweightedBase);
        QCOMPARE(filtered->total.unweightedBase, direct.unweightedBase);

        QVERIFY(session.setCompareBy(-1));
        QCOMPARE(document.crossTab(size)->segment, -1);
        QCOMPARE(document.crossTab(m_settore)->question, m_settore);
    }

    void savesInOrderOffTheGuiThread() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("order.sondo"));
        QVERIFY(QFile::copy(m_path, path));
        ProjectDocument document;
        document.open(readProject(path), path);
        const qsizetype before = document.edits().size();
        // Several changes in a row, each saved after the pause: the file ends with the last.
        const QStringList labels{"A", "B", "C"};
        for (const QString& label : labels)
            QVERIFY(document.renameOption(m_settore, m_pa, label).ok());
        QTRY_VERIFY_WITH_TIMEOUT(savedEdits(path).size() == before + 3, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(!document.isSaving(), kTimeout);
        QCOMPARE(std::get<RenameOption>(savedEdits(path).edits().last()).label,
                 QStringLiteral("C"));
        // A save into a file that went away is reported, not thrown.
        QSignalSpy failed(&document, &ProjectDocument::saveFailed);
        QVERIFY(QFile::remove(path));
        document.undoStack()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), kTimeout);
        QVERIFY2(failed.first().first().toString().contains(path),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(!document.saveNow().ok());
        document.close(); // the failure is reported, the project closed anyway
        QVERIFY(!document.hasProject());
    }
};

QTEST_MAIN(TestProjectDocument)
#include "tst_projectdocument.moc"
