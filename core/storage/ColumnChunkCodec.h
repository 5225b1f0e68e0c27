#pragma once

#include "storage/ColumnCells.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <vector>

namespace sondo {

/**
 * The bytes of one column chunk of a project file: one question's answers for up to ChunkRows
 * consecutive respondents, each part in the narrowest form that gives back exactly what was
 * stored, so that loading one question of a million respondents reads about a megabyte instead of
 * the whole `responses` table.
 *
 * A chunk is its parts one after the other, one per column of the question in the layout (the
 * respondent ids are one Text part, the weights one Number part), with no header: the reader
 * knows the question's layout and how many respondents the chunk holds.
 * - Code: one byte giving the width w (1, 2 or 4), then each code in w bytes, little-endian;
 *   1 and 2 are unsigned, 4 is the signed 32-bit code. 0 is no answer.
 * - Number, Msecs: one byte k, then each value: k = 1, 2 or 4 for signed integers of k bytes
 *   where the lowest value (−128, −32768, −2³¹) is a missing value; k = 8 for IEEE doubles,
 *   little-endian, NaN missing. k + 0x80 (1, 2 or 4 only): the integers are thousands of the
 *   value, i.e. dates to the second as seconds rather than doubles of milliseconds.
 * - Text: one byte, 0 when every text is empty (nothing follows), else 1, then each text's UTF-8
 *   length as an unsigned LEB128 number, then the texts' UTF-8 bytes one after the other.
 *   Length 0 is no text.
 * - Selected: the first option of a question is preceded by the question's "answered" bitset;
 *   then each option's "selected" bitset. A bitset holds respondent r in bit r % 8 of byte r / 8.
 */
class ColumnChunkCodec {
public:
    /** Respondents per chunk: a power of two, so that a slice of 8192 never straddles two. */
    static constexpr int ChunkRows = 65536;

    /** The chunk of rows [0, rows) of `parts` (SourceCells::from() picks the first row). */
    static QByteArray encode(const std::vector<SourceCells>& parts, int rows);
    /**
     * Fills rows [0, rows) of `parts` from `bytes`, or says why the bytes are not a chunk of that
     * shape (too short, too long, an unknown width, a text that runs past the end). An empty
     * string when they are.
     */
    static QString decode(QByteArrayView bytes, const std::vector<TargetCells>& parts, int rows);
};

} // namespace sondo
