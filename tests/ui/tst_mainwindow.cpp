// The desktop window driven as an analyst would: open the demo survey through the real importer
// (preview, worker thread, project written beside it), move through the questions with the
// keyboard, filter, compare, export, switch language and reopen the project.
//
// Reference figures of the demo come from resources/demo/README.md, where they were checked with
// Python's csv module and R (read.csv, chisq.test); the others are computed here directly with
// FrequencyTable over a mask built by hand, independently of the window's own path.

#include "../common/WindowTestSetup.h"
#include "import/SurveyImporter.h"
#include "import/text/CsvReader.h"
#include "project/ProjectService.h"
#include "project/SavedImportOptions.h"
#include "render/ChartScene.h"
#include "stats/FrequencyTable.h"
#include "storage/ProjectStore.h"
#include "window/ChartView.h"
#include "window/ExportDialog.h"
#include "window/FilterChipsBar.h"
#include "window/FilterPanel.h"
#include "window/GuiApplication.h"
#include "window/ImportPreviewDialog.h"
#include "window/MainActions.h"
#include "window/MainWindow.h"
#include "window/ProjectDocument.h"
#include "window/QuestionListModel.h"
#include "window/QuestionNavigator.h"
#include "window/RenameOptionDialog.h"
#include "window/StartPage.h"
#include "window/TextAnswersModel.h"
#include "window/TextAnswersView.h"
#include "window/Translator.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidgetItem>
#include <QUndoStack>
#include <QtTest>

using namespace sondo;

namespace {

/**
 * The demo's agreement and satisfaction grids are Likert scales (README). Declared in the preview
 * as an analyst would if the importer read them otherwise; a no-op when it reads them right.
 */
void setDemoTypes(ImportPreviewDialog& preview) {
    for (const char* id : {"Q5", "Q6", "Q7", "Q13"})
        preview.setType(QString::fromLatin1(id), QuestionType::Likert);
}

const QString kDemo =
    QStringLiteral(SONDO_SOURCE_DIR "/resources/demo/remote_working_contact_center.csv");
constexpr int kTimeout = 30000;

int questionByText(const Survey& survey, const QString& start) {
    for (int i = 0; i < survey.questions.size(); ++i)
        if (survey.questions[i].text.startsWith(start))
            return i;
    return -1;
}

/** The visible import preview, once the worker has read the file. */
ImportPreviewDialog* waitForPreview(MainWindow& window) {
    ImportPreviewDialog* dialog = nullptr;
    // The outcome is checked just after, by what the wait was for.
    (void)QTest::qWaitFor(
        [&] {
            dialog = window.findChild<ImportPreviewDialog*>();
            return dialog && dialog->isVisible();
        },
        kTimeout);
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

QMessageBox* waitForQuestion(MainWindow& window) {
    QMessageBox* box = nullptr;
    // The outcome is checked just after, by what the wait was for.
    (void)QTest::qWaitFor(
        [&] {
            for (QMessageBox* b : window.findChildren<QMessageBox*>())
                if (b->isVisible())
                    box = b;
            return box != nullptr;
        },
        kTimeout);
    return box;
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private:
    /** Each test works on its own copy of the demo, so no test sees another's saved state. */
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_survey;

    /**
     * Opens the copy of the demo: the preview is accepted when it comes (first time), or the
     * project opens directly (it exists already).
     */
    bool openDemo(MainWindow& window) {
        QSignalSpy opened(&window, &MainWindow::projectOpened);
        window.openPath(m_survey);
        // The outcome is checked just after, by what the wait was for.
        (void)QTest::qWaitFor(
            [&] {
                auto* preview = window.findChild<ImportPreviewDialog*>();
                return !opened.isEmpty() || (preview && preview->isVisible());
            },
            kTimeout);
        if (opened.isEmpty()) {
            auto* preview = window.findChild<ImportPreviewDialog*>();
            if (!preview)
                return false;
            setDemoTypes(*preview);
            preview->accept();
            // The outcome is checked just after, by what the wait was for.
            (void)QTest::qWaitFor([&] { return !opened.isEmpty(); }, kTimeout);
        }
        return !opened.isEmpty() && window.session().hasProject();
    }

private slots:
    void initTestCase() { QVERIFY(test::setUpWindowSuite(m_settingsDir)); }

    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_survey = m_dir->filePath(QStringLiteral("remote_working_contact_center.csv"));
        QVERIFY(QFile::copy(kDemo, m_survey));
    }

    void startPage() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.startPage()->isVisible());
        QVERIFY(!window.chartView()->isVisible());
        QVERIFY(!window.session().hasProject());
        // The demo is found (or unpacked) and is the bundled survey.
        const QString demo = GuiApplication::demoSurveyPath();
        QVERIFY(!demo.isEmpty());
        QFile a(demo), b(kDemo);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll());
    }

    void importWithPreview() {
        MainWindow window;
        window.show();
        QSignalSpy opened(&window, &MainWindow::projectOpened);
        window.openPath(m_survey);
        QVERIFY(window.isBusy() || waitForPreview(window));
        ImportPreviewDialog* preview = waitForPreview(window);
        QVERIFY(preview);
        QVERIFY(!window.isBusy());
        // What the README says the demo is.
        QCOMPARE(preview->detectedFacts(),
                 (QStringList{"Google Forms", "UTF-8", "Comma (,)", "300"}));
        // One row per column: the timestamp plus 15 questions.
        QCOMPARE(preview->table()->rowCount(), 16);
        // The analyst reads the hours of training as text rather than a number.
        QVERIFY(preview->setType(QStringLiteral("Q14"), QuestionType::Text));
        QCOMPARE(preview->typeOverrides(),
                 (QList<QPair<QString, QuestionType>>{{"Q14", QuestionType::Text}}));
        QVERIFY(preview->setType(QStringLiteral("Q14"), QuestionType::Numeric));
        QVERIFY(preview->typeOverrides().isEmpty());
        preview->accept();
        QVERIFY(opened.wait(kTimeout));

        const QString project =
            m_dir->filePath(QStringLiteral("remote_working_contact_center.sondo"));
        QCOMPARE(window.projectPath(), project);
        QVERIFY(QFile::exists(project));
        const Survey& survey = window.session().survey();
        QCOMPARE(window.session().totalRespondents(), qint64(300));
        QCOMPARE(window.session().analysableQuestions().size(), 15);
        QCOMPARE(window.navigator()->model()->rowCount(), 15);
        // The first question is shown at once, whole.
        const int settore = questionByText(survey, QStringLiteral("Settore"));
        QCOMPARE(window.session().currentQuestion(), settore);
        QCOMPARE(window.chartView()->spec().questionId, survey.questions[settore].id);
        ChartScene* scene = window.chartView()->chartScene();
        QVERIFY(scene);
        QVERIFY(QRectF(QPointF(0, 0), scene->size()).contains(scene->textBounds()));
        QVERIFY(scene->texts().contains(QStringLiteral("Settore")));
        QCOMPARE(window.chipsBar()->baseText(), QStringLiteral("Base: 300"));
    }

    void overriddenTypeIsImported() {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("demo.csv"));
        QVERIFY(QFile::copy(kDemo, copy));
        MainWindow window;
        QSignalSpy opened(&window, &MainWindow::projectOpened);
        window.openPath(copy);
        ImportPreviewDialog* preview = waitForPreview(window);
        QVERIFY(preview);
        QVERIFY(preview->setType(QStringLiteral("Q14"), QuestionType::Text));
        preview->accept();
        QVERIFY(opened.wait(kTimeout));
        const Survey& survey = window.session().survey();
        QCOMPARE(survey.questions[survey.findQuestion(QStringLiteral("Q14"))].type,
                 QuestionType::Text);
        // The choice is kept in the project, also after the window saved its own state there,
        // so that updating the project from a newer export reads Q14 as text again.
        window.setFilterOption(1, 0, true);
        window.saveStateNow();
        const auto state = ProjectStore::readState(window.projectPath());
        QVERIFY(state.ok());
        QVERIFY(state.value().contains(QStringLiteral("filter")));
        const auto overrides = SavedImportOptions::overrides(
            state.value().value(SavedImportOptions::key()).toObject());
        QCOMPARE(overrides.size(), 1);
        QCOMPARE(overrides[0].question, QStringLiteral("Q14"));
        QCOMPARE(overrides[0].type, QuestionType::Text);
    }

    void keyboardNavigation() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openDemo(window));
        const AnalysisSession& session = window.session();
        const QList<int> questions = session.analysableQuestions();
        QTreeView* view = window.navigator()->view();
        view->setFocus();
        QCOMPARE(session.currentQuestion(), questions[0]);

        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(session.currentQuestion(), questions[1]);
        QCOMPARE(window.chartView()->spec().questionId,
                 session.survey().questions[questions[1]].id);
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(window.chartView()->spec().questionId,
                 session.survey().questions[questions[2]].id);
        QTest::keyClick(view, Qt::Key_Up);
        QCOMPARE(session.currentQuestion(), questions[1]);
        // PgDn and Ctrl+Right go to the next question, PgUp and Ctrl+Left back.
        QTest::keyClick(view, Qt::Key_PageDown);
        QCOMPARE(session.currentQuestion(), questions[2]);
        QTest::keyClick(view, Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(session.currentQuestion(), questions[3]);
        QCOMPARE(window.navigator()->currentQuestion(), questions[3]);
        QTest::keyClick(view, Qt::Key_PageUp);
        QTest::keyClick(view, Qt::Key_Left, Qt::ControlModifier);
        QCOMPARE(session.currentQuestion(), questions[1]);
        QCOMPARE(window.chartView()->spec().questionId,
                 session.survey().questions[questions[1]].id);

        // The search box narrows the list; Down moves through the matches.
        QLineEdit* search = window.navigator()->searchBox();
        QTest::keyClicks(search, QStringLiteral("canali"));
        QTest::keyClick(search, Qt::Key_Down);
        const QString text = session.survey().questions[session.currentQuestion()].text;
        QVERIFY2(text.contains(QStringLiteral("canali"), Qt::CaseInsensitive), qPrintable(text));

        // The open comments (the last question) show their 85 answers in a table.
        search->clear();
        window.step(100);
        QCOMPARE(session.currentQuestion(), questions.last());
        QVERIFY(window.showsTextAnswers());
        QCOMPARE(window.textAnswersView()->model()->rowCount(), 85);
        QTest::keyClicks(window.textAnswersView()->searchBox(), QStringLiteral("formazione"));
        QTRY_VERIFY(window.textAnswersView()->model()->rowCount() < 85);
        for (const TextAnswer& a : window.textAnswersView()->model()->answers())
            QVERIFY(a.text.contains(QStringLiteral("formazione"), Qt::CaseInsensitive));
        window.step(-1);
        QVERIFY(!window.showsTextAnswers());
    }

    void firstWindowFitsALaptopScreen() {
        // Opened for the first time (no saved geometry), the window is 1440 × 900 only where
        // the screen has room: on a smaller one (the offscreen platform's 800 × 600, a laptop's
        // 1366 × 768) it takes the available area instead of running off the edges.
        QSettings().remove(QStringLiteral("window/geometry"));
        MainWindow window;
        const QRect available = window.screen()->availableGeometry();
        QVERIFY(available.width() < 1440);
        QCOMPARE(window.size(), QSize(1440, 900).boundedTo(available.size()));
    }

    void respondentIdsReadWhenFirstShown() {
        // A project opened in the window leaves its respondent ids in the file (at a million
        // respondents the largest part of the answers) until the open answers, which list
        // them, are first shown; then they are the ids of the export, not numbers.
        const QString csv = m_dir->filePath(QStringLiteral("ids.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("ID risposta,Settore,Commenti\n"
                   "R-907,Banche,La VPN non reggeva tutti gli accessi del lunedì mattina\n"
                   "R-12,Telco,\n"
                   "R-33,Banche,Servono più ore di formazione sui nuovi canali digitali\n"
                   "R-5,Retail,\n"
                   "R-640,Telco,Gli operatori da casa rispondono più in fretta di prima\n"
                   "R-71,Retail,\n"
                   "R-2,Banche,\n"
                   "R-88,Telco,Abbiamo dovuto comprare cuffie e portatili per tutti quanti\n");
        file.close();
        const QString path = m_dir->filePath(QStringLiteral("ids.sondo"));
        QVERIFY(ProjectService::importAndOpen(csv, path, {}).ok());

        MainWindow window;
        window.show();
        QSignalSpy opened(&window, &MainWindow::projectOpened);
        window.openPath(path);
        QVERIFY(opened.wait(kTimeout));
        const AnalysisSession& session = window.session();
        QVERIFY(session.responses().respondentIds.isEmpty());
        const int comments = questionByText(session.survey(), QStringLiteral("Commenti"));
        QCOMPARE(session.survey().questions.value(comments).type, QuestionType::Text);
        window.showQuestion(comments);
        QVERIFY(window.showsTextAnswers());
        QStringList ids;
        for (const TextAnswer& a : window.textAnswersView()->model()->answers())
            ids << a.respondentId;
        // By hand from the file above: the four rows with a comment, in file order.
        QCOMPARE(ids, (QStringList{"R-907", "R-33", "R-640", "R-88"}));
        QCOMPARE(session.responses().respondentIds.size(), qsizetype(8));
    }

    void filterChangesChartAndBase() {
        MainWindow window;
        window.show();
        QVERIFY(openDemo(window));
        AnalysisSession& session = window.session();
        const Survey& survey = session.survey();
        const int settore = questionByText(survey, QStringLiteral("Settore"));
        const int emergenza = questionByText(survey, QStringLiteral("L'emergenza Covid"));
        const int pa = int(
            survey.questions[settore].options.indexOf(QStringLiteral("Pubblica amministrazione")));
        QVERIFY(settore >= 0 && emergenza >= 0 && pa >= 0);
        window.showQuestion(emergenza);

        // Tick "Pubblica amministrazione" in the filter panel, as the analyst would.
        QTreeWidgetItem* item = window.filterPanel()->optionItem(settore, pa);
        QVERIFY(item);
        item->setCheckState(0, Qt::Checked);
        // Hand count (README): 42 respondents in public administration, all of whom answered;
        // the header says what the chart's footer says.
        QCOMPARE(window.chipsBar()->baseText(), QStringLiteral("Base: 42 of 300"));
        QCOMPARE(window.chartView()->spec().footer, window.chipsBar()->baseText());
        QCOMPARE(window.chipsBar()->chipTexts(),
                 QStringList{QStringLiteral("Settore: Pubblica amministrazione")});

        // The bars are the percentages of the respondents in that sector, counted directly.
        RespondentMask mask(300, 0);
        const auto& codes = session.responses().columns[std::size_t(settore)].codes;
        for (int r = 0; r < 300; ++r)
            mask[r] = codes[r] == pa + 1;
        const FrequencyTable table =
            FrequencyTable::compute(survey, session.responses(), emergenza, mask);
        const ChartSpec& spec = window.chartView()->spec();
        QCOMPARE(spec.questionId, survey.questions[emergenza].id);
        QCOMPARE(spec.series.size(), 1);
        QCOMPARE(spec.series[0].values.size(), table.rows.size());
        for (int i = 0; i < table.rows.size(); ++i)
            QCOMPARE(spec.series[0].values[i], table.rows[i].percent);
        // README (R): 38.1% of public administration agrees (Abbastanza + Molto d'accordo).
        const double agree =
            spec.series[0].values[spec.categories.indexOf(QStringLiteral("Abbastanza d'accordo"))] +
            spec.series[0].values[spec.categories.indexOf(QStringLiteral("Molto d'accordo"))];
        QCOMPARE(qRound(10 * agree), 381);
        QVERIFY(spec.footer.contains(QStringLiteral("42")));
        QVERIFY(window.chartView()->chartScene()->texts().contains(spec.footer));

        // The navigator's bases follow the filter.
        QuestionListModel* model = window.navigator()->model();
        QCOMPARE(
            model->data(model->indexOf(settore, QuestionListModel::BaseColumn), Qt::DisplayRole)
                .toString(),
            QStringLiteral("42"));

        // Removing the chip removes the filter.
        QToolButton* remove = window.chipsBar()->chipRemoveButton(0);
        QVERIFY(remove);
        remove->click();
        QVERIFY(session.filter().isEmpty());
        QCOMPARE(window.chipsBar()->baseText(), QStringLiteral("Base: 300"));
        QCOMPARE(item->checkState(0), Qt::Unchecked);

        // Clear all removes every filter in one click.
        window.setFilterOption(settore, pa, true);
        window.setFilterOption(settore, 0, true);
        QCOMPARE(window.chipsBar()->chipTexts().size(), 1);
        window.chipsBar()->clearAllButton()->click();
        QVERIFY(session.filter().isEmpty());
        QCOMPARE(window.chipsBar()->baseText(), QStringLiteral("Base: 300"));
    }

    void compareBySegment() {
        MainWindow window;
        window.show();
        QVERIFY(openDemo(window));
        const Survey& survey = window.session().survey();
        const int settore = questionByText(survey, QStringLiteral("Settore"));
        const int dimensione = questionByText(survey, QStringLiteral("Dimensione"));
        const int canali = questionByText(survey, QStringLiteral("Quali canali"));
        const int remoto = questionByText(survey, QStringLiteral("Avete introdotto"));
        const int soddisfatti = questionByText(survey, QStringLiteral("Quanto siete soddisfatti"));

        // Choose "Settore" in the toolbar's combo box.
        QComboBox* combo = window.compareByBox();
        const int index = combo->findData(settore);
        QVERIFY(index > 0);
        combo->setCurrentIndex(index);
        emit combo->activated(index);
        QCOMPARE(window.session().compareBy(), settore);

        window.showQuestion(canali);
        ChartSpec spec = window.chartView()->spec();
        QCOMPARE(spec.kind, ChartKind::GroupedBars);
        QCOMPARE(spec.series.size(), survey.questions[settore].options.size());

        window.showQuestion(soddisfatti);
        spec = window.chartView()->spec();
        QCOMPARE(spec.kind, ChartKind::StackedPercentBars);
        // One bar per sector plus the total.
        QCOMPARE(spec.categories.size(), survey.questions[settore].options.size() + 1);

        // README (R chisq.test): size x remote work, chi-square 48.0, df 6, p = 1.2e-08.
        window.setCompareBy(dimensione);
        window.showQuestion(remoto);
        spec = window.chartView()->spec();
        QCOMPARE(spec.series.size(), survey.questions[dimensione].options.size());
        QVERIFY2(spec.notes.join('\n').contains(QStringLiteral("Chi-square p < 0.001")),
                 qPrintable(spec.notes.join('\n')));

        window.setCompareBy(-1);
        QCOMPARE(combo->currentIndex(), 0);
        QCOMPARE(window.chartView()->spec().kind, ChartKind::HorizontalBars);
    }

    void chartOptionsFromToolbar() {
        MainWindow window;
        window.show();
        QVERIFY(openDemo(window));
        const Survey& survey = window.session().survey();
        const int canali = questionByText(survey, QStringLiteral("Quali canali"));
        window.showQuestion(canali);
        QComboBox* sort = window.sortBox();
        sort->setCurrentIndex(1);
        emit sort->activated(1);
        // README: chat grew most, then email, then messaging apps.
        const QStringList categories = window.chartView()->spec().categories;
        QCOMPARE(categories.mid(0, 2), (QStringList{"Chat / live chat", "Email"}));
        QTest::keyClicks(window.sourceNoteEdit(),
                         QStringLiteral("Fonte: indagine Club CMMC, marzo 2020"));
        QCOMPARE(window.chartView()->spec().sourceNote,
                 QStringLiteral("Fonte: indagine Club CMMC, marzo 2020"));
        QVERIFY(window.chartView()->chartScene()->texts().contains(
            QStringLiteral("Fonte: indagine Club CMMC, marzo 2020")));
        const int likert = questionByText(survey, QStringLiteral("L'emergenza Covid"));
        window.showQuestion(likert);
        window.divergingBox()->setChecked(true);
        QCOMPARE(window.chartView()->spec().kind, ChartKind::DivergingStacked);
    }

    void exportFormats_data() {
        QTest::addColumn<int>("format");
        QTest::addColumn<bool>("transparent");
        QTest::newRow("png") << int(ExportFormat::Png) << false;
        QTest::newRow("png transparent") << int(ExportFormat::Png) << true;
        QTest::newRow("svg") << int(ExportFormat::Svg) << false;
        QTest::newRow("pdf") << int(ExportFormat::Pdf) << false;
    }

    void exportFormats() {
        QFETCH(int, format);
        QFETCH(bool, transparent);
        MainWindow window;
        QVERIFY(openDemo(window));
        const Survey& survey = window.session().survey();
        window.showQuestion(questionByText(survey, QStringLiteral("Settore")));
        ExportOptions options;
        options.size = ChartExporter::presetSize(SizePreset::Newsletter);
        options.scale = 2;
        options.transparent = transparent;
        QTemporaryDir out;
        const auto fmt = ExportFormat(format);
        const QString path = out.filePath(QStringLiteral("chart.") + ChartExporter::extension(fmt));
        const auto done = window.exportCurrentChart(path, fmt, options);
        QVERIFY2(done.ok(), qPrintable(done.error().toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        switch (fmt) {
        case ExportFormat::Png: {
            QImage image;
            QVERIFY(image.loadFromData(bytes, "PNG"));
            QCOMPARE(image.size(), QSize(2400, 1350));
            QCOMPARE(qAlpha(image.pixel(2, 2)), transparent ? 0 : 255);
            // Something is drawn: the bars are the theme's blue.
            bool blue = false;
            for (int y = 0; y < image.height() && !blue; y += 4)
                for (int x = 0; x < image.width() && !blue; x += 4)
                    blue = image.pixel(x, y) == qRgb(0x00, 0x72, 0xb2);
            QVERIFY(blue);
            break;
        }
        case ExportFormat::Svg:
            QVERIFY(bytes.contains("<svg"));
            QVERIFY(bytes.contains("Settore"));
            QVERIFY(bytes.contains("Pubblica amministrazione"));
            break;
        case ExportFormat::Pdf:
            QVERIFY(bytes.startsWith("%PDF-"));
            QVERIFY(bytes.size() > 2000);
            break;
        }
    }

    void exportAllAndDialog() {
        MainWindow window;
        QVERIFY(openDemo(window));
        QTemporaryDir out;
        ExportOptions options;
        options.size = ChartExporter::presetSize(SizePreset::Square);
        const auto written = window.exportAllCharts(out.path(), ExportFormat::Png, options);
        QVERIFY2(written.ok(), qPrintable(written.error().toString()));
        // 15 questions, the open comments have no chart.
        QCOMPARE(written.value().size(), 14);
        // Numbers padded, so that the folder sorts in questionnaire order (issue 10 §2).
        QVERIFY(QFile::exists(out.filePath(QStringLiteral("Q01-settore.png"))));
        QImage first(written.value().first());
        QCOMPARE(first.size(), QSize(1080, 1080));

        // The dialog gathers the same options.
        ExportDialog dialog(ExportDialog::Mode::CurrentChart, window.chartView()->spec(), 1);
        dialog.setFormat(ExportFormat::Svg);
        dialog.setSize(SizePreset::A4Landscape);
        dialog.setScale(3);
        dialog.setShowTitle(false);
        QVERIFY(dialog.target().endsWith(QStringLiteral("Q1-settore.svg")));
        ExportOptions chosen = dialog.options();
        QCOMPARE(chosen.size, ChartExporter::presetSize(SizePreset::A4Landscape));
        QCOMPARE(chosen.scale, 1.0); // scale is for PNG only
        QVERIFY(chosen.showTitle.has_value() && !*chosen.showTitle);
        dialog.setFormat(ExportFormat::Png);
        dialog.setSize(std::nullopt, QSizeF(800, 600));
        chosen = dialog.options();
        QCOMPARE(chosen.size, QSizeF(800, 600));
        QCOMPARE(chosen.scale, 3.0);
        QVERIFY(dialog.target().endsWith(QStringLiteral("Q1-settore.png")));
    }

    void italianAndEnglish() {
        MainWindow window;
        window.show();
        QVERIFY(openDemo(window));
        const Survey& survey = window.session().survey();
        window.showQuestion(questionByText(survey, QStringLiteral("Quali canali")));
        QDockWidget* questions = window.findChild<QDockWidget*>(QStringLiteral("questionsDock"));
        QVERIFY(questions);
        QCOMPARE(questions->windowTitle(), QStringLiteral("Questions"));

        window.translator()->setPreference(QStringLiteral("it"));
        QCOMPARE(window.translator()->language(), QStringLiteral("it"));
        QTRY_COMPARE(questions->windowTitle(), QStringLiteral("Domande"));
        QCOMPARE(window.compareByBox()->itemText(0), QStringLiteral("Nessun confronto"));
        // Strings made in core (chart notes) follow too, and numbers are Italian.
        const QString notes = window.chartView()->spec().notes.join('\n');
        QVERIFY2(notes.contains(QStringLiteral("Risposte multiple")), qPrintable(notes));
        window.setFilterOption(questionByText(survey, QStringLiteral("Settore")), 0, true);
        // The header leads with the chart footer's words (in Italian: "Base: 39 di …"), then
        // says how many of the filter's respondents answered.
        QVERIFY2(
            window.chipsBar()->baseText().startsWith(window.chartView()->spec().footer),
            qPrintable(window.chipsBar()->baseText() + " / " + window.chartView()->spec().footer));
        // Hand count (README): 42 in public administration, 39 of whom answered. (The words
        // after the footer's are new this session: English until the translation is merged.)
        QVERIFY2(window.chipsBar()->baseText().contains(QStringLiteral("42")),
                 qPrintable(window.chipsBar()->baseText()));
        // Also core strings that lupdate files under a class context rather than "sondo".
        window.setCompareBy(questionByText(survey, QStringLiteral("Dimensione")));
        window.showQuestion(questionByText(survey, QStringLiteral("Quanto siete soddisfatti")));
        const ChartSpec compared = window.chartView()->spec();
        QVERIFY2(compared.subtitle.contains(QStringLiteral("Confronto per")),
                 qPrintable(compared.subtitle));
        QVERIFY2(compared.categories.last().startsWith(QStringLiteral("Totale")),
                 qPrintable(compared.categories.join('|')));
        QVERIFY2(compared.notes.join('\n').contains(QStringLiteral("Chi-quadro p = 0,")),
                 qPrintable(compared.notes.join('\n')));

        window.translator()->setPreference(QStringLiteral("en"));
        QTRY_COMPARE(questions->windowTitle(), QStringLiteral("Questions"));
        QVERIFY2(window.chipsBar()->baseText().startsWith(QStringLiteral("Base: ")) &&
                     window.chipsBar()->baseText().startsWith(window.chartView()->spec().footer),
                 qPrintable(window.chipsBar()->baseText()));
    }

    void chartLanguageIsTheExportsOwn() {
        // The interface in English, the demo survey in Italian: an export in "the survey's
        // language" writes Italian notes and numbers, one in English English ones, and the
        // window stays in English either way.
        MainWindow window;
        window.show();
        QVERIFY(openDemo(window));
        window.translator()->setPreference(QStringLiteral("en"));
        QDockWidget* questions = window.findChild<QDockWidget*>(QStringLiteral("questionsDock"));
        QVERIFY(questions);
        QTRY_COMPARE(questions->windowTitle(), QStringLiteral("Questions"));
        window.showQuestion(
            questionByText(window.session().survey(), QStringLiteral("Quali canali")));
        QTemporaryDir out;
        ExportOptions options;
        options.size = ChartExporter::presetSize(SizePreset::Newsletter);
        const QString italian = out.filePath(QStringLiteral("it.svg"));
        const QString english = out.filePath(QStringLiteral("en.svg"));
        QVERIFY(window.exportCurrentChart(italian, ExportFormat::Svg, options, "auto").ok());
        QVERIFY(window.exportCurrentChart(english, ExportFormat::Svg, options, "en").ok());
        auto read = [](const QString& path) {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        };
        // The note's words as the catalogues have them (ChartNotes::multipleAnswers).
        QVERIFY2(read(italian).contains(QStringLiteral("Risposte multiple")), "no Italian note");
        QVERIFY(!read(italian).contains(QStringLiteral("Multiple answers possible")));
        QVERIFY(read(english).contains(QStringLiteral("Multiple answers possible")));
        // The window's chart and its dock titles are still English.
        QCoreApplication::processEvents();
        QCOMPARE(questions->windowTitle(), QStringLiteral("Questions"));
        QVERIFY(window.chartView()->spec().notes.join('\n').contains(
            QStringLiteral("Multiple answers possible")));

        // The dialog offers the choice, "the survey's language" first, and remembers it.
        ExportDialog dialog(ExportDialog::Mode::CurrentChart, window.chartView()->spec(), 1);
        dialog.setChartLanguage(QStringLiteral("it"));
        QCOMPARE(dialog.chartLanguage(), QStringLiteral("it"));
        dialog.setChartLanguage(QStringLiteral("xx"));
        QCOMPARE(dialog.chartLanguage(), QStringLiteral("auto"));
        if (qEnvironmentVariableIsSet("SONDO_SHOTS")) {
            dialog.show();
            QCoreApplication::processEvents();
            dialog.grab().save(qEnvironmentVariable("SONDO_SHOTS") + QStringLiteral("/export.png"));
        }
    }

    void reimportNewerExportFromMenu() {
        // A project from the demo, then a "newer export" that lost its last 20 respondents and
        // whose first respondent changed sector: File > Re-import updates the open project.
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("demo.sondo"));
        auto imported = SurveyImporter::importFile(kDemo, ImportOptions{});
        QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
        QVERIFY(ProjectStore::write(project, imported.value()).ok());

        QFile demo(kDemo);
        QVERIFY(demo.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = demo.readAll().split('\n');
        // Comments may span lines: cut whole records by counting from the known header count.
        const QString newer = dir.filePath(QStringLiteral("demo-newer.csv"));
        {
            auto read = CsvReader::read(kDemo);
            QVERIFY(read.ok());
            const qint64 cut = read.value().table.lineOf(read.value().table.rowCount() - 20);
            lines = lines.mid(0, int(cut - 1));
            QFile out(newer);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(lines.join('\n') + '\n');
        }

        MainWindow window;
        window.show();
        window.openPath(project);
        QTRY_VERIFY_WITH_TIMEOUT(window.session().hasProject() && !window.isBusy(), kTimeout);
        QCOMPARE(window.session().totalRespondents(), qint64(300));
        const QString q8Text =
            window.session()
                .project()
                .survey.questions
                .value(window.session().project().survey.findQuestion(QStringLiteral("Q8")))
                .text;

        window.reimport(newer);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy() && window.session().totalRespondents() == 280,
                                 kTimeout);
        // Same ids for the same questions, and the file on disk holds the update.
        const Survey& survey = window.session().project().survey;
        QCOMPARE(survey.questions.value(survey.findQuestion(QStringLiteral("Q8"))).text, q8Text);
        auto reread = ProjectStore::read(project);
        QVERIFY(reread.ok());
        QCOMPARE(reread.value().responses.respondentCount, 280);
        QCOMPARE(reread.value().imports.size(), 2);
    }

    void stateRestoredWhenReopened() {
        const Survey* survey = nullptr;
        int settore = -1, dimensione = -1, soddisfatti = -1, telco = -1;
        {
            MainWindow window;
            window.show();
            QVERIFY(openDemo(window));
            survey = &window.session().survey();
            settore = questionByText(*survey, QStringLiteral("Settore"));
            dimensione = questionByText(*survey, QStringLiteral("Dimensione"));
            soddisfatti = questionByText(*survey, QStringLiteral("Quanto siete soddisfatti"));
            telco = int(
                survey->questions[settore].options.indexOf(QStringLiteral("Telecomunicazioni")));
            QVERIFY(telco >= 0);
            window.setFilterOption(settore, telco, true);
            window.setCompareBy(dimensione);
            window.showQuestion(soddisfatti);
            QTest::keyClicks(window.sourceNoteEdit(), QStringLiteral("Fonte: prova"));
            window.close(); // saves the state
        }
        // Reopening the survey opens its project (same bytes): no preview this time.
        MainWindow window;
        QSignalSpy opened(&window, &MainWindow::projectOpened);
        window.openPath(m_survey);
        QVERIFY(opened.wait(kTimeout));
        QVERIFY(!window.findChild<ImportPreviewDialog*>());
        const AnalysisSession& session = window.session();
        QCOMPARE(session.currentQuestion(), soddisfatti);
        QCOMPARE(session.compareBy(), dimensione);
        QCOMPARE(session.filter().conditions(), (QMap<int, QList<int>>{{settore, {telco}}}));
        QCOMPARE(session.chartOptions().sourceNote, QStringLiteral("Fonte: prova"));
        QCOMPARE(window.navigator()->currentQuestion(), soddisfatti);
        QCOMPARE(window.compareByBox()->currentData().toInt(), dimensione);
        QCOMPARE(window.sourceNoteEdit()->text(), QStringLiteral("Fonte: prova"));
        QCOMPARE(window.filterPanel()->optionItem(settore, telco)->checkState(0), Qt::Checked);
        QCOMPARE(window.chipsBar()->chipTexts().size(), 1);
        QCOMPARE(window.chartView()->spec().questionId, session.survey().questions[soddisfatti].id);

        // Opening the .sondo itself gives the same.
        MainWindow direct;
        QSignalSpy directOpened(&direct, &MainWindow::projectOpened);
        direct.openPath(window.projectPath());
        QVERIFY(directOpened.wait(kTimeout));
        QCOMPARE(direct.session().currentQuestion(), soddisfatti);
        QCOMPARE(direct.session().compareBy(), dimensione);
    }

    void renameOptionWithUndo() {
        int settore = -1, pa = -1;
        const QString name = QStringLiteral("Pubblica amministrazione");
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(openDemo(window));
            const AnalysisSession& session = window.session();
            settore = questionByText(session.survey(), QStringLiteral("Settore"));
            pa = int(session.survey().questions[settore].options.indexOf(name));
            QVERIFY(pa >= 0);
            window.showQuestion(settore);
            window.setFilterOption(settore, pa, true);
            MainActions* actions = window.actions();
            QVERIFY(!actions->undoAction()->isEnabled());
            QCOMPARE(actions->undoAction()->text(), QStringLiteral("&Undo"));
            QVERIFY(actions->renameOptionAction()->isEnabled());
            QCOMPARE(actions->editMenu()->actions().first(), actions->undoAction());

            // Edit > Rename Option on the chart's question: choose the option, type the label.
            window.renameOptionWithDialog(settore, pa);
            auto* dialog = window.findChild<RenameOptionDialog*>();
            QVERIFY(dialog && dialog->isVisible());
            QCOMPARE(dialog->optionBox()->currentText(), name);
            QCOMPARE(dialog->labelEdit()->text(), name);
            dialog->labelEdit()->clear();
            QTest::keyClicks(dialog->labelEdit(), QStringLiteral("PA"));
            dialog->accept();

            // The chart, the filter panel and the chips say PA; the filter and base stay.
            QVERIFY(window.chartView()->spec().categories.contains(QStringLiteral("PA")));
            QVERIFY(!window.chartView()->spec().categories.contains(name));
            QVERIFY(window.chartView()->chartScene()->texts().contains(QStringLiteral("PA")));
            QCOMPARE(window.filterPanel()->optionItem(settore, pa)->text(0), QStringLiteral("PA"));
            QCOMPARE(window.filterPanel()->optionItem(settore, pa)->checkState(0), Qt::Checked);
            QCOMPARE(window.chipsBar()->chipTexts(), QStringList{QStringLiteral("Settore: PA")});
            QCOMPARE(window.chipsBar()->baseText(), QStringLiteral("Base: 42 of 300"));
            QVERIFY(actions->undoAction()->isEnabled());
            QCOMPARE(actions->undoAction()->text(), QStringLiteral("&Undo Rename option"));

            actions->undoAction()->trigger();
            QVERIFY(window.chartView()->spec().categories.contains(name));
            QCOMPARE(window.filterPanel()->optionItem(settore, pa)->text(0), name);
            QCOMPARE(actions->redoAction()->text(), QStringLiteral("&Redo Rename option"));
            QVERIFY(!actions->undoAction()->isEnabled());
            window.saveStateNow();
            QVERIFY(!ProjectStore::readState(window.projectPath())
                         .value()
                         .contains(QStringLiteral("edits")));

            actions->redoAction()->trigger();
            QVERIFY(window.chartView()->spec().categories.contains(QStringLiteral("PA")));
            window.close(); // saves the state, the rename with it
        }
        // Reopened: the rename is applied before the saved filter is read.
        MainWindow window;
        QSignalSpy opened(&window, &MainWindow::projectOpened);
        window.openPath(m_survey);
        QVERIFY(opened.wait(kTimeout));
        const AnalysisSession& session = window.session();
        QCOMPARE(session.survey().questions[settore].options[pa], QStringLiteral("PA"));
        QCOMPARE(session.currentQuestion(), settore);
        QCOMPARE(session.filter().conditions(), (QMap<int, QList<int>>{{settore, {pa}}}));
        QVERIFY(window.chartView()->spec().categories.contains(QStringLiteral("PA")));
        QCOMPARE(window.filterPanel()->optionItem(settore, pa)->text(0), QStringLiteral("PA"));
        QVERIFY(!window.actions()->undoAction()->isEnabled());
        // A label another option has is refused with a message; nothing changes.
        const QString other = session.survey().questions[settore].options[pa == 0 ? 1 : 0];
        QVERIFY(!window.document()->renameOption(settore, pa, other).ok());
        QCOMPARE(window.document()->undoStack()->count(), 0);
    }

    void changedSurveyAsksAndKeepsState() {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("indagine.csv"));
        QVERIFY(QFile::copy(kDemo, copy));
        int settore = -1;
        QString option;
        {
            MainWindow window;
            QSignalSpy opened(&window, &MainWindow::projectOpened);
            window.openPath(copy);
            ImportPreviewDialog* preview = waitForPreview(window);
            QVERIFY(preview);
            preview->accept();
            QVERIFY(opened.wait(kTimeout));
            settore = questionByText(window.session().survey(), QStringLiteral("Settore"));
            option = window.session().survey().questions[settore].options.value(0);
            QCOMPARE(option, QStringLiteral("Pubblica amministrazione"));
            window.setFilterOption(settore, 0, true);
            window.saveStateNow();
        }
        // The export is downloaded again without its first respondent (a public administration
        // one, so the sectors now appear in another order).
        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        const qsizetype firstRow = bytes.indexOf('\n') + 1;
        bytes.remove(firstRow, bytes.indexOf('\n', firstRow) + 1 - firstRow);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();

        MainWindow window;
        QSignalSpy opened(&window, &MainWindow::projectOpened);
        window.openPath(copy);
        QMessageBox* box = waitForQuestion(window);
        QVERIFY(box);
        QPushButton* update = nullptr;
        for (QAbstractButton* b : box->buttons())
            if (b->text() == QStringLiteral("Update the project"))
                update = qobject_cast<QPushButton*>(b);
        QVERIFY2(update, qPrintable(box->text()));
        update->click();
        QVERIFY(opened.wait(kTimeout));
        // Updated in place: no preview, the same project file.
        QVERIFY(!window.findChild<ImportPreviewDialog*>());
        QCOMPARE(window.projectPath(), dir.filePath(QStringLiteral("indagine.sondo")));
        QCOMPARE(window.session().totalRespondents(), qint64(299));
        const QMap<int, QList<int>> conditions = window.session().filter().conditions();
        QCOMPARE(conditions.keys(), QList<int>{settore});
        const QStringList options = window.session().survey().questions[settore].options;
        QVERIFY(options.indexOf(option) > 0); // no longer the first option ...
        QCOMPARE(conditions[settore], QList<int>{int(options.indexOf(option))}); // ... still it

        // The project now comes from the new export: reopening it asks nothing.
        MainWindow again;
        QSignalSpy reopened(&again, &MainWindow::projectOpened);
        again.openPath(copy);
        QVERIFY(reopened.wait(kTimeout));
        QVERIFY(again.findChildren<QMessageBox*>().isEmpty());
        QCOMPARE(again.session().totalRespondents(), qint64(299));
    }

    void cancelLeavesNothing() {
        // A large export (60,000 respondents), cancelled as soon as it starts.
        QTemporaryDir dir;
        const QString big = dir.filePath(QStringLiteral("grande.csv"));
        QFile in(kDemo);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = in.readAll().split('\n');
        QFile out(big);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(lines[0] + '\n');
        // The first two respondents have no line breaks inside their cells.
        for (int i = 0; i < 60000; ++i)
            out.write(lines[1 + i % 2] + '\n');
        out.close();

        MainWindow window;
        window.show();
        window.openPath(big);
        QVERIFY(window.isBusy());
        QPushButton* cancel = nullptr;
        for (QPushButton* b : window.findChildren<QPushButton*>())
            if (b->text() == QStringLiteral("Cancel") && b->isVisible())
                cancel = b;
        QStringList texts;
        for (QPushButton* b : window.findChildren<QPushButton*>())
            texts << b->text() + (b->isVisible() ? "+" : "-");
        QVERIFY2(cancel, qPrintable(texts.join('|')));
        cancel->click();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), kTimeout);
        QVERIFY(!window.findChild<ImportPreviewDialog*>());
        QVERIFY(!window.session().hasProject());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("grande.sondo"))));
    }

    void dropOpensFile() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(m_survey)});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QSignalSpy opened(&window, &MainWindow::projectOpened);
        QApplication::sendEvent(&window, &drop);
        ImportPreviewDialog* preview = waitForPreview(window);
        QVERIFY(preview);
        preview->accept();
        QVERIFY(opened.wait(kTimeout));
        QVERIFY(window.session().hasProject());

        QMimeData other;
        other.setUrls(
            {QUrl::fromLocalFile(QStringLiteral(SONDO_SOURCE_DIR "/resources/demo/README.md"))});
        QDragEnterEvent refuse(QPoint(50, 50), Qt::CopyAction, &other, Qt::LeftButton,
                               Qt::NoModifier);
        refuse.setAccepted(false);
        QApplication::sendEvent(&window, &refuse);
        QVERIFY(!refuse.isAccepted());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
