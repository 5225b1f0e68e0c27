// Who answered, as bits (AnsweredBits): the navigator's bases under a filter are counted from
// these on every filter change, so every storage kind, a filter, a count of respondents that is
// not a multiple of 64 and a column shorter than the matrix must count exactly. Expected figures
// are hand counts over r = 0 … 129 (multiples of 3 below 130: 44; below 100: 34; below 70: 24).
#include "analysis/AnsweredBits.h"

#include <QTest>
#include <cmath>
#include <limits>

using namespace sondo;

class TestAnsweredBits : public QObject {
    Q_OBJECT

private slots:
    void countsEveryKindUnderAFilter();
};

void TestAnsweredBits::countsEveryKindUnderAFilter() {
    constexpr int n = 130;
    RespondentMask firstHundred(n, 0);
    for (int r = 0; r < 100; ++r)
        firstHundred[std::size_t(r)] = 1;
    const AnsweredBits::Bits filter = AnsweredBits::ofMask(firstHundred, n);
    QCOMPARE(AnsweredBits::count(filter), qint64(100));
    QVERIFY(AnsweredBits::ofMask({}, n).empty()); // everyone

    AnswerColumn single;
    for (int r = 0; r < n; ++r)
        single.codes.push_back(r % 3 != 0 ? 1 + r % 4 : 0);
    const auto singleBits = AnsweredBits::ofColumn(single, QuestionType::Likert, n);
    QCOMPARE(AnsweredBits::count(singleBits), qint64(130 - 44));
    QCOMPARE(AnsweredBits::countBoth(singleBits, filter), qint64(100 - 34));

    AnswerColumn numeric;
    for (int r = 0; r < n; ++r)
        numeric.values.push_back(r % 2 == 0 ? std::numeric_limits<double>::quiet_NaN() : r);
    const auto numericBits = AnsweredBits::ofColumn(numeric, QuestionType::Numeric, n);
    QCOMPARE(AnsweredBits::count(numericBits), qint64(65));
    QCOMPARE(AnsweredBits::countBoth(numericBits, filter), qint64(50));

    AnswerColumn text;
    for (int r = 0; r < n; ++r)
        text.texts.append(r % 5 == 0 ? QStringLiteral("answer %1").arg(r) : QString());
    const auto textBits = AnsweredBits::ofColumn(text, QuestionType::Text, n);
    QCOMPARE(AnsweredBits::count(textBits), qint64(26));
    QCOMPARE(AnsweredBits::countBoth(textBits, filter), qint64(20));

    AnswerColumn multiple;
    for (int r = 0; r < n; ++r)
        multiple.answered.push_back(r >= 64 ? 1 : 0);
    const auto multipleBits = AnsweredBits::ofColumn(multiple, QuestionType::Multiple, n);
    QCOMPARE(AnsweredBits::count(multipleBits), qint64(66));
    QCOMPARE(AnsweredBits::countBoth(multipleBits, filter), qint64(36));

    // A column shorter than the matrix: the respondents past its end did not answer.
    single.codes.resize(70);
    QCOMPARE(AnsweredBits::count(AnsweredBits::ofColumn(single, QuestionType::Single, n)),
             qint64(70 - 24));
}

QTEST_GUILESS_MAIN(TestAnsweredBits)
#include "tst_answeredbits.moc"
