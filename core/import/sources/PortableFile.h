#pragma once

#include <QByteArray>

namespace sondo {

/** What an SPSS portable file (.por) needs before ReadStat 1.1.8 can read it. Internal to import/.
 */
class PortableFile {
public:
    /**
     * ReadStat maps every entry of a portable file's character translation table in order, so a
     * later entry repeating a byte overrides an earlier one. PSPP writes plain digits in the
     * positions of the superscript digits, which makes ReadStat read "1"–"9" as superscripts and
     * fail on the first number. Later repeats of a byte are set to the byte of "0", which
     * ReadStat always maps last. Returns false when the table had no repeats (`data` unchanged).
     */
    static bool patchTranslationTable(QByteArray& data);
};

} // namespace sondo
