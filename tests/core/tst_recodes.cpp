// Recodes (core/edit): merging, reordering, hiding, nets, bands and type changes, stored in the
// project's saved state, applied on every open through ProjectService (the real SQLite file),
// removed, and kept by a re-import.
//
// Oracle: hand counts off the eight-respondent table in fixture() below; every expected count
// names the respondents it counts.

#include "edit/BandCuts.h"
#include "edit/EditList.h"
#include "project/ProjectService.h"
#include "stats/FrequencyTable.h"
#include "storage/ProjectStore.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace sondo;

namespace {

Question question(const QString& id, const QString& code, QuestionType type,
                  const QStringList& options = {}) {
    Question q;
    q.id = id;
    q.code = code;
    q.text = code;
    q.type = type;
    q.options = options;
    if (type == QuestionType::Likert)
        for (int i = 0; i < options.size(); ++i)
            q.scores.push_back(i + 1);
    return q;
}

/**
 *  r  Q1 gender  Q2 channels     Q3 age  Q4 satisfaction
 *  1  Male       Email, E-mail   19      Good
 *  2  male       E-mail          25      Very good
 *  3  M          Chat            34      Poor
 *  4  Female     Email, Chat     35      Fair
 *  5  F          (blank)         50      Good
 *  6  (blank)    Phone           64      (blank)
 *  7  Female     E-mail, Phone   65      Very good
 *  8  Male       Email           (blank) Good
 */
Project fixture() {
    Project p;
    p.survey.title = QStringLiteral("Recodes");
    p.survey.questions << question("Q1", "gender", QuestionType::Single,
                                   {"Male", "male", "M", "Female", "F"});
    p.survey.questions << question("Q2", "channels", QuestionType::Multiple,
                                   {"Email", "E-mail", "Chat", "Phone"});
    p.survey.questions << question("Q3", "age", QuestionType::Numeric);
    p.survey.questions << question("Q4", "satisfaction", QuestionType::Likert,
                                   {"Poor", "Fair", "Good", "Very good"});
    ResponseMatrix& r = p.responses;
    r.respondentCount = 8;
    r.weights.assign(8, 1.0);
    r.columns.resize(4);
    r.columns[0].codes = {1, 2, 3, 4, 5, 0, 4, 1};
    r.columns[1].selected = {{1, 0, 0, 1, 0, 0, 0, 1},
                             {1, 1, 0, 0, 0, 0, 1, 0},
                             {0, 0, 1, 1, 0, 0, 0, 0},
                             {0, 0, 0, 0, 0, 1, 1, 0}};
    r.columns[1].answered = {1, 1, 1, 1, 0, 1, 1, 1};
    r.columns[2].values = {19, 25, 34, 35, 50, 64, 65, std::nan("")};
    r.columns[3].codes = {3, 4, 1, 2, 3, 0, 4, 3};
    return p;
}

/** Counts of the rows of question `q`, in order. */
QList<qint64> counts(const Project& project, int q) {
    const FrequencyTable table = FrequencyTable::compute(project.survey, project.responses, q);
    QList<qint64> result;
    for (const FrequencyRow& row : table.rows)
        result.append(row.unweightedCount);
    return result;
}

/** The fixture written to a real project file in `dir`, with `edits` saved in its state. */
QString saved(const QTemporaryDir& dir, const EditList& edits) {
    const QString path = dir.filePath(QStringLiteral("recodes.sondo"));
    Project project = fixture();
    edits.storeIn(project.state);
    if (!ProjectStore::write(path, project).ok())
        return {};
    return path;
}

MergeOptions merge(const QString& q, const QStringList& options, const QString& into) {
    return MergeOptions{q, QString(), options, into};
}

} // namespace

class TestRecodes : public QObject {
    Q_OBJECT

private slots:
    void mergeSingleChoice() {
        Project project = fixture();
        const EditList edits({merge("Q1", {"Male", "male", "M"}, "Male")});
        QVERIFY(edits.apply(project).isEmpty());
        QCOMPARE(project.survey.questions[0].options, (QStringList{"Male", "Female", "F"}));
        // Male: r1 r2 r3 r8 = 4; Female: r4 r7 = 2; F: r5 = 1.
        QCOMPARE(counts(project, 0), (QList<qint64>{4, 2, 1}));
        QCOMPARE(project.responses.columns[0].codes,
                 (std::vector<std::int32_t>{1, 1, 1, 2, 3, 0, 2, 1}));
    }

    void mergeIntoANewLabelTakesTheFirstPlace() {
        Project project = fixture();
        // Listed out of order, into a label none of them had: in the place of "Female" (4th).
        const EditList edits({merge("Q1", {"F", "female"}, "Woman")});
        QVERIFY(edits.apply(project).isEmpty());
        QCOMPARE(project.survey.questions[0].options, (QStringList{"Male", "male", "M", "Woman"}));
        // Woman: r4 r5 r7 = 3.
        QCOMPARE(counts(project, 0), (QList<qint64>{2, 1, 1, 3}));
    }

    void mergeIntoAnotherOptionJoinsIt() {
        Project project = fixture();
        const EditList edits({merge("Q1", {"F"}, "Female")});
        QVERIFY(edits.apply(project).isEmpty());
        QCOMPARE(project.survey.questions[0].options, (QStringList{"Male", "male", "M", "Female"}));
        QCOMPARE(counts(project, 0), (QList<qint64>{2, 1, 1, 3}));
    }

    void mergeMultipleChoiceCountsARespondentOnce() {
        Project project = fixture();
        const EditList edits({merge("Q2", {"Email", "E-mail"}, "Email (any)")});
        QVERIFY(edits.apply(project).isEmpty());
        QCOMPARE(project.survey.questions[1].options,
                 (QStringList{"Email (any)", "Chat", "Phone"}));
        // Email (any): r1 (ticked both: once) r2 r4 r7 r8 = 5, not 6; Chat r3 r4; Phone r6 r7.
        QCOMPARE(counts(project, 1), (QList<qint64>{5, 2, 2}));
        const FrequencyTable table = FrequencyTable::compute(project.survey, project.responses, 1);
        // The base is who answered: everyone but r5.
        QCOMPARE(table.unweightedBase, qint64(7));
        QCOMPARE(project.responses.columns[1].selected[0],
                 (std::vector<std::uint8_t>{1, 1, 0, 1, 0, 0, 1, 1}));
    }

    void mergeOnAScaleKeepsScores() {
        Project project = fixture();
        const EditList edits({merge("Q4", {"Good", "Very good"}, "Good or better")});
        QVERIFY(edits.apply(project).isEmpty());
        const Question& q = project.survey.questions[3];
        QCOMPARE(q.options, (QStringList{"Poor", "Fair", "Good or better"}));
        QCOMPARE(q.scores, (std::vector<double>{1, 2, 3}));
        // Good or better: r1 r2 r5 r7 r8 = 5.
        QCOMPARE(counts(project, 3), (QList<qint64>{1, 1, 5}));
    }

    void badMergesAreRefusedAndChangeNothing() {
        Project project = fixture();
        const Project before = project;
        const QList<MergeOptions> bad{
            merge("Q9", {"Male", "M"}, "Male"),    // no such question
            merge("Q1", {"Male", "Uomo"}, "Male"), // no such option
            merge("Q1", {"Male"}, "Male"),         // one option only
            merge("Q1", {"Male", "M"}, "  "),      // blank label
            merge("Q3", {"19", "25"}, "Young"),    // not a choice question
        };
        for (const MergeOptions& m : bad) {
            const Result<Done> done = m.applyTo(project.survey, project.responses);
            QVERIFY(!done.ok());
            QVERIFY(!done.error().message.isEmpty());
        }
        QCOMPARE(project.survey.questions[0].options, before.survey.questions[0].options);
        QCOMPARE(project.responses.columns[0].codes, before.responses.columns[0].codes);
        QVERIFY(bad[1].applyTo(project.survey).error().message.contains(QStringLiteral("Uomo")));
    }

    void mergeJsonRoundTrip() {
        const MergeOptions m{"Q3", "gender", {"male", "M", "man"}, "Male"};
        const QJsonObject json = m.toJson();
        QCOMPARE(QJsonDocument(json).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"code":"gender","into":"Male","kind":"merge-options",)"
                            R"("options":["male","M","man"],"question":"Q3"})"));
        const EditList read = EditList::fromJson(QJsonArray{json});
        QVERIFY(std::holds_alternative<MergeOptions>(read.at(0)));
        QVERIFY(std::get<MergeOptions>(read.at(0)) == m);
    }

    void reorderPutsNamedOptionsFirst() {
        Project project = fixture();
        const EditList edits({ReorderOptions{"Q1", "gender", {"F", "female"}}});
        QVERIFY(edits.apply(project).isEmpty());
        QCOMPARE(project.survey.questions[0].options,
                 (QStringList{"F", "Female", "Male", "male", "M"}));
        // F r5; Female r4 r7; Male r1 r8; male r2; M r3.
        QCOMPARE(counts(project, 0), (QList<qint64>{1, 2, 2, 1, 1}));
        // Multiple choice: the flags move with their options.
        QVERIFY(EditList({ReorderOptions{"Q2", "", {"Phone"}}}).apply(project).isEmpty());
        QCOMPARE(project.survey.questions[1].options,
                 (QStringList{"Phone", "Email", "E-mail", "Chat"}));
        // Phone r6 r7; Email r1 r4 r8; E-mail r1 r2 r7; Chat r3 r4.
        QCOMPARE(counts(project, 1), (QList<qint64>{2, 3, 3, 2}));
    }

    void reorderOnAScaleSetsItsOrder() {
        Project project = fixture();
        const EditList edits({ReorderOptions{"Q4", "", {"Very good", "Good", "Fair", "Poor"}}});
        QVERIFY(edits.apply(project).isEmpty());
        const Question& q = project.survey.questions[3];
        QCOMPARE(q.options, (QStringList{"Very good", "Good", "Fair", "Poor"}));
        QCOMPARE(q.scores, (std::vector<double>{1, 2, 3, 4}));
        // Very good r2 r7; Good r1 r5 r8; Fair r4; Poor r3.
        QCOMPARE(counts(project, 3), (QList<qint64>{2, 3, 1, 1}));
        // Mean score on the new scale: (2+1+4+3+2+1+2)/7 = 15/7 (r6 blank).
        const FrequencyTable table = FrequencyTable::compute(project.survey, project.responses, 3);
        QVERIFY(table.summary);
        QVERIFY(qAbs(table.summary->mean - 15.0 / 7.0) < 1e-9);
    }

    void badReordersAreRefused() {
        Survey survey = fixture().survey;
        QVERIFY((!ReorderOptions{"Q1", "", {"F", "Uomo"}}.applyTo(survey).ok()));
        QVERIFY((!ReorderOptions{"Q1", "", {"F", "f"}}.applyTo(survey).ok()));
        QVERIFY((!ReorderOptions{"Q1", "", {}}.applyTo(survey).ok()));
        QVERIFY((!ReorderOptions{"Q3", "", {"19"}}.applyTo(survey).ok()));
        QCOMPARE(survey.questions[0].options, fixture().survey.questions[0].options);
    }

    void hideLeavesTheBase() {
        Project project = fixture();
        const EditList edits({HideOption{"Q1", "gender", "F"}, HideOption{"Q2", "", "Phone"}});
        QVERIFY(edits.apply(project).isEmpty());
        QCOMPARE(project.survey.questions[0].options, (QStringList{"Male", "male", "M", "Female"}));
        QCOMPARE(project.survey.questions[0].hiddenOptions, (QStringList{"F"}));
        const FrequencyTable gender = FrequencyTable::compute(project.survey, project.responses, 0);
        // Base: everyone but r5 (hidden F) and r6 (blank) = 6; Male r1 r8, male r2, M r3,
        // Female r4 r7.
        QCOMPARE(gender.unweightedBase, qint64(6));
        QCOMPARE(counts(project, 0), (QList<qint64>{2, 1, 1, 2}));
        // Multiple: r6 ticked only Phone and leaves the base; r7 ticked E-mail too and stays.
        const FrequencyTable channels =
            FrequencyTable::compute(project.survey, project.responses, 1);
        QCOMPARE(channels.unweightedBase, qint64(6));
        QCOMPARE(counts(project, 1), (QList<qint64>{3, 3, 2}));
        QVERIFY((!HideOption{"Q1", "", "Uomo"}.applyTo(project.survey).ok()));
    }

    void changeType() {
        Project project = fixture();
        QVERIFY(EditList({ChangeType{"Q1", "", QuestionType::Multiple}}).apply(project).isEmpty());
        QCOMPARE(project.survey.questions[0].type, QuestionType::Multiple);
        // Same counts as the single choice: Male r1 r8, male r2, M r3, Female r4 r7, F r5;
        // base 7 (r6 blank).
        QCOMPARE(counts(project, 0), (QList<qint64>{2, 1, 1, 2, 1}));
        QCOMPARE(FrequencyTable::compute(project.survey, project.responses, 0).unweightedBase,
                 qint64(7));
        QVERIFY(EditList({ChangeType{"Q4", "", QuestionType::Single}}).apply(project).isEmpty());
        QCOMPARE(project.survey.questions[3].type, QuestionType::Single);
        QVERIFY(project.survey.questions[3].scores.empty());
        QVERIFY(EditList({ChangeType{"Q4", "", QuestionType::Likert}}).apply(project).isEmpty());
        QCOMPARE(project.survey.questions[3].scores, (std::vector<double>{1, 2, 3, 4}));
        QVERIFY(
            EditList({ChangeType{"Q3", "", QuestionType::Identifier}}).apply(project).isEmpty());
        QVERIFY(!project.survey.questions[2].isAnalysable());
        // Guessing answers is refused: numbers as options, a multiple choice as single.
        QCOMPARE(EditList({ChangeType{"Q2", "", QuestionType::Single}}).apply(project).size(), 1);
        Project fresh = fixture();
        QCOMPARE(EditList({ChangeType{"Q3", "", QuestionType::Single}}).apply(fresh).size(), 1);
        QCOMPARE(fresh.survey.questions[2].type, QuestionType::Numeric);
    }

    void everyKindRoundTripsThroughJson() {
        const EditList edits(
            {MergeOptions{"Q1", "gender", {"male", "M"}, "Male"},
             ReorderOptions{"Q1", "gender", {"F", "Female"}}, HideOption{"Q2", "channels", "Phone"},
             RenameOption{"Q1", "gender", "F", "Woman"}, Bands{"Q3", "age", {18, 25.5, 65}},
             ChangeType{"Q4", "satisfaction", QuestionType::Single}});
        const QByteArray text = QJsonDocument(edits.toJson()).toJson();
        const EditList read = EditList::fromJson(QJsonDocument::fromJson(text).array());
        QVERIFY(read == edits);
        for (const Edit& edit : read.edits())
            QVERIFY(!std::holds_alternative<UnknownEdit>(edit));
    }

    void bandLabels() {
        QCOMPARE(Bands::labels({18, 25, 35, 50, 65}),
                 (QStringList{"18–24", "25–34", "35–49", "50–64", "65+"}));
        QCOMPARE(Bands::labels({0, 1.5, 2000}), (QStringList{"0–<1.5", "1.5–<2000", "2000+"}));
        Project project = fixture();
        QVERIFY(EditList({Bands{"Q3", "age", {18, 25, 35, 50, 65}}}).apply(project).isEmpty());
        // 18–24 r1; 25–34 r2 r3; 35–49 r4; 50–64 r5 r6; 65+ r7; r8 blank.
        QCOMPARE(counts(project, 2), (QList<qint64>{1, 2, 1, 2, 1}));
        // A value below the first cut is in no band: with 20 first, r1 (19) is missing.
        Project higher = fixture();
        QVERIFY(EditList({Bands{"Q3", "", {20, 65}}}).apply(higher).isEmpty());
        QCOMPARE(counts(higher, 2), (QList<qint64>{5, 1}));
        QCOMPARE(FrequencyTable::compute(higher.survey, higher.responses, 2).unweightedBase,
                 qint64(6));
    }

    void bandCutsFromTheAnswers() {
        const double na = std::nan("");
        const std::vector<double> ages{19, 25, 34, na, 35, 50, 64, 65};
        // R: quantile(c(19,25,34,35,50,64,65), c(.25,.5,.75), type = 7) is 29.5, 35, 57;
        // whole answers round a cut up (29.5 → 30), the first cut is the smallest answer.
        QCOMPARE(*BandCuts::quantiles(ages, 4), (std::vector<double>{19, 30, 35, 57}));
        // R: table(cut(a, c(19,30,35,57,Inf), right = FALSE)) is 2 1 2 2.
        Project project = fixture();
        QVERIFY(
            EditList({Bands{"Q3", "age", *BandCuts::quantiles(ages, 4)}}).apply(project).isEmpty());
        QCOMPARE(counts(project, 2), (QList<qint64>{2, 1, 2, 2}));
        // Decimals: R's quantile(c(.13,.57,1.2,2.9,3.33), c(1/3,2/3)) is 0.78, 2.3333, cut up at
        // three significant digits of the range 3.2 (hundredths): 0.78, 2.34; the first at 0.13.
        QCOMPARE(*BandCuts::quantiles({0.13, 0.57, 1.2, 2.9, 3.33}, 3),
                 (std::vector<double>{0.13, 0.78, 2.34}));
        // Ties merge bands instead of making empty ones: R's quartiles of six 1s and 2, 3, 4, 5
        // are 1, 1, 2.75, cut at 1 and 3: two bands, not four.
        QCOMPARE(*BandCuts::quantiles({1, 1, 1, 1, 1, 1, 2, 3, 4, 5}, 4),
                 (std::vector<double>{1, 3}));
        // Equal widths: 19–65 in at most 4 bands: 10 makes 10,20,…,60 (6), 20 makes 0,20,40,60
        // (4), the first rung of 1, 2, 2.5, 5 × 10^k that fits.
        QCOMPARE(*BandCuts::equalWidth(ages, 4), (std::vector<double>{0, 20, 40, 60}));
        QCOMPARE(Bands::labels(*BandCuts::equalWidth(ages, 4)),
                 (QStringList{"0–19", "20–39", "40–59", "60+"}));
        // A given width starts at its multiple at or below the smallest answer.
        QCOMPARE(*BandCuts::ofWidth(ages, 10), (std::vector<double>{10, 20, 30, 40, 50, 60}));
        // Decimal widths stay round: 0.1 steps are 0.1, 0.2, 0.3, not 0.30000000000000004.
        QCOMPARE(*BandCuts::ofWidth({0.12, 0.35}, 0.1), (std::vector<double>{0.1, 0.2, 0.3}));
        QCOMPARE(Bands::labels({0.1, 0.2, 0.3}), (QStringList{"0.1–<0.2", "0.2–<0.3", "0.3+"}));
        // Nothing to band, or nonsense asked: no cuts.
        QVERIFY(!BandCuts::quantiles({na, na}, 4));
        QVERIFY(!BandCuts::equalWidth(ages, 0));
        QVERIFY(!BandCuts::ofWidth(ages, 0));
        QVERIFY(!BandCuts::ofWidth(ages, 0.1)); // 460 bands
        // One band of one whole value is labelled by the value.
        QCOMPARE(Bands::labels({19, 20, 21}), (QStringList{"19", "20", "21+"}));
    }

    void mergeAppliedOnOpenAndRemoved() {
        QTemporaryDir dir;
        EditList edits({merge("Q1", {"Male", "male", "M"}, "Male"),
                        merge("Q2", {"Email", "E-mail"}, "Email (any)")});
        const QString path = saved(dir, edits);
        QVERIFY(!path.isEmpty());
        auto opened = ProjectService::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
        QVERIFY(opened.warnings.isEmpty());
        QCOMPARE(counts(opened.value(), 0), (QList<qint64>{4, 2, 1}));
        QCOMPARE(counts(opened.value(), 1), (QList<qint64>{5, 2, 2}));
        // The stored answers are the imported ones.
        auto stored = ProjectService::openProject(path);
        QCOMPARE(stored.value().responses.columns[0].codes,
                 (std::vector<std::int32_t>{1, 2, 3, 4, 5, 0, 4, 1}));
        // openFor with only Q2 loaded: the merge of Q1 leaves the unloaded column alone.
        auto partial = ProjectService::openFor(path, [](const Survey& survey) {
            std::vector<bool> needed(size_t(survey.questions.size()), false);
            needed[1] = true;
            return needed;
        });
        QVERIFY(partial.ok());
        QVERIFY(partial.value().responses.columns[0].codes.empty());
        QCOMPARE(partial.value().survey.questions[0].options, (QStringList{"Male", "Female", "F"}));
        QCOMPARE(counts(partial.value(), 1), (QList<qint64>{5, 2, 2}));

        // Removing the first leaves the second.
        edits.removeAt(0);
        QJsonObject state = ProjectStore::readState(path).value();
        edits.storeIn(state);
        QVERIFY(ProjectService::saveState(path, state).ok());
        auto reopened = ProjectService::open(path);
        QVERIFY(reopened.ok());
        QCOMPARE(counts(reopened.value(), 0), (QList<qint64>{2, 1, 1, 2, 1}));
        QCOMPARE(counts(reopened.value(), 1), (QList<qint64>{5, 2, 2}));
    }
};

QTEST_GUILESS_MAIN(TestRecodes)
#include "tst_recodes.moc"
