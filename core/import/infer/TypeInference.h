#pragma once

#include "import/build/RawTable.h"
#include "import/infer/DateParser.h"
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
 * The answers in one source column, as its distinct values with how often respondents gave each.
 * Inference looks at every value with its count, never at the first rows only.
 */
struct ColumnValues {
    /** Distinct non-blank values, index = RawTable cell id - 1. */
    QStringList values;
    /** Respondents giving each value (0 for a value found only in header rows). */
    std::vector<qint64> counts;
    /** First respondent (0-based among respondents) giving each value, -1 when none. */
    std::vector<int> firstRow;
    /** Non-blank cells among respondents. */
    qint64 answered = 0;
    /** Value labels of a binary source (SPSS) in code order: the options, when given. */
    QStringList valueLabels;
    /** Measurement level of a binary source's variable. */
    SourceColumnInfo::Measure measure = SourceColumnInfo::Measure::Unknown;

    /** Gathers column `column` of the rows from `firstDataRow` on. */
    static ColumnValues fromTable(const RawTable& table, int column, int firstDataRow);
    /** A column from a list of cells, one per respondent, blank = missing (tests, tools). */
    static ColumnValues fromCells(const QStringList& cells);
    /** Indices of the values given by respondents, in order of first appearance. */
    std::vector<int> appearanceOrder() const;
};

/** A remark about a column, tied to the first respondent giving `value` (-1: the column). */
struct ColumnNote {
    QString message;
    int value = -1;
};

/** How the values of one column become the answers of one question. */
struct ColumnCoding {
    QuestionType type = QuestionType::Text;
    QStringList options;
    /** Likert only: score of each option (NaN off the scale). */
    std::vector<double> scores;
    /** Single, Likert: 1-based option of each value (0 for a value nobody gave). */
    std::vector<std::int32_t> codeOfValue;
    /** Multiple: the options each value selects. */
    std::vector<std::vector<int>> optionsOfValue;
    /** Numeric, Date: the value of each value (NaN when it cannot be read). */
    std::vector<double> numberOfValue;
    /** Numeric: the decimal mark the column's numbers were read with. */
    DecimalMark decimalMark = DecimalMark::Point;
    /** Date: the order of day and month the column's dates were read with. */
    DateOrder dateOrder = DateOrder::DayFirst;
    QList<ColumnNote> notes;
};

/** What a whole file says about how it writes numbers and dates, from all its columns. */
struct FileConventions {
    std::optional<DecimalMark> decimalMark;
    std::optional<DateOrder> dateOrder;
};

/** What one column says about its file's conventions: how many of its cells show each. */
struct ConventionVotes {
    qint64 point = 0;      ///< numbers only a decimal point reads
    qint64 comma = 0;      ///< numbers only a decimal comma reads
    qint64 dayFirst = 0;   ///< dates only day-first reads
    qint64 monthFirst = 0; ///< dates only month-first reads
};

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
    explicit TypeInference(const ScaleLibrary& scales, FileConventions conventions = {});

    /** One column's votes: columns are read one by one, so on several threads at once. */
    static ConventionVotes votes(const ColumnValues& column);
    /** The decimal mark and date order most columns of a file agree on. */
    static FileConventions conventions(const std::vector<ConventionVotes>& columns);

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

    /** A metadata column: Date when its cells are dates, else Identifier. */
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

    /** A cell of a one-column-per-option block. */
    enum class Flag { Selected, NotSelected, Unknown };
    /**
     * Y/Yes/Sì/Ja/Oui/1/X/True or the option's own label select; N/No/Nein/Non/0/False do not.
     */
    static Flag readFlag(QStringView cell, QStringView optionLabel);
    /**
     * Reads the flags of one option column from its distinct values and their counts: besides
     * readFlag, an unknown value that negates ("Non scelto", "Not selected") does not select,
     * and in a column of two values where one is known, the other means the opposite ("1"/"2"
     * from SPSS). Values still unknown stay Unknown (the caller reads them as selected).
     */
    static std::vector<Flag> readFlags(const QStringList& values, const std::vector<qint64>& counts,
                                       QStringView optionLabel);

    /** Joined options never exceed this many (beyond it the column is not split). */
    static constexpr int kMaxJoinedOptions = 30;
    /** Single choice: at most this many distinct answers, unless they are short and repeat. */
    static constexpr int kMaxSingleOptions = 30;

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
    std::optional<ColumnCoding> splitJoined(const ColumnValues& column, const QString& separator,
                                            bool force) const;
    ColumnCoding single(const ColumnValues& column) const;
    bool looksSingle(const ColumnValues& column) const;

    const ScaleLibrary& m_scales;
    FileConventions m_conventions;
};

} // namespace sondo
