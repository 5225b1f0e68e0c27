#pragma once

#include <QByteArrayView>
#include <QChar>
#include <QString>

namespace sondo {

/** How a delimited text file is written: what was detected, or what the analyst said. */
struct CsvDialect {
    /** "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", or the canonical form of --encoding. */
    QString encoding;
    /** The file starts with a byte order mark. */
    bool bom = false;
    /** ',', ';', '\t' or '|' when sniffed; any ASCII character when given. */
    QChar delimiter;
    /** "\r\n", "\n" or "\r": the first record end seen ("\n" when there is none). */
    QString lineEnding;

    /** The delimiters sniffDelimiter() chooses among, in order of preference on a tie. */
    static constexpr char candidates[] = {',', ';', '\t', '|'};

    /**
     * Picks the delimiter of UTF-8 text from the consistency of its first `maxRecords` records,
     * parsed with proper quote handling for each candidate: the candidate that gives the same
     * field count (more than one) on most records wins, a tie going to the higher count. Headers
     * full of '|' or ';' thus lose against the ',' that splits every row alike. Text of a single
     * column gives ','. Unless `atEnd` says the text ends there, a record cut by the end of `utf8`
     * is not counted.
     */
    static QChar sniffDelimiter(QByteArrayView utf8, bool atEnd = true, int maxRecords = 200);

    /** A delimiter for messages: "TAB" for '\t', else the character itself. */
    static QString displayName(QChar delimiter);
};

} // namespace sondo
