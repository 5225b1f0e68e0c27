#pragma once

#include "base/Progress.h"
#include "base/Result.h"
#include "import/ImportOptions.h"
#include "import/build/RawTable.h"
#include "import/build/SurveyBuilder.h"
#include "import/build/TableObserver.h"
#include "model/Project.h"

#include <QString>
#include <memory>

namespace sondo {

/** What an import detected, shown in the preview before the analyst commits to it. */
struct ImportPreview {
    QString format;
    QString encoding;
    QString delimiter;
    int respondents = 0;
    /** The questions as they would be imported (types can still be overridden). */
    Survey survey;
};

/**
 * A survey file read and coded, its answers still the cells of `table`: SurveyBuilder::fill()
 * codes any range of respondents from it.
 */
struct CodedImport {
    std::shared_ptr<const RawTable> table;
    CodedSurvey coded;
    /** The import's record (rows, format, encoding, checksum). */
    ImportRecord record;
};

/**
 * The one entry point from a survey file to a Project in memory: picks the TableSource for the
 * file (TableSources: by content, then by extension) and reads it, picks the format profile,
 * infers types, builds the ResponseMatrix. Nothing is written anywhere; ProjectStore saves the
 * result.
 */
class SurveyImporter {
public:
    /** Reads and analyses `path` completely. The Project has one ImportRecord. */
    static Result<Project> importFile(const QString& path, const ImportOptions& options,
                                      const ProgressCallback& progress = {});
    /**
     * Reads and analyses `path` completely, but codes no respondent: for writing a large file
     * straight to a project without holding every answer in memory twice. `grown` sees the table
     * as it fills (delimited text only).
     */
    static Result<CodedImport> importCoded(const QString& path, const ImportOptions& options,
                                           const ProgressCallback& progress = {},
                                           const TableObserver& grown = {});
    /**
     * The format profile's plan for `table`: the one `options` names, else the detected one.
     * Warnings name `fileName`.
     */
    static Result<ImportPlan> plan(const RawTable& table, const ImportOptions& options,
                                   const QString& fileName);
    /** True when `path` looks like a survey export Sondo reads (by extension, TableSources). */
    static bool isSurveyFile(const QString& path);
    /** Extensions understood, for file dialogs: "csv", "tsv", "txt", "xlsx", "sav", … */
    static QStringList supportedExtensions();
};

} // namespace sondo
