// Speed of the cleaning suggestions (issue 10: under 1 s for a 1,000,000-row text column).
// Prints figures; not a test. The column: a free-text gender question with the usual spellings
// (case, spaces, accents, slips, abbreviations) and, in one row out of ten, a unique comment, so
// the distinct answers number about 100,000.

#include "clean/CleaningSuggestions.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QStringList>
#include <cstdio>
#include <random>

using namespace sondo;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList spellings{"Male",   "male", " MALE ", "M",      "man",       "Female",
                                "female", "F",    "Femsle", "Fémale", "Non-binary", "non binary",
                                "maile",  "Prefer not to say"};
    const std::vector<int> weights{400, 120, 30, 50, 40, 350, 100, 30, 2, 3, 30, 20, 2, 60};
    std::mt19937 random(20261205);
    std::discrete_distribution<int> pick(weights.begin(), weights.end());
    QStringList column;
    column.reserve(1000000);
    for (int i = 0; i < 1000000; ++i)
        column << (i % 10 == 9 ? QStringLiteral("comment %1 on working from home").arg(i)
                               : spellings[pick(random)]);

    QElapsedTimer t;
    t.start();
    QHash<QString, qint64> counts;
    for (const QString& answer : std::as_const(column))
        ++counts[answer];
    QList<AnswerCount> distinct;
    distinct.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        distinct.append({it.key(), it.value()});
    const qint64 counted = t.elapsed();
    const auto proposals = CleaningSuggestions::proposals(distinct);
    const qint64 proposed = t.elapsed() - counted;
    std::printf("1,000,000 answers, %lld distinct: counted in %lld ms, %lld proposals in %lld ms, "
                "total %lld ms\n",
                qint64(distinct.size()), counted, qint64(proposals.size()), proposed,
                counted + proposed);
    return 0;
}
