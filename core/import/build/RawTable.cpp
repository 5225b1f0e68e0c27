#include "import/build/RawTable.h"

#include "import/text/CellText.h"

#include <QStringDecoder>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <functional>
#include <memory>
#include <system_error>
#include <thread>

namespace sondo {

namespace {

/**
 * Gives back a vector's spare room when it is large: room made for rows that never came (a guess
 * too high, doubling). A little is kept rather than copying a million ids at the end of a read.
 */
template <typename T> void trim(std::vector<T>& v) {
    if (v.capacity() > v.size() + v.size() / 4)
        v.shrink_to_fit();
}

/** Frees a vector's memory; `v = {}` would only empty it, keeping its capacity. */
template <typename T> void release(std::vector<T>& v) {
    std::vector<T>().swap(v);
}

/** Smallest hash table, in hashSlots (a power of two). */
constexpr std::size_t kMinSlots = 16;
/** Rows appended before a column's room is made for the rows expected (see makeRoom()). */
constexpr int kRowsBeforeRoom = 10000;
/**
 * Room is made for at most this many times the rows appended so far, and made again when they
 * fill it: a guess gone wrong (the first rows far shorter than the rest) cannot cost much.
 */
constexpr qint64 kRoomFactor = 128;
/** Fewer new QStrings than this are made on the calling thread alone. */
constexpr qsizetype kParallelValues = 20000;

// A 64-bit hash for short byte strings in the style of wyhash (Wang Yi, public domain): bytes
// are read 4 or 8 at a time and folded with 64x64->128-bit multiplications. Qt's qHash of a
// QByteArray costs several times more per cell, and the table needs only a good spread, not
// resistance to chosen input (a hostile file can at worst make its own import slower).
constexpr std::uint64_t kSecret0 = 0xa0761d6478bd642full;
constexpr std::uint64_t kSecret1 = 0xe7037ed1a0b428dbull;
constexpr std::uint64_t kSecret2 = 0x8ebc6af09c88c6e3ull;

inline std::uint64_t fold(std::uint64_t a, std::uint64_t b) {
#if defined(__SIZEOF_INT128__)
    const unsigned __int128 r = static_cast<unsigned __int128>(a) * b;
    return std::uint64_t(r) ^ std::uint64_t(r >> 64);
#else
    // Portable 64x64->128 multiplication from 32-bit halves.
    const std::uint64_t aLo = a & 0xffffffffu, aHi = a >> 32, bLo = b & 0xffffffffu, bHi = b >> 32;
    const std::uint64_t ll = aLo * bLo, lh = aLo * bHi, hl = aHi * bLo, hh = aHi * bHi;
    const std::uint64_t mid = (ll >> 32) + (lh & 0xffffffffu) + (hl & 0xffffffffu);
    const std::uint64_t lo = (mid << 32) | (ll & 0xffffffffu);
    const std::uint64_t hi = hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
    return lo ^ hi;
#endif
}

inline std::uint64_t read8(const char* p) {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
}

inline std::uint64_t read4(const char* p) {
    std::uint32_t v;
    std::memcpy(&v, p, 4);
    return v;
}

std::uint64_t hashBytes(const char* p, std::size_t n) {
    std::uint64_t seed = kSecret0 ^ fold(n ^ kSecret0, kSecret1);
    std::uint64_t a = 0;
    std::uint64_t b = 0;
    if (n <= 16) {
        if (n >= 4) {
            // Two overlapping 4-byte reads from each end cover every byte of 4 to 16.
            const std::size_t d = (n >> 3) << 2;
            a = (read4(p) << 32) | read4(p + d);
            b = (read4(p + n - 4) << 32) | read4(p + n - 4 - d);
        } else if (n > 0) {
            a = (std::uint64_t(uchar(p[0])) << 16) | (std::uint64_t(uchar(p[n >> 1])) << 8) |
                uchar(p[n - 1]);
        }
    } else {
        std::size_t left = n;
        while (left > 16) {
            seed = fold(read8(p) ^ kSecret1, read8(p + 8) ^ seed);
            p += 16;
            left -= 16;
        }
        // The last 16 bytes, reaching back into hashed ones when fewer are left.
        a = read8(p + left - 16);
        b = read8(p + left - 8);
    }
    return fold(kSecret2 ^ n, fold(a ^ kSecret1, b ^ seed));
}

/** The hash bits a slot keeps; the low ones also pick the slot. */
std::uint32_t hashOf(QByteArrayView utf8) {
    return std::uint32_t(hashBytes(utf8.data(), std::size_t(utf8.size())));
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Batch

void RawTable::Batch::addRow(const std::vector<QByteArrayView>& utf8Cells, qint64 line) {
    m_cells.insert(m_cells.end(), utf8Cells.begin(), utf8Cells.end());
    m_rowEnds.push_back(qsizetype(m_cells.size()));
    m_lines.push_back(line);
    m_widest = std::max(m_widest, int(utf8Cells.size()));
}

void RawTable::Batch::detach(std::initializer_list<QByteArrayView> regions) {
    detach(regions, QByteArrayView(), nullptr);
}

void RawTable::Batch::detach(std::initializer_list<QByteArrayView> regions, QByteArrayView owned,
                             std::shared_ptr<const void> owner) {
    struct Span {
        const char* begin; ///< the region
        const char* end;
        const char* low = nullptr; ///< the part of it that cells use
        const char* high = nullptr;
        std::size_t at = 0; ///< where that part goes in m_bytes
    };
    std::vector<Span> spans;
    for (QByteArrayView region : regions)
        if (!region.isEmpty())
            spans.push_back({region.data(), region.data() + region.size()});
    const std::less<const char*> before;
    const auto spanOf = [&](QByteArrayView cell) -> Span* {
        for (Span& span : spans)
            if (!before(cell.data(), span.begin) && !before(span.end, cell.data() + cell.size()))
                return &span;
        return nullptr;
    };
    const auto isOwned = [&](QByteArrayView cell) {
        return !owned.isEmpty() && !before(cell.data(), owned.data()) &&
               !before(owned.data() + owned.size(), cell.data() + cell.size());
    };
    if (owner)
        m_owners.push_back(std::move(owner));
    std::size_t total = 0;
    for (QByteArrayView cell : m_cells) {
        if (cell.isEmpty() || isOwned(cell))
            continue;
        if (Span* span = spanOf(cell)) {
            if (!span->low || before(cell.data(), span->low))
                span->low = cell.data();
            if (!span->high || before(span->high, cell.data() + cell.size()))
                span->high = cell.data() + cell.size();
        } else {
            total += std::size_t(cell.size());
        }
    }
    for (Span& span : spans) {
        span.at = total;
        total += span.low ? std::size_t(span.high - span.low) : 0;
    }
    // The memory of the last batch is reused, unless cells still point into it. Left
    // uninitialised: every byte of it is written below.
    std::unique_ptr<char[]> fresh;
    if (!m_bytes || m_bytesCapacity < total || m_bytesUsed) {
        fresh.reset(new char[std::max<std::size_t>(total, 1)]);
        m_bytesCapacity = std::max<std::size_t>(total, 1);
    }
    char* const bytes = fresh ? fresh.get() : m_bytes.get();
    for (const Span& span : spans)
        if (span.low)
            std::memcpy(bytes + span.at, span.low, std::size_t(span.high - span.low));
    std::size_t loose = 0;
    for (QByteArrayView& cell : m_cells) {
        if (cell.isEmpty()) {
            cell = QByteArrayView();
        } else if (isOwned(cell)) {
            continue;
        } else if (const Span* span = spanOf(cell)) {
            cell = QByteArrayView(bytes + span->at + (cell.data() - span->low), cell.size());
        } else {
            std::memcpy(bytes + loose, cell.data(), std::size_t(cell.size()));
            cell = QByteArrayView(bytes + loose, cell.size());
            loose += std::size_t(cell.size());
        }
    }
    if (fresh)
        m_bytes = std::move(fresh);
    m_bytesUsed = true;
}

void RawTable::Batch::clear() {
    m_owners.clear();
    m_cells.clear();
    m_rowEnds.clear();
    m_lines.clear();
    m_bytesUsed = false;
    m_widest = 0;
    m_expectedRows = 0;
}

// ---------------------------------------------------------------------------------------------
// Appending

void RawTable::ensureColumns(int count) {
    while (int(m_columns.size()) < count) {
        Column column;
        column.ids8.assign(size_t(m_rows), 0);
        m_columns.push_back(std::move(column));
    }
}

void RawTable::push(Column& column, std::uint32_t id) {
    switch (column.width) {
    case 1:
        if (id <= 0xFF) {
            column.ids8.push_back(std::uint8_t(id));
            return;
        }
        column.ids16.reserve(column.ids8.capacity()); // keeps the room made for the rows
        column.ids16.assign(column.ids8.begin(), column.ids8.end());
        release(column.ids8);
        column.width = 2;
        [[fallthrough]];
    case 2:
        if (id <= 0xFFFF) {
            column.ids16.push_back(std::uint16_t(id));
            return;
        }
        column.ids32.reserve(column.ids16.capacity());
        column.ids32.assign(column.ids16.begin(), column.ids16.end());
        release(column.ids16);
        column.width = 4;
        [[fallthrough]];
    default:
        column.ids32.push_back(id);
    }
}

void RawTable::rebuildIndex(Column& column) {
    // Only after finish() are there values without bytes.
    if (column.ends.empty() && !column.values.isEmpty()) {
        for (const QString& value : std::as_const(column.values)) {
            const QByteArray utf8 = value.toUtf8();
            column.bytes.insert(column.bytes.end(), utf8.begin(), utf8.end());
            column.ends.push_back(qsizetype(column.bytes.size()));
        }
    }
    column.hashSlots.clear();
    grow(column);
}

void RawTable::grow(Column& column) {
    std::size_t size = std::max(kMinSlots, column.hashSlots.size() * 2);
    while (size < 2 * (column.ends.size() + 1))
        size *= 2;
    rehash(column, size);
}

void RawTable::rehash(Column& column, std::size_t size) {
    std::vector<std::uint64_t> hashSlots(size, 0);
    const std::size_t mask = size - 1;
    const auto place = [&](std::uint64_t slot) {
        std::size_t i = std::uint32_t(slot >> 32) & mask;
        while (hashSlots[i] != 0)
            i = (i + 1) & mask;
        hashSlots[i] = slot;
    };
    if (!column.hashSlots.empty()) {
        for (std::uint64_t slot : column.hashSlots)
            if (slot != 0)
                place(slot);
    } else {
        for (std::size_t v = 0; v < column.ends.size(); ++v) {
            const qsizetype begin = v > 0 ? column.ends[v - 1] : 0;
            const std::uint32_t hash =
                hashOf(QByteArrayView(column.bytes.data() + begin, column.ends[v] - begin));
            place((std::uint64_t(hash) << 32) | std::uint64_t(v + 1));
        }
    }
    column.hashSlots = std::move(hashSlots);
}

std::uint32_t RawTable::intern(Column& column, QByteArrayView utf8, const QString* text) {
    if (isBlank(utf8))
        return 0;
    return internHashed(column, utf8, hashOf(utf8), text);
}

std::uint32_t RawTable::internHashed(Column& column, QByteArrayView utf8, std::uint32_t hash,
                                     const QString* text) {
    if (column.hashSlots.empty())
        rebuildIndex(column);
    std::size_t i = 0;
    if (const std::uint32_t id = find(column, utf8, hash, i))
        return id;
    if (text) {
        // A decoded source's string is kept as it is, sharing its data; the values before it
        // must exist first.
        makeValues(column);
        column.values.append(*text);
    }
    const auto id = std::uint32_t(column.ends.size() + 1);
    column.bytes.insert(column.bytes.end(), utf8.begin(), utf8.end());
    column.ends.push_back(qsizetype(column.bytes.size()));
    column.hashSlots[i] = (std::uint64_t(hash) << 32) | id;
    // Linear probing stays short below half full.
    if (column.ends.size() * 2 > column.hashSlots.size())
        grow(column);
    return id;
}

void RawTable::makeValues(const Column& column) {
    const qsizetype made = column.values.size();
    const qsizetype total = qsizetype(column.ends.size());
    if (made >= total)
        return;
    // Values made a batch at a time while the table grows: reserving only the exact size each
    // time would copy the list again and again.
    if (column.values.capacity() < total)
        column.values.reserve(
            std::max({total, 2 * column.values.capacity(), qsizetype(column.ends.capacity())}));

    // The new values' UTF-16 goes into one allocation that their QStrings share, each holding a
    // reference to it like any copy of a QString would: a million-value column (ids, times) then
    // costs one allocation instead of a million, half the memory, and no million frees at the
    // end. Each value is followed by a NUL, as QString keeps its data. A string that outlives
    // the others keeps the whole block, and may grow into it once it is the only one left.
    const qsizetype firstByte = made > 0 ? column.ends[size_t(made - 1)] : 0;
    // Never more UTF-16 units than UTF-8 bytes, plus one NUL per value.
    const qsizetype units = column.ends[size_t(total - 1)] - firstByte + (total - made);
    auto [block, data] = QTypedArrayData<char16_t>::allocate(units);
    Q_CHECK_PTR(block);
    QStringDecoder toUtf16(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    char16_t* out = data;
    for (qsizetype v = made; v < total; ++v) {
        const qsizetype begin = v > 0 ? column.ends[size_t(v - 1)] : 0;
        const QByteArrayView utf8(column.bytes.data() + begin, column.ends[size_t(v)] - begin);
        char16_t* const end = reinterpret_cast<char16_t*>(
            toUtf16.appendToBuffer(reinterpret_cast<QChar*>(out), utf8));
        *end = u'\0';
        block->ref();
        column.values.append(QString(QString::DataPointer(block, out, end - out)));
        out = end + 1;
    }
    // The block's own reference, from allocate(): the values hold it now.
    if (!block->deref())
        QTypedArrayData<char16_t>::deallocate(block);
}

void RawTable::appendLine(qint64 line) {
    const qint64 step = line - m_rows;
    if (m_lineSteps.empty() || m_lineSteps.back().second != step)
        m_lineSteps.emplace_back(m_rows, step);
    ++m_rows;
}

void RawTable::appendRow(const std::vector<QByteArrayView>& utf8Cells, qint64 line) {
    ensureColumns(int(utf8Cells.size()));
    for (size_t c = 0; c < m_columns.size(); ++c) {
        Column& column = m_columns[c];
        push(column, c < utf8Cells.size() ? intern(column, utf8Cells[c], nullptr) : 0);
    }
    appendLine(line);
}

void RawTable::appendRow(const QStringList& cells, qint64 line) {
    ensureColumns(int(cells.size()));
    for (size_t c = 0; c < m_columns.size(); ++c) {
        Column& column = m_columns[c];
        std::uint32_t id = 0;
        if (c < size_t(cells.size())) {
            const QString& text = cells[qsizetype(c)];
            // A new value keeps the caller's string, sharing its data.
            id = intern(column, text.toUtf8(), &text);
        }
        push(column, id);
    }
    appendLine(line);
}

std::uint32_t RawTable::find(const Column& column, QByteArrayView utf8, std::uint32_t hash,
                             std::size_t& slot) {
    const std::size_t mask = column.hashSlots.size() - 1;
    for (slot = hash & mask;; slot = (slot + 1) & mask) {
        const std::uint64_t entry = column.hashSlots[slot];
        if (entry == 0)
            return 0;
        // Comparing the stored hash bits first keeps the bytes of other values out of the cache.
        if (std::uint32_t(entry >> 32) != hash)
            continue;
        const std::uint32_t id = std::uint32_t(entry);
        const qsizetype begin = id > 1 ? column.ends[id - 2] : 0;
        if (column.ends[id - 1] - begin == utf8.size() &&
            std::memcmp(column.bytes.data() + begin, utf8.data(), size_t(utf8.size())) == 0)
            return id;
    }
}

void RawTable::appendColumn(Column& column, int index, const Batch& batch) {
    const std::size_t rows = batch.m_rowEnds.size();
    // Rows go in groups: the slots of a whole group are fetched from memory at once, instead of
    // one cache miss after the other in columns of near-unique values (ids, times).
    constexpr std::size_t kGroup = 8;
    QByteArrayView cells[kGroup];
    std::uint32_t hashes[kGroup];
    for (std::size_t first = 0; first < rows; first += kGroup) {
        const std::size_t count = std::min(kGroup, rows - first);
        for (std::size_t k = 0; k < count; ++k) {
            const std::size_t r = first + k;
            const qsizetype begin = (r > 0 ? batch.m_rowEnds[r - 1] : 0) + index;
            cells[k] = begin < batch.m_rowEnds[r] ? batch.m_cells[size_t(begin)] : QByteArrayView();
            if (isBlank(cells[k])) {
                cells[k] = QByteArrayView();
                continue;
            }
            hashes[k] = hashOf(cells[k]);
            if (!column.hashSlots.empty())
                __builtin_prefetch(&column.hashSlots[hashes[k] & (column.hashSlots.size() - 1)]);
        }
        for (std::size_t k = 0; k < count; ++k) {
            std::uint32_t id = 0;
            if (!cells[k].isEmpty()) {
                // Most cells repeat a value already in the index: found without a call.
                std::size_t slot = 0;
                id = column.hashSlots.empty() ? 0 : find(column, cells[k], hashes[k], slot);
                if (id == 0)
                    id = internHashed(column, cells[k], hashes[k], nullptr);
            }
            push(column, id);
        }
    }
}

template <typename Work> void RawTable::forEachColumn(bool parallel, const Work& work) {
    const int count = columnCount();
    if (!parallel || count < 2) {
        for (int c = 0; c < count; ++c)
            work(c);
        return;
    }
    // Columns go out largest first, each to whichever thread is free, so one big column (ids,
    // free text) overlaps with all the small ones. Each column is touched by one thread only.
    std::vector<int> order(static_cast<size_t>(count));
    std::vector<qsizetype> size(static_cast<size_t>(count));
    for (int c = 0; c < count; ++c) {
        order[size_t(c)] = c;
        size[size_t(c)] = qsizetype(m_columns[size_t(c)].bytes.size()) +
                          48 * qsizetype(m_columns[size_t(c)].ends.size());
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return size[size_t(a)] > size[size_t(b)]; });
    std::atomic<int> next{0};
    const auto run = [&] {
        for (int k = next.fetch_add(1); k < count; k = next.fetch_add(1))
            work(order[size_t(k)]);
    };
    try {
        std::thread helper(run);
        run();
        helper.join();
    } catch (const std::system_error&) {
        // No thread to be had: the columns not yet taken are done here.
        run();
    }
}

void RawTable::appendRows(const Batch& batch) {
    if (batch.m_rowEnds.empty())
        return;
    ensureColumns(batch.m_widest);
    if (batch.m_expectedRows > 0)
        m_expectedRows = batch.m_expectedRows;
    for (int c = 0; c < columnCount(); ++c) {
        Column& column = m_columns[size_t(c)];
        if (m_rows >= kRowsBeforeRoom && m_rows >= column.roomRows && m_expectedRows > m_rows)
            makeRoom(column, m_rows, std::min(m_expectedRows, kRoomFactor * m_rows));
        appendColumn(column, c, batch);
    }
    for (qint64 line : batch.m_lines)
        appendLine(line);
}

void RawTable::makeRoom(Column& column, int rows, qint64 expectedRows) {
    // Growing by doubling copies a million-row column's ids about twenty times over, and its
    // values and hash index too when nearly every cell differs (ids, times): room for the rows
    // expected is made in one step instead, guessed from the `rows` so far. Only a guess: a
    // column that outgrows it grows on as before.
    const auto expected = std::size_t(expectedRows * 11 / 10);
    column.roomRows = qint64(expected);
    switch (column.width) {
    case 1:
        column.ids8.reserve(expected);
        break;
    case 2:
        column.ids16.reserve(expected);
        break;
    default:
        column.ids32.reserve(expected);
    }
    const std::size_t distinct = column.ends.size();
    if (distinct * 2 < std::size_t(rows))
        return;
    column.ends.reserve(distinct * expected / std::size_t(rows));
    column.bytes.reserve(column.bytes.size() * expected / std::size_t(rows));
    // The index at the size growing would reach, for the guess without its margin: a power of
    // two only just past it would double the index's memory for nothing.
    const std::size_t values = std::size_t(double(distinct) * double(expectedRows) / rows);
    if (column.hashSlots.size() < 2 * values) {
        std::size_t size = std::max(kMinSlots, column.hashSlots.size());
        while (size < 2 * values)
            size *= 2;
        rehash(column, size);
    }
}

// ---------------------------------------------------------------------------------------------
// Reading

const QStringList& RawTable::distinctValues(int column) const {
    const Column& c = m_columns[size_t(column)];
    makeValues(c);
    return c.values;
}

QString RawTable::cell(int row, int column) const {
    const std::uint32_t id = cellId(row, column);
    return id == 0 ? QString() : distinctValues(column)[id - 1];
}

QStringList RawTable::row(int row) const {
    QStringList out;
    out.reserve(columnCount());
    for (int c = 0; c < columnCount(); ++c)
        out.append(cell(row, c));
    return out;
}

qint64 RawTable::lineOf(int row) const {
    const auto after =
        std::upper_bound(m_lineSteps.begin(), m_lineSteps.end(), row,
                         [](int r, const std::pair<int, qint64>& step) { return r < step.first; });
    if (after == m_lineSteps.begin())
        return 0;
    return row + std::prev(after)->second;
}

void RawTable::finish() {
    qsizetype distinct = 0;
    for (Column& column : m_columns) {
        // Dropped first: the QStrings about to be made take its place.
        release(column.hashSlots);
        distinct += qsizetype(column.ends.size()) - column.values.size();
    }
    forEachColumn(distinct >= kParallelValues && QThread::idealThreadCount() > 1, [&](int c) {
        Column& column = m_columns[size_t(c)];
        makeValues(column);
        release(column.bytes);
        release(column.ends);
        trim(column.ids8);
        trim(column.ids16);
        trim(column.ids32);
    });
    m_lineSteps.shrink_to_fit();
}

} // namespace sondo
