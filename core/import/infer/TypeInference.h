#pragma once

#include "import/ImportOptions.h"
#include "import/build/RawTable.h"
#include "import/infer/ColumnCoding.h"
#include "import/infer/ColumnValues.h"
#include "import/infer/DateParser.h"
#include "import/infer/FileConventions.h"
#include "import/infer/NumberParser.h"
#include "import/infer/ScaleLibrary.h"
#include "model/QuestionType.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <optional>
#include <vector>

namespace sondo {

/**
 * Decides the type of a question from all its answers and codes them.
 *
 * In order: a known Likert scale (ScaleLibrary), numbers in the column's own decimal convention,
 * dates, options joined by the tool's separator (only when the cells really are combinations of a
 * small set of options), single choice (few distinct answers), else open text. A column of bare
 * small integers (1–5, 0–10) stays numeric: it becomes a scale only with labelled points. A
 * column of numbers with a stray text cell is not numeric; it is read as single choice or text and
 * a note names the stray cell.
 */
class TypeInference {
public:
    /**
     * `writeInLimit`: a joined piece written last by at most this many respondents is a write-in
     * (ImportOptions::writeInLimit).
     */
    explicit TypeInference(const ScaleLibrary& scales, FileConventions conventions = {},
                           int writeInLimit = ImportOptions::kDefaultWriteInLimit);

    /** Infers the type of a one-column question; `joinSeparator` is the tool's hint or empty. */
    ColumnCoding infer(const ColumnValues& column, const QString& joinSeparator) const;

    /**
     * The items of one grid (a matrix question): when their answers together form a known scale,
     * or together are a small set of choices, every item gets the same options in the same order
     * (so that the items chart side by side), even an item whose own answers miss a point.
     * Otherwise each item is inferred on its own.
     */
    std::vector<ColumnCoding> inferGrid(const std::vector<const ColumnValues*>& items,
                                        const QString& joinSeparator) const;

    /**
     * A metadata column: Date when its cells are dates, Single when a few values repeat (a
     * status, a condition), else Identifier.
     */
    ColumnCoding inferMetadata(const ColumnValues& column) const;

    /** Result of coding a column as a type chosen by the analyst. */
    struct Forced {
        std::optional<ColumnCoding> coding;
        /** When coding is empty: the value that cannot be read as the type (first in the file). */
        int badValue = -1;
    };
    /**
     * Codes the column as `type`. Likert keeps a known scale's order, else numeric order for
     * numbers, else order of first appearance. Numeric and Date fail on the first cell that is
     * not a number or a date.
     */
    Forced force(const ColumnValues& column, QuestionType type, const QString& joinSeparator) const;

    /** Single choice: at most this many distinct answers, unless they are short and repeat. */
    static constexpr int kMaxSingleOptions = 30;
    /** A metadata column with at most this many values, each repeated, is a segment. */
    static constexpr int kMaxMetadataOptions = 12;

private:
    struct NumberReading {
        std::vector<double> values;
        qint64 badCount = 0; // respondents whose cell is not a number
        int badDistinct = 0;
        int firstBad = -1;
        bool mixedMarks = false;
        DecimalMark mark = DecimalMark::Point;
    };
    /**
     * Reads every value as a number. Unless `exhaustive`, stops as soon as more than
     * kMaxStrayNumbers different values are not numbers (then only badCount and badDistinct
     * mean anything).
     */
    NumberReading readNumbers(const ColumnValues& column, bool exhaustive = true) const;
    /** Non-numbers a mostly numeric column may have and still get a note naming them. */
    static constexpr int kMaxStrayNumbers = 3;
    struct DateReading {
        std::vector<double> values;
        DateOrder order = DateOrder::DayFirst;
        qint64 parsedCount = 0;
        int firstBad = -1;
    };
    DateReading readDates(const ColumnValues& column) const;
    std::optional<ColumnCoding> scale(const ColumnValues& column) const;
    std::optional<ColumnCoding> labelled(const ColumnValues& column, bool force) const;
    ColumnCoding single(const ColumnValues& column) const;
    bool looksSingle(const ColumnValues& column) const;

    const ScaleLibrary& m_scales;
    FileConventions m_conventions;
    int m_writeInLimit;
};

} // namespace sondo
