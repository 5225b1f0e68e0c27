#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>

namespace sondo {

/**
 * Names and texts as SPSS takes them, for SavResponseWriter: its limits in bytes, valid variable
 * names, and one export's names made unique. Internal to export/.
 */
class SavNames {
public:
    /** SPSS's own limits, in bytes. */
    static constexpr int kMaxNameBytes = 64;
    static constexpr int kMaxVariableLabelBytes = 255;
    static constexpr int kMaxValueLabelBytes = 120;
    static constexpr int kMaxStringBytes = 32767;

    /** `text` in UTF-8, cut to at most `bytes` bytes without splitting a character. */
    static QByteArray utf8Prefix(const QString& text, int bytes);

    /**
     * A valid SPSS variable name as ReadStat checks it: ASCII letter first, then letters,
     * digits, "_" or "."; not ending in "." or "_"; not a reserved word.
     */
    static bool isValidName(const QString& name);

    /** `wanted`, or it with "_2", "_3", … when taken: unique case-insensitively, as in SPSS. */
    QString claim(const QString& wanted);

private:
    QSet<QString> m_used;
};

} // namespace sondo
