#pragma once

#include <QCoreApplication>
#include <QString>

namespace sondo {

/**
 * What sits at the path a project is about to be written to, found without changing it: a
 * mistyped `-o` must never destroy a stranger's file. A Sondo project is recognised by its
 * schema (a `PRAGMA user_version` and Sondo's tables), read through a read-only connection; any
 * other SQLite database, a text file or a file of another kind is not replaced unless asked.
 */
class ProjectTarget {
    Q_DECLARE_TR_FUNCTIONS(sondo)

public:
    enum class Kind {
        Missing,            ///< nothing there yet
        Empty,              ///< an empty file: nothing to lose
        Folder,             ///< a folder: the writer refuses it with its own message
        Project,            ///< a Sondo project (of any format version)
        ForeignDatabase,    ///< an SQLite database without Sondo's schema
        UnreadableDatabase, ///< an SQLite header, but the database cannot be read (damaged)
        Text,               ///< a text document
        Other,              ///< any other file (an image, an archive…)
        Unreadable,         ///< a file Sondo may not read (permissions)
    };

    /** What is at `path` now (a symbolic link is followed). */
    static Kind examine(const QString& path);
    /** True when replacing a file of `kind` could destroy something that is not a project. */
    static bool isForeign(Kind kind);
    /** "a text file", "an SQLite database made by another program"…, for messages. */
    static QString describe(Kind kind);

    /**
     * The file a write to `path` replaces: the file a symbolic link points to (the writer
     * replaces that file and keeps the link), else `path` made absolute. The lock, the
     * temporary files and the backup all go beside it.
     */
    static QString replacedFile(const QString& path);
};

} // namespace sondo
