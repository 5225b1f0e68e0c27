#pragma once

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QList>
#include <QString>

namespace sondo {

/**
 * Walks the dictionary records of an SPSS system file (.sav/.zsav) for what ReadStat 1.1.8 does
 * not report: the multiple response sets (records 7/7 and 7/19, added to ReadStat only in later
 * versions) and the short-to-long variable name map (record 7/13) needed to resolve the short
 * names those sets use. Internal to import/.
 */
class SavDictionaryScanner {
public:
    /** What the scan found. */
    struct Extras {
        /** The sets' records, one "$name=…" line each. */
        QByteArray multipleResponseSets;
        QHash<QByteArray, QByteArray> longNames; // upper-case short name → long name
    };
    /** One set as the file spells it, before its short names are resolved to columns. */
    struct ResponseSet {
        QByteArray name;
        char kind = 'C';
        bool labelFromFirstVariable = false;
        bool optionsFromValueLabels = false;
        QByteArray countedValue;
        QByteArray label;
        QList<QByteArray> variables;
    };

    explicit SavDictionaryScanner(const QString& path)
        : m_file(path) {}

    /** Walks the dictionary records; false when the file is no system file or ends early. */
    bool scan(Extras& out);

    /**
     * Parses "$name=C 10 my mcgroup a b c", "$b=D2 55 0  g e f d", "$d=E 1 2 34 13 third mdgroup
     * k l m" (the layout documented in PSPP's developer guide, "Multiple Response Sets Records").
     */
    static QList<ResponseSet> parseResponseSets(const QByteArray& text);

private:
    bool readInt(qint32& value);
    bool skip(qint64 bytes) { return bytes >= 0 && m_file.seek(m_file.pos() + bytes); }

    QFile m_file;
    bool m_swap = false;
};

} // namespace sondo
