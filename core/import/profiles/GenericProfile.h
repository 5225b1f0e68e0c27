#pragma once

#include "import/profiles/FormatProfile.h"

namespace sondo {

/**
 * Any table with one header row of question texts: every column is a question whose code and
 * text are its header. The fallback when no survey tool is recognised (a sheet typed by hand, an
 * unknown tool's export).
 *
 * Two things are still read from the cells, as an analyst would: a column named like a
 * respondent id ("ID", "ID risposta", "Respondent ID", "Codice rispondente", "Matricola") whose
 * values are all different is metadata, and the first such column gives the respondent ids; a
 * column whose answers are joined with ", " or ";" gets that separator as its join hint, so that
 * checkbox answers can be split into options (inference still decides).
 */
class GenericProfile : public FormatProfile {
public:
    QString name() const override { return QStringLiteral("generic"); }
    /** A low constant, so any tool's distinctive signals win over it. */
    int confidence(const RawTable& table) const override;
    ImportPlan plan(const RawTable& table) const override;

    /**
     * True when `header` names a respondent id: an id word ("id", "codice", "matricola", "uuid",
     * "identificativo"…) with at most words saying whose id it is ("risposta", "respondent",
     * "cliente"…). Whole words, any case, camelCase and snake_case split: "ResponseId" and
     * "record_id" are ids, "Idea", "Validità" and "Codice prodotto" are not.
     */
    static bool isIdName(const QString& header);
    /**
     * The separator that the non-blank cells of `column` from `firstDataRow` on use to join
     * several answers: ";" when more cells hold a semicolon than ", ", ", " when some hold it,
     * else empty (nothing looks joined).
     */
    static QString joinSeparatorOf(const RawTable& table, int column, int firstDataRow);
    /** True when the non-blank cells of `column` from `firstDataRow` on are all different. */
    static bool hasUniqueValues(const RawTable& table, int column, int firstDataRow);
};

} // namespace sondo
