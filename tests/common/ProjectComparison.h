#pragma once

// Field-by-field comparison of two projects for the suites that check that two routes to a
// project file make the same one (streamed or whole-file import, command line or window). Each
// function fails the current test at the first difference; callers check
// QTest::currentTestFailed() before going on.

#include "model/Project.h"

#include <QtTest>
#include <algorithm>
#include <cmath>
#include <vector>

namespace sondo::test {

/** Equal, or both NaN (a blank numeric answer, a score off the scale). */
inline bool sameNumber(double a, double b) {
    return a == b || (std::isnan(a) && std::isnan(b));
}

/** The first index where the two differ (NaN equal to NaN), or -1 when they are the same. */
inline qsizetype firstDifference(const std::vector<double>& a, const std::vector<double>& b) {
    if (a.size() != b.size())
        return qsizetype(std::min(a.size(), b.size()));
    for (size_t i = 0; i < a.size(); ++i)
        if (!sameNumber(a[i], b[i]))
            return qsizetype(i);
    return -1;
}

/** Title, format, every question (id, code, text, type, options, scores, metadata, group) and
 *  the question groups. */
inline void compareSurveys(const Survey& actual, const Survey& expected) {
    QCOMPARE(actual.title, expected.title);
    QCOMPARE(actual.sourceFormat, expected.sourceFormat);
    QCOMPARE(actual.questions.size(), expected.questions.size());
    for (int q = 0; q < expected.questions.size(); ++q) {
        const Question& a = actual.questions[q];
        const Question& e = expected.questions[q];
        QCOMPARE(a.id, e.id);
        QCOMPARE(a.code, e.code);
        QCOMPARE(a.text, e.text);
        QCOMPARE(a.type, e.type);
        QCOMPARE(a.options, e.options);
        QVERIFY2(firstDifference(a.scores, e.scores) < 0, qPrintable(e.id));
        QCOMPARE(a.metadata, e.metadata);
        QCOMPARE(a.group, e.group);
    }
    QVERIFY(actual.groups == expected.groups);
}

/** Every respondent's id, weight and answer to every question. */
inline void compareAnswers(const ResponseMatrix& actual, const ResponseMatrix& expected) {
    QCOMPARE(actual.respondentCount, expected.respondentCount);
    QCOMPARE(actual.respondentIds, expected.respondentIds);
    QCOMPARE(firstDifference(actual.weights, expected.weights), qsizetype(-1));
    QCOMPARE(actual.columns.size(), expected.columns.size());
    for (size_t q = 0; q < expected.columns.size(); ++q) {
        const AnswerColumn& a = actual.columns[q];
        const AnswerColumn& e = expected.columns[q];
        QCOMPARE(a.codes, e.codes);
        QCOMPARE(a.selected, e.selected);
        QCOMPARE(a.answered, e.answered);
        QCOMPARE(a.texts, e.texts);
        const qsizetype r = firstDifference(a.values, e.values);
        QVERIFY2(r < 0, qPrintable(QStringLiteral("question %1, respondent %2").arg(q).arg(r + 1)));
    }
}

/** The import history, each record but the time it was made. */
inline void compareImports(const QList<ImportRecord>& actual, const QList<ImportRecord>& expected) {
    QCOMPARE(actual.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        const ImportRecord& a = actual[i];
        const ImportRecord& e = expected[i];
        QCOMPARE(a.sourceName, e.sourceName);
        QCOMPARE(a.sourcePath, e.sourcePath);
        QCOMPARE(a.sha256, e.sha256);
        QCOMPARE(a.rows, e.rows);
        QCOMPARE(a.format, e.format);
        QCOMPARE(a.encoding, e.encoding);
        QCOMPARE(a.delimiter, e.delimiter);
    }
}

} // namespace sondo::test
