#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <array>
#include <memory>
#include <optional>

class QTextCodec;
class QTextDecoder;

namespace sondo {

/**
 * Streaming conversion of a text file's bytes to UTF-8, one chunk at a time. A multi-byte sequence
 * or a UTF-16 surrogate pair cut by the end of a chunk is held back and completed by the next
 * chunk, so callers may split the input anywhere. Bytes that are not valid in the encoding become
 * U+FFFD and are counted.
 *
 * The encodings survey exports use are decoded by Sondo's own tables (fast, no allocation per
 * chunk); any other name Qt's QTextCodec knows (e.g. "ISO-8859-2", "KOI8-R") goes through it.
 */
class TextDecoder {
public:
    enum class Kind { Utf8, Utf16LE, Utf16BE, Windows1252, Latin1, Latin9, Codec };

    explicit TextDecoder(Kind kind = Kind::Utf8);
    TextDecoder(TextDecoder&&) noexcept;
    TextDecoder& operator=(TextDecoder&&) noexcept;
    ~TextDecoder();

    /**
     * The decoder for an encoding name as a user would type it: case, '-', '_' and spaces do not
     * matter ("utf8", "UTF-16le", "cp1252", "Windows-1252", "latin1", "ISO_8859-15", …). Returns
     * nothing for a name neither Sondo nor QTextCodec knows.
     */
    static std::optional<TextDecoder> forName(const QString& name);

    Kind kind() const { return m_kind; }
    /** The canonical name: "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", "ISO-8859-1", … */
    QString name() const;

    /** Appends the UTF-8 form of `bytes` to `out`, holding back a sequence cut at the end. */
    void decode(QByteArrayView bytes, QByteArray& out);
    /** Ends the stream: a sequence still held back is written as U+FFFD. */
    void finish(QByteArray& out);
    /** How many invalid byte sequences were replaced by U+FFFD so far. */
    qint64 invalidCount() const { return m_invalid; }

    /**
     * Checks that `bytes` continue a valid UTF-8 stream without copying them (the fast path for
     * UTF-8 files, whose bytes are parsed where they were read). Only for Kind::Utf8. Returns the
     * offset of the first invalid byte in `bytes`, or -1 when all is valid so far.
     */
    qsizetype validateUtf8(QByteArrayView bytes);
    /** True while a multi-byte UTF-8 sequence cut by the last chunk's end waits for its rest. */
    bool hasPendingSequence() const { return m_need > 0; }
    /** True when a valid multi-byte UTF-8 sequence was seen by validateUtf8() or decode(). */
    bool sawMultiByteUtf8() const { return m_sawMultiByte; }

private:
    template <bool Emit> qsizetype utf8Pass(QByteArrayView bytes, QByteArray* out);
    void decodeSingleByte(QByteArrayView bytes, QByteArray& out);
    void decodeUtf16(QByteArrayView bytes, QByteArray& out);

    Kind m_kind;
    /** UTF-8 of bytes 0x80–0xFF for single-byte encodings: up to 3 bytes, length in the top byte.
     */
    std::array<quint32, 128> m_highUtf8{};
    QTextCodec* m_codec = nullptr;
    std::unique_ptr<QTextDecoder> m_codecDecoder;
    // A UTF-8 sequence in progress: the bytes read so far, how many more are needed, and the
    // range the next byte must fall in (this is how overlong forms and surrogates are refused).
    char m_pending[4] = {};
    int m_pendingSize = 0;
    int m_need = 0;
    unsigned char m_lower = 0x80, m_upper = 0xBF;
    // UTF-16: an odd byte left at a chunk end, and a high surrogate waiting for its low half.
    int m_oddByte = -1;
    char16_t m_highSurrogate = 0;
    qint64 m_invalid = 0;
    bool m_sawMultiByte = false;
};

} // namespace sondo
