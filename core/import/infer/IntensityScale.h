#pragma once

#include "import/infer/ScaleLibrary.h"

#include <QStringList>
#include <optional>
#include <vector>

namespace sondo {

/**
 * Orders answers that grade one word by degree words, for the scales no library row knows:
 * "Nicht wichtig, Kaum wichtig, Mäßig wichtig, Wichtig, Sehr wichtig", "Not at all useful …
 * Extremely useful", "Per niente chiaro … Molto chiaro", "Nada útil … Muy útil", "Pas du tout
 * clair … Très clair". Every substantive answer must be the same word (or words) after one degree
 * word of the lexicon in IntensityScale.cpp, or the word alone, and no two answers may share a
 * degree; at least three degrees must occur. Only the answers given become options (a point
 * nobody chose is not invented); "Don't know" answers follow the scale with no score.
 */
class IntensityScale {
public:
    /** `values`/`counts` as for ScaleLibrary::match; `library` tells "Don't know" answers. */
    static std::optional<ScaleMatch> match(const QStringList& values,
                                           const std::vector<qint64>& counts,
                                           const ScaleLibrary& library);

    /** The degree of a normalized label and the word it grades ("sehr wichtig" → 4, "wichtig"). */
    struct Graded {
        int degree = -1; ///< 0 none … 3 the word alone … 5 extremely; -1 when not graded
        QString word;
    };
    static Graded grade(const QString& normalizedLabel);
};

} // namespace sondo
