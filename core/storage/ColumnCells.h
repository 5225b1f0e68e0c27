#pragma once

#include "storage/ResponseTableLayout.h"

#include <QString>
#include <cstdint>

namespace sondo {

/**
 * One column's answers as raw pointers into an AnswerColumn, so the loops over a million
 * respondents do no lookups. Row r of the column is element r of the array that its content
 * uses: `codes` (Code), `values` (Number, Msecs), `texts` (Text; null for a date without its
 * texts), `selected` and `answered` (Selected).
 */
template <typename Int32, typename Double, typename Text, typename Byte> struct ColumnCells {
    ResponseTableLayout::Content content = ResponseTableLayout::Content::Code;
    Int32* codes = nullptr;
    Double* values = nullptr;
    Text* texts = nullptr;
    Byte* selected = nullptr;
    Byte* answered = nullptr;

    /** The same cells from row `first` on. */
    ColumnCells from(qint64 first) const {
        ColumnCells c = *this;
        auto shift = [first](auto*& p) {
            if (p)
                p += first;
        };
        shift(c.codes);
        shift(c.values);
        shift(c.texts);
        shift(c.selected);
        shift(c.answered);
        return c;
    }
};
/** Cells to write from. */
using SourceCells =
    ColumnCells<const std::int32_t, const double, const QString, const std::uint8_t>;
/** Cells to read into, already sized. */
using TargetCells = ColumnCells<std::int32_t, double, QString, std::uint8_t>;

/**
 * Points the cells of `column` at their answers in `answers` (an AnswerColumn): SourceCells
 * from a const one, TargetCells from a mutable one.
 */
template <typename Cells, typename Answers>
Cells cellsOf(const ResponseTableLayout::Column& column, Answers& answers) {
    Cells c;
    c.content = column.content;
    switch (column.content) {
    case ResponseTableLayout::Content::Code:
        c.codes = answers.codes.data();
        break;
    case ResponseTableLayout::Content::Number:
    case ResponseTableLayout::Content::Msecs:
        c.values = answers.values.data();
        break;
    case ResponseTableLayout::Content::Text:
        // A date may come without the text as written.
        c.texts = answers.texts.isEmpty() ? nullptr : answers.texts.data();
        break;
    case ResponseTableLayout::Content::Selected:
        c.selected = answers.selected[column.option].data();
        c.answered = answers.answered.data();
        break;
    }
    return c;
}

} // namespace sondo
