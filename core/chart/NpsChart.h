#pragma once

#include "chart/ChartOptions.h"
#include "chart/ChartSpec.h"
#include "filter/RespondentMask.h"
#include "model/ResponseMatrix.h"
#include "model/Survey.h"

namespace sondo {

/**
 * The chart of a recommendation question (NpsQuestion): one 100% bar split into detractors,
 * passives and promoters, labelled with the Net Promoter Score; under a compare-by, one such bar
 * per group and one for the total, each group's score lettered with the groups it is
 * significantly higher than (NpsByGroup). The score's interval is in the notes.
 */
class NpsChart {
public:
    /**
     * Turns `spec`, the question's usual chart (title, subtitle and footer made), into the NPS
     * chart; `segment` is the compare-by question or -1.
     */
    static void apply(ChartSpec& spec, const Survey& survey, const ResponseMatrix& responses,
                      int question, int segment, const ChartOptions& options,
                      const RespondentMask& mask);
};

} // namespace sondo
