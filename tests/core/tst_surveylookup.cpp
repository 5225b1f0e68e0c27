// Tests of Survey's question lookups: the key a user types (`sondo freq PROJECT KEY`, --where)
// and the reference a saved filter or view holds (id and code, resolved again after a re-import
// that may have shifted the ids). Expected indexes are read off the five-question survey below.

#include "model/Survey.h"

#include <QTest>

using namespace sondo;

namespace {

Question question(const char* id, const char* code, const char* text) {
    Question q;
    q.id = QString::fromUtf8(id);
    q.code = QString::fromUtf8(code);
    q.text = QString::fromUtf8(text);
    return q;
}

/**
 * 0 Q1 "settore"  "Settore"
 * 1 Q2 "ruolo"    "Ruolo"
 * 2 Q3 "Q1"       "Quanto è soddisfatto?"   (a tool code that looks like another question's id)
 * 3 Q4 "ruolo"    "Ruolo (di nuovo)"         (a code that repeats)
 * 4 Q5 ""         "settore"                  (a text equal to another question's code)
 */
Survey survey() {
    Survey s;
    s.questions = {question("Q1", "settore", "Settore"), question("Q2", "ruolo", "Ruolo"),
                   question("Q3", "Q1", "Quanto è soddisfatto?"),
                   question("Q4", "ruolo", "Ruolo (di nuovo)"), question("Q5", "", "settore")};
    return s;
}

} // namespace

class TestSurveyLookup : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { m_survey = survey(); }

    void findByKey_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("expected");
        QTest::newRow("id") << QStringLiteral("Q2") << 1;
        QTest::newRow("id in another case, spaces around") << QStringLiteral("  q4 ") << 3;
        QTest::newRow("an id wins over a code that looks like it") << QStringLiteral("Q1") << 0;
        QTest::newRow("code") << QStringLiteral("settore") << 0;
        QTest::newRow("a repeated code: the first") << QStringLiteral("ruolo") << 1;
        QTest::newRow("text") << QStringLiteral("Quanto è soddisfatto?") << 2;
        QTest::newRow("text in another case is not text")
            << QStringLiteral("quanto è soddisfatto?") << -1;
        QTest::newRow("a code in another case, after every exact match")
            << QStringLiteral("RUOLO") << 1;
        QTest::newRow("unknown") << QStringLiteral("Q9") << -1;
    }

    void findByKey() {
        QFETCH(QString, key);
        QFETCH(int, expected);
        QCOMPARE(m_survey.findQuestion(key), expected);
    }

    void findSavedReference_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("expected");
        QTest::newRow("id and code agree") << QStringLiteral("Q2") << QStringLiteral("ruolo") << 1;
        QTest::newRow("id in another case") << QStringLiteral("q2") << QStringLiteral("ruolo") << 1;
        QTest::newRow("no code saved: the id alone") << QStringLiteral("Q3") << QString() << 2;
        // After a re-import that shifted the questions, the id names another question: the code
        // finds the one that was saved.
        QTest::newRow("shifted: the code wins")
            << QStringLiteral("Q2") << QStringLiteral("settore") << 0;
        QTest::newRow("shifted onto a repeated code: the first")
            << QStringLiteral("Q1") << QStringLiteral("ruolo") << 1;
        QTest::newRow("code renamed and found nowhere: the id")
            << QStringLiteral("Q2") << QStringLiteral("funzione") << 1;
        QTest::newRow("id gone: the code") << QStringLiteral("Q9") << QStringLiteral("Q1") << 2;
        QTest::newRow("no id saved: the code") << QString() << QStringLiteral("settore") << 0;
        QTest::newRow("codes are exact") << QStringLiteral("Q9") << QStringLiteral("SETTORE") << -1;
        QTest::newRow("texts are not codes")
            << QStringLiteral("Q9") << QStringLiteral("Settore") << -1;
        QTest::newRow("nothing saved") << QString() << QString() << -1;
        QTest::newRow("neither found") << QStringLiteral("Q9") << QStringLiteral("funzione") << -1;
    }

    void findSavedReference() {
        QFETCH(QString, id);
        QFETCH(QString, code);
        QFETCH(int, expected);
        QCOMPARE(m_survey.findQuestion(id, code), expected);
    }

private:
    Survey m_survey;
};

QTEST_GUILESS_MAIN(TestSurveyLookup)
#include "tst_surveylookup.moc"
