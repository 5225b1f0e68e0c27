#pragma once

#include "base/Progress.h"

#include <QByteArrayView>
#include <QString>
#include <memory>

namespace sondo {

/** The SHA-256 of a survey file, kept in the import history to recognise the same export again. */
class SourceChecksum {
public:
    /** A checksum fed a piece at a time, for a reader that has the bytes in hand anyway. */
    class Sha256 {
    public:
        Sha256();
        ~Sha256();
        Sha256(const Sha256&) = delete;
        Sha256& operator=(const Sha256&) = delete;
        void add(QByteArrayView bytes);
        /** Lower-case hex of what was added; empty if OpenSSL failed. Call once, at the end. */
        QString hex();

    private:
        struct Context;
        std::unique_ptr<Context> m_context;
        bool m_ok = false;
    };

    /**
     * Lower-case hex SHA-256 of the file at `path`, read in blocks; empty when the file cannot be
     * read or `progress` asks to stop.
     */
    static QString sha256(const QString& path, const ProgressCallback& progress = {});
};

} // namespace sondo
