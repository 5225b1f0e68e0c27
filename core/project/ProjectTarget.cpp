#include "project/ProjectTarget.h"

#include "storage/SqlConnection.h"

#include <QFile>
#include <QFileInfo>
#include <QVariant>
#include <iterator>

namespace sondo {

namespace {

/**
 * Sondo's tables, all present in every format version so far: together with a user_version they
 * tell a project from a database that merely happens to have a table called `questions`.
 */
const char* const ProjectTables[] = {"project",   "questions", "options", "columns",
                                     "responses", "imports",   "state"};

/** What the database at `path`, which starts with the SQLite header, is. */
ProjectTarget::Kind examineDatabase(const QString& path) {
    // Read-only: looking must not change a stranger's database, nor roll back its journal.
    SqlConnection connection(path, SqlConnection::Mode::ReadOnly);
    if (!connection.open())
        return ProjectTarget::Kind::UnreadableDatabase;
    const QVariant version = connection.scalar(QStringLiteral("PRAGMA user_version"));
    if (!version.isValid())
        return ProjectTarget::Kind::UnreadableDatabase;
    QStringList names;
    for (const char* table : ProjectTables)
        names.append(QStringLiteral("'%1'").arg(QLatin1String(table)));
    const QVariant tables = connection.scalar(
        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN (%1)")
            .arg(names.join(u',')));
    if (!tables.isValid())
        return ProjectTarget::Kind::UnreadableDatabase;
    const bool sondo = version.toInt() >= 1 && tables.toInt() == int(std::size(ProjectTables));
    return sondo ? ProjectTarget::Kind::Project : ProjectTarget::Kind::ForeignDatabase;
}

/**
 * A text document by its first bytes: no NUL and no control character but those text uses
 * (tab, line feed, form feed, carriage return, escape), whatever the 8-bit encoding.
 */
bool looksLikeText(const QByteArray& head) {
    for (const char c : head) {
        const uchar byte = uchar(c);
        if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\f' && byte != '\r' &&
            byte != 0x1b)
            return false;
    }
    return true;
}

} // namespace

ProjectTarget::Kind ProjectTarget::examine(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists())
        return Kind::Missing;
    if (info.isDir())
        return Kind::Folder;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Kind::Unreadable;
    const QByteArray head = file.read(4096);
    if (head.isEmpty())
        return file.error() == QFileDevice::NoError ? Kind::Empty : Kind::Unreadable;
    static constexpr char sqliteMagic[] = "SQLite format 3";
    if (head.startsWith(QByteArray(sqliteMagic, sizeof sqliteMagic)))
        return examineDatabase(path);
    return looksLikeText(head) ? Kind::Text : Kind::Other;
}

bool ProjectTarget::isForeign(Kind kind) {
    switch (kind) {
    case Kind::Missing:
    case Kind::Empty:
    case Kind::Folder:
    case Kind::Project:
        return false;
    case Kind::ForeignDatabase:
    case Kind::UnreadableDatabase:
    case Kind::Text:
    case Kind::Other:
    case Kind::Unreadable:
        return true;
    }
    return true;
}

QString ProjectTarget::describe(Kind kind) {
    switch (kind) {
    case Kind::Missing:
        return tr("no file");
    case Kind::Empty:
        return tr("an empty file");
    case Kind::Folder:
        return tr("a folder");
    case Kind::Project:
        return tr("a Sondo project");
    case Kind::ForeignDatabase:
        return tr("an SQLite database made by another program");
    case Kind::UnreadableDatabase:
        return tr("an SQLite database that cannot be read");
    case Kind::Text:
        return tr("a text file");
    case Kind::Other:
        return tr("a file of another kind");
    case Kind::Unreadable:
        return tr("a file Sondo may not read");
    }
    return {};
}

QString ProjectTarget::replacedFile(const QString& path) {
    // The same rule as ProjectStore's writer, which replaces what a symbolic link points to.
    const QFileInfo info(path);
    return info.isSymLink() ? info.symLinkTarget() : info.absoluteFilePath();
}

} // namespace sondo
