#pragma once

#include <utility>

namespace sondo {

class AnalysisSession;
struct ChartSpec;

/** What a category of the chart on screen stands for, so that a click on it can act on it. */
class ChartCategory {
public:
    /**
     * The question and option (0-based) that category `category` of `spec` names: an option of
     * the current question or of the compare-by question, or a compare-by group labelled with
     * its base ("Sanità (n = 15)"). {-1, -1} when it names none.
     */
    static std::pair<int, int> option(const AnalysisSession& session, const ChartSpec& spec,
                                      int category);
};

} // namespace sondo
