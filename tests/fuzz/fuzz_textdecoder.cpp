// TextDecoder on any bytes in every encoding Sondo decodes itself and a few through QTextCodec.
// The first byte picks the encoding and the size of the pieces the rest is fed in. Promises
// checked: the UTF-8 written is valid, and the same whatever the pieces (a sequence cut by a
// piece's end is completed by the next); for UTF-8, validateUtf8() tells valid from invalid
// input the same way in pieces as whole.

#include "FuzzSupport.h"

#include "import/text/TextDecoder.h"

#include <QString>
#include <QStringDecoder>
#include <QStringList>
#include <array>

using namespace sondo;

namespace {

const std::array<const char*, 12> kEncodings = {
    "UTF-8",      "UTF-16LE",  "UTF-16BE", "windows-1252", "latin1", "ISO-8859-15",
    "ISO-8859-2", "Shift_JIS", "GB18030",  "Big5",         "KOI8-R", "EUC-KR"};

QByteArray decodeInPieces(TextDecoder decoder, QByteArrayView bytes, qsizetype piece,
                          qint64& invalid) {
    QByteArray out;
    for (qsizetype at = 0; at < bytes.size(); at += piece)
        decoder.decode(bytes.sliced(at, qMin(piece, bytes.size() - at)), out);
    decoder.finish(out);
    invalid = decoder.invalidCount();
    return out;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0)
        return 0;
    const QByteArrayView bytes(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    // Names as a user types them go through forName() too.
    TextDecoder::forName(QString::fromLatin1(bytes.first(qMin<qsizetype>(24, bytes.size()))));

    const char* name = kEncodings[data[0] % kEncodings.size()];
    const auto decoder = TextDecoder::forName(QString::fromLatin1(name));
    if (!decoder)
        fuzz::broken("TextDecoder::forName does not know a listed encoding",
                     QString::fromLatin1(name));
    const qsizetype piece = 1 + data[0] / kEncodings.size() % 7;

    auto fresh = [&] {
        return std::move(*TextDecoder::forName(QString::fromLatin1(name)));
    };
    qint64 invalidWhole = 0;
    qint64 invalidPieces = 0;
    const QByteArray whole =
        decodeInPieces(fresh(), bytes, qMax<qsizetype>(1, bytes.size()), invalidWhole);
    const QByteArray pieces = decodeInPieces(fresh(), bytes, piece, invalidPieces);
    // Qt's decoders keep state of their own; Sondo's tables promise piece independence.
    const bool own = decoder->kind() != TextDecoder::Kind::Codec;
    if (own && (whole != pieces || invalidWhole != invalidPieces))
        fuzz::broken(
            "TextDecoder: the output depends on where the input is cut",
            QStringLiteral("%1, pieces of %2\nwhole  %3 (%4 invalid)\npieces %5 (%6 invalid)")
                .arg(QString::fromLatin1(name))
                .arg(piece)
                .arg(QString::fromLatin1(whole.toHex(' ')))
                .arg(invalidWhole)
                .arg(QString::fromLatin1(pieces.toHex(' ')))
                .arg(invalidPieces));
    // Qt's strict decoder as the judge; it must not drop a leading BOM the text really has.
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom |
                                                    QStringConverter::Flag::Stateless);
    const QString text = utf8(whole);
    if (utf8.hasError())
        fuzz::broken("TextDecoder: the output is not valid UTF-8",
                     QString::fromLatin1(name) + QLatin1Char(' ') +
                         QString::fromLatin1(whole.toHex(' ')));

    if (decoder->kind() == TextDecoder::Kind::Utf8) {
        TextDecoder once(TextDecoder::Kind::Utf8);
        const bool validWhole = once.validateUtf8(bytes) < 0;
        TextDecoder split(TextDecoder::Kind::Utf8);
        bool validPieces = true;
        for (qsizetype at = 0; at < bytes.size() && validPieces; at += piece)
            validPieces = split.validateUtf8(bytes.sliced(at, qMin(piece, bytes.size() - at))) < 0;
        if (validWhole != validPieces ||
            (validWhole && once.hasPendingSequence() != split.hasPendingSequence()))
            fuzz::broken("TextDecoder::validateUtf8: whole and cut input disagree",
                         QString::fromLatin1(bytes.toByteArray().toHex(' ')));
    }
    return 0;
}
