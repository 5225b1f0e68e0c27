#pragma once

#include "base/Progress.h"
#include "base/Result.h"
#include "import/ImportOptions.h"
#include "import/build/ImportPlan.h"
#include "import/build/RawTable.h"
#include "import/infer/TypeInference.h"
#include "model/ResponseMatrix.h"
#include "model/Survey.h"

#include <QString>

namespace sondo {

/** A survey and its coded answers, as built from a table. */
struct BuiltSurvey {
    Survey survey;
    ResponseMatrix responses;
};

/**
 * How the answers to one question are read from the source table: its columns, and what each
 * distinct value of each column means. Coding works on distinct values, so it costs nothing per
 * respondent; SurveyBuilder::fill() then reads any range of respondents through it.
 */
struct AnswerSource {
    enum class Kind {
        OneColumn,   ///< one column coded by `coding`
        OptionFlags, ///< one column per option; `flagOfValue` says which values choose it
        Mentions,    ///< one column per mention; `optionOfValue` gives the option each value names
    };
    Kind kind = Kind::OneColumn;
    /**
     * OptionFlags, Mentions read as text (the analyst's choice): the chosen options, listed in
     * `coding.options`, joined by "; ".
     */
    bool chosenAsText = false;
    /** Source columns, -1 for one the table does not have. */
    std::vector<int> columns;
    /** OneColumn: the separator the tool joins several chosen options with (a hint). */
    QString joinSeparator;
    /** OneColumn: how each value codes; the options of a block read as text. */
    ColumnCoding coding;
    /** OptionFlags: per column, per value (cell id - 1), 1 when it chooses the column's option. */
    std::vector<std::vector<std::uint8_t>> flagOfValue;
    /** Mentions: per column, per value, the 0-based option it names (-1 for none). */
    std::vector<std::vector<int>> optionOfValue;
};

/** A survey whose answers are still the cells of the table, with how to read them. */
struct CodedSurvey {
    Survey survey;
    /** The table row of the first respondent (after the header rows). */
    int firstRow = 0;
    int respondentCount = 0;
    /** Column of the tool's respondent ids, or -1 (respondents are then numbered). */
    int idColumn = -1;
    /** One per question of `survey`, in the same order. */
    std::vector<AnswerSource> answers;
};

/**
 * Turns a table and a format profile's plan into a Survey and its ResponseMatrix: infers each
 * question's type (TypeInference, ScaleLibrary) over every data row and codes every answer.
 *
 * Questions get ids Q1, Q2, … in plan order, metadata columns M1, M2, … (Date when their cells
 * are dates, else Identifier). Respondent ids come from the plan's id column, else none
 * (respondents are numbered); weights are all 1. Type overrides (`--type KEY=TYPE`) match a
 * question's id (case-insensitive), its code or its exact text; a key that matches nothing, or a
 * cell that cannot be read as the forced type, is an error. The plan's own warnings are not
 * repeated.
 */
class SurveyBuilder {
public:
    /**
     * Infers each question's type over ALL data rows and decides how every distinct value codes,
     * without coding respondent by respondent. `file` names the source in diagnostics.
     */
    static Result<CodedSurvey> code(const RawTable& table, const ImportPlan& plan,
                                    const ImportOptions& options, const QString& file);
    /**
     * Codes respondents [first, first + count) of `coded` into `out` (row 0 of `out` is
     * respondent `first`), reusing out's memory. Respondent ids are left empty when the table
     * has no id column. Several threads may fill different ranges at once.
     */
    static void fill(const RawTable& table, const CodedSurvey& coded, int first, int count,
                     ResponseMatrix& out);

    /** Infers each question's type over ALL data rows and codes every answer. `file` names the
     *  source in diagnostics. Progress is reported in respondent rows times questions. */
    static Result<BuiltSurvey> build(const RawTable& table, const ImportPlan& plan,
                                     const ImportOptions& options, const QString& file,
                                     const ProgressCallback& progress = {});
};

} // namespace sondo
