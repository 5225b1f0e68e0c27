#pragma once

// tests/data/stats/panel.csv (600 invented respondents, written by make_panel.R beside it) as an
// import would hold it, for the weighting, significance, NPS and findings suites. The questions
// are declared here, the answers read from the file; blank cells are missing. The R oracles in
// those suites start from:
//
//   d <- read.csv("tests/data/stats/panel.csv", na.strings = "", encoding = "UTF-8")
//   G <- c("Banche", "Assicurazioni", "Telco", "Energia", "Retail", "PA", "Sanità")
//   scala <- c("Per niente d'accordo", "Poco d'accordo", "Né d'accordo né in disaccordo",
//              "Abbastanza d'accordo", "Molto d'accordo", "Non so")
//   settore <- factor(d$settore, levels = G); acc <- factor(d$accordo, levels = scala)

#include "model/ResponseMatrix.h"
#include "model/Survey.h"

#include <QFile>
#include <QLocale>
#include <QTest>
#include <cmath>
#include <limits>

namespace panel {

using namespace sondo;

enum Column { Settore, Sesso, Eta, Area, Accordo, Nps, Spesa, Canali, Peso };

inline Question question(const QString& id, const QString& code, QuestionType type,
                         const QStringList& options = {}, std::vector<double> scores = {}) {
    Question q;
    q.id = id;
    q.code = code;
    q.text = code;
    q.type = type;
    q.options = options;
    q.scores = std::move(scores);
    return q;
}

struct Fixture {
    Survey survey;
    ResponseMatrix responses;
    std::vector<double> peso;
};

inline Fixture load() {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    Fixture f;
    f.survey.questions = {
        question("Q1", "settore", QuestionType::Single,
                 {"Banche", "Assicurazioni", "Telco", "Energia", "Retail", "PA", "Sanità"}),
        question("Q2", "sesso", QuestionType::Single, {"Uomo", "Donna"}),
        question("Q3", "eta", QuestionType::Single, {"18-34", "35-54", "55+"}),
        question("Q4", "area", QuestionType::Single, {"Nord", "Centro", "Sud"}),
        question("Q5", "accordo", QuestionType::Likert,
                 {"Per niente d'accordo", "Poco d'accordo", "Né d'accordo né in disaccordo",
                  "Abbastanza d'accordo", "Molto d'accordo", "Non so"},
                 {1, 2, 3, 4, 5, nan}),
        question("Q6", "nps", QuestionType::Numeric),
        question("Q7", "spesa", QuestionType::Numeric),
        question("Q8", "canali", QuestionType::Multiple, {"Email", "Chat", "Telefono"}),
        question("Q9", "peso", QuestionType::Numeric),
    };
    QFile file(QFINDTESTDATA("data/stats/panel.csv"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("panel.csv not found");
    QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    lines.removeFirst();
    const int n = int(lines.size());
    ResponseMatrix& m = f.responses;
    m.respondentCount = n;
    m.columns.resize(9);
    for (Column c : {Settore, Sesso, Eta, Area, Accordo})
        m.columns[c].codes.assign(std::size_t(n), 0);
    for (Column c : {Nps, Spesa, Peso})
        m.columns[c].values.assign(std::size_t(n), nan);
    m.columns[Canali].answered.assign(std::size_t(n), 0);
    m.columns[Canali].selected.assign(3, std::vector<std::uint8_t>(std::size_t(n), 0));
    const QLocale c = QLocale::c();
    for (int r = 0; r < n; ++r) {
        const QStringList cells = lines[r].trimmed().split(u',');
        if (cells.size() != 10)
            qFatal("panel.csv line %d: %d cells", r + 2, int(cells.size()));
        m.respondentIds << cells[0];
        for (Column column : {Settore, Sesso, Eta, Area, Accordo})
            m.columns[column].codes[r] =
                int(f.survey.questions[column].options.indexOf(cells[column + 1])) + 1;
        for (Column column : {Nps, Spesa, Peso})
            if (!cells[column + 1].isEmpty())
                m.columns[column].values[r] = c.toDouble(cells[column + 1]);
        if (!cells[Canali + 1].isEmpty()) {
            m.columns[Canali].answered[r] = 1;
            for (const QString& option : cells[Canali + 1].split(u';'))
                m.columns[Canali]
                    .selected[std::size_t(f.survey.questions[Canali].options.indexOf(option))][r] =
                    1;
        }
        f.peso.push_back(m.columns[Peso].values[r]);
    }
    return f;
}

/** Relative comparison at `tolerance`; absolute below 1e-300 (an expected 0). */
inline bool near(double actual, double expected, double tolerance = 1e-9) {
    if (std::isnan(expected))
        return std::isnan(actual);
    if (expected == 0)
        return std::abs(actual) < 1e-12;
    return std::abs(actual - expected) <= tolerance * std::abs(expected);
}

} // namespace panel

#define COMPARE_NEAR_TOL(actual, expected, tolerance)                                              \
    QVERIFY2(panel::near((actual), (expected), (tolerance)),                                       \
             qPrintable(QStringLiteral("%1 is %2, expected %3")                                    \
                            .arg(QStringLiteral(#actual))                                          \
                            .arg((actual), 0, 'g', 17)                                             \
                            .arg((expected), 0, 'g', 17)))
#define COMPARE_NEAR(actual, expected) COMPARE_NEAR_TOL(actual, expected, 1e-9)
