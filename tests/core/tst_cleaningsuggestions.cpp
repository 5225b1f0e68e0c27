// Cleaning suggestions (issue 10 §1): which spellings of a free-text answer are one answer. The
// fixture is a hand-made gender question typed freely, and the expected groups are a hand reading
// of it: case and spacing variants are certain, accents, slips and one-letter abbreviations are
// proposed, and real differences (Male / Female, Italy / Italia, Yes / No, Q1 / Q2) never are.

#include "clean/CleaningSuggestions.h"

#include <QElapsedTimer>
#include <QTest>

using namespace sondo;

namespace {

QList<AnswerCount> gender() {
    return {{"Male", 40},      {"male", 12},     {" MALE ", 3},
            {"M", 5},          {"man", 4},       {"Female", 35},
            {"female", 10},    {"Femsle", 1},    {"Fémale", 1},
            {"F", 3},          {"maile", 1},     {"Non-binary", 3},
            {"non binary", 2}, {"Nonbinary", 1}, {"Prefer not to say", 6}};
}

/** "into: a, b, c (reason)" for comparing whole lists at once. */
QStringList describe(const QList<MergeProposal>& proposals) {
    QStringList out;
    for (const MergeProposal& p : proposals)
        out << QStringLiteral("%1 <- %2 (%3, %4)")
                   .arg(p.into, p.answers.join(QStringLiteral(" | ")),
                        CleaningSuggestions::reasonName(p.reason))
                   .arg(p.respondents);
    return out;
}

} // namespace

class TestCleaningSuggestions : public QObject {
    Q_OBJECT

private slots:
    void caseAndSpacingAreCertain() {
        // Hand count: Male 40 + male 12 + " MALE " 3 = 55; Female 35 + female 10 = 45.
        QCOMPARE(describe(CleaningSuggestions::caseAndSpacing(gender())),
                 (QStringList{QStringLiteral("Male <- Male | male |  MALE  (case or spacing, 55)"),
                              QStringLiteral("Female <- Female | female (case or spacing, 45)")}));
    }

    void proposalsGroupEveryVariant() {
        // Male: 55 + maile 1 (one letter more) + M 5 (the only dominant M-answer; "man", 4, stays
        // a word of its own) = 61. Female: 45 + Femsle 1 (a slip) + Fémale 1 (an accent) + F 3 =
        // 50 (ties in the order the answers came). Non-binary: 3 + 2 + 1 = 6, the same without punctuation and spaces.
        QCOMPARE(describe(CleaningSuggestions::proposals(gender())),
                 (QStringList{
                     QStringLiteral("Male <- Male | male | M |  MALE  | maile (abbreviation, 61)"),
                     QStringLiteral("Female <- Female | female | F | Fémale | Femsle "
                                    "(abbreviation, 50)"),
                     QStringLiteral("Non-binary <- Non-binary | non binary | Nonbinary "
                                    "(accents or punctuation, 6)")}));
    }

    void realDifferencesAreNeverProposed_data() {
        QTest::addColumn<QList<AnswerCount>>("answers");
        QTest::newRow("male and female (two letters apart)")
            << QList<AnswerCount>{{"Male", 50}, {"Female", 10}};
        QTest::newRow("Italy and Italia (two edits)")
            << QList<AnswerCount>{{"Italia", 80}, {"Italy", 5}};
        QTest::newRow("yes and no") << QList<AnswerCount>{{"Yes", 80}, {"No", 5}};
        QTest::newRow("numbers differ") << QList<AnswerCount>{{"Q1 2019", 80}, {"Q1 2018", 5}};
        QTest::newRow("short words") << QList<AnswerCount>{{"Cat", 80}, {"Car", 5}};
        QTest::newRow("close in count (a real second answer)")
            << QList<AnswerCount>{{"Roma", 30}, {"Rome", 20}};
        QTest::newRow("a letter with two frequent answers")
            << QList<AnswerCount>{{"Milano", 30}, {"Modena", 20}, {"M", 4}};
    }

    void realDifferencesAreNeverProposed() {
        QFETCH(QList<AnswerCount>, answers);
        QVERIFY2(CleaningSuggestions::proposals(answers).isEmpty(),
                 qPrintable(describe(CleaningSuggestions::proposals(answers)).join(u'\n')));
    }

    void longWordsAllowTwoSlips() {
        // "Amministrazione" (15 letters) and "Aministrazzione": a missing m, an extra z.
        const auto proposals = CleaningSuggestions::proposals(
            {{"Amministrazione", 30}, {"Aministrazzione", 2}, {"Aministrazzionee", 1}});
        QCOMPARE(describe(proposals),
                 QStringList{QStringLiteral(
                     "Amministrazione <- Amministrazione | Aministrazzione (spelling, 32)")});
    }

    void manyDistinctAnswersStayFast() {
        // 200,000 distinct comments and a gender-like head: the candidates are the 2,000 most
        // frequent, so this takes well under a second (timed in tests/bench, not here).
        QList<AnswerCount> answers = gender();
        for (int i = 0; i < 200000; ++i)
            answers.append({QStringLiteral("comment number %1 about remote work").arg(i), 1});
        const auto proposals = CleaningSuggestions::proposals(answers);
        QVERIFY(proposals.size() >= 3);
        QCOMPARE(proposals.first().into, QStringLiteral("Male"));
    }
};

QTEST_GUILESS_MAIN(TestCleaningSuggestions)
#include "tst_cleaningsuggestions.moc"
