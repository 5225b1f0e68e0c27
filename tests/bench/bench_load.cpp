// How long a saved project takes to load, whole and a question at a time: what the window pays
// to open a project and what a command pays for the columns it needs. Prints the median of a few
// rounds of each, in milliseconds, and the bytes of each question's column chunks.
//
//   bench_load PROJECT.sondo [rounds=5]

#include "storage/ProjectStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace sondo;

namespace {

/** The median of `rounds` runs of `work`, in milliseconds; -1 when it failed. */
double medianMs(int rounds, const std::function<bool()>& work) {
    std::vector<double> times;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer timer;
        timer.start();
        if (!work())
            return -1;
        times.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

/** Bytes of the column chunks of each question position (0 ids, -1 weights). */
std::vector<std::pair<int, qint64>> chunkBytes(const QString& path) {
    std::vector<std::pair<int, qint64>> out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("b"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT question, sum(length(data)) FROM column_chunks "
                                          "GROUP BY question")))
                while (query.next())
                    out.emplace_back(query.value(0).toInt(), query.value(1).toLongLong());
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("b"));
    return out;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_load PROJECT.sondo [rounds=5]\n");
        return 1;
    }
    const QString path = args.at(1);
    const int rounds = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 5;
    const Result<Survey> survey = ProjectStore::readSurvey(path);
    if (!survey.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(survey.error().toString()));
        return 2;
    }
    const int questions = int(survey.value().questions.size());
    const double whole = medianMs(rounds, [&] { return ProjectStore::read(path).ok(); });
    const double listing = medianMs(rounds, [&] { return ProjectStore::readSurvey(path).ok(); });
    std::printf("%-40s %9.1f ms\n", "whole project", whole);
    std::printf("%-40s %9.1f ms\n", "questionnaire only", listing);
    std::vector<qint64> bytes(size_t(questions) + 2, -1);
    for (const auto& [key, size] : chunkBytes(path))
        if (key >= -1 && key <= questions)
            bytes[size_t(key + 1)] = size;
    for (int q = 0; q < questions; ++q) {
        std::vector<bool> one(size_t(questions), false);
        one[size_t(q)] = true;
        const double ms = medianMs(rounds, [&] { return ProjectStore::read(path, {}, one).ok(); });
        const Question& question = survey.value().questions[q];
        std::printf(
            "%-40s %9.1f ms %10.2f MB\n",
            qPrintable(
                QStringLiteral("  %1 (%2)").arg(question.id, questionTypeName(question.type))),
            ms, bytes[size_t(q + 2)] / 1e6);
    }
    return 0;
}
