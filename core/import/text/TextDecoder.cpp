#include "import/text/TextDecoder.h"

#include <QTextCodec>
#include <QtEndian>

#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace sondo {

namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD"; // U+FFFD in UTF-8

// Code points of bytes 0x80–0xFF. Windows-1252 leaves five bytes undefined; like the WHATWG
// Encoding standard (what browsers do) they map to the C1 controls of the same value.
constexpr char16_t kWindows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

char16_t singleByteCodePoint(TextDecoder::Kind kind, unsigned char byte) {
    if (byte < 0x80)
        return byte;
    switch (kind) {
    case TextDecoder::Kind::Windows1252:
    case TextDecoder::Kind::Latin1:
        // "latin1" in the wild means Windows-1252: files never mean C1 control characters by
        // 0x80–0x9F, and the WHATWG standard maps the label the same way.
        return byte < 0xA0 ? kWindows1252High[byte - 0x80] : byte;
    case TextDecoder::Kind::Latin9:
        switch (byte) {
        case 0xA4:
            return 0x20AC;
        case 0xA6:
            return 0x0160;
        case 0xA8:
            return 0x0161;
        case 0xB4:
            return 0x017D;
        case 0xB8:
            return 0x017E;
        case 0xBC:
            return 0x0152;
        case 0xBD:
            return 0x0153;
        case 0xBE:
            return 0x0178;
        default:
            return byte;
        }
    default:
        return byte;
    }
}

inline char* putUtf8(char* out, char32_t cp) {
    if (cp < 0x80) {
        *out++ = char(cp);
    } else if (cp < 0x800) {
        *out++ = char(0xC0 | (cp >> 6));
        *out++ = char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *out++ = char(0xE0 | (cp >> 12));
        *out++ = char(0x80 | ((cp >> 6) & 0x3F));
        *out++ = char(0x80 | (cp & 0x3F));
    } else {
        *out++ = char(0xF0 | (cp >> 18));
        *out++ = char(0x80 | ((cp >> 12) & 0x3F));
        *out++ = char(0x80 | ((cp >> 6) & 0x3F));
        *out++ = char(0x80 | (cp & 0x3F));
    }
    return out;
}

QString normalisedName(const QString& name) {
    QString key;
    for (QChar c : name)
        if (c != QLatin1Char('-') && c != QLatin1Char('_') && c != QLatin1Char(' ') &&
            c != QLatin1Char('.'))
            key.append(c.toLower());
    return key;
}

} // namespace

TextDecoder::TextDecoder(Kind kind)
    : m_kind(kind) {
    for (int byte = 0x80; byte <= 0xFF; ++byte) {
        char utf8[4] = {};
        const char* end = putUtf8(utf8, singleByteCodePoint(kind, uchar(byte)));
        quint32 packed = quint32(end - utf8) << 24;
        for (int i = 0; i < end - utf8; ++i)
            packed |= quint32(uchar(utf8[i])) << (8 * i);
        m_highUtf8[byte - 0x80] = packed;
    }
}

TextDecoder::TextDecoder(TextDecoder&&) noexcept = default;
TextDecoder& TextDecoder::operator=(TextDecoder&&) noexcept = default;
TextDecoder::~TextDecoder() = default;

std::optional<TextDecoder> TextDecoder::forName(const QString& name) {
    const QString key = normalisedName(name);
    if (key.isEmpty())
        return std::nullopt;
    if (key == u"utf8")
        return TextDecoder(Kind::Utf8);
    if (key == u"utf16le" || key == u"utf16" || key == u"ucs2" || key == u"unicode")
        return TextDecoder(Kind::Utf16LE);
    if (key == u"utf16be")
        return TextDecoder(Kind::Utf16BE);
    if (key == u"windows1252" || key == u"cp1252" || key == u"win1252" || key == u"ascii" ||
        key == u"usascii" || key == u"ansi")
        return TextDecoder(Kind::Windows1252);
    if (key == u"latin1" || key == u"iso88591" || key == u"l1" || key == u"cp819")
        return TextDecoder(Kind::Latin1);
    if (key == u"latin9" || key == u"iso885915" || key == u"l9")
        return TextDecoder(Kind::Latin9);
    // Anything else Qt knows (ISO-8859-2, KOI8-R, Shift_JIS, …) is slower but still streams.
    QTextCodec* codec = QTextCodec::codecForName(name.trimmed().toLatin1());
    if (!codec)
        return std::nullopt;
    TextDecoder decoder(Kind::Codec);
    decoder.m_codec = codec;
    decoder.m_codecDecoder.reset(codec->makeDecoder());
    return decoder;
}

QString TextDecoder::name() const {
    switch (m_kind) {
    case Kind::Utf8:
        return QStringLiteral("UTF-8");
    case Kind::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case Kind::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case Kind::Windows1252:
        return QStringLiteral("windows-1252");
    case Kind::Latin1:
        return QStringLiteral("ISO-8859-1");
    case Kind::Latin9:
        return QStringLiteral("ISO-8859-15");
    case Kind::Codec:
        return QString::fromLatin1(m_codec->name());
    }
    return {};
}

void TextDecoder::decode(QByteArrayView bytes, QByteArray& out) {
    switch (m_kind) {
    case Kind::Utf8:
        utf8Pass<true>(bytes, &out);
        break;
    case Kind::Utf16LE:
    case Kind::Utf16BE:
        decodeUtf16(bytes, out);
        break;
    case Kind::Windows1252:
    case Kind::Latin1:
    case Kind::Latin9:
        decodeSingleByte(bytes, out);
        break;
    case Kind::Codec:
        out.append(m_codecDecoder->toUnicode(bytes.data(), int(bytes.size())).toUtf8());
        break;
    }
}

void TextDecoder::finish(QByteArray& out) {
    if (m_need > 0 || m_oddByte >= 0 || m_highSurrogate != 0) {
        out.append(kReplacement);
        ++m_invalid;
    }
    m_need = 0;
    m_pendingSize = 0;
    m_oddByte = -1;
    m_highSurrogate = 0;
}

qsizetype TextDecoder::validateUtf8(QByteArrayView bytes) {
    return utf8Pass<false>(bytes, nullptr);
}

template <bool Emit> qsizetype TextDecoder::utf8Pass(QByteArrayView bytes, QByteArray* out) {
    const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    qsizetype runStart = 0;               // first byte not yet copied to out (Emit only)
    qsizetype seqStart = m_need ? -1 : 0; // -1: the sequence began in an earlier chunk

    auto invalid = [&](qsizetype resumeAt) {
        ++m_invalid;
        if constexpr (Emit) {
            if (seqStart >= 0)
                out->append(reinterpret_cast<const char*>(s) + runStart, seqStart - runStart);
            out->append(kReplacement);
            runStart = resumeAt;
        }
    };

    while (i < n) {
        if (m_need == 0) {
            // Survey text is mostly ASCII: skip it sixteen bytes at a time where SSE2 is there
            // (every x86-64), then eight.
#if defined(__SSE2__)
            while (i + 16 <= n &&
                   _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i))) == 0)
                i += 16;
#endif
            while (i + 8 <= n) {
                quint64 word;
                std::memcpy(&word, s + i, 8);
                if (word & 0x8080808080808080ULL)
                    break;
                i += 8;
            }
            while (i < n && s[i] < 0x80)
                ++i;
            if (i >= n)
                break;
            const unsigned char c = s[i];
            m_lower = 0x80;
            m_upper = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                m_need = 1;
            } else if (c == 0xE0) {
                m_need = 2;
                m_lower = 0xA0; // no overlong forms
            } else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) {
                m_need = 2;
            } else if (c == 0xED) {
                m_need = 2;
                m_upper = 0x9F; // no UTF-16 surrogates
            } else if (c == 0xF0) {
                m_need = 3;
                m_lower = 0x90;
            } else if (c >= 0xF1 && c <= 0xF3) {
                m_need = 3;
            } else if (c == 0xF4) {
                m_need = 3;
                m_upper = 0x8F; // nothing above U+10FFFF
            } else {
                if constexpr (!Emit)
                    return i;
                seqStart = i;
                invalid(i + 1);
                ++i;
                continue;
            }
            seqStart = i;
            m_pending[0] = char(c);
            m_pendingSize = 1;
            ++i;
        } else {
            const unsigned char c = s[i];
            if (c < m_lower || c > m_upper) {
                // The broken sequence becomes one U+FFFD; this byte may start a new one.
                m_need = 0;
                m_pendingSize = 0;
                if constexpr (!Emit)
                    return i;
                invalid(i);
                continue;
            }
            m_pending[m_pendingSize++] = char(c);
            m_lower = 0x80;
            m_upper = 0xBF;
            ++i;
            if (--m_need == 0) {
                m_sawMultiByte = true;
                if (seqStart < 0) {
                    if constexpr (Emit) {
                        out->append(m_pending, m_pendingSize);
                        runStart = i;
                    }
                    seqStart = i;
                }
                m_pendingSize = 0;
            }
        }
    }
    if constexpr (Emit) {
        // A sequence cut by the chunk end stays in m_pending until the next chunk completes it.
        const qsizetype copyEnd = m_need > 0 ? (seqStart >= 0 ? seqStart : runStart) : n;
        if (copyEnd > runStart)
            out->append(reinterpret_cast<const char*>(s) + runStart, copyEnd - runStart);
    }
    return -1;
}

void TextDecoder::decodeSingleByte(QByteArrayView bytes, QByteArray& out) {
    const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype n = bytes.size();
    const qsizetype oldSize = out.size();
    out.resize(oldSize + 3 * n + 1); // +1: a table entry is stored as 4 bytes
    char* w = out.data() + oldSize;
    qsizetype i = 0;
    while (i < n) {
        const qsizetype runStart = i;
        while (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, s + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        while (i < n && s[i] < 0x80)
            ++i;
        if (i > runStart) {
            std::memcpy(w, s + runStart, size_t(i - runStart));
            w += i - runStart;
        }
        while (i < n && s[i] >= 0x80) {
            const quint32 packed = qToLittleEndian(m_highUtf8[s[i++] - 0x80]);
            std::memcpy(w, &packed, 4);
            w += qFromLittleEndian(packed) >> 24;
        }
    }
    out.resize(w - out.constData());
}

void TextDecoder::decodeUtf16(QByteArrayView bytes, QByteArray& out) {
    const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
    qsizetype n = bytes.size();
    const bool little = m_kind == Kind::Utf16LE;
    const qsizetype oldSize = out.size();
    out.resize(oldSize + 3 * (n / 2 + 2));
    char* w = out.data() + oldSize;

    auto unit = [&](char16_t u) {
        if (u >= 0xD800 && u <= 0xDBFF) {
            if (m_highSurrogate) {
                w = putUtf8(w, 0xFFFD);
                ++m_invalid;
            }
            m_highSurrogate = u;
            return;
        }
        if (u >= 0xDC00 && u <= 0xDFFF) {
            if (m_highSurrogate) {
                w = putUtf8(w,
                            0x10000 + ((char32_t(m_highSurrogate) - 0xD800) << 10) + (u - 0xDC00));
                m_highSurrogate = 0;
            } else {
                w = putUtf8(w, 0xFFFD);
                ++m_invalid;
            }
            return;
        }
        if (m_highSurrogate) {
            w = putUtf8(w, 0xFFFD);
            ++m_invalid;
            m_highSurrogate = 0;
        }
        w = putUtf8(w, u);
    };

    qsizetype i = 0;
    if (m_oddByte >= 0 && n > 0) {
        const auto first = unsigned(m_oddByte);
        unit(char16_t(little ? first | (s[0] << 8) : (first << 8) | s[0]));
        m_oddByte = -1;
        i = 1;
    }
    const int lowByte = little ? 0 : 1;
    for (; i + 1 < n; i += 2) {
        // ASCII, the bulk of survey text, needs none of the surrogate bookkeeping.
        if (s[i + 1 - lowByte] == 0 && s[i + lowByte] < 0x80 && !m_highSurrogate) {
            *w++ = char(s[i + lowByte]);
            continue;
        }
        unit(char16_t(little ? s[i] | (s[i + 1] << 8) : (s[i] << 8) | s[i + 1]));
    }
    if (i < n)
        m_oddByte = s[i];
    out.resize(w - out.constData());
}

} // namespace sondo
