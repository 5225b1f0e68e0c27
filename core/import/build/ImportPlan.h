#pragma once

#include "base/Diagnostic.h"
#include "model/QuestionType.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sondo {

/** How the answers to one question are laid out in the source columns. */
enum class ColumnLayout {
    OneColumn,   ///< one column holds the answer (possibly several options joined by a separator)
    OptionFlags, ///< one column per option holding a flag (Y/empty, Ja/Nein, 1/0, the option label)
    /**
     * One column per mention ("first reason", "second reason"), each holding one chosen option:
     * SPSS multiple response category sets. `columnOptions` lists every option in order.
     */
    Mentions,
};

/** One question as a format profile sees it: which columns, which code and text. */
struct QuestionPlan {
    QString code;
    QString text;
    ColumnLayout layout = ColumnLayout::OneColumn;
    /** Source columns: one for OneColumn, one per option for OptionFlags, one per mention. */
    QList<int> columns;
    /** OptionFlags: the option label of each column in `columns`. Mentions: the options. */
    QStringList columnOptions;
    /**
     * OptionFlags: per column, the cell text that means "chosen" (an SPSS dichotomy set's counted
     * value); any other non-blank cell then means "not chosen". Empty: flags are read from the
     * cells (Y/N, 1/0, the option label…).
     */
    QStringList selectedValues;
    /**
     * OptionFlags: index in `columns` from which the columns are "Other" write-in boxes (the
     * option chosen by whoever wrote anything in it); -1 for none. Such a column is also read
     * as a text question of its own, so the words stay readable.
     */
    int writeInFrom = -1;
    /**
     * OneColumn: separator the tool joins multiple answers with (", " Google Forms, ";" Microsoft
     * Forms, "," Qualtrics). Only a hint: inference splits only when the cells are combinations of
     * a small set of options.
     */
    QString joinSeparator;
    /** Metadata column (timestamp, tool id, IP…): stored, not a question. */
    bool metadata = false;
    /** A type the profile knows for sure (e.g. OptionFlags → Multiple); inference decides
     * otherwise. */
    std::optional<QuestionType> typeHint;
    /**
     * The stem shared by the items of one grid (matrix) question, e.g. "Question" for the
     * consecutive columns "Question [Row 1]", "Question [Row 2]"; empty for a question on its own.
     * Each item stays a question of its own; the group lets a chart show them together.
     */
    QString group;
    /**
     * The analyst split this item's group (StructureChoices): the run of items it belongs to
     * stays questions of their own, whatever the profile or the headers' words say.
     */
    bool standalone = false;
    /**
     * `group` is the analyst's (StructureChoices): every question with this stem is in it, side
     * by side in the file or not, whether or not the answers look like one scale.
     */
    bool chosenGroup = false;
};

/** What a format profile found in a table: header rows, metadata and questions. */
struct ImportPlan {
    QString format = QStringLiteral("generic");
    /** Rows at the top of the table that are headers, not respondents. */
    int headerRows = 1;
    /** Column holding the tool's respondent id, or -1 (then respondents are numbered 1, 2, …). */
    int respondentIdColumn = -1;
    /** In file order, metadata included. */
    QList<QuestionPlan> questions;
    QList<Diagnostic> warnings;
};

} // namespace sondo
