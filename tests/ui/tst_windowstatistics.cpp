// The window's statistics (issue 11), its lock message (issue 15) and its fixes (issue 10 §3),
// driven as an analyst would on real projects: the demo survey imported and weighted with the
// real `sondo` executable (`import`, then `weight --rake` on three questions), opened in the
// real window (worker thread, SQLite store, renderer on the offscreen platform).
//
// Oracles: weighted counts, intervals and unweighted counts are those `sondo freq --json` prints
// for the same project, and the weighted counts also a plain loop here summing the weights
// (Weighting::compute) of the respondents who gave each answer; unweighted counts and bases are
// hand counts of the demo (resources/demo/README.md: Q3 66/53/109/44/28, Q9 answered by 263 of
// 300); the findings sentence is the README's headline ("about two thirds (65%, base 300)").

#include "../common/WindowTestSetup.h"
#include "project/ProjectLock.h"
#include "project/ProjectService.h"
#include "render/ChartScene.h"
#include "stats/Weighting.h"
#include "stats/WeightingSettings.h"
#include "storage/ProjectStore.h"
#include "window/AnalysisDocks.h"
#include "window/ChartToolBar.h"
#include "window/ChartView.h"
#include "window/CompareMenus.h"
#include "window/DisplayOptions.h"
#include "window/ExportDialog.h"
#include "window/FilterChipsBar.h"
#include "window/FindingsPanel.h"
#include "window/FrequencyTableModel.h"
#include "window/GuiApplication.h"
#include "window/ImportPreviewDialog.h"
#include "window/LockBanner.h"
#include "window/MainWindow.h"
#include "window/ProjectDocument.h"
#include "window/QuestionNavigator.h"
#include "window/WheelGuard.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QWheelEvent>
#include <QtTest>

using namespace sondo;

namespace {

const QString kDemo =
    QStringLiteral(SONDO_SOURCE_DIR "/resources/demo/remote_working_contact_center.csv");
constexpr int kTimeout = 30000;

/** Runs the real command line; its standard output, or empty with the failure in `error`. */
QByteArray runSondo(const QStringList& arguments, QString* error = nullptr) {
    QProcess process;
    process.start(QStringLiteral(SONDO_EXECUTABLE), arguments);
    if (!process.waitForFinished(kTimeout) || process.exitCode() != 0) {
        if (error)
            *error = QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    return process.readAllStandardOutput();
}

int questionIndex(const Survey& survey, const QString& id) {
    for (int i = 0; i < survey.questions.size(); ++i)
        if (survey.questions[i].id == id)
            return i;
    return -1;
}

/** A wheel turn of one notch over the middle of `widget`. */
void turnWheel(QWidget* widget, int notches) {
    const QPointF at(widget->width() / 2.0, widget->height() / 2.0);
    QWheelEvent event(at, widget->mapToGlobal(at), QPoint(), QPoint(0, -120 * notches),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

} // namespace

class TestWindowStatistics : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    /** The demo imported by `sondo import`, no weighting. */
    QString m_plain;
    /** The same, raked by `sondo weight` to shares on Q1, Q2 and Q4. */
    QString m_weighted;

    bool openProject(MainWindow& window, const QString& path) {
        return test::openProjectIn(window, path, kTimeout);
    }

    /** Q3's options as `sondo freq PROJECT Q3 --json` prints them. */
    QJsonArray freqOptions(const QString& project, const QString& question) {
        const QByteArray json =
            runSondo({QStringLiteral("freq"), project, question, QStringLiteral("--json")});
        return QJsonDocument::fromJson(json).object().value(QStringLiteral("options")).toArray();
    }

private slots:
    void initTestCase() { QVERIFY(test::setUpWindowSuite(m_settingsDir)); }

    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_plain = m_dir->filePath(QStringLiteral("plain.sondo"));
        m_weighted = m_dir->filePath(QStringLiteral("weighted.sondo"));
        QString error;
        for (const QString& project : {m_plain, m_weighted}) {
            runSondo({QStringLiteral("import"), kDemo, QStringLiteral("-o"), project}, &error);
            QVERIFY2(ProjectService::isProjectFile(project), qPrintable(error));
        }
        QVERIFY2(!runSondo({QStringLiteral("weight"), m_weighted, QStringLiteral("--rake"),
                            QStringLiteral("Q2=Fino a 50 postazioni:25%,51-200 postazioni:25%,"
                                           "201-500 postazioni:25%,Oltre 500 postazioni:25%"),
                            QStringLiteral("--rake"),
                            QStringLiteral("Q4=Nord-Ovest:30%,Centro:20%,Sud e Isole:25%,"
                                           "Nord-Est:25%"),
                            QStringLiteral("--rake"),
                            QStringLiteral("Q1=Pubblica amministrazione:20%,Telecomunicazioni:10%,"
                                           "Retail e e-commerce:10%,Utility ed energia:10%,"
                                           "Outsourcer / BPO:15%,Banche e assicurazioni:20%,"
                                           "Sanità:10%,Altro:5%"),
                            QStringLiteral("--json")},
                           &error)
                      .isEmpty(),
                 qPrintable(error));
    }

    void weightingToggleChangesCounts() {
        MainWindow window;
        window.show();
        QVERIFY(openProject(window, m_weighted));
        const Survey& survey = window.session().survey();
        const int q3 = questionIndex(survey, QStringLiteral("Q3"));
        QVERIFY(q3 >= 0);
        window.showQuestion(q3);

        // Weighted on open: the toolbar says so and the status names the raking.
        QCheckBox* weighted = window.chartToolBar()->weightedBox();
        QVERIFY(weighted->isEnabled());
        QVERIFY(weighted->isChecked());
        // `sondo weight --json` on this project: effective base 240.796 (design effect 1.2459).
        QCOMPARE(window.weightingLabel()->text(),
                 QStringLiteral("Weighted: raking on 3 questions, eff. base 241"));

        FrequencyTableModel* model = window.tableModel();
        QCOMPARE(model->columnCount(), 6);
        const QJsonArray cli = freqOptions(m_weighted, QStringLiteral("Q3"));
        QCOMPARE(model->rowCount(), int(cli.size()));

        // The second oracle: the weights summed by hand over those who gave each answer.
        Project read = ProjectStore::read(m_weighted).takeValue();
        const auto applied = Weighting::compute(read.survey, read.responses,
                                                WeightingSettings::fromState(read.state));
        QVERIFY(applied.ok());
        const auto& codes = read.responses.columns[std::size_t(q3)].codes;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QJsonObject option = cli[row].toObject();
            double handSum = 0;
            for (std::size_t r = 0; r < codes.size(); ++r)
                if (codes[r] == row + 1)
                    handSum += applied.value().weights[r];
            const double count =
                model->index(row, FrequencyTableModel::CountColumn).data(Qt::UserRole).toDouble();
            QVERIFY2(qAbs(count - option.value(QStringLiteral("count")).toDouble()) < 1e-9,
                     qPrintable(QString::number(count)));
            QVERIFY(qAbs(count - handSum) < 1e-9);
            QCOMPARE(model->index(row, FrequencyTableModel::UnweightedColumn)
                         .data(Qt::UserRole)
                         .toLongLong(),
                     option.value(QStringLiteral("unweighted_count")).toInteger());
            QVERIFY(qAbs(model->index(row, FrequencyTableModel::LowColumn)
                             .data(Qt::UserRole)
                             .toDouble() -
                         option.value(QStringLiteral("ci_low")).toDouble()) < 1e-9);
            QVERIFY(qAbs(model->index(row, FrequencyTableModel::HighColumn)
                             .data(Qt::UserRole)
                             .toDouble() -
                         option.value(QStringLiteral("ci_high")).toDouble()) < 1e-9);
        }
        // sondo freq --json: "Responsabile contact center" 106.428 weighted, 109 interviews.
        QCOMPARE(model->index(2, FrequencyTableModel::CountColumn).data().toString(),
                 QStringLiteral("106.4"));
        // The chart's footer and the header give the same weighted base.
        const QString footer = window.chartView()->spec().footer;
        QCOMPARE(footer, QStringLiteral("Base: 300 (weighted)"));
        QVERIFY2(window.chipsBar()->baseText().startsWith(footer),
                 qPrintable(window.chipsBar()->baseText()));

        // Off: the counts are the interviews (hand count of the demo: 66, 53, 109, 44, 28).
        weighted->click();
        QVERIFY(!window.document()->isWeighted());
        QCOMPARE(model->columnCount(), 5);
        const QList<qint64> interviews{66, 53, 109, 44, 28};
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, FrequencyTableModel::CountColumn).data().toString(),
                     QString::number(interviews[row]));
        QCOMPARE(window.weightingLabel()->text(),
                 QStringLiteral("Unweighted (weighting switched off)"));
        QCOMPARE(window.chartView()->spec().footer, QStringLiteral("Base: 300"));

        // The switch is kept in the project like the rest of the view.
        window.saveStateNow();
        const auto state = ProjectStore::readState(m_weighted);
        QVERIFY(state.ok());
        QCOMPARE(DisplayOptions::fromState(state.value()).weighted, false);
        // … and the weighting itself stays saved for the command line.
        QVERIFY(WeightingSettings::fromState(state.value()).isActive());
        window.closeProject();
        QVERIFY(openProject(window, m_weighted));
        QVERIFY(!window.chartToolBar()->weightedBox()->isChecked());
        QVERIFY(!window.document()->isWeighted());
        window.chartToolBar()->weightedBox()->click();
        QVERIFY(window.document()->isWeighted());
        QCOMPARE(window.chartView()->spec().footer, QStringLiteral("Base: 300 (weighted)"));
    }

    void weightColumnLeavesOutBlankWeights() {
        // Q11 as the weight column: 46 of the 300 left it blank (README: Q11 answered by 254),
        // so they are out of every weighted figure, as on the command line.
        QString error;
        QVERIFY2(!runSondo({QStringLiteral("weight"), m_plain, QStringLiteral("--column"),
                            QStringLiteral("Q11"), QStringLiteral("--json")},
                           &error)
                      .isEmpty(),
                 qPrintable(error));
        MainWindow window;
        window.show();
        QVERIFY(openProject(window, m_plain));
        window.showQuestion(questionIndex(window.session().survey(), QStringLiteral("Q1")));
        // `sondo weight --column Q11`: effective base 242.86.
        QCOMPARE(window.weightingLabel()->text(),
                 QStringLiteral("Weighted by Q11 (weight column), eff. base 243"));
        FrequencyTableModel* model = window.tableModel();
        const QJsonArray cli = freqOptions(m_plain, QStringLiteral("Q1"));
        qint64 interviews = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const qint64 n = model->index(row, FrequencyTableModel::UnweightedColumn)
                                 .data(Qt::UserRole)
                                 .toLongLong();
            QCOMPARE(n, cli[row].toObject().value(QStringLiteral("unweighted_count")).toInteger());
            QVERIFY(qAbs(model->index(row, FrequencyTableModel::CountColumn)
                             .data(Qt::UserRole)
                             .toDouble() -
                         cli[row].toObject().value(QStringLiteral("count")).toDouble()) < 1e-9);
            interviews += n;
        }
        QCOMPARE(interviews, qint64(254));
        QCOMPARE(window.chartView()->spec().footer, QStringLiteral("Base: 254 (weighted)"));
        // Switched off, everyone is back.
        window.chartToolBar()->weightedBox()->click();
        QCOMPARE(window.chartView()->spec().footer, QStringLiteral("Base: 300"));
    }

    void savedWeightingThatCannotApply() {
        // A raking target on an option the survey does not have (say, after a re-import).
        QJsonObject state = ProjectStore::readState(m_plain).value();
        WeightingSettings settings;
        settings.method = WeightingSettings::Method::Raking;
        settings.targets.push_back(
            {QStringLiteral("Q2"), {QStringLiteral("Nessuna")}, std::vector<double>{1.0}});
        QVERIFY(ProjectService::saveState(m_plain, settings.storedIn(state)).ok());
        MainWindow window;
        window.show();
        QVERIFY(openProject(window, m_plain));
        QVERIFY(!window.chartToolBar()->weightedBox()->isEnabled());
        QVERIFY(!window.document()->isWeighted());
        QVERIFY2(window.weightingLabel()->text().startsWith(
                     QStringLiteral("Unweighted: the saved weighting cannot be applied")),
                 qPrintable(window.weightingLabel()->text()));
        QCOMPARE(window.chartView()->spec().footer, QStringLiteral("Base: 300"));
    }

    void noWeightingNoSwitch() {
        MainWindow window;
        window.show();
        QVERIFY(openProject(window, m_plain));
        QVERIFY(!window.chartToolBar()->weightedBox()->isEnabled());
        QCOMPARE(window.weightingLabel()->text(), QStringLiteral("Unweighted"));
        QCOMPARE(window.tableModel()->columnCount(), 5);
    }

    void lettersAndIntervalsOnTheChart() {
        MainWindow window;
        window.show();
        QVERIFY(openProject(window, m_weighted));
        const Survey& survey = window.session().survey();
        window.showQuestion(questionIndex(survey, QStringLiteral("Q8")));
        window.setCompareBy(questionIndex(survey, QStringLiteral("Q2")));
        QVERIFY(window.chartToolBar()->lettersBox()->isChecked());
        ChartSpec spec = window.chartView()->spec();
        QVERIFY(!spec.series.isEmpty());
        QVERIFY(spec.series[0].intervalHigh.isEmpty());
        // Letters on: every group carries a list of letters (empty where it beats nobody).
        QCOMPARE(spec.series[0].letters.size(), spec.categories.size());

        window.chartToolBar()->intervalsBox()->click();
        spec = window.chartView()->spec();
        QCOMPARE(spec.series[0].intervalHigh.size(), spec.categories.size());
        for (int i = 0; i < spec.categories.size(); ++i)
            QVERIFY(spec.series[0].intervalLow[i] <= spec.series[0].values[i] &&
                    spec.series[0].values[i] <= spec.series[0].intervalHigh[i]);

        // The View menu's entry is the same switch (the toolbar may hide it when narrow).
        QAction* letters = window.chartToolBar()->displayActions().value(1);
        QVERIFY(letters && letters->isChecked() && letters->isEnabled());
        letters->trigger();
        QVERIFY(!window.chartToolBar()->lettersBox()->isChecked());
        QVERIFY(window.chartView()->spec().series[0].letters.isEmpty());
        window.saveStateNow();
        const DisplayOptions saved =
            DisplayOptions::fromState(ProjectStore::readState(m_weighted).value());
        QVERIFY(saved.intervals);
        QVERIFY(!saved.letters);
    }

    void tableHasAColumnPerGroupWithItsLetters() {
        // Under a compare-by the table adds each group's percentage and letters: those of
        // `sondo freq Q10 --by Q2 --json` on the same weighted project (the oracle).
        MainWindow window;
        window.show();
        QVERIFY(openProject(window, m_weighted));
        const Survey& survey = window.session().survey();
        window.showQuestion(questionIndex(survey, QStringLiteral("Q10")));
        FrequencyTableModel* model = window.tableModel();
        const int plainColumns = model->columnCount();
        window.setCompareBy(questionIndex(survey, QStringLiteral("Q2")));
        const QJsonArray groups =
            QJsonDocument::fromJson(
                runSondo({QStringLiteral("freq"), m_weighted, QStringLiteral("Q10"),
                          QStringLiteral("--by"), QStringLiteral("Q2"), QStringLiteral("--json")}))
                .object()
                .value(QStringLiteral("groups"))
                .toArray();
        QCOMPARE(groups.size(), 4);
        QCOMPARE(model->columnCount(), plainColumns + 4);
        for (int g = 0; g < 4; ++g) {
            const QJsonObject group = groups[g].toObject();
            const int column = plainColumns + g;
            QCOMPARE(model->headerData(column, Qt::Horizontal).toString(),
                     group[u"letter"].toString() + QStringLiteral(" · ") +
                         group[u"label"].toString());
            const QJsonArray options = group[u"options"].toArray();
            for (int row = 0; row < model->rowCount(); ++row) {
                const QJsonObject option = options[row].toObject();
                QVERIFY(qAbs(model->index(row, column).data(Qt::UserRole).toDouble() -
                             option[u"percent"].toDouble()) < 1e-9);
                QStringList letters;
                for (const QJsonValue& l : option[u"higher_than"].toArray())
                    letters << l.toString();
                const QString shown = model->index(row, column).data().toString();
                QCOMPARE(shown.section(u' ', 1), letters.join(QString()));
            }
        }
        // No compare-by, no group columns.
        window.setCompareBy(-1);
        QCOMPARE(model->columnCount(), plainColumns);
    }

    void significanceAndFigureFromTheViewMenu() {
        // View > Significance and View > Chart Figure are the window's --level, --vs-rest and
        // --figure: the chart, the table and the saved state follow them.
        MainWindow window;
        window.show();
        QVERIFY(openProject(window, m_plain));
        const Survey& survey = window.session().survey();
        window.showQuestion(questionIndex(survey, QStringLiteral("Q5")));
        window.setCompareBy(questionIndex(survey, QStringLiteral("Q1")));
        auto item = [](QMenu* menu, const QVariant& data, int skip = 0) -> QAction* {
            for (QAction* action : menu->actions())
                // Same type too: QVariant(true) equals QVariant(1), a correction's item.
                if (action->isCheckable() && action->data().typeId() == data.typeId() &&
                    action->data() == data && skip-- == 0)
                    return action;
            return nullptr;
        };
        QMenu* figures = window.compareMenus()->figureMenu();
        QAction* topTwo = item(figures, int(ChartFigure::TopTwo));
        QVERIFY(topTwo);
        topTwo->trigger();
        ChartSpec spec = window.chartView()->spec();
        // One bar per sector and the total; D and F beat A (tst_figurechart's R oracle).
        QCOMPARE(spec.kind, ChartKind::HorizontalBars);
        QCOMPARE(spec.series[0].letters.value(3), QStringLiteral("A"));
        QCOMPARE(spec.series[0].letters.value(5), QStringLiteral("A"));

        QMenu* tests = window.compareMenus()->significanceMenu();
        item(tests, 99)->trigger();
        item(tests, true)->trigger(); // each group against the rest
        spec = window.chartView()->spec();
        QVERIFY2(spec.notes.join(u'\n').contains(QStringLiteral("99%")),
                 qPrintable(spec.notes.join(u'\n')));
        // The note names the test's correction (a name, the same in every language).
        QVERIFY(spec.notes.join(u'\n').contains(QStringLiteral("Holm, 99%")));
        for (const QString& mark : spec.series[0].letters)
            QVERIFY2(mark.isEmpty() || mark == QStringLiteral("\u25B2") ||
                         mark == QStringLiteral("\u25BC"),
                     qPrintable(mark));
        // The oracle: `sondo freq --by --vs-rest --level 99 --json`'s marks for the first option.
        window.setCompareBy(questionIndex(survey, QStringLiteral("Q2")));
        window.showQuestion(questionIndex(survey, QStringLiteral("Q10")));
        const QJsonArray groups =
            QJsonDocument::fromJson(
                runSondo({QStringLiteral("freq"), m_plain, QStringLiteral("Q10"),
                          QStringLiteral("--by"), QStringLiteral("Q2"), QStringLiteral("--vs-rest"),
                          QStringLiteral("--level"), QStringLiteral("99"),
                          QStringLiteral("--json")}))
                .object()
                .value(QStringLiteral("groups"))
                .toArray();
        FrequencyTableModel* model = window.tableModel();
        const int first = model->columnCount() - int(groups.size());
        for (int g = 0; g < groups.size(); ++g) {
            const QString vsRest = groups[g][u"options"][0][u"vs_rest"].toString();
            const QString shown = model->index(0, first + g).data().toString();
            const QString mark = vsRest == u"higher"  ? QStringLiteral("\u25B2")
                                 : vsRest == u"lower" ? QStringLiteral("\u25BC")
                                                      : QString();
            QCOMPARE(shown.section(u' ', 1), mark);
        }

        window.saveStateNow();
        const DisplayOptions saved =
            DisplayOptions::fromState(ProjectStore::readState(m_plain).value());
        QCOMPARE(saved.figure, ChartFigure::TopTwo);
        QCOMPARE(saved.tests.confidence, 0.99);
        QVERIFY(saved.tests.againstRest);
    }

    void findingsUnderTheChart() {
        MainWindow window;
        window.show();
        QVERIFY(openProject(window, m_plain));
        window.showQuestion(questionIndex(window.session().survey(), QStringLiteral("Q5")));
        FindingsPanel* panel = window.findingsPanel();
        QVERIFY(panel->isVisible());
        // README's headline, in the chart's language (English interface here).
        QCOMPARE(panel->findings().value(0),
                 QStringLiteral("\u201cAbbastanza d'accordo\u201d or \u201cMolto d'accordo\u201d: "
                                "about two thirds (65%, base 300)"));
        QGuiApplication::clipboard()->clear();
        panel->copyButton()->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), panel->plainText());
        QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("about two thirds")));
        // Open answers have a table, not findings.
        window.showQuestion(questionIndex(window.session().survey(), QStringLiteral("Q15")));
        QVERIFY(!panel->isVisible());
    }

    void headerBaseAgreesWithFooter() {
        MainWindow window;
        window.show();
        QVERIFY(openProject(window, m_plain));
        // Hand count (README): Q9 answered by 263 of the 300 respondents.
        window.showQuestion(questionIndex(window.session().survey(), QStringLiteral("Q9")));
        QCOMPARE(window.chartView()->spec().footer, QStringLiteral("Base: 263"));
        QCOMPARE(window.chipsBar()->baseText(), QStringLiteral("Base: 263 who answered (of 300)"));
    }

    void wheelIgnoredOnUnfocusedEditors() {
        auto preview = ProjectService::preview(kDemo, {});
        QVERIFY(preview.ok());
        const Project project = preview.takeValue();
        ImportPreviewDialog dialog(project, {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // The first question the analyst can retype (metadata columns have no choice).
        QComboBox* combo = nullptr;
        for (int row = 0; row < dialog.table()->rowCount() && !combo; ++row) {
            auto* box = qobject_cast<QComboBox*>(dialog.table()->cellWidget(row, 2));
            if (box && box->isEnabled())
                combo = box;
        }
        QVERIFY(combo);
        const int before = combo->currentIndex();
        QVERIFY(!combo->hasFocus());
        turnWheel(combo, 1);
        turnWheel(combo, 1);
        QCOMPARE(combo->currentIndex(), before);
        QCOMPARE(combo->focusPolicy(), Qt::StrongFocus);
        QVERIFY(dialog.typeOverrides().isEmpty());

        // With the focus (a click or Tab), the wheel works as usual.
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        combo->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(combo->hasFocus());
        turnWheel(combo, 1);
        QVERIFY(combo->currentIndex() != before);

        // So are the export dialog's size fields (custom size: the spin boxes are live).
        ExportDialog exportDialog(ExportDialog::Mode::CurrentChart, ChartSpec(), 1);
        exportDialog.setSize(std::nullopt, QSizeF(1000, 600));
        exportDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&exportDialog));
        const QSizeF sizeBefore = exportDialog.chosenSize();
        for (QAbstractSpinBox* spin : exportDialog.findChildren<QAbstractSpinBox*>()) {
            QVERIFY(!spin->hasFocus());
            turnWheel(spin, 3);
        }
        QCOMPARE(exportDialog.chosenSize(), sizeBefore);
        exportDialog.close();

        // The window's toolbar is guarded too.
        MainWindow window;
        window.show();
        QVERIFY(openProject(window, m_plain));
        QComboBox* compare = window.compareByBox();
        window.navigator()->setFocus();
        QVERIFY(!compare->hasFocus());
        turnWheel(compare, 1);
        QCOMPARE(compare->currentIndex(), 0);
        QCOMPARE(window.session().compareBy(), -1);
    }

    void importAsksWhereToSave() {
        const QString survey = m_dir->filePath(QStringLiteral("survey.csv"));
        QVERIFY(QFile::copy(kDemo, survey));
        MainWindow window;
        window.show();
        QSignalSpy opened(&window, &MainWindow::projectOpened);
        window.openPath(survey);
        ImportPreviewDialog* preview = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (preview = window.findChild<ImportPreviewDialog*>()) && preview->isVisible(), kTimeout);
        // Proposed beside the survey, as before.
        QCOMPARE(preview->projectPath(), ProjectService::newProjectPath(survey));
        const QString chosen = m_dir->filePath(QStringLiteral("elsewhere/mine"));
        QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("elsewhere"))));
        preview->projectPathEdit()->setText(chosen);
        preview->accept();
        QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), kTimeout);
        QCOMPARE(window.projectPath(), chosen + QStringLiteral(".sondo"));
        QVERIFY(ProjectService::isProjectFile(chosen + QStringLiteral(".sondo")));
        QVERIFY(!QFile::exists(ProjectService::newProjectPath(survey)));
    }

    void projectInUseElsewhere() {
        // Another writer (here: this test, as an import would) holds the project's lock.
        auto held = ProjectLock::acquire(m_plain, std::chrono::milliseconds(0));
        QVERIFY(held.ok());
        MainWindow window;
        window.show();
        QVERIFY(openProject(window, m_plain));
        LockBanner* banner = window.lockBanner();
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("project in use by")),
                 qPrintable(banner->text()));

        // Saving the view fails clearly, not silently: the band stays and the file is unchanged.
        window.chartToolBar()->intervalsBox()->click();
        window.saveStateNow();
        QVERIFY(banner->isVisible());
        QVERIFY(!ProjectStore::readState(m_plain).value().contains(DisplayOptions::stateKey()));

        // The other writer is done: "Try again" saves, and the band goes.
        held.value().reset();
        banner->findChild<QToolButton*>()->click();
        QVERIFY(!banner->isVisible());
        QVERIFY(DisplayOptions::fromState(ProjectStore::readState(m_plain).value()).intervals);
    }

    void narrowWindowKeepsTheChart_data() {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1400x900") << QSize(1400, 900);
        QTest::newRow("900x620") << QSize(900, 620);
    }

    void narrowWindowKeepsTheChart() {
        QFETCH(QSize, size);
        MainWindow window;
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openProject(window, m_weighted));
        window.resize(size);
        const Survey& survey = window.session().survey();
        // Q10 by Q2: `sondo findings --by Q2` finds significant differences, so letters show.
        window.showQuestion(questionIndex(survey, QStringLiteral("Q10")));
        window.setCompareBy(questionIndex(survey, QStringLiteral("Q2")));
        window.setDisplay({true, true, true});
        QTest::qWait(50);
        QCOMPARE(window.size(), size);

        const QString folder = qEnvironmentVariable("SONDO_WINDOW_SHOTS");
        if (!folder.isEmpty()) {
            QDir().mkpath(folder);
            QVERIFY(window.grab().save(QDir(folder).filePath(
                QStringLiteral("window-%1x%2.png").arg(size.width()).arg(size.height()))));
        }
        // The side panels gave up width first: the chart keeps more than half of the window.
        ChartView* chart = window.chartView();
        QVERIFY2(chart->width() >= size.width() * 0.55,
                 qPrintable(QStringLiteral("%1 of %2").arg(chart->width()).arg(size.width())));
        // Letters are drawn beside the value labels of the bars that beat another group.
        const QStringList shown = chart->chartScene()->texts();
        bool anyLetters = false;
        for (const ChartSeries& series : chart->spec().series)
            for (const QString& letters : series.letters)
                if (!letters.isEmpty()) {
                    anyLetters = true;
                    QVERIFY2(shown.contains(letters), qPrintable(letters));
                }
        QVERIFY(anyLetters);
        // Every value label of the chart is still drawn.
        const QStringList texts = chart->chartScene()->texts();
        const ChartSpec& spec = chart->spec();
        for (const ChartSeries& series : spec.series)
            for (const QString& label : series.labels)
                QVERIFY2(std::any_of(texts.begin(), texts.end(),
                                     [&](const QString& t) { return t.startsWith(label); }),
                         qPrintable(label));
    }

    void comparedHistogramKeepsItsTextReadable() {
        // The demo's Q11 (a percentage, 7 bins) by Q1 (8 sectors): 56 bars, too thin for their
        // value labels at any size the window could show. The chart is laid out at most a quarter
        // larger than the view and scaled down, so its text keeps four fifths of its size; it
        // was laid out at 2.4 times and its 11-pixel text shown at 5 pixels (seen under Xvfb).
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openProject(window, m_plain));
        const Survey& survey = window.session().survey();
        window.showQuestion(questionIndex(survey, QStringLiteral("Q11")));
        window.setCompareBy(questionIndex(survey, QStringLiteral("Q1")));
        QTest::qWait(50);
        const ChartView* chart = window.chartView();
        QCOMPARE(chart->spec().kind, ChartKind::GroupedBars);
        QCOMPARE(chart->spec().series.size(), 8);
        const QSizeF laidOut = chart->chartScene()->size();
        const QSizeF view = chart->layoutSize();
        QVERIFY2(laidOut.width() <= 1.25 * view.width() + 0.5 &&
                     laidOut.height() <= 1.25 * view.height() + 0.5,
                 qPrintable(QStringLiteral("laid out at %1x%2 for a view of %3x%4")
                                .arg(laidOut.width())
                                .arg(laidOut.height())
                                .arg(view.width())
                                .arg(view.height())));
        // The scale on screen: four fifths, less the 2 pixels fitInView() keeps on each side.
        QVERIFY2(chart->transform().m11() >= 0.78,
                 qPrintable(QString::number(chart->transform().m11())));
    }
};

QTEST_MAIN(TestWindowStatistics)
#include "tst_windowstatistics.moc"
