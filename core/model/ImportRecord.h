#pragma once

#include <QDateTime>
#include <QString>

namespace sondo {

/** One import into a project: what was read, how, and when. Kept in the project's history. */
struct ImportRecord {
    QString sourceName;   ///< file name as the analyst knows it
    QString sourcePath;   ///< absolute path at import time
    QString sha256;       ///< hex checksum of the source bytes
    QDateTime importedAt; ///< UTC
    qint64 rows = 0;      ///< respondents imported
    QString format;       ///< profile: generic, google-forms, surveymonkey, limesurvey, qualtrics, …
    QString encoding;     ///< UTF-8, UTF-16LE, windows-1252, … (empty for binary sources)
    QString delimiter;    ///< the delimiter character (empty for binary sources)
};

} // namespace sondo
