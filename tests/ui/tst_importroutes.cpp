// The command line and the window make the same project from the same survey file: `sondo import`
// (the built executable) against the tasks the window runs on its worker thread (ImportJob), with
// the same type overrides. Both go through ProjectService; these tests hold them to it by reading
// both files back (ProjectStore::read) and comparing questions, options, every answer, the
// import record (all but its time) and the saved import options.
//
// Fixtures: the bundled demo survey (300 respondents, a Google Forms export), an SPSS file from
// tests/data/spss (read whole, not streamed), and a generated CSV of 60,000 respondents, more than
// the 50,000 after which an import starts storing answers while it still reads the file.

#include "../common/ProjectComparison.h"
#include "../common/SondoProcess.h"
#include "../common/TestFiles.h"
#include "project/ProjectService.h"
#include "storage/ProjectStore.h"
#include "window/ImportJob.h"
#include "window/ImportPreviewDialog.h"
#include "window/ScaleOrderDialog.h"
#include "window/TypeIcons.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace sondo;

namespace {

using test::demoSurveyPath;

/**
 * Respondent r (1-based): id R<r>, area one of four by r % 4, agreement one of five by r % 5,
 * hours (r % 9) * 0.5 with a decimal comma (blank when r % 7 == 0).
 */
QByteArray largeCsv() {
    static const char* areas[] = {"Nord-Ovest", "Nord-Est", "Centro", "Sud e Isole"};
    static const char* agreement[] = {"Per niente d'accordo", "Poco d'accordo",
                                      "Né d'accordo né in disaccordo", "Abbastanza d'accordo",
                                      "Molto d'accordo"};
    QByteArray out = "ID risposta,Area,Accordo,Ore di formazione\n";
    for (int r = 1; r <= 60000; ++r) {
        out += 'R' + QByteArray::number(r) + ',' + areas[r % 4] + ',' + agreement[r % 5] + ',';
        if (r % 7 != 0)
            out += '"' + QByteArray::number((r % 9) * 0.5).replace('.', ',') + '"';
        out += '\n';
    }
    return out;
}

/** Fails the test where the two projects differ in anything but the time of their import. */
void compareProjects(const Project& window, const Project& cli) {
    test::compareSurveys(window.survey, cli.survey);
    if (!QTest::currentTestFailed())
        test::compareAnswers(window.responses, cli.responses);
    if (!QTest::currentTestFailed())
        test::compareImports(window.imports, cli.imports);
    // The saved import options, overrides tied to their questions, for a later re-import.
    if (!QTest::currentTestFailed())
        QCOMPARE(window.state, cli.state);
}

Project readProject(const QString& path) {
    Result<Project> read = ProjectStore::read(path);
    if (!read.ok())
        qWarning() << read.error().toString();
    return read.ok() ? read.takeValue() : Project{};
}

/** `sondo import SURVEY -o PROJECT --type …`; fails the test when it does not succeed. */
bool importOnCommandLine(const QString& survey, const QString& project,
                         const QStringList& overrides) {
    QStringList arguments{QStringLiteral("import"), survey, QStringLiteral("-o"), project};
    for (const QString& o : overrides)
        arguments << QStringLiteral("--type") << o;
    const test::SondoRun run = test::runSondo(arguments);
    if (run.exitCode != 0)
        qWarning() << run.err;
    return run.exitCode == 0;
}

/** A progress callback that counts its calls and never cancels, as the window's never does. */
ProgressCallback counting(int* calls) {
    return [calls](qint64, qint64) {
        ++*calls;
        return true;
    };
}

} // namespace

class TestImportRoutes : public QObject {
    Q_OBJECT

private slots:
    void overriddenImportMakesTheSameProject_data() {
        QTest::addColumn<QString>("fixture"); // empty: the generated 60,000 respondents
        QTest::addColumn<QStringList>("overrides");
        // Q11 (hours, numeric) as a choice, Q5 (a Likert scale) as plain single choice.
        QTest::newRow("demo, Google Forms CSV")
            << demoSurveyPath()
            << QStringList{QStringLiteral("Q11=single"), QStringLiteral("Q5=single")};
        // "soddisf", a Likert scale with value labels, named by its SPSS variable name.
        const QString sav = QFINDTESTDATA("data/spss/survey.sav");
        QVERIFY(!sav.isEmpty());
        QTest::newRow("SPSS .sav") << sav << QStringList{QStringLiteral("soddisf=single")};
        QTest::newRow("60,000 respondents, stored while read")
            << QString() << QStringList{QStringLiteral("Ore di formazione=single")};
    }

    void overriddenImportMakesTheSameProject() {
        QFETCH(QString, fixture);
        QFETCH(QStringList, overrides);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // One copy read by both, so that the import records name the same file.
        const QString survey = dir.filePath(fixture.isEmpty() ? QStringLiteral("large.csv")
                                                              : QFileInfo(fixture).fileName());
        if (fixture.isEmpty()) {
            QFile file(survey);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(largeCsv());
        } else {
            QVERIFY(QFile::copy(fixture, survey));
        }

        const QString cliPath = dir.filePath(QStringLiteral("cli.sondo"));
        QVERIFY(importOnCommandLine(survey, cliPath, overrides));

        // The window after its preview: the overrides chosen there, then "Import".
        ImportOptions options;
        for (const QString& o : overrides) {
            const auto type = questionTypeFromName(o.section(u'=', -1));
            QVERIFY(type);
            options.typeOverrides.append({o.section(u'=', 0, -2), *type});
        }
        const QString windowPath = dir.filePath(QStringLiteral("window.sondo"));
        int calls = 0;
        ImportOutcome outcome =
            ImportJob::importAndSave(survey, options, windowPath, counting(&calls));
        QVERIFY2(outcome.status == ImportOutcome::Status::Opened,
                 qPrintable(outcome.error.toString()));
        QVERIFY(calls > 0);
        QCOMPARE(outcome.projectPath, windowPath);
        QCOMPARE(outcome.surveyPath, survey);

        const Project cli = readProject(cliPath);
        const Project window = readProject(windowPath);
        QVERIFY(!cli.survey.questions.isEmpty());
        compareProjects(window, cli);
        if (QTest::currentTestFailed())
            return;
        // The window shows the project as written.
        compareProjects(outcome.project, window);
        if (QTest::currentTestFailed())
            return;
        // And every override changed a question's type: without it the file reads otherwise.
        const Result<Project> plain = ProjectService::preview(survey, {}, {});
        QVERIFY2(plain.ok(), qPrintable(plain.error().toString()));
        for (const auto& [key, type] : std::as_const(options.typeOverrides)) {
            const int q = cli.survey.findQuestion(key);
            QVERIFY2(q >= 0, qPrintable(key));
            QCOMPARE(cli.survey.questions[q].type, type);
            QVERIFY2(plain.value().survey.questions[q].type != type, qPrintable(key));
        }
    }

    void completeOnlyImportMakesTheSameProject() {
        // tests/data/metadata/qualtrics_condition.csv: 8 responses, of which a preview and two
        // unfinished (hand count): 5 remain, by either route.
        QTemporaryDir dir;
        const QString survey = dir.filePath(QStringLiteral("qualtrics.csv"));
        QVERIFY(QFile::copy(QFINDTESTDATA("data/metadata/qualtrics_condition.csv"), survey));
        const QString cliPath = dir.filePath(QStringLiteral("cli.sondo"));
        const test::SondoRun run =
            test::runSondo({QStringLiteral("import"), survey, QStringLiteral("-o"), cliPath,
                            QStringLiteral("--complete-only")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        ImportOptions options;
        options.completeOnly = true;
        const QString windowPath = dir.filePath(QStringLiteral("window.sondo"));
        ImportOutcome outcome = ImportJob::importAndSave(survey, options, windowPath, {});
        QVERIFY2(outcome.status == ImportOutcome::Status::Opened,
                 qPrintable(outcome.error.toString()));
        const Project window = readProject(windowPath);
        QCOMPARE(window.responses.respondentCount, 5);
        compareProjects(window, readProject(cliPath));
    }

    void structureChosenInThePreviewMakesTheSameProject() {
        // tests/data/groups/battery_without_stem.csv (hand-made): Price, Speed, Staff share a
        // satisfaction scale but no stem, so Sondo reads no group; Interviewer is read as a
        // question. The analyst makes the group and sets Interviewer aside in the preview; the
        // project equals `sondo import --group … --metadata …`, and an update keeps both.
        QTemporaryDir dir;
        const QString survey = dir.filePath(QStringLiteral("battery.csv"));
        QVERIFY(QFile::copy(QFINDTESTDATA("data/groups/battery_without_stem.csv"), survey));
        const Result<Project> preview = ProjectService::preview(survey, {}, {});
        QVERIFY2(preview.ok(), qPrintable(preview.error().toString()));
        QVERIFY(preview.value().survey.groups.isEmpty());
        ImportPreviewDialog dialog(preview.value(), {});
        QTableWidget* table = dialog.table();
        // Selecting the three rows is what enables "Make a group…".
        QVERIFY(!dialog.makeGroupButton()->isEnabled());
        table->selectRow(2);
        table->setSelectionMode(QAbstractItemView::MultiSelection);
        table->selectRow(3);
        table->selectRow(4);
        QVERIFY(dialog.makeGroupButton()->isEnabled());
        QVERIFY(
            dialog.makeGroup(QStringLiteral("Satisfaction"),
                             {QStringLiteral("Q2"), QStringLiteral("Q3"), QStringLiteral("Q4")}));
        QVERIFY(dialog.setAsideAsMetadata({QStringLiteral("Q1")}));
        // The choices show in the "Part of" column (3), in bold.
        QCOMPARE(table->item(2, 3)->text(),
                 ImportPreviewDialog::tr("New group: %1").arg(QStringLiteral("Satisfaction")));
        QVERIFY(table->item(2, 3)->font().bold());
        QCOMPARE(table->item(1, 3)->text(), ImportPreviewDialog::tr("Metadata"));

        ImportOptions options;
        options.structure = dialog.structureChoices();
        const QString windowPath = dir.filePath(QStringLiteral("window.sondo"));
        const ImportOutcome outcome = ImportJob::importAndSave(survey, options, windowPath, {});
        QVERIFY2(outcome.status == ImportOutcome::Status::Opened,
                 qPrintable(outcome.error.toString()));
        const QString cliPath = dir.filePath(QStringLiteral("cli.sondo"));
        const test::SondoRun run = test::runSondo(
            {QStringLiteral("import"), survey, QStringLiteral("-o"), cliPath,
             QStringLiteral("--group"), QStringLiteral("Satisfaction=Price|Speed|Staff"),
             QStringLiteral("--metadata"), QStringLiteral("Interviewer")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const Project window = readProject(windowPath);
        compareProjects(window, readProject(cliPath));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(window.survey.groups.size(), 1);
        QCOMPARE(window.survey.groups[0].text, QStringLiteral("Satisfaction"));
        QCOMPARE(window.survey.groups[0].items.size(), 3);

        const auto updated = ProjectService::update(windowPath, survey, {}, {});
        QVERIFY2(updated.ok(), qPrintable(updated.error().toString()));
        const Project again = readProject(windowPath);
        QCOMPARE(again.survey.groups.size(), 1);
        QCOMPARE(again.survey.groups[0].items, window.survey.groups[0].items);
        const int interviewer = again.survey.findQuestion(QStringLiteral("Interviewer"));
        QVERIFY(interviewer >= 0);
        QVERIFY(again.survey.questions[interviewer].metadata);
    }

    void scaleOrderChosenInThePreviewMakesTheSameProject() {
        // tests/data/groups/polish_agreement_grid.csv (hand-made): a three-item grid on a Polish
        // agreement scale the library does not know, read in order of frequency. In the preview
        // the analyst selects an item, turns the proposed order round, moves one answer and
        // unticks "Nie wiem"; the project equals `sondo import --scale-order …`, and an update
        // keeps the order.
        QTemporaryDir dir;
        const QString survey = dir.filePath(QStringLiteral("polish.csv"));
        QVERIFY(QFile::copy(QFINDTESTDATA("data/groups/polish_agreement_grid.csv"), survey));
        const Result<Project> preview = ProjectService::preview(survey, {}, {});
        QVERIFY2(preview.ok(), qPrintable(preview.error().toString()));
        ImportPreviewDialog dialog(preview.value(), {});
        QTableWidget* table = dialog.table();
        QVERIFY(!dialog.scaleOrderButton()->isEnabled());
        table->selectRow(0); // the respondent id, metadata: no scale
        QVERIFY(!dialog.scaleOrderButton()->isEnabled());
        table->selectRow(2); // Q2, the grid's first item
        QVERIFY(dialog.scaleOrderButton()->isEnabled());

        ScaleOrderDialog* order = dialog.openScaleOrderDialog();
        QVERIFY(order);
        QListWidget* list = order->list();
        // Proposed: the group's answers as read (by frequency over the items), all ticked.
        QStringList shown;
        for (int row = 0; row < list->count(); ++row)
            shown << list->item(row)->text();
        QCOMPARE(shown, preview.value().survey.groups[0].options);
        order->reverseButton()->click();
        const auto rowOf = [&](const QString& text) {
            return list->row(list->findItems(text, Qt::MatchExactly).value(0));
        };
        list->findItems(QStringLiteral("Nie wiem"), Qt::MatchExactly)
            .value(0)
            ->setCheckState(Qt::Unchecked);
        // Sort the ticked answers into the scale's order by moving rows, as the analyst would.
        const QStringList scale{QStringLiteral("Zdecydowanie nie"), QStringLiteral("Raczej nie"),
                                QStringLiteral("Trudno powiedzieć"), QStringLiteral("Raczej tak"),
                                QStringLiteral("Zdecydowanie tak")};
        for (int target = 0; target < scale.size(); ++target) {
            QListWidgetItem* item = list->takeItem(rowOf(scale[target]));
            list->insertItem(target, item);
        }
        QCOMPARE(order->scale(), scale);
        order->accept();
        QCOMPARE(dialog.structureChoices().scales.size(), 1);
        // The items now show as scales, with nothing forced besides the order.
        for (int row = 2; row <= 4; ++row)
            QCOMPARE(qobject_cast<QComboBox*>(table->cellWidget(row, 2))->currentText(),
                     TypeIcons::name(QuestionType::Likert));
        QVERIFY(dialog.typeOverrides().isEmpty());
        QVERIFY(table->item(3, 3)->font().bold()); // the group's other items show it too
        QVERIFY(table->item(3, 3)->toolTip().contains(scale.join(QStringLiteral(" < "))));

        // Another type on one item takes the order back, for the whole group; put back.
        {
            ImportPreviewDialog other(preview.value(), {});
            QVERIFY(other.setScaleOrder(QStringLiteral("Q2"), scale));
            qobject_cast<QComboBox*>(other.table()->cellWidget(3, 2))
                ->setCurrentIndex(int(TypeIcons::choosableTypes().indexOf(QuestionType::Text)));
            QVERIFY(other.structureChoices().scales.isEmpty());
            QCOMPARE(qobject_cast<QComboBox*>(other.table()->cellWidget(2, 2))->currentText(),
                     TypeIcons::name(QuestionType::Single));
            QCOMPARE(other.typeOverrides().size(), 1); // Q3 as text, the analyst's
        }

        ImportOptions options;
        options.structure = dialog.structureChoices();
        options.typeOverrides = dialog.typeOverrides();
        const QString windowPath = dir.filePath(QStringLiteral("window.sondo"));
        const ImportOutcome outcome = ImportJob::importAndSave(survey, options, windowPath, {});
        QVERIFY2(outcome.status == ImportOutcome::Status::Opened,
                 qPrintable(outcome.error.toString()));
        const QString cliPath = dir.filePath(QStringLiteral("cli.sondo"));
        const test::SondoRun run = test::runSondo(
            {QStringLiteral("import"), survey, QStringLiteral("-o"), cliPath,
             QStringLiteral("--scale-order"),
             QStringLiteral("Praca zdalna: [Jestem bardziej wydajny]=") + scale.join(u'|')});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const Project window = readProject(windowPath);
        compareProjects(window, readProject(cliPath));
        if (QTest::currentTestFailed())
            return;
        // Every item is the scale, "Nie wiem" after it and off it (item 3 has the only one).
        for (int q = 2; q <= 4; ++q) {
            const Question& item = window.survey.questions[q];
            QCOMPARE(item.type, QuestionType::Likert);
            QCOMPARE(item.options.mid(0, 5), scale);
        }
        QCOMPARE(window.survey.questions[4].options.value(5), QStringLiteral("Nie wiem"));
        QVERIFY(std::isnan(window.survey.questions[4].scores[5]));

        const auto updated = ProjectService::update(windowPath, survey, {}, {});
        QVERIFY2(updated.ok(), qPrintable(updated.error().toString()));
        QCOMPARE(readProject(windowPath).survey.questions[3].options, scale);
    }

    void writeInLimitChosenInThePreviewMakesTheSameProject() {
        // tests/data/writeins/gforms_single_choice_other.csv (composed by hand, see
        // tst_writeins): Q1 has four write-ins given by one or two respondents (WhatsApp's two
        // spellings are one) and Social, chosen by three. The preview says so at the default
        // limit; raised to 3 in its spin box, Social joins them, and the project equals `sondo
        // import --write-ins 3`.
        QTemporaryDir dir;
        const QString survey = dir.filePath(QStringLiteral("channels.csv"));
        QVERIFY(QFile::copy(QFINDTESTDATA("data/writeins/gforms_single_choice_other.csv"), survey));
        const Result<Project> preview = ProjectService::preview(survey, {}, {});
        QVERIFY2(preview.ok(), qPrintable(preview.error().toString()));
        ImportPreviewDialog dialog(preview.value(), {});
        const int row = 1; // Q1, after the timestamp
        QCOMPARE(dialog.writeInsShown(row), ImportPreviewDialog::tr("Other (%1 write-ins)").arg(4));
        QVERIFY(dialog.table()->item(row, 4)->text().endsWith(dialog.writeInsShown(row)));
        QVERIFY(!dialog.table()->item(row, 4)->text().contains(QStringLiteral("Fax")));
        QVERIFY(!dialog.writeInLimit()); // Sondo's default: nothing to save
        dialog.writeInBox()->setValue(3);
        QCOMPARE(dialog.writeInsShown(row), ImportPreviewDialog::tr("Other (%1 write-ins)").arg(5));
        QCOMPARE(dialog.writeInLimit(), std::optional<int>(3));
        QCOMPARE(dialog.writeInsShown(2), QString()); // the bands are a list

        ImportOptions options;
        options.writeInLimit = dialog.writeInLimit();
        const QString windowPath = dir.filePath(QStringLiteral("window.sondo"));
        const ImportOutcome outcome = ImportJob::importAndSave(survey, options, windowPath, {});
        QVERIFY2(outcome.status == ImportOutcome::Status::Opened,
                 qPrintable(outcome.error.toString()));
        const QString cliPath = dir.filePath(QStringLiteral("cli.sondo"));
        const test::SondoRun run =
            test::runSondo({QStringLiteral("import"), survey, QStringLiteral("-o"), cliPath,
                            QStringLiteral("--write-ins"), QStringLiteral("3")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        compareProjects(readProject(windowPath), readProject(cliPath));
    }

    void windowImportIsFoundAgainFromItsSurvey() {
        // The window's import of a file with no overrides makes the same project as `sondo
        // import`, and opening the same survey again finds that project (made from these very
        // bytes) instead of asking for a new import.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString survey = dir.filePath(QStringLiteral("demo.csv"));
        QVERIFY(QFile::copy(demoSurveyPath(), survey));
        const QString cliPath = dir.filePath(QStringLiteral("cli.sondo"));
        // Not beside the survey (that would be demo.sondo): the window must not find it.
        QVERIFY(importOnCommandLine(survey, cliPath, {}));

        const ImportOutcome preview = ImportJob::inspectSurvey(survey, {});
        QVERIFY2(preview.status == ImportOutcome::Status::NeedsPreview,
                 qPrintable(preview.error.toString()));
        const QString windowPath = ProjectService::newProjectPath(survey);
        QCOMPARE(windowPath, dir.filePath(QStringLiteral("demo.sondo")));
        const ImportOutcome saved = ImportJob::importAndSave(survey, {}, windowPath, {});
        QVERIFY2(saved.status == ImportOutcome::Status::Opened, qPrintable(saved.error.toString()));
        compareProjects(readProject(windowPath), readProject(cliPath));

        const ImportOutcome reopened = ImportJob::inspectSurvey(survey, {});
        QCOMPARE(reopened.status, ImportOutcome::Status::Opened);
        QCOMPARE(reopened.projectPath, windowPath);
    }
};

QTEST_MAIN(TestImportRoutes)
#include "tst_importroutes.moc"
