// The navigator as a tree of groups (issue 9 §1), driven as an analyst would on a real
// LimeSurvey export (realdata scicom, 41 questions: one open question and four groups of 6, 4,
// 16 and 14 items, read from its header by hand; see tests/data/realdata-structure). Choosing a
// group's row shows the group's chart (one bar per item); choosing an item shows its own chart.

#include "../common/SondoProcess.h"

#include "chart/ChartSpec.h"
#include "window/ChartView.h"
#include "window/MainWindow.h"
#include "window/ProjectDocument.h"
#include "window/QuestionListModel.h"
#include "window/QuestionNavigator.h"

#include "project/ProjectService.h"
#include "window/ChartToolBar.h"
#include "window/FilterPanel.h"
#include "window/ImportPreviewDialog.h"
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using namespace sondo;

class TestGroupNavigator : public QObject {
    Q_OBJECT

private slots:
    void groupsAreRowsWithTheirItems() {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("scicom.sondo"));
        const auto run =
            test::runSondo({QStringLiteral("import"),
                            QStringLiteral(SONDO_SOURCE_DIR
                                           "/../shared/realdata/limesurvey_scicom_ki_2025_de.csv"),
                            QStringLiteral("-o"), project});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        MainWindow window;
        window.resize(1400, 900);
        window.show();
        window.openPath(project);
        QTRY_VERIFY_WITH_TIMEOUT(window.session().hasProject() && !window.isBusy(), 60000);

        // One row for the open question and one per group: 5 rows, not 41.
        QuestionListModel* model = window.navigator()->model();
        QCOMPARE(model->rowCount(), 5);
        const QModelIndex g3 = model->index(3, 0);
        QCOMPARE(model->data(g3, Qt::DisplayRole).toString(), QStringLiteral("G3"));
        QCOMPARE(model->rowCount(g3), 16);
        // An item reads as its own words under its stem.
        const QString item =
            model->data(model->index(0, QuestionListModel::TextColumn, g3), Qt::DisplayRole)
                .toString();
        QVERIFY2(item.startsWith(QStringLiteral("Medien nach Kategorien filtern")),
                 qPrintable(item));

        // Choosing the group's row: the grid chart, one bar per item.
        QTreeView* view = window.navigator()->view();
        auto* proxy = qobject_cast<QSortFilterProxyModel*>(view->model());
        QVERIFY(proxy);
        view->setCurrentIndex(proxy->mapFromSource(g3));
        QCOMPARE(window.document()->currentGroup(), 2);
        const ChartSpec grid = window.document()->currentChart();
        QCOMPARE(grid.categories.size(), 16);
        QVERIFY2(grid.title.startsWith(QStringLiteral("Um diese Ziele zu erreichen")),
                 qPrintable(grid.title));
        const QImage shot = window.grab().toImage();
        QVERIFY(shot.save(dir.filePath(QStringLiteral("group.png"))));
        if (qEnvironmentVariableIsSet("SONDO_SHOTS"))
            shot.save(qEnvironmentVariable("SONDO_SHOTS") + QStringLiteral("/group.png"));

        // An item: its own chart again, and the group is no longer current.
        view->expand(proxy->mapFromSource(g3));
        view->setCurrentIndex(proxy->mapFromSource(model->index(1, 0, g3)));
        QCOMPARE(window.document()->currentGroup(), -1);
        QCOMPARE(window.session().survey().questions[window.session().currentQuestion()].id,
                 QStringLiteral("Q13"));

        // The search finds an item inside a group and keeps its group's row.
        window.navigator()->searchBox()->setText(QStringLiteral("Transkripte"));
        QVERIFY(proxy->rowCount() >= 1);
    }

    void previewSaysWhatEachColumnIsPartOf() {
        // tests/data/groups/grid_by_segment.csv: Timestamp (metadata), Area, and three items of
        // "How satisfied are you with our service?" (by reading the header).
        auto preview = ProjectService::preview(
            QStringLiteral(SONDO_SOURCE_DIR "/tests/data/groups/grid_by_segment.csv"), {});
        QVERIFY(preview.ok());
        const Project project = preview.takeValue();
        ImportPreviewDialog dialog(project, {});
        QMap<QString, QString> partOf;
        QTableWidget* table = dialog.table();
        for (int row = 0; row < table->rowCount(); ++row)
            partOf.insert(table->item(row, 0)->text(), table->item(row, 3)->text());
        QCOMPARE(partOf.value(QStringLiteral("M1")), QStringLiteral("Metadata"));
        QCOMPARE(partOf.value(QStringLiteral("Q1")), QString());
        for (const char* item : {"Q2", "Q3", "Q4"})
            QCOMPARE(partOf.value(QLatin1String(item)), QStringLiteral("G1 (3 items)"));
        QCOMPARE(table->horizontalHeaderItem(3)->text(), QStringLiteral("Part of"));
        if (qEnvironmentVariableIsSet("SONDO_SHOTS")) {
            dialog.show();
            QTest::qWait(50);
            dialog.grab().save(qEnvironmentVariable("SONDO_SHOTS") +
                               QStringLiteral("/preview.png"));
        }
    }

    void groupUnderACompareByIsComparedItemByItem() {
        // tests/data/groups/grid_by_segment.csv; the figures are checked against R in
        // tst_gridbysegment (Price: North 66.7%, South 20.0%).
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("grid.sondo"));
        const auto run = test::runSondo(
            {QStringLiteral("import"),
             QStringLiteral(SONDO_SOURCE_DIR "/tests/data/groups/grid_by_segment.csv"),
             QStringLiteral("-o"), project});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        MainWindow window;
        window.show();
        window.openPath(project);
        QTRY_VERIFY_WITH_TIMEOUT(window.session().hasProject() && !window.isBusy(), 60000);
        QuestionListModel* model = window.navigator()->model();
        QTreeView* view = window.navigator()->view();
        auto* proxy = qobject_cast<QSortFilterProxyModel*>(view->model());
        view->setCurrentIndex(proxy->mapFromSource(model->index(1, 0)));
        QCOMPARE(window.document()->currentGroup(), 0);
        // The compare-by list names a grid's items by group and own words.
        QComboBox* compareBy = window.chartToolBar()->compareByBox();
        QVERIFY(compareBy->findText(QStringLiteral("Q3  G1 \u00b7 Speed")) >= 0);
        window.setCompareBy(window.session().survey().findQuestion(QStringLiteral("Q1")));
        const ChartSpec compared = window.document()->currentChart();
        QCOMPARE(compared.categories, (QStringList{QStringLiteral("Price"), QStringLiteral("Speed"),
                                                   QStringLiteral("Staff")}));
        QCOMPARE(compared.series.size(), 2);
        QVERIFY(compared.series[0].name.startsWith(QStringLiteral("North")));
        QVERIFY(qAbs(compared.series[1].values[0] - 20.0) < 1e-9);
    }

    void filterPanelShowsGroupsAndFiltersByAnItem() {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("grid.sondo"));
        const QString csv =
            QStringLiteral(SONDO_SOURCE_DIR "/tests/data/groups/grid_by_segment.csv");
        auto run = test::runSondo({QStringLiteral("import"), csv, QStringLiteral("-o"), project});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        MainWindow window;
        window.show();
        window.openPath(project);
        QTRY_VERIFY_WITH_TIMEOUT(window.session().hasProject() && !window.isBusy(), 60000);

        // Area, then the grid's row with its three items under it, each by its own words.
        QTreeWidget* tree = window.filterPanel()->tree();
        QCOMPARE(tree->topLevelItemCount(), 2);
        QTreeWidgetItem* grid = tree->topLevelItem(1);
        QVERIFY2(grid->text(0).startsWith(QStringLiteral("G1  How satisfied")),
                 qPrintable(grid->text(0)));
        QCOMPARE(grid->childCount(), 3);
        QCOMPARE(grid->child(1)->text(0), QStringLiteral("Q3  Speed"));

        // Ticking "Satisfied" of Speed filters the window as `--where Q3=Satisfied` does.
        QTreeWidgetItem* satisfied = nullptr;
        for (int c = 0; c < grid->child(1)->childCount(); ++c)
            if (grid->child(1)->child(c)->text(0) == QStringLiteral("Satisfied"))
                satisfied = grid->child(1)->child(c);
        QVERIFY(satisfied);
        satisfied->setCheckState(0, Qt::Checked);
        run = test::runSondo({QStringLiteral("freq"), project, QStringLiteral("Q1"),
                              QStringLiteral("--where"), QStringLiteral("Q3=Satisfied"),
                              QStringLiteral("--json")});
        const qint64 expected = QJsonDocument::fromJson(run.out.toUtf8())
                                    .object()
                                    .value(QStringLiteral("respondents"))
                                    .toInteger();
        QVERIFY(expected > 0 && expected < 40);
        window.showQuestion(window.session().survey().findQuestion(QStringLiteral("Q1")));
        QTRY_COMPARE(
            window.document()->figures(window.session().currentQuestion()).table.respondents,
            expected);
        QVERIFY(grid->font(0).bold());
    }
};

QTEST_MAIN(TestGroupNavigator)
#include "tst_groupnavigator.moc"
