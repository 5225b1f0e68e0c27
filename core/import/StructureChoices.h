#pragma once

#include "base/Diagnostic.h"
#include "base/Result.h"
#include "import/build/ImportPlan.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sondo {

/**
 * What the analyst says of a file's structure where Sondo's reading of it was wrong: a column set
 * aside as metadata, a column read as a question after all, a group split into questions of their
 * own, columns made one group, a scale put in its order. Given in the import preview or by `sondo
 * import --metadata, --as-question, --split-group, --group, --scale-order`, saved with the
 * project's import options and applied again by every `--update`.
 *
 * A column is named by its code or its header text, as `sondo questions` lists them: positional
 * ids (Q3) would name another column once a choice moves a column between questions and
 * metadata.
 */
struct StructureChoices {
    /** Columns made one group under `stem`, in file order whatever the order given. */
    struct Join {
        QString stem;
        QStringList columns;
        bool operator==(const Join&) const = default;
    };

    /**
     * A scale the library does not know, or knows the wrong way round: the answers named are the
     * scale's points from its low (negative) end to its high (positive) end, for `column` and
     * every item of its group. Answers not named stay options, after the scale and off it (as
     * "Don't know"). Applied to the coded answers, after the groups are formed (ChosenScales).
     */
    struct ScaleOrder {
        QString column;
        QStringList options;
        bool operator==(const ScaleOrder&) const = default;
    };

    /** Columns set aside as metadata: stored, filters and segments, never charted by --all. */
    QStringList metadata;
    /** Columns the tool's layout set aside as metadata, read as questions. */
    QStringList questions;
    /** Any item of a group: the whole group's items become questions of their own. */
    QStringList split;
    QList<Join> groups;
    QList<ScaleOrder> scales;
    /**
     * Whether a column the file does not have is an error (a fresh import: a mistyped name must
     * not go unnoticed) or a warning that the choice is no longer applied (a re-import of an
     * export that lost the column).
     */
    bool strict = true;

    bool isEmpty() const {
        return metadata.isEmpty() && questions.isEmpty() && split.isEmpty() && groups.isEmpty() &&
               scales.isEmpty();
    }
    bool operator==(const StructureChoices&) const = default;

    /**
     * `this` with `later` on top: a column's last word wins (metadata or question), splits and
     * groups add up, a group of the same stem is replaced, as is a scale order of the same
     * column.
     */
    StructureChoices mergedWith(const StructureChoices& later) const;

    /** Applies the choices to a profile's plan of `file` (see `strict`). */
    Result<ImportPlan> applyTo(ImportPlan plan, const QString& file) const;

    /**
     * The plan's question a column name means (its code, its header text, its code in another
     * case), or -1.
     */
    static int findColumn(const ImportPlan& plan, const QString& name);
    /**
     * The diagnostic for `option NAME` naming no column of `file`: an error when `strict`, else
     * the warning that the choice is no longer applied.
     */
    Diagnostic missingColumn(const QString& option, const QString& name, const QString& file) const;
};

} // namespace sondo
