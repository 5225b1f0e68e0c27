// The analyst's changes to a survey (core/edit): renaming an option, the ordered list they are
// kept in, its JSON in the project's saved state, and applying it on open.
//
// The hand-made survey has four respondents; the demo survey (resources/demo, 300 respondents)
// is imported through the real importer and saved through the real SQLite store. Expected labels
// and counts are read off the tables in this file or off the project as imported, never off the
// code under test.

#include "edit/EditList.h"
#include "import/SurveyImporter.h"
#include "stats/FrequencyTable.h"
#include "storage/ProjectStore.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace sondo;

namespace {

const QString kDemo =
    QStringLiteral(SONDO_SOURCE_DIR "/resources/demo/remote_working_contact_center.csv");

Question question(const QString& id, const QString& code, QuestionType type,
                  const QStringList& options = {}) {
    Question q;
    q.id = id;
    q.code = code;
    q.text = code;
    q.type = type;
    q.options = options;
    return q;
}

/**
 *  r  Settore  Canali
 *  1  Banche   Email, Chat
 *  2  Telco    Chat
 *  3  PA       (blank)
 *  4  Banche   Email
 */
Project makeProject() {
    Project p;
    p.survey.title = QStringLiteral("Prova");
    p.survey.questions << question("Q1", "settore", QuestionType::Single,
                                   {"Banche", "Telco", "PA"});
    p.survey.questions << question("Q2", "canali", QuestionType::Multiple, {"Email", "Chat"});
    p.responses.respondentCount = 4;
    p.responses.weights.assign(4, 1.0);
    p.responses.columns.resize(2);
    p.responses.columns[0].codes = {1, 2, 3, 1};
    p.responses.columns[1].selected = {{1, 0, 0, 1}, {1, 1, 0, 0}};
    p.responses.columns[1].answered = {1, 1, 0, 1};
    return p;
}

RenameOption rename(const QString& id, const QString& code, const QString& from,
                    const QString& to) {
    return RenameOption{id, code, from, to};
}

bool sameAnswers(const ResponseMatrix& a, const ResponseMatrix& b) {
    if (a.respondentCount != b.respondentCount || a.columns.size() != b.columns.size())
        return false;
    for (std::size_t c = 0; c < a.columns.size(); ++c) {
        const AnswerColumn &x = a.columns[c], &y = b.columns[c];
        if (x.codes != y.codes || x.selected != y.selected || x.answered != y.answered ||
            x.texts != y.texts || x.values.size() != y.values.size())
            return false;
    }
    return true;
}

} // namespace

class TestEdits : public QObject {
    Q_OBJECT

private slots:
    void renameChangesTheLabelOnly() {
        Project project = makeProject();
        const Project before = project;
        const EditList edits({rename("Q1", "settore", "PA", "Pubblica amministrazione"),
                              rename("Q2", "canali", "Chat", "Chat dal vivo")});
        QVERIFY(edits.apply(project).isEmpty());
        QCOMPARE(project.survey.questions[0].options,
                 (QStringList{"Banche", "Telco", "Pubblica amministrazione"}));
        QCOMPARE(project.survey.questions[1].options, (QStringList{"Email", "Chat dal vivo"}));
        // Same answers, same places: respondent 3 still chose the third option.
        QVERIFY(sameAnswers(project.responses, before.responses));
        QCOMPARE(project.responses.columns[0].codes, (std::vector<std::int32_t>{1, 2, 3, 1}));
        // Counts by hand from the table above: PA 1 of 4; Chat 2 of 3 who answered.
        const FrequencyTable settore =
            FrequencyTable::compute(project.survey, project.responses, 0);
        QCOMPARE(settore.rows[2].label, QStringLiteral("Pubblica amministrazione"));
        QCOMPARE(settore.rows[2].unweightedCount, qint64(1));
        const FrequencyTable canali = FrequencyTable::compute(project.survey, project.responses, 1);
        QCOMPARE(canali.rows[1].label, QStringLiteral("Chat dal vivo"));
        QCOMPARE(canali.rows[1].unweightedCount, qint64(2));
        // Everything else as it was.
        QCOMPARE(project.survey.questions[0].id, QStringLiteral("Q1"));
        QCOMPARE(project.survey.questions[0].type, QuestionType::Single);
        QCOMPARE(project.survey.title, before.survey.title);
    }

    void renamesApplyInOrder() {
        Survey survey = makeProject().survey;
        // The second rename names the option by the label the first one gave it.
        const EditList edits({rename("Q1", "settore", "Telco", "Telecomunicazioni"),
                              rename("Q1", "settore", "Telecomunicazioni", "TLC")});
        QVERIFY(edits.apply(survey).isEmpty());
        QCOMPARE(survey.questions[0].options, (QStringList{"Banche", "TLC", "PA"}));
        // In the other order the second no longer finds its option.
        Survey other = makeProject().survey;
        const EditList reversed({edits.at(1), edits.at(0)});
        QCOMPARE(reversed.apply(other).size(), 1);
        QCOMPARE(other.questions[0].options, (QStringList{"Banche", "Telecomunicazioni", "PA"}));
    }

    void whatDoesNotFitIsReported() {
        Survey survey = makeProject().survey;
        const EditList edits({
            rename("Q9", "nessuna", "Banche", "Istituti"),    // no such question
            rename("Q1", "settore", "Assicurazioni", "Ass."), // no such option
            rename("Q1", "settore", "Banche", "telco"),       // another option's label
            rename("Q1", "settore", "Banche", "   "),         // blank
            rename("Q1", "settore", "Banche", "  Istituti di credito "),
        });
        const QList<Diagnostic> problems = edits.apply(survey);
        QCOMPARE(problems.size(), 4);
        QVERIFY2(problems[0].message.contains(QStringLiteral("Q9")),
                 qPrintable(problems[0].message));
        QVERIFY(problems[0].message.contains(QStringLiteral("no such question")));
        QVERIFY(problems[1].message.contains(QStringLiteral("“Assicurazioni”")));
        QVERIFY(problems[1].message.contains(QStringLiteral("no such option")));
        QVERIFY(problems[2].message.contains(QStringLiteral("another option")));
        QVERIFY(problems[3].message.contains(QStringLiteral("empty")));
        // The refused changes changed nothing; the last one still applied, trimmed.
        QCOMPARE(survey.questions[0].options, (QStringList{"Istituti di credito", "Telco", "PA"}));
        QCOMPARE(survey.questions[1].options, (QStringList{"Email", "Chat"}));
        // A rename to its own label in another case is no clash with itself.
        QVERIFY(rename("Q1", "settore", "PA", "pa").applyTo(survey).ok());
        QCOMPARE(survey.questions[0].options[2], QStringLiteral("pa"));
    }

    void questionFoundByCodeAfterIdsShift() {
        // A re-import added a question in front: ids moved on, codes stayed.
        Survey survey;
        survey.questions << question("Q1", "ruolo", QuestionType::Single, {"Agente", "Manager"});
        survey.questions << question("Q2", "settore", QuestionType::Single, {"Banche", "Telco"});
        QVERIFY(rename("Q1", "settore", "Telco", "TLC").applyTo(survey).ok());
        QCOMPARE(survey.questions[1].options, (QStringList{"Banche", "TLC"}));
        QCOMPARE(survey.questions[0].options, (QStringList{"Agente", "Manager"}));
        // Without a code the id is all there is.
        QVERIFY(rename("q1", QString(), "Agente", "Operatore").applyTo(survey).ok());
        QCOMPARE(survey.questions[0].options[0], QStringLiteral("Operatore"));
    }

    void jsonRoundTrip() {
        const EditList edits({rename("Q1", "settore", "PA", "Pubblica amministrazione"),
                              rename("Q2", "canali", "Chat", "Chat \"dal vivo\" ✓")});
        const QByteArray text = QJsonDocument(edits.toJson()).toJson();
        const EditList read = EditList::fromJson(QJsonDocument::fromJson(text).array());
        QCOMPARE(read.size(), 2);
        QVERIFY(read == edits);
        QCOMPARE(std::get<RenameOption>(read.at(1)).label, QStringLiteral("Chat \"dal vivo\" ✓"));
        const QJsonObject first = edits.toJson().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("rename-option"));
        QCOMPARE(first.value(QStringLiteral("question")).toString(), QStringLiteral("Q1"));
        QCOMPARE(first.value(QStringLiteral("code")).toString(), QStringLiteral("settore"));
        QCOMPARE(first.value(QStringLiteral("option")).toString(), QStringLiteral("PA"));

        // In the project's state, next to what others keep there.
        QJsonObject state{{QStringLiteral("filter"), QJsonObject()}};
        edits.storeIn(state);
        QVERIFY(state.contains(QStringLiteral("filter")));
        QVERIFY(EditList::fromState(state) == edits);
        // No changes, no key: a project never edited keeps the state it always had.
        EditList().storeIn(state);
        QVERIFY(!state.contains(EditList::stateKey()));
        QVERIFY(EditList::fromState(state).isEmpty());
    }

    void unreadableChangesAreKeptNotApplied() {
        // A change from a newer Sondo, and a damaged entry.
        const QJsonArray json{
            QJsonObject{
                {"kind", "merge-options"}, {"question", "Q1"}, {"options", QJsonArray{1, 2}}},
            QJsonObject{{"kind", "rename-option"}, {"question", "Q1"}, {"option", 3}},
            QJsonObject{{"kind", "rename-option"},
                        {"question", "Q1"},
                        {"code", "settore"},
                        {"option", "PA"},
                        {"label", "Pubblica amministrazione"}},
        };
        const EditList edits = EditList::fromJson(json);
        QCOMPARE(edits.size(), 3);
        QVERIFY(std::holds_alternative<UnknownEdit>(edits.at(0)));
        QVERIFY(std::holds_alternative<UnknownEdit>(edits.at(1)));
        QVERIFY(std::holds_alternative<RenameOption>(edits.at(2)));
        // Written back exactly as read, so saving the project again loses nothing.
        QCOMPARE(edits.toJson(), json);
        Survey survey = makeProject().survey;
        const QList<Diagnostic> problems = edits.apply(survey);
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems[0].message.contains(QStringLiteral("merge-options")),
                 qPrintable(problems[0].message));
        QCOMPARE(survey.questions[0].options[2], QStringLiteral("Pubblica amministrazione"));
    }

    void savedWithTheProjectAndAppliedOnOpen() {
        // The demo through the real importer and the real SQLite store.
        auto imported = SurveyImporter::importFile(kDemo, ImportOptions{});
        QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
        Project project = imported.takeValue();
        const int settore = project.survey.findQuestion(QStringLiteral("Settore"));
        QVERIFY(settore >= 0);
        const int pa =
            int(project.survey.questions[settore].options.indexOf("Pubblica amministrazione"));
        QVERIFY(pa >= 0);
        const FrequencyTable before =
            FrequencyTable::compute(project.survey, project.responses, settore);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sondo"));
        QVERIFY(ProjectStore::write(path, project).ok());

        EditList edits;
        edits.append(RenameOption::of(project.survey, settore, pa, QStringLiteral("PA")));
        QJsonObject state = ProjectStore::readState(path).value();
        edits.storeIn(state);
        QVERIFY(ProjectStore::writeState(path, state).ok());

        auto reread = ProjectStore::read(path);
        QVERIFY2(reread.ok(), qPrintable(reread.error().toString()));
        Project reopened = reread.takeValue();
        QVERIFY(EditList::fromState(reopened.state) == edits);
        // As stored, the questions are the imported ones: the change lives in the state only.
        QCOMPARE(reopened.survey.questions[settore].options[pa],
                 QStringLiteral("Pubblica amministrazione"));
        QCOMPARE(ProjectStore::readSurvey(path).value().questions[settore].options[pa],
                 QStringLiteral("Pubblica amministrazione"));
        const ResponseMatrix answers = reopened.responses;
        QVERIFY(EditList::applySaved(reopened).isEmpty());
        QCOMPARE(reopened.survey.questions[settore].options[pa], QStringLiteral("PA"));
        QVERIFY(sameAnswers(reopened.responses, answers));
        // README: 42 of 300 respondents are in public administration; same count, new name.
        const FrequencyTable after =
            FrequencyTable::compute(reopened.survey, reopened.responses, settore);
        QCOMPARE(after.rows.size(), before.rows.size());
        QCOMPARE(after.rows[pa].label, QStringLiteral("PA"));
        QCOMPARE(after.rows[pa].unweightedCount, qint64(42));
        for (int i = 0; i < after.rows.size(); ++i)
            QCOMPARE(after.rows[i].unweightedCount, before.rows[i].unweightedCount);
    }
};

QTEST_GUILESS_MAIN(TestEdits)
#include "tst_edits.moc"
