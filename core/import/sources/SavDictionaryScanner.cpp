#include "import/sources/SavDictionaryScanner.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace sondo {

bool SavDictionaryScanner::scan(Extras& out) {
    if (!m_file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = m_file.read(176);
    if (header.size() < 176 || !(header.startsWith("$FL2") || header.startsWith("$FL3")))
        return false;
    qint32 layout = 0;
    std::memcpy(&layout, header.constData() + 64, 4);
    m_swap = layout != 2 && layout != 3;
    for (int records = 0; records < 1000000; ++records) {
        qint32 type = 0;
        if (!readInt(type))
            return false;
        switch (type) {
        case 2: {
            qint32 fields[4], hasLabel = 0, missing = 0;
            if (!readInt(fields[0]) || !readInt(hasLabel) || !readInt(missing) ||
                !readInt(fields[1]) || !readInt(fields[2]) || !skip(8))
                return false;
            if (hasLabel) {
                qint32 length = 0;
                if (!readInt(length) || length < 0 || !skip((qint64(length) + 3) / 4 * 4))
                    return false;
            }
            if (!skip(qint64(std::abs(missing)) * 8))
                return false;
            break;
        }
        case 3: {
            qint32 count = 0;
            if (!readInt(count) || count < 0)
                return false;
            for (qint32 i = 0; i < count; ++i) {
                char entry[9];
                if (m_file.read(entry, 9) != 9)
                    return false;
                const int length = static_cast<unsigned char>(entry[8]);
                if (!skip((length + 8) / 8 * 8 - 1))
                    return false;
            }
            qint32 next = 0, variables = 0;
            if (!readInt(next) || next != 4 || !readInt(variables) || variables < 0 ||
                !skip(qint64(variables) * 4))
                return false;
            break;
        }
        case 6: {
            qint32 lines = 0;
            if (!readInt(lines) || lines < 0 || !skip(qint64(lines) * 80))
                return false;
            break;
        }
        case 7: {
            qint32 subtype = 0, size = 0, count = 0;
            if (!readInt(subtype) || !readInt(size) || !readInt(count) || size < 0 || count < 0)
                return false;
            const qint64 bytes = qint64(size) * count;
            if (subtype == 7 || subtype == 19 || subtype == 13) {
                if (bytes > (64 << 20))
                    return false;
                const QByteArray data = m_file.read(bytes);
                if (data.size() != bytes)
                    return false;
                if (subtype == 13) {
                    for (const QByteArray& pair : data.split('\t')) {
                        const qsizetype equals = pair.indexOf('=');
                        if (equals > 0)
                            out.longNames.insert(pair.left(equals).trimmed().toUpper(),
                                                 pair.mid(equals + 1).trimmed());
                    }
                } else {
                    out.multipleResponseSets += data + '\n';
                }
            } else if (!skip(bytes)) {
                return false;
            }
            break;
        }
        case 999:
            return true;
        default:
            return false;
        }
    }
    return false;
}

bool SavDictionaryScanner::readInt(qint32& value) {
    char bytes[4];
    if (m_file.read(bytes, 4) != 4)
        return false;
    if (m_swap)
        std::reverse(bytes, bytes + 4);
    std::memcpy(&value, bytes, 4);
    return true;
}

QList<SavDictionaryScanner::ResponseSet>
SavDictionaryScanner::parseResponseSets(const QByteArray& text) {
    QList<ResponseSet> sets;
    for (const QByteArray& line : text.split('\n')) {
        const qsizetype equals = line.indexOf('=');
        if (!line.startsWith('$') || equals < 0 || equals + 1 >= line.size())
            continue;
        ResponseSet set;
        set.name = line.left(equals);
        set.kind = line[equals + 1];
        qsizetype at = equals + 2;
        auto readCount = [&](qint64& value) {
            while (at < line.size() && line[at] == ' ')
                ++at;
            const qsizetype start = at;
            while (at < line.size() && line[at] >= '0' && line[at] <= '9')
                ++at;
            bool ok = false;
            value = line.mid(start, at - start).toLongLong(&ok);
            return ok;
        };
        auto readCounted = [&](QByteArray& value) {
            qint64 length = 0;
            if (!readCount(length) || at >= line.size() || line[at] != ' ' ||
                at + 1 + length > line.size())
                return false;
            value = line.mid(at + 1, length);
            at += 1 + length;
            return true;
        };
        bool ok = true;
        if (set.kind == 'E') {
            qint64 flag = 0;
            ok = readCount(flag);
            set.optionsFromValueLabels = true;
            set.labelFromFirstVariable = flag == 11;
        } else if (set.kind != 'C' && set.kind != 'D') {
            continue;
        }
        if (ok && set.kind != 'C')
            ok = readCounted(set.countedValue);
        if (ok)
            ok = readCounted(set.label);
        if (!ok)
            continue;
        set.countedValue = set.countedValue.trimmed();
        for (const QByteArray& variable : line.mid(at).split(' '))
            if (!variable.trimmed().isEmpty())
                set.variables.append(variable.trimmed());
        sets.append(set);
    }
    return sets;
}

} // namespace sondo
