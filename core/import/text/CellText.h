#pragma once

#include <QByteArrayView>

namespace sondo {

/**
 * True when a cell's UTF-8 bytes hold nothing but spaces, tabs and line breaks: such a cell is
 * no answer. Every reader and the table decide blankness by this one rule, so that a record the
 * reader keeps never turns out all blank in the table, or the reverse.
 */
inline bool isBlank(QByteArrayView utf8) {
    for (char c : utf8)
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return false;
    return true;
}

} // namespace sondo
