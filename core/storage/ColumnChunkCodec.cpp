#include "storage/ColumnChunkCodec.h"

#include <QStringEncoder>
#include <QtEndian>
#include <cmath>
#include <cstring>
#include <limits>

namespace sondo {

namespace {

using Content = ResponseTableLayout::Content;

/** A number width's high bit: the integers count seconds, the values milliseconds. */
constexpr int kScaled = 0x80;
constexpr double kSecond = 1000;

/** The narrowest width (1, 2 or 4 bytes) that holds every code of `codes`. */
int codeWidth(const std::int32_t* codes, int rows) {
    std::int32_t low = 0;
    std::int32_t high = 0;
    for (int i = 0; i < rows; ++i) {
        low = std::min(low, codes[i]);
        high = std::max(high, codes[i]);
    }
    if (low < 0 || high > 0xFFFF)
        return 4;
    return high > 0xFF ? 2 : 1;
}

/** True when `v` is an integer that a signed integer of `bytes` holds above its lowest value. */
bool fitsInteger(double v, int bytes) {
    const double high = double((std::int64_t(1) << (8 * bytes - 1)) - 1);
    // -0.0 would come back as 0.0: kept as a double so that what was stored is what is read.
    return v >= -high && v <= high && v == std::floor(v) && !(v == 0 && std::signbit(v));
}

/** The narrowest width (1, 2 or 4) of integers that hold every value divided by `scale`, or 8. */
int integerWidth(const double* values, int rows, double scale) {
    int width = 1;
    for (int i = 0; i < rows; ++i) {
        const double v = values[i];
        if (std::isnan(v))
            continue;
        // Exact: only a value that is a whole multiple of the scale divides back to itself.
        const double scaled = v / scale;
        if (scaled * scale != v)
            return 8;
        while (width <= 4 && !fitsInteger(scaled, width))
            width *= 2;
        if (width > 4)
            return 8;
    }
    return width;
}

template <typename T> void put(QByteArray& out, T value) {
    const T le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char*>(&le), sizeof le);
}

void putBits(QByteArray& out, const std::uint8_t* flags, int rows) {
    const qsizetype start = out.size();
    out.resize(start + (rows + 7) / 8, '\0');
    char* bits = out.data() + start;
    for (int i = 0; i < rows; ++i)
        if (flags[i])
            bits[i / 8] = char(bits[i / 8] | (1 << (i % 8)));
}

void putLength(QByteArray& out, quint32 length) {
    do {
        const quint8 low = length & 0x7F;
        length >>= 7;
        out.append(char(length ? low | 0x80 : low));
    } while (length);
}

void encodeCodes(QByteArray& out, const std::int32_t* codes, int rows) {
    const int width = codeWidth(codes, rows);
    out.append(char(width));
    out.reserve(out.size() + qsizetype(rows) * width);
    for (int i = 0; i < rows; ++i) {
        if (width == 1)
            out.append(char(quint8(codes[i])));
        else if (width == 2)
            put(out, quint16(codes[i]));
        else
            put(out, qint32(codes[i]));
    }
}

void encodeNumbers(QByteArray& out, const double* values, int rows) {
    int width = integerWidth(values, rows, 1);
    double scale = 1;
    if (width == 8 && integerWidth(values, rows, kSecond) <= 4) {
        // Dates read to the second: milliseconds that fit 4 bytes as seconds.
        scale = kSecond;
        width = 4;
    }
    out.append(char(scale == 1 ? width : width | kScaled));
    out.reserve(out.size() + qsizetype(rows) * width);
    for (int i = 0; i < rows; ++i) {
        const double v = values[i] / scale;
        const bool missing = std::isnan(v);
        switch (width) {
        case 1:
            put(out, missing ? std::numeric_limits<qint8>::min() : qint8(v));
            break;
        case 2:
            put(out, missing ? std::numeric_limits<qint16>::min() : qint16(v));
            break;
        case 4:
            put(out, missing ? std::numeric_limits<qint32>::min() : qint32(v));
            break;
        default: {
            quint64 bits;
            std::memcpy(&bits, &values[i], sizeof bits);
            put(out, bits);
        }
        }
    }
}

void encodeTexts(QByteArray& out, const QString* texts, int rows) {
    bool any = false;
    for (int i = 0; texts && !any && i < rows; ++i)
        any = !texts[i].isEmpty();
    out.append(char(any ? 1 : 0));
    if (!any)
        return;
    QByteArray utf8;
    QStringEncoder toUtf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    for (int i = 0; i < rows; ++i) {
        if (!texts || texts[i].isEmpty()) {
            putLength(out, 0);
            continue;
        }
        const qsizetype before = utf8.size();
        utf8.resize(before + 3 * texts[i].size());
        char* end = toUtf8.appendToBuffer(utf8.data() + before, texts[i]);
        utf8.resize(end - utf8.data());
        putLength(out, quint32(utf8.size() - before));
    }
    out.append(utf8);
}

/** Reads a chunk front to back; every read checks that its bytes are there. */
class ChunkReader {
public:
    explicit ChunkReader(QByteArrayView bytes)
        : m_bytes(bytes) {}

    bool atEnd() const { return m_at == m_bytes.size(); }
    qsizetype left() const { return m_bytes.size() - m_at; }

    /** The next `count` bytes, or null when fewer are left. */
    const uchar* take(qsizetype count) {
        if (count < 0 || count > left())
            return nullptr;
        const uchar* p = reinterpret_cast<const uchar*>(m_bytes.data()) + m_at;
        m_at += count;
        return p;
    }

    bool length(quint32* value) {
        quint64 v = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            const uchar* b = take(1);
            if (!b)
                return false;
            v |= quint64(*b & 0x7F) << shift;
            if (!(*b & 0x80)) {
                if (v > std::numeric_limits<quint32>::max())
                    return false;
                *value = quint32(v);
                return true;
            }
        }
        return false;
    }

private:
    QByteArrayView m_bytes;
    qsizetype m_at = 0;
};

QString decodeCodes(ChunkReader& in, std::int32_t* codes, int rows) {
    const uchar* w = in.take(1);
    if (!w || (*w != 1 && *w != 2 && *w != 4))
        return QStringLiteral("a code width that is not 1, 2 or 4");
    const uchar* p = in.take(qsizetype(rows) * *w);
    if (!p)
        return QStringLiteral("fewer codes than respondents");
    for (int i = 0; i < rows; ++i) {
        if (*w == 1)
            codes[i] = p[i];
        else if (*w == 2)
            codes[i] = qFromLittleEndian<quint16>(p + 2 * i);
        else
            codes[i] = qFromLittleEndian<qint32>(p + 4 * i);
    }
    return QString();
}

QString decodeNumbers(ChunkReader& in, double* values, int rows) {
    constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
    const uchar* kind = in.take(1);
    const int width = kind ? *kind & ~kScaled : 0;
    const double scale = kind && (*kind & kScaled) ? kSecond : 1;
    if (!kind || (width != 1 && width != 2 && width != 4 && width != 8) ||
        (width == 8 && scale != 1))
        return QStringLiteral("a number width that is not 1, 2, 4 or 8");
    const uchar* p = in.take(qsizetype(rows) * width);
    if (!p)
        return QStringLiteral("fewer numbers than respondents");
    for (int i = 0; i < rows; ++i) {
        switch (width) {
        case 1: {
            const qint8 v = qint8(p[i]);
            values[i] = v == std::numeric_limits<qint8>::min() ? NaN : v * scale;
            break;
        }
        case 2: {
            const qint16 v = qFromLittleEndian<qint16>(p + 2 * i);
            values[i] = v == std::numeric_limits<qint16>::min() ? NaN : v * scale;
            break;
        }
        case 4: {
            const qint32 v = qFromLittleEndian<qint32>(p + 4 * i);
            values[i] = v == std::numeric_limits<qint32>::min() ? NaN : v * scale;
            break;
        }
        default: {
            const quint64 bits = qFromLittleEndian<quint64>(p + 8 * i);
            std::memcpy(&values[i], &bits, sizeof bits);
        }
        }
    }
    return QString();
}

QString decodeTexts(ChunkReader& in, QString* texts, int rows) {
    const uchar* any = in.take(1);
    if (!any || *any > 1)
        return QStringLiteral("a text part that is neither empty (0) nor filled (1)");
    if (*any == 0)
        return QString();
    std::vector<quint32> lengths(size_t(rows), 0);
    quint64 total = 0;
    for (int i = 0; i < rows; ++i) {
        if (!in.length(&lengths[size_t(i)]))
            return QStringLiteral("a text length that runs past the end");
        total += lengths[size_t(i)];
    }
    if (total > quint64(in.left()))
        return QStringLiteral("texts longer than the chunk");
    for (int i = 0; i < rows; ++i) {
        const uchar* p = in.take(lengths[size_t(i)]);
        // A date read whole has no texts to fill; its texts are all empty.
        if (lengths[size_t(i)] > 0 && texts)
            texts[i] =
                QString::fromUtf8(reinterpret_cast<const char*>(p), qsizetype(lengths[size_t(i)]));
    }
    return QString();
}

QString decodeBits(ChunkReader& in, std::uint8_t* flags, int rows) {
    const uchar* p = in.take((rows + 7) / 8);
    if (!p)
        return QStringLiteral("fewer flags than respondents");
    for (int i = 0; i < rows; ++i)
        flags[i] = (p[i / 8] >> (i % 8)) & 1;
    return QString();
}

} // namespace

QByteArray ColumnChunkCodec::encode(const std::vector<SourceCells>& parts, int rows) {
    QByteArray out;
    Content previous = Content::Code;
    for (size_t k = 0; k < parts.size(); ++k) {
        const SourceCells& part = parts[k];
        switch (part.content) {
        case Content::Code:
            encodeCodes(out, part.codes, rows);
            break;
        case Content::Number:
        case Content::Msecs:
            encodeNumbers(out, part.values, rows);
            break;
        case Content::Text:
            encodeTexts(out, part.texts, rows);
            break;
        case Content::Selected:
            if (k == 0 || previous != Content::Selected)
                putBits(out, part.answered, rows);
            putBits(out, part.selected, rows);
            break;
        }
        previous = part.content;
    }
    return out;
}

QString ColumnChunkCodec::decode(QByteArrayView bytes, const std::vector<TargetCells>& parts,
                                 int rows) {
    ChunkReader in(bytes);
    Content previous = Content::Code;
    for (size_t k = 0; k < parts.size(); ++k) {
        const TargetCells& part = parts[k];
        QString problem;
        switch (part.content) {
        case Content::Code:
            problem = decodeCodes(in, part.codes, rows);
            break;
        case Content::Number:
        case Content::Msecs:
            problem = decodeNumbers(in, part.values, rows);
            break;
        case Content::Text:
            problem = decodeTexts(in, part.texts, rows);
            break;
        case Content::Selected:
            if (k == 0 || previous != Content::Selected)
                problem = decodeBits(in, part.answered, rows);
            if (problem.isEmpty())
                problem = decodeBits(in, part.selected, rows);
            // What the wide table says too: no option is ticked by whoever did not answer.
            for (int i = 0; problem.isEmpty() && i < rows; ++i)
                part.selected[i] = part.selected[i] & part.answered[i];
            break;
        }
        if (!problem.isEmpty())
            return problem;
        previous = part.content;
    }
    if (!in.atEnd())
        return QStringLiteral("%1 bytes more than its answers need").arg(in.left());
    return QString();
}

} // namespace sondo
