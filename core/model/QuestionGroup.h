#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace sondo {

/**
 * A question group (a grid, matrix or battery): a stem whose items are questions of their own
 * that share one answer scale, in file order. Plain value; the items' answers stay with the
 * items (Survey::questions, ResponseMatrix::columns), the group only says which belong together.
 */
struct QuestionGroup {
    /** How the items answer the shared options. */
    enum class Kind {
        Grid,     ///< each item is one choice out of the shared options (single or Likert items)
        Multiple, ///< each item is any number of the shared options (multiple-choice items)
    };

    /** Stable id in file order of the groups' first items: "G1", "G2", … */
    QString id;
    /** The stem the items share, as the file writes it ("How much do you agree …"). */
    QString text;
    Kind kind = Kind::Grid;
    /**
     * The options of the items, in order of first appearance over the items: when the items
     * share one list (a grid a profile recognised is inferred as one scale), exactly that list,
     * in scale order for Likert items. Items read apart (a scale missing from the library) may
     * each lack some of these; an item's own Question::options say how its answers are coded.
     */
    QStringList options;
    /** The ids of the item questions ("Q4", "Q5", …), in file order; two or more. */
    QStringList items;

    bool operator==(const QuestionGroup&) const = default;
};

/** The stable name used in the CLI, JSON and project file: "grid" or "multiple". */
QString questionGroupKindName(QuestionGroup::Kind kind);

/** Parses a name written by questionGroupKindName(). */
std::optional<QuestionGroup::Kind> questionGroupKindFromName(const QString& name);

} // namespace sondo
