#include "import/sources/PortableFile.h"

#include <vector>

namespace sondo {

bool PortableFile::patchTranslationTable(QByteArray& data) {
    constexpr qsizetype kLine = 80, kTableStart = 200, kTableSize = 256;
    std::vector<qsizetype> raw; // raw index of each table position, -1 where a short line pads
    qsizetype logical = 0, column = 0;
    for (qsizetype i = 0; i < data.size() && logical < kTableStart + kTableSize; ++i) {
        const char c = data[i];
        if (c == '\r')
            continue;
        if (c == '\n') {
            for (; column < kLine; ++column, ++logical)
                if (logical >= kTableStart && logical < kTableStart + kTableSize)
                    raw.push_back(-1);
            column = 0;
            continue;
        }
        if (logical >= kTableStart)
            raw.push_back(i);
        ++logical;
        ++column;
    }
    if (qsizetype(raw.size()) < kTableSize || raw[64] < 0)
        return false;
    const char zero = data[raw[64]];
    bool seen[256] = {};
    bool patched = false;
    for (qsizetype position = 64; position < kTableSize; ++position) {
        if (raw[size_t(position)] < 0)
            continue;
        const auto byte = static_cast<unsigned char>(data[raw[size_t(position)]]);
        if (byte == static_cast<unsigned char>(zero))
            continue;
        if (seen[byte]) {
            data[raw[size_t(position)]] = zero;
            patched = true;
        }
        seen[byte] = true;
    }
    return patched;
}

} // namespace sondo
