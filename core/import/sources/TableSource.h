#pragma once

#include "base/Progress.h"
#include "base/Result.h"
#include "import/ImportOptions.h"
#include "import/build/TableObserver.h"
#include "import/sources/SourceTable.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace sondo {

/**
 * A reader of tabular survey data: a file in, its raw table out (every row as the file holds it,
 * header rows included), so that the same format profiles and type inference serve every kind of
 * file. Each source says which files are its own, by their first bytes and by their extension;
 * TableSources asks them in turn (content first) to find the source for a path.
 */
class TableSource {
public:
    /** How many bytes from the start of a file claimsContent() is given, at most. */
    static constexpr qsizetype kHeadSize = 1024;

    virtual ~TableSource() = default;

    /** The first kHeadSize bytes of the file at `path`; empty when it cannot be read. */
    static QByteArray headOf(const QString& path);

    /** Short name, for diagnostics and tests: "delimited-text", "xlsx", "spss-stata". */
    virtual QString name() const = 0;
    /** The extensions (lower case, no dot) that are this source's files, for file dialogs too. */
    virtual QStringList extensions() const = 0;
    /**
     * True when the file's first bytes (`head`, up to kHeadSize; empty when the file cannot be
     * read) carry this source's signature, whatever the file is called. `path` lets a source
     * look further where a signature is shared by other kinds of file (a zip's directory).
     */
    virtual bool claimsContent(const QString& path, QByteArrayView head) const = 0;
    /**
     * True when read() takes the SHA-256 of the bytes it reads (SourceTable::sha256); the caller
     * hashes the file itself otherwise, beside the read.
     */
    virtual bool hashesWhileReading() const { return false; }
    /**
     * Reads the file with what `options` say of it (encoding, delimiter, sheet). `progress` sees
     * the read's own done/total and may cancel it; `grown` sees the table as it fills, where the
     * source fills it piece by piece. Errors and warnings name the file, and the line and column
     * where the source knows them.
     */
    virtual Result<SourceTable> read(const QString& path, const ImportOptions& options,
                                     const ProgressCallback& progress,
                                     const TableObserver& grown) const = 0;
};

} // namespace sondo
