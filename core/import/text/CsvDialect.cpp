#include "import/text/CsvDialect.h"

#include <map>
#include <vector>

namespace sondo {

namespace {

/** Field counts of the first records of `text` split at `delimiter`, blank lines left out. */
std::vector<int> fieldCounts(QByteArrayView text, char delimiter, bool atEnd, int maxRecords) {
    std::vector<int> counts;
    const char* p = text.data();
    const char* end = p + text.size();
    while (p < end && int(counts.size()) < maxRecords) {
        int fields = 1;
        bool blank = true;
        bool quoted = false;
        bool complete = false;
        bool fieldStart = true;
        while (p < end) {
            const char c = *p++;
            if (quoted) {
                if (c == '"') {
                    if (p < end && *p == '"')
                        ++p;
                    else
                        quoted = false;
                }
                continue;
            }
            if (c == '"' && fieldStart) {
                quoted = true;
                blank = false;
                fieldStart = false;
            } else if (c == delimiter) {
                ++fields;
                fieldStart = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && p < end && *p == '\n')
                    ++p;
                complete = true;
                break;
            } else {
                fieldStart = false;
                if (c != ' ' && c != '\t')
                    blank = false;
            }
        }
        if (!complete && (quoted || !atEnd))
            break;
        // A blank line says nothing about the delimiter (but ";;;;" does).
        if (!blank || fields > 1)
            counts.push_back(fields);
    }
    return counts;
}

} // namespace

QChar CsvDialect::sniffDelimiter(QByteArrayView utf8, bool atEnd, int maxRecords) {
    char best = ',';
    int bestScore = 0;
    int bestCount = 0;
    for (char candidate : candidates) {
        std::map<int, int> frequency;
        for (int count : fieldCounts(utf8, candidate, atEnd, maxRecords))
            if (count > 1)
                ++frequency[count];
        int score = 0;
        int mode = 0;
        for (const auto& [count, records] : frequency) {
            // Ascending counts: ">=" lets the higher count win a tie within one candidate too.
            if (records >= score) {
                score = records;
                mode = count;
            }
        }
        if (score > bestScore || (score == bestScore && score > 0 && mode > bestCount)) {
            best = candidate;
            bestScore = score;
            bestCount = mode;
        }
    }
    return QChar(QLatin1Char(best));
}

QString CsvDialect::displayName(QChar delimiter) {
    return delimiter == QLatin1Char('\t') ? QStringLiteral("TAB") : QString(delimiter);
}

} // namespace sondo
