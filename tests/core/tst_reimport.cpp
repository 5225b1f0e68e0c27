// Re-import of a newer export into an existing project (ProjectService::update over
// ProjectUpdater, `sondo import --update`):
// which questions and respondents are the same, which ids they keep, what the report counts,
// that the analyst's saved state and import options survive, and that a failed update leaves the
// project file byte for byte as it was.
//
// Every expected count below was worked out by hand from the small tables in this file: each
// respondent's answers in the old and the new version are listed side by side in the comments.

#include "../common/SondoProcess.h"
#include "../common/TestFiles.h"
#include "filter/SegmentFilter.h"
#include "import/SurveyImporter.h"
#include "project/ProjectService.h"
#include "project/ProjectUpdater.h"
#include "project/SavedImportOptions.h"
#include "storage/ProjectStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <limits>

using namespace sondo;

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

Question question(const QString& id, const QString& code, QuestionType type,
                  const QStringList& options = {}, const QString& text = {}) {
    Question q;
    q.id = id;
    q.code = code;
    q.text = text.isEmpty() ? code : text;
    q.type = type;
    q.options = options;
    q.metadata = id.startsWith(u'M');
    return q;
}

AnswerColumn codes(std::vector<std::int32_t> values) {
    AnswerColumn a;
    a.codes = std::move(values);
    return a;
}

AnswerColumn numbers(std::vector<double> values) {
    AnswerColumn a;
    a.values = std::move(values);
    return a;
}

AnswerColumn texts(const QStringList& values) {
    AnswerColumn a;
    a.texts = values;
    return a;
}

/** Multiple choice from one string per respondent: "" unanswered, "-" none chosen, "02" = options 0
 * and 2. */
AnswerColumn flags(const QStringList& rows, int options) {
    AnswerColumn a;
    a.selected.assign(size_t(options), std::vector<std::uint8_t>(size_t(rows.size()), 0));
    a.answered.assign(size_t(rows.size()), 0);
    for (int r = 0; r < rows.size(); ++r) {
        if (rows[r].isEmpty())
            continue;
        a.answered[size_t(r)] = 1;
        for (QChar c : rows[r])
            if (c.isDigit())
                a.selected[size_t(c.digitValue())][size_t(r)] = 1;
    }
    return a;
}

Project project(const QList<Question>& questions, const QStringList& ids,
                std::vector<AnswerColumn> columns) {
    Project p;
    p.survey.title = QStringLiteral("Indagine");
    p.survey.questions = questions;
    p.responses.respondentCount = int(ids.size());
    p.responses.respondentIds = ids;
    p.responses.weights.assign(size_t(ids.size()), 1.0);
    p.responses.columns = std::move(columns);
    ImportRecord record;
    record.sourceName = QStringLiteral("v.csv");
    record.rows = ids.size();
    p.imports.append(record);
    return p;
}

QStringList idsOf(const Survey& survey) {
    QStringList ids;
    for (const Question& q : survey.questions)
        ids.append(q.id);
    return ids;
}

using test::sha256;

bool writeFile(const QString& path, const QByteArray& data) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

using Run = sondo::test::SondoRun;
using sondo::test::runSondo;

// A LimeSurvey export (codes as headers; "id" is the respondent id) and a later one of the same
// survey: columns reordered, "sodd" dropped, "regione" added.
//   id  v1: sesso eta  | v2: eta sesso
//   11      Uomo  34   |    (gone)              removed
//   12      Donna 45   |    45  Donna           unchanged
//   13      Donna 29   |    30  Donna           changed (eta)
//   14      Uomo  52   |    52  Uomo            unchanged
//   15      Donna 38   |    38  Uomo            changed (sesso)
//   16, 17                  (new)               added
const QByteArray kVersion1 = "id,submitdate,lastpage,startlanguage,sesso,eta,sodd\n"
                             "11,2024-03-01 10:00:00,2,it,Uomo,34,Molto\n"
                             "12,2024-03-01 11:00:00,2,it,Donna,45,Poco\n"
                             "13,2024-03-01 12:00:00,2,it,Donna,29,Abbastanza\n"
                             "14,2024-03-02 09:00:00,2,it,Uomo,52,Molto\n"
                             "15,2024-03-02 10:00:00,2,it,Donna,38,Per niente\n";
const QByteArray kVersion2 = "id,submitdate,lastpage,startlanguage,eta,regione,sesso\n"
                             "12,2024-03-01 11:00:00,2,it,45,Nord,Donna\n"
                             "13,2024-03-01 12:00:00,2,it,30,Sud,Donna\n"
                             "14,2024-03-02 09:00:00,2,it,52,Nord,Uomo\n"
                             "15,2024-03-02 10:00:00,2,it,38,Centro,Uomo\n"
                             "16,2024-03-03 10:00:00,2,it,41,Sud,Donna\n"
                             "17,2024-03-03 11:00:00,2,it,63,Nord,Uomo\n";

} // namespace

class TestReimport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    /** v1 imported into `name` as `sondo import` would, with `overrides`. */
    bool importVersion1(const QString& name,
                        const QList<QPair<QString, QuestionType>>& overrides = {}) {
        if (!writeFile(path(QStringLiteral("v1.csv")), kVersion1))
            return false;
        ImportOptions options;
        options.typeOverrides = overrides;
        auto imported = SurveyImporter::importFile(path(QStringLiteral("v1.csv")), options);
        if (!imported.ok())
            return false;
        Project& p = imported.value();
        p.state.insert(SavedImportOptions::key(), SavedImportOptions::toJson(options, p.survey));
        return ProjectStore::write(path(name), p).ok();
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(writeFile(path(QStringLiteral("v2.csv")), kVersion2));
    }

    void mergeKeepsIdsAndCountsRespondents() {
        //        old                          new
        // id  sesso  eta  canali(E,C)    eta  canali(C,E,T)  voto
        // a   Uomo   30   E              -                         removed
        // b   Donna  41   EC             41   CE             Sì    unchanged (options reordered)
        // c   Donna  25   -  (none)      26   -              No    changed (eta)
        // d   Uomo   NaN  (unanswered)   NaN  T              Sì    changed (canali answered now)
        // e   -                          33   E              No    added
        const Project old =
            project({question("Q1", "sesso", QuestionType::Single, {"Uomo", "Donna"}),
                     question("Q2", "eta", QuestionType::Numeric),
                     question("Q3", "canali", QuestionType::Multiple, {"Email", "Chat"}),
                     question("M1", "note", QuestionType::Text)},
                    {"a", "b", "c", "d"},
                    {codes({1, 2, 2, 1}), numbers({30, 41, 25, NaN}),
                     flags({"0", "01", "-", ""}, 2), texts({"x", "", "", ""})});
        Project fresh = project(
            {question("Q1", "eta", QuestionType::Numeric),
             question("Q2", "canali", QuestionType::Multiple, {"Chat", "Email", "Telefono"}),
             question("Q3", "voto", QuestionType::Single, {"Sì", "No"}),
             question("M1", "note", QuestionType::Text)},
            {"b", "c", "d", "e"},
            {numbers({41, 26, NaN, 33}), flags({"01", "-", "2", "1"}, 3), codes({1, 2, 1, 2}),
             texts({"", "", "", ""})});
        fresh.imports.first().sourceName = QStringLiteral("v2.csv");
        Project withState = old;
        withState.state.insert(QStringLiteral("custom"), QStringLiteral("kept"));

        const ProjectUpdate update = ProjectUpdater::merge(withState, fresh);
        const UpdateReport& r = update.report;
        QVERIFY(r.matchedById);
        QCOMPARE(r.respondentsAdded, 1);
        QCOMPARE(r.respondentsChanged, 2);
        QCOMPARE(r.respondentsUnchanged, 1);
        QCOMPARE(r.respondentsRemoved, 1);
        // Matched questions keep their ids; "voto" comes after the highest Q id used (Q3).
        QCOMPARE(idsOf(update.project.survey), QStringList({"Q2", "Q3", "Q4", "M1"}));
        QCOMPARE(r.questionsAdded, QStringList({"Q4"}));
        QCOMPARE(r.questionsRemoved, QStringList({"Q1"}));
        QVERIFY(r.questionsTypeChanged.isEmpty());
        QCOMPARE(r.summary(),
                 QStringLiteral("1 respondents added, 2 changed, 1 removed; questions: 1 added, "
                                "1 removed"));

        // The new export's answers and order, the old title, state and history plus the new.
        QCOMPARE(update.project.responses.respondentIds, QStringList({"b", "c", "d", "e"}));
        QCOMPARE(update.project.survey.title, QStringLiteral("Indagine"));
        QCOMPARE(update.project.state.value(u"custom").toString(), QStringLiteral("kept"));
        QCOMPARE(update.project.imports.size(), 2);
        QCOMPARE(update.project.imports.last().sourceName, QStringLiteral("v2.csv"));
    }

    void mergeMatchesByTextThenPosition() {
        // Codes changed but texts did not; the ids repeat, so respondents pair by position.
        //  row  old Q1  new      old Q2 (text)  new
        //  1    Sì      Sì       "ok"           "ok"     unchanged
        //  2    No      Sì       ""             ""       changed
        //  3    Sì      -        "bene"                  removed (new file is shorter)
        const Project old =
            project({question("Q1", "A1", QuestionType::Single, {"Sì", "No"}, "Le piace?"),
                     question("Q2", "A2", QuestionType::Text, {}, "Perché?")},
                    {"1", "1", "2"}, {codes({1, 2, 1}), texts({"ok", "", "bene"})});
        const Project fresh =
            project({question("Q1", "B2", QuestionType::Text, {}, "Perché?"),
                     question("Q2", "B1", QuestionType::Single, {"No", "Sì"}, "Le piace?")},
                    {"7", "7"}, {texts({"ok", ""}), codes({2, 2})});
        const ProjectUpdate update = ProjectUpdater::merge(old, fresh);
        QVERIFY(!update.report.matchedById);
        QCOMPARE(idsOf(update.project.survey), QStringList({"Q2", "Q1"}));
        QCOMPARE(update.report.respondentsChanged, 1);
        QCOMPARE(update.report.respondentsUnchanged, 1);
        QCOMPARE(update.report.respondentsRemoved, 1);
        QCOMPARE(update.report.respondentsAdded, 0);
        QVERIFY(update.report.questionsAdded.isEmpty());
    }

    void mergeReportsTypeChangesAndComparesByText() {
        // "eta" was numeric and is text now: 34 and "34" are the same answer, 40 and "quaranta"
        // are not. The ids of the tool do not overlap at all: position decides.
        const Project old = project({question("Q1", "eta", QuestionType::Numeric),
                                     question("Q7", "gone", QuestionType::Text)},
                                    {"1", "2"}, {numbers({34, 40}), texts({"", ""})});
        const Project fresh = project(
            {question("Q1", "eta", QuestionType::Text), question("Q2", "nuova", QuestionType::Text),
             question("M1", "stamp", QuestionType::Identifier)},
            {"R_a", "R_b"}, {texts({"34", "quaranta"}), texts({"", ""}), texts({"t1", "t2"})});
        const ProjectUpdate update = ProjectUpdater::merge(old, fresh);
        QVERIFY(!update.report.matchedById);
        QCOMPARE(update.report.questionsTypeChanged, QStringList({"Q1"}));
        // After Q7, the highest id ever used, even though Q7 is gone.
        QCOMPARE(idsOf(update.project.survey), QStringList({"Q1", "Q8", "M1"}));
        QCOMPARE(update.report.respondentsChanged, 1);
        QCOMPARE(update.report.respondentsUnchanged, 1);
        QCOMPARE(update.report.summary(),
                 QStringLiteral("0 respondents added, 1 changed, 0 removed; questions: 2 added, "
                                "1 removed, 1 changed type"));
    }

    void updateFileKeepsStateIdsAndOverrides() {
        // v1 read with "Q2" (eta) forced to text. In v2 eta is the first question, so the id
        // Q2 would name "regione" there: the override must follow eta, not the id.
        const QString project = path(QStringLiteral("state.sondo"));
        QVERIFY(importVersion1(QStringLiteral("state.sondo"),
                               {{QStringLiteral("Q2"), QuestionType::Text}}));
        auto before = ProjectStore::read(project);
        QVERIFY(before.ok());
        const Survey& oldSurvey = before.value().survey;
        QCOMPARE(oldSurvey.questions[oldSurvey.findQuestion(QStringLiteral("eta"))].type,
                 QuestionType::Text);

        // The analyst's filter (sesso = Donna) and something only the window knows.
        SegmentFilter filter;
        const int sesso = oldSurvey.findQuestion(QStringLiteral("sesso"));
        filter.addCondition(sesso, oldSurvey.findOption(sesso, QStringLiteral("Donna")));
        QJsonObject state = before.value().state;
        state.insert(QStringLiteral("filter"), filter.toJson(oldSurvey));
        state.insert(QStringLiteral("window"), QJsonObject{{"geometry", "abc"}});
        QVERIFY(ProjectStore::writeState(project, state).ok());

        auto updated = ProjectService::update(project, path(QStringLiteral("v2.csv")));
        QVERIFY2(updated.ok(), qPrintable(updated.error().toString()));
        const UpdateReport& r = updated.value();
        QVERIFY(r.matchedById);
        QCOMPARE(r.respondentsAdded, 2);
        QCOMPARE(r.respondentsChanged, 2);
        QCOMPARE(r.respondentsUnchanged, 2);
        QCOMPARE(r.respondentsRemoved, 1);
        QCOMPARE(r.questionsAdded, QStringList({"Q4"}));
        QCOMPARE(r.questionsRemoved, QStringList({"Q3"}));

        auto after = ProjectStore::read(project);
        QVERIFY(after.ok());
        const Project& p = after.value();
        // v2's order (eta, regione, sesso) with v1's ids; LimeSurvey's metadata too.
        QCOMPARE(idsOf(p.survey), QStringList({"M1", "M2", "M3", "M4", "Q2", "Q4", "Q1"}));
        QCOMPARE(p.survey.questions[p.survey.findQuestion(QStringLiteral("eta"))].type,
                 QuestionType::Text);
        QCOMPARE(p.survey.questions[p.survey.findQuestion(QStringLiteral("regione"))].type,
                 QuestionType::Single);
        QCOMPARE(p.responses.respondentIds, QStringList({"12", "13", "14", "15", "16", "17"}));
        QCOMPARE(p.imports.size(), 2);
        QCOMPARE(p.imports.last().sourceName, QStringLiteral("v2.csv"));
        QCOMPARE(p.imports.last().rows, 6);

        // The saved state is untouched, and the saved filter still selects Donna: 12, 13, 16.
        QCOMPARE(p.state.value(u"window"), state.value(u"window"));
        QCOMPARE(p.state.value(u"filter"), state.value(u"filter"));
        const SegmentFilter restored =
            SegmentFilter::fromJson(p.state.value(u"filter").toObject(), p.survey);
        const RespondentMask mask = restored.mask(p.survey, p.responses);
        QCOMPARE(mask, RespondentMask({1, 1, 0, 0, 1, 0}));
        // The override stays tied to eta for the next update.
        const auto overrides =
            SavedImportOptions::overrides(p.state.value(SavedImportOptions::key()).toObject());
        QCOMPARE(overrides.size(), 1);
        QCOMPARE(overrides.first().question, QStringLiteral("Q2"));
        QCOMPARE(overrides.first().code, QStringLiteral("eta"));
        QCOMPARE(overrides.first().type, QuestionType::Text);
    }

    void updateFileAddsGivenOverrides() {
        // Keys given with --update name project questions ("Q1" is sesso in the project, though
        // the third question of v2) or, when the project has no such question, new ones.
        const QString project = path(QStringLiteral("given.sondo"));
        QVERIFY(importVersion1(QStringLiteral("given.sondo"),
                               {{QStringLiteral("eta"), QuestionType::Text}}));
        ImportOptions given;
        given.typeOverrides = {{QStringLiteral("Q1"), QuestionType::Text},
                               {QStringLiteral("regione"), QuestionType::Text}};
        auto updated = ProjectService::update(project, path(QStringLiteral("v2.csv")), given);
        QVERIFY2(updated.ok(), qPrintable(updated.error().toString()));
        // sesso changed type, so every respondent in both is compared by text: Donna/Uomo are
        // the same words, and 13 (eta) and 15 (sesso) still differ.
        QCOMPARE(updated.value().questionsTypeChanged, QStringList({"Q1"}));
        QCOMPARE(updated.value().respondentsChanged, 2);

        auto after = ProjectStore::read(project);
        QVERIFY(after.ok());
        const Survey& s = after.value().survey;
        for (const char* code : {"eta", "regione", "sesso"})
            QCOMPARE(s.questions[s.findQuestion(QString::fromLatin1(code))].type,
                     QuestionType::Text);
        QCOMPARE(s.questions[s.findQuestion(QStringLiteral("sesso"))].id, QStringLiteral("Q1"));
        QStringList saved;
        for (const auto& o : SavedImportOptions::overrides(
                 after.value().state.value(SavedImportOptions::key()).toObject()))
            saved.append(o.question + u'=' + o.code);
        QCOMPARE(saved, QStringList({"Q2=eta", "Q1=sesso", "Q4=regione"}));
    }

    void updateFileWithSameExportChangesNothing() {
        // profile.sav twice: its respondent id variable pairs the cases.
        const QString sav = QFINDTESTDATA("data/spss/profile.sav");
        auto imported = SurveyImporter::importFile(sav, ImportOptions());
        QVERIFY(imported.ok());
        const QString project = path(QStringLiteral("same.sondo"));
        QVERIFY(ProjectStore::write(project, imported.value()).ok());
        auto updated = ProjectService::update(project, sav);
        QVERIFY2(updated.ok(), qPrintable(updated.error().toString()));
        QVERIFY(updated.value().matchedById);
        QCOMPARE(updated.value().respondentsUnchanged, 12);
        QCOMPARE(updated.value().summary(),
                 QStringLiteral("0 respondents added, 0 changed, 0 removed"));
        auto after = ProjectStore::read(project);
        QVERIFY(after.ok());
        QCOMPARE(idsOf(after.value().survey), idsOf(imported.value().survey));
    }

    void failedUpdateLeavesFileByteIdentical_data() {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QStringList>("types");
        QTest::addColumn<QString>("message");
        // The saved override (eta numeric) cannot read "trenta".
        QTest::newRow("saved override fails")
            << QByteArray("id,submitdate,lastpage,startlanguage,sesso,eta\n"
                          "12,2024-03-01 11:00:00,2,it,Donna,trenta\n")
            << QStringList({"eta=numeric"}) << "trenta";
        QTest::newRow("unterminated quote")
            << QByteArray("id,submitdate,lastpage,startlanguage,sesso,eta\n"
                          "12,2024-03-01 11:00:00,2,it,\"Donna,30\n")
            << QStringList() << "quote";
    }
    void failedUpdateLeavesFileByteIdentical() {
        QFETCH(QByteArray, contents);
        QFETCH(QStringList, types);
        QFETCH(QString, message);
        const QString project = path(QStringLiteral("fail.sondo"));
        QFile::remove(project);
        QList<QPair<QString, QuestionType>> overrides;
        for (const QString& t : types)
            overrides.append({t.section(u'=', 0, 0), *questionTypeFromName(t.section(u'=', 1))});
        QVERIFY(importVersion1(QStringLiteral("fail.sondo"), overrides));
        const QByteArray hash = sha256(project);
        const QString source = path(QStringLiteral("bad.csv"));
        QVERIFY(writeFile(source, contents));

        auto updated = ProjectService::update(project, source);
        QVERIFY(!updated.ok());
        QVERIFY2(updated.error().message.contains(message, Qt::CaseInsensitive),
                 qPrintable(updated.error().toString()));
        QCOMPARE(sha256(project), hash);

        const Run run = runSondo({QStringLiteral("import"), source, QStringLiteral("-o"), project,
                                  QStringLiteral("--update")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(sha256(project), hash);
    }

    void cliUpdatePrintsReport() {
        const QString project = path(QStringLiteral("cli.sondo"));
        QVERIFY(writeFile(path(QStringLiteral("v1.csv")), kVersion1));
        Run run = runSondo({QStringLiteral("import"), path(QStringLiteral("v1.csv")),
                            QStringLiteral("-o"), project, QStringLiteral("--type"),
                            QStringLiteral("Q2=text")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // A normal import saves its options for the next --update.
        auto state = ProjectStore::readState(project);
        QVERIFY(state.ok());
        const auto saved = SavedImportOptions::overrides(
            state.value().value(SavedImportOptions::key()).toObject());
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().code, QStringLiteral("eta"));

        run = runSondo({QStringLiteral("import"), path(QStringLiteral("v2.csv")),
                        QStringLiteral("-o"), project, QStringLiteral("--update")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(),
                 QStringLiteral("Updated %1: 2 respondents added, 2 changed, 1 removed; "
                                "questions: 1 added, 1 removed")
                     .arg(project));

        // Updating again with the same export changes nothing.
        run = runSondo({QStringLiteral("import"), path(QStringLiteral("v2.csv")),
                        QStringLiteral("-o"), project, QStringLiteral("--update")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("0 respondents added, 0 changed, 0 removed")),
                 qPrintable(run.out));

        run = runSondo({QStringLiteral("questions"), project, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray questions = run.json().value(u"questions").toArray();
        QStringList ids;
        for (const QJsonValue& q : questions)
            ids.append(q.toObject().value(u"id").toString());
        QCOMPARE(ids, QStringList({"Q2", "Q4", "Q1"}));
    }

    void cliUpdateNeedsAProject_data() {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << "missing.sondo"
                                 << "no such project";
        QTest::newRow("not a project") << "v2.csv"
                                       << "not a Sondo project";
    }
    void cliUpdateNeedsAProject() {
        QFETCH(QString, target);
        QFETCH(QString, message);
        const QString project = path(target);
        const QByteArray hash = sha256(project);
        QVERIFY(writeFile(path(QStringLiteral("v1.csv")), kVersion1));
        const Run run = runSondo({QStringLiteral("import"), path(QStringLiteral("v1.csv")),
                                  QStringLiteral("-o"), project, QStringLiteral("--update")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(QFile::exists(project), target != u"missing.sondo");
        QCOMPARE(sha256(project), hash);
    }
};

QTEST_GUILESS_MAIN(TestReimport)
#include "tst_reimport.moc"
