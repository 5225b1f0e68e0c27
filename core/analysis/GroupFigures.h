#pragma once

#include "filter/RespondentMask.h"
#include "model/ResponseMatrix.h"
#include "model/Survey.h"
#include "stats/SignificanceOptions.h"

#include <QStringList>
#include <vector>

namespace sondo {

struct CrossTab;

/**
 * The columns the window's table adds under a compare-by: per group of the segment (those with
 * answers), its percentages on the total's rows and the marks of the column-proportions test
 * (the letters of the groups it beats, or ▲▼ against the rest), as `sondo freq --by` prints
 * them. Plain value.
 */
struct GroupFigures {
    /** "A · Fino a 50 postazioni": the group's letter and label, one per column. */
    QStringList names;
    /** Each group's weighted base. */
    std::vector<double> bases;
    /** percents[k][r]: group k's percent on row r of the question's table. */
    std::vector<std::vector<double>> percents;
    /** marks[k][r]: "BC", "▲" or empty; empty lists when the groups are not tested. */
    std::vector<QStringList> marks;

    bool isEmpty() const { return names.isEmpty(); }

    /**
     * The groups of `segment` for `question` over `mask`, tested as `tests` says. Empty when
     * there is no segment (or it is the question), and for open texts. `crossTab`, when given
     * and of this question and segment over `mask`, is used instead of counting again.
     */
    static GroupFigures compute(const Survey& survey, const ResponseMatrix& responses, int question,
                                int segment, const RespondentMask& mask,
                                const SignificanceOptions& tests,
                                const CrossTab* crossTab = nullptr);
};

} // namespace sondo
