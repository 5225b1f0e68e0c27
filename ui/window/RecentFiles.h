#pragma once

#include <QStringList>

namespace sondo {

/** The surveys and projects opened last, newest first, kept in QSettings. */
class RecentFiles {
public:
    static constexpr int MaxFiles = 8;
    /** The list, without files that no longer exist. */
    static QStringList list();
    /** Puts `path` first (once). */
    static void add(const QString& path);
    static void remove(const QString& path);
    static void clear();
};

} // namespace sondo
