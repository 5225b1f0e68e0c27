#pragma once

#include <QStringList>
#include <QStringView>
#include <QtGlobal>
#include <vector>

namespace sondo {

/**
 * Reads the cells of a one-column-per-option block (a multiple choice exported as one column per
 * option): whether each value selects the option.
 */
class FlagReader {
public:
    /** What a cell says about its option. */
    enum class Flag { Selected, NotSelected, Unknown };

    /**
     * Y/Yes/Sì/Ja/Oui/1/X/True or the option's own label select; N/No/Nein/Non/0/False do not.
     */
    static Flag read(QStringView cell, QStringView optionLabel);
    /**
     * Reads the flags of one option column from its distinct values and their counts: besides
     * read(), an unknown value that negates ("Non scelto", "Not selected") does not select,
     * and in a column of two values where one is known, the other means the opposite ("1"/"2"
     * from SPSS). Values still unknown stay Unknown (the caller reads them as selected).
     */
    static std::vector<Flag> readColumn(const QStringList& values,
                                        const std::vector<qint64>& counts, QStringView optionLabel);
};

} // namespace sondo
