#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>
#include <vector>

namespace sondo {

/** One known answer scale: its points in order, each with the spellings that mean it. */
struct Scale {
    QString name;     ///< "it-agreement-5", …: names the scale in diagnostics and tests
    QString language; ///< it, en, de, es, fr
    /** points[i] = spellings of point i (the first is the canonical label), lowest first. */
    QList<QStringList> points;
};

/** A column recognised as a scale: the options to show and how each value maps onto them. */
struct ScaleMatch {
    /** The scale's name, or "numbered" for "1 - Per niente … 5 - Moltissimo". */
    QString scale;
    /** Every point of the scale in order (points nobody chose too), then non-scale answers. */
    QStringList options;
    /** 1..k along the scale (numbered scales: the number); NaN for "Non so" and the like. */
    std::vector<double> scores;
    /** For each value given to match(): its index in `options`, or -1 for a value not seen. */
    std::vector<int> optionOfValue;
};

/**
 * Known Likert scales in Italian, English, German, Spanish and French (agreement, frequency,
 * importance, satisfaction, likelihood, quantity, quality, interest) and the recognition of
 * numbered scales with labelled ends. The scales are a table of data in ScaleTable.cpp: add a row
 * to teach it a new scale. Matching ignores case, accents, white space, punctuation, the kind of
 * apostrophe and a leading point number ("1 - Strongly disagree").
 */
class ScaleLibrary {
public:
    /** The built-in scales. */
    ScaleLibrary();
    /** A library of the given scales only (tests, or a user's own scales). */
    explicit ScaleLibrary(QList<Scale> scales);

    const QList<Scale>& scales() const { return m_scales; }

    /**
     * Recognises a column as a scale. `values` are the column's distinct answers in order of
     * first appearance, `counts` how often each was given (values with count 0 are ignored).
     * Every value must be a point of one scale, except answers such as "Non so", "Don't know",
     * "Weiß nicht", "N/A" (kept as options with score NaN after the scale) and at most one other
     * rare answer. At least two distinct points must occur. Among matching scales the one with the
     * fewest unknown answers and then the fewest points wins, so a 4-point scale is not mistaken
     * for a 5-point one with an unused middle. When no scale matches the whole labels, their
     * lead clauses are tried ("Nunca, no uso Shiny"; the options keep their whole labels).
     */
    std::optional<ScaleMatch> match(const QStringList& values,
                                    const std::vector<qint64>& counts) const;

    /**
     * The words of a label before its gloss: "A veces" of "A veces, uso Shiny a menudo", "Often"
     * of "Often - every week" or "Often (weekly)"; the whole label when it has none.
     */
    static QString leadClause(const QString& label);
    /** The key used for matching: lower case, no accents, one kind of apostrophe, … */
    static QString normalize(QStringView label);
    /** True for "Non so", "Don't know", "Weiß nicht", "N/A", "Keine Angabe", … */
    bool isNonSubstantive(QStringView label) const;

    /** More distinct answers than this cannot be a scale: such columns are not examined. */
    static constexpr int kMaxDistinct = 40;

private:
    void index();
    /** Matches the values' whole labels, or with `byLeadClause` their leadClause() only. */
    std::optional<ScaleMatch> matchText(const QStringList& values,
                                        const std::vector<qint64>& counts, bool byLeadClause) const;
    std::optional<ScaleMatch> matchNumbered(const QStringList& values,
                                            const std::vector<qint64>& counts) const;
    bool isNonSubstantiveKey(const QString& key) const;

    QList<Scale> m_scales;
    /** normalized spelling → (scale, point) pairs that spell it */
    QHash<QString, QList<QPair<int, int>>> m_index;
    QSet<QString> m_nonSubstantive;
    QStringList m_nonSubstantivePrefixes;
};

} // namespace sondo
