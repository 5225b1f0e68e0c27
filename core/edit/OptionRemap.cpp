#include "edit/OptionRemap.h"

#include <algorithm>
#include <cstdint>

namespace sondo {

namespace {

void remapSelected(AnswerColumn& column, const std::vector<int>& newIndex, int newCount) {
    std::vector<std::vector<std::uint8_t>> selected(static_cast<size_t>(newCount));
    bool dropped = false;
    for (size_t o = 0; o < column.selected.size() && o < newIndex.size(); ++o) {
        if (newIndex[o] < 0) {
            dropped = true;
            continue;
        }
        std::vector<std::uint8_t>& into = selected[size_t(newIndex[o])];
        if (into.empty()) {
            into = column.selected[o];
            continue;
        }
        const std::vector<std::uint8_t>& from = column.selected[o];
        const size_t n = std::min(into.size(), from.size());
        for (size_t r = 0; r < n; ++r)
            into[r] |= from[r];
    }
    const size_t rows = column.answered.size();
    for (auto& flags : selected)
        if (flags.empty())
            flags.assign(rows, 0);
    if (dropped) {
        // A respondent whose only ticks were hidden options is out of the base, not "none".
        for (size_t r = 0; r < rows; ++r) {
            if (!column.answered[r])
                continue;
            bool tickedDropped = false, tickedKept = false;
            for (size_t o = 0; o < column.selected.size() && o < newIndex.size(); ++o)
                if (r < column.selected[o].size() && column.selected[o][r])
                    (newIndex[o] < 0 ? tickedDropped : tickedKept) = true;
            if (tickedDropped && !tickedKept)
                column.answered[r] = 0;
        }
    }
    column.selected = std::move(selected);
}

} // namespace

void OptionRemap::apply(QuestionType type, AnswerColumn& column, const std::vector<int>& newIndex,
                        int newCount) {
    if (type == QuestionType::Multiple) {
        if (!column.selected.empty())
            remapSelected(column, newIndex, newCount);
        return;
    }
    if (column.codes.empty())
        return;
    // One table lookup per respondent: a million codes take about a millisecond.
    std::vector<std::int32_t> table(newIndex.size() + 1, 0);
    for (size_t o = 0; o < newIndex.size(); ++o)
        table[o + 1] = newIndex[o] + 1; // -1 (dropped) becomes 0, missing
    const auto size = std::int32_t(table.size());
    for (std::int32_t& code : column.codes)
        if (code > 0 && code < size)
            code = table[size_t(code)];
}

} // namespace sondo
