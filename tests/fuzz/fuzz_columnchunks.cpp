// ColumnChunkCodec::decode on any bytes, in any shape of question (the first two bytes pick how
// many respondents the chunk holds and which parts it has), the way a damaged or hostile .sondo
// file hands a chunk to the reader. Promise checked beyond not crashing: what a chunk decodes to
// is encoded and decoded again to the very same answers (NaN as NaN, -0.0 as -0.0).

#include "FuzzSupport.h"

#include "storage/ColumnChunkCodec.h"

#include <cmath>
#include <cstring>
#include <vector>

using namespace sondo;

namespace {

using Content = ResponseTableLayout::Content;

/** The answers of one chunk, in arrays the parts point into. */
struct Chunk {
    std::vector<Content> contents;
    int rows = 0;
    std::vector<std::vector<std::int32_t>> codes;
    std::vector<std::vector<double>> values;
    std::vector<QStringList> texts;
    std::vector<std::vector<std::uint8_t>> selected;
    /** Per part; the options of one question (a run of Selected parts) share their first's. */
    std::vector<std::vector<std::uint8_t>> answered;

    Chunk(const std::vector<Content>& shape, int rows)
        : contents(shape)
        , rows(rows)
        , codes(shape.size(), std::vector<std::int32_t>(size_t(rows), 0))
        , values(shape.size(), std::vector<double>(size_t(rows), 0.0))
        , texts(shape.size(), QStringList(rows))
        , selected(shape.size(), std::vector<std::uint8_t>(size_t(rows), 0))
        , answered(shape.size(), std::vector<std::uint8_t>(size_t(rows), 0)) {}

    template <typename Cells> std::vector<Cells> parts() {
        std::vector<Cells> out;
        size_t run = 0;
        for (size_t k = 0; k < contents.size(); ++k) {
            if (k == 0 || contents[k] != Content::Selected || contents[k - 1] != Content::Selected)
                run = k;
            Cells c;
            c.content = contents[k];
            c.codes = codes[k].data();
            c.values = values[k].data();
            c.texts = texts[k].data();
            c.selected = selected[k].data();
            c.answered = answered[run].data();
            out.push_back(c);
        }
        return out;
    }

    /** The first difference from `other`, or empty. */
    QString difference(const Chunk& other) const {
        for (size_t k = 0; k < contents.size(); ++k)
            for (int i = 0; i < rows; ++i) {
                const double a = values[k][size_t(i)];
                const double b = other.values[k][size_t(i)];
                const bool sameValue =
                    (std::isnan(a) && std::isnan(b)) || std::memcmp(&a, &b, sizeof a) == 0;
                if (codes[k][size_t(i)] != other.codes[k][size_t(i)] || !sameValue ||
                    texts[k][i] != other.texts[k][i] ||
                    selected[k][size_t(i)] != other.selected[k][size_t(i)] ||
                    answered[k][size_t(i)] != other.answered[k][size_t(i)])
                    return QStringLiteral("part %1, row %2").arg(k).arg(i);
            }
        return QString();
    }
};

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 2)
        return 0;
    const int rows = 1 + data[0] % 200;
    // Up to four parts, two bits each: the contents a question's columns have.
    static constexpr Content kinds[] = {Content::Code, Content::Number, Content::Text,
                                        Content::Selected};
    std::vector<Content> shape;
    const int parts = 1 + (data[1] >> 6);
    for (int k = 0; k < parts; ++k)
        shape.push_back(kinds[(data[1] >> (2 * k)) & 3]);
    const QByteArrayView bytes(reinterpret_cast<const char*>(data) + 2, qsizetype(size) - 2);

    Chunk first(shape, rows);
    if (!ColumnChunkCodec::decode(bytes, first.parts<TargetCells>(), rows).isEmpty())
        return 0;
    const QByteArray again = ColumnChunkCodec::encode(first.parts<SourceCells>(), rows);
    Chunk second(shape, rows);
    if (const QString problem = ColumnChunkCodec::decode(again, second.parts<TargetCells>(), rows);
        !problem.isEmpty())
        fuzz::broken("ColumnChunkCodec: a chunk it encoded does not decode", problem);
    if (const QString diff = first.difference(second); !diff.isEmpty())
        fuzz::broken("ColumnChunkCodec: answers change when encoded again", diff);
    return 0;
}
