// ProjectService, the one way from a path to a project for the command line and the window: what
// it opens (a project from disk, a survey export in memory, only the answers asked for), what it
// tells the window about a survey file (its project up to date, outdated, none yet, unreadable),
// and that importing, re-importing and saving go to the file and come back from it.
//
// Fixtures: the bundled demo survey (300 respondents, 15 questions; counts as in tst_cli) and
// tests/data/analysis/survey_v1.csv and survey_v2.csv, two exports of one small survey (12
// respondents each).

#include "../common/TestFiles.h"
#include "project/ProjectService.h"
#include "stats/WeightingSettings.h"
#include "storage/ProjectStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace sondo;

namespace {

using test::demoSurveyPath;
using test::sha256;

/** Copies `from` over `to`, replacing it. */
bool copyOver(const QString& from, const QString& to) {
    QFile::remove(to);
    return QFile::copy(from, to);
}

} // namespace

class TestProjectService : public QObject {
    Q_OBJECT

private slots:
    void opensExportInMemoryAndProjectFromDisk() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString survey = dir.filePath(QStringLiteral("demo.csv"));
        QVERIFY(QFile::copy(demoSurveyPath(), survey));
        QVERIFY(!ProjectService::isProjectFile(survey));

        auto inMemory = ProjectService::open(survey);
        QVERIFY2(inMemory.ok(), qPrintable(inMemory.error().toString()));
        QCOMPARE(inMemory.value().responses.respondentCount, 300);
        // Nothing written for an export opened as it is.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("demo.csv")});

        const QString project = ProjectService::besidePath(survey);
        QCOMPARE(project, dir.filePath(QStringLiteral("demo.sondo")));
        auto imported = ProjectService::importInto(survey, project, {});
        QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
        QVERIFY(ProjectService::isProjectFile(project));
        auto fromDisk = ProjectService::open(project);
        QVERIFY2(fromDisk.ok(), qPrintable(fromDisk.error().toString()));
        QCOMPARE(fromDisk.value().survey.questions.size(),
                 inMemory.value().survey.questions.size());
        QCOMPARE(fromDisk.value().imports.size(), 1);
        QCOMPARE(fromDisk.value().imports.constFirst().sha256.toLatin1(), sha256(survey).toHex());

        // A survey export is not a project.
        QVERIFY(!ProjectService::openProject(survey).ok());
    }

    void openForLoadsOnlyTheAnswersNeeded() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString project = dir.filePath(QStringLiteral("demo.sondo"));
        QVERIFY(ProjectService::importInto(demoSurveyPath(), project, {}).ok());

        auto some = ProjectService::openFor(project, [](const Survey& survey) {
            std::vector<bool> needed(size_t(survey.questions.size()), false);
            needed[size_t(survey.findQuestion(QStringLiteral("Q8")))] = true;
            return needed;
        });
        QVERIFY2(some.ok(), qPrintable(some.error().toString()));
        const Survey& survey = some.value().survey;
        const int q8 = survey.findQuestion(QStringLiteral("Q8"));
        const int q11 = survey.findQuestion(QStringLiteral("Q11"));
        QCOMPARE(some.value().responses.respondentCount, 300);
        QCOMPARE(some.value().responses.columns[size_t(q8)].codes.size(), size_t(300));
        QVERIFY(some.value().responses.columns[size_t(q11)].values.empty());

        // An export has no columns to skip: it is imported whole.
        auto whole = ProjectService::openFor(demoSurveyPath(), [](const Survey& s) {
            return std::vector<bool>(s.questions.size());
        });
        QVERIFY2(whole.ok(), qPrintable(whole.error().toString()));
        QCOMPARE(whole.value().responses.columns[size_t(q11)].values.size(), size_t(300));
    }

    void theWindowLoadsWhatItShows() {
        // The window's open leaves in the file what it never shows: identifiers and metadata
        // such as IP addresses (and the respondent ids, read when the open answers show them).
        // It loads what it lists, the metadata dates (a report's fieldwork line) and the
        // metadata column the saved weighting reads its weights from.
        const int n = 4;
        Project p;
        const auto add = [&](const QString& id, QuestionType type, bool metadata,
                             const QStringList& options = {}) {
            Question q;
            q.id = id;
            q.code = id.toLower();
            q.text = id;
            q.type = type;
            q.metadata = metadata;
            q.options = options;
            p.survey.questions << q;
            p.responses.columns.emplace_back();
            AnswerColumn& c = p.responses.columns.back();
            for (int r = 0; r < n; ++r) {
                if (type == QuestionType::Single)
                    c.codes.push_back(1 + r % 2);
                else if (type == QuestionType::Numeric || type == QuestionType::Date)
                    c.values.push_back(1 + r);
                else
                    c.texts << QStringLiteral("%1-%2").arg(id).arg(r);
            }
        };
        add(QStringLiteral("Q1"), QuestionType::Single, false,
            {QStringLiteral("a"), QStringLiteral("b")});
        add(QStringLiteral("Q2"), QuestionType::Text, false);
        add(QStringLiteral("M1"), QuestionType::Identifier, true);
        add(QStringLiteral("M2"), QuestionType::Date, true);
        add(QStringLiteral("M3"), QuestionType::Numeric, true);
        add(QStringLiteral("M4"), QuestionType::Text, true);
        p.survey.title = QStringLiteral("t");
        p.responses.respondentCount = n;
        p.responses.respondentIds = {QStringLiteral("r9"), QStringLiteral("r7"),
                                     QStringLiteral("r5"), QStringLiteral("r3")};
        p.responses.weights.assign(n, 1.0);
        WeightingSettings weighting;
        weighting.method = WeightingSettings::Method::Column;
        weighting.column = QStringLiteral("M3");
        p.state = weighting.storedIn(p.state);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.sondo"));
        QVERIFY(ProjectStore::write(path, p).ok());

        const auto opened = ProjectService::openProject(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
        const std::vector<AnswerColumn>& columns = opened.value().responses.columns;
        QCOMPARE(columns[0].codes, p.responses.columns[0].codes);
        QCOMPARE(columns[1].texts, p.responses.columns[1].texts);
        QVERIFY(columns[2].texts.isEmpty());
        QCOMPARE(columns[3].values, p.responses.columns[3].values);
        QCOMPARE(columns[4].values, p.responses.columns[4].values);
        QVERIFY(columns[5].texts.isEmpty());
        QVERIFY(opened.value().responses.respondentIds.isEmpty());
        QCOMPARE(opened.value().responses.respondentCount, n);
        const auto ids = ProjectService::readRespondentIds(path);
        QVERIFY(ids.ok());
        QCOMPARE(ids.value(), p.responses.respondentIds);

        // Without the weighting, its column stays in the file too.
        QVERIFY(ProjectStore::writeState(path, WeightingSettings().storedIn(p.state)).ok());
        const auto unweighted = ProjectService::openProject(path);
        QVERIFY(unweighted.ok());
        QVERIFY(unweighted.value().responses.columns[4].values.empty());
    }

    void inspectTellsTheWindowWhatToDo() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString survey = dir.filePath(QStringLiteral("survey.csv"));
        QVERIFY(copyOver(QFINDTESTDATA("data/analysis/survey_v1.csv"), survey));

        // No project yet: the file imported in memory, for the preview.
        auto fresh = ProjectService::inspect(survey);
        QVERIFY2(fresh.ok(), qPrintable(fresh.error().toString()));
        QCOMPARE(fresh.value().finding, SurveyInspection::Finding::NoProject);
        QCOMPARE(fresh.value().project.responses.respondentCount, 12);
        QVERIFY(fresh.value().projectPath.isEmpty());

        // Its project beside it, made from these very bytes: opened.
        const QString project = ProjectService::newProjectPath(survey);
        QCOMPARE(project, dir.filePath(QStringLiteral("survey.sondo")));
        auto opened = ProjectService::importAndOpen(survey, project, {});
        QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
        QCOMPARE(opened.value().responses.respondentCount, 12);
        auto same = ProjectService::inspect(survey);
        QVERIFY2(same.ok(), qPrintable(same.error().toString()));
        QCOMPARE(same.value().finding, SurveyInspection::Finding::ProjectUpToDate);
        QCOMPARE(same.value().projectPath, project);
        QCOMPARE(same.value().project.survey.questions.size(),
                 opened.value().survey.questions.size());

        // A newer export in its place: the window asks before re-importing.
        QVERIFY(copyOver(QFINDTESTDATA("data/analysis/survey_v2.csv"), survey));
        auto changed = ProjectService::inspect(survey);
        QVERIFY2(changed.ok(), qPrintable(changed.error().toString()));
        QCOMPARE(changed.value().finding, SurveyInspection::Finding::ProjectOutdated);
        QCOMPARE(changed.value().projectPath, project);

        // Re-imported, the project holds both imports and is up to date again.
        auto updated = ProjectService::updateAndOpen(project, survey);
        QVERIFY2(updated.ok(), qPrintable(updated.error().toString()));
        QCOMPARE(updated.value().project.imports.size(), 2);
        QCOMPARE(updated.value().project.imports.constLast().sha256.toLatin1(),
                 sha256(survey).toHex());
        QCOMPARE(ProjectService::inspect(survey).value().finding,
                 SurveyInspection::Finding::ProjectUpToDate);
    }

    void inspectNeverReplacesAnUnreadableProject() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString survey = dir.filePath(QStringLiteral("survey.csv"));
        QVERIFY(copyOver(QFINDTESTDATA("data/analysis/survey_v1.csv"), survey));
        const QString project = ProjectService::besidePath(survey);
        QFile damaged(project);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        // An SQLite header, then nothing a database would hold.
        damaged.write(QByteArray("SQLite format 3", 16) + QByteArray(4096, 'x'));
        damaged.close();
        const QByteArray before = sha256(project);

        auto inspected = ProjectService::inspect(survey);
        QVERIFY(!inspected.ok());
        QVERIFY2(inspected.error().message.startsWith(
                     QStringLiteral("A project of this survey exists but cannot be opened: ")),
                 qPrintable(inspected.error().message));
        QCOMPARE(sha256(project), before);
    }

    void cancelledImportWritesNothing() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString project = dir.filePath(QStringLiteral("demo.sondo"));
        const ProgressCallback stop = [](qint64, qint64) {
            return false;
        };
        QVERIFY(!ProjectService::importAndOpen(demoSurveyPath(), project, {}, stop).ok());
        QVERIFY(!ProjectService::inspect(demoSurveyPath(), stop).ok());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void saveStateKeepsTheAnswers() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString project = dir.filePath(QStringLiteral("demo.sondo"));
        auto opened = ProjectService::importAndOpen(demoSurveyPath(), project, {});
        QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
        // The import saved its options in the state; the window's state replaces it.
        QVERIFY(!opened.value().state.isEmpty());
        const QJsonObject state{{QStringLiteral("currentQuestion"), QStringLiteral("Q8")}};
        QVERIFY(ProjectService::saveState(project, state).ok());
        auto reread = ProjectService::openProject(project);
        QVERIFY2(reread.ok(), qPrintable(reread.error().toString()));
        QCOMPARE(reread.value().state, state);
        QCOMPARE(reread.value().responses.respondentCount, 300);

        // A project held in memory, saved elsewhere whole.
        const QString copy = dir.filePath(QStringLiteral("copy.sondo"));
        QVERIFY(ProjectService::save(copy, reread.value()).ok());
        QCOMPARE(ProjectService::openProject(copy).value().state, state);
    }
};

QTEST_GUILESS_MAIN(TestProjectService)
#include "tst_projectservice.moc"
