#include "import/SurveyImporter.h"

#include "import/build/ResponseCompletion.h"

#include "base/CoreText.h"

#include "import/build/SurveyBuilder.h"
#include "import/definition/DefinitionApplier.h"
#include "import/definition/DefinitionFile.h"
#include "import/profiles/FormatProfiles.h"
#include "import/sources/TableSources.h"
#include "import/text/SourceChecksum.h"

#include <QFileInfo>
#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>
#include <optional>

namespace sondo {

Result<Project> SurveyImporter::importFile(const QString& path, const ImportOptions& options,
                                           const ProgressCallback& progress) {
    auto imported = importCoded(path, options, progressPart(progress, 0, 90));
    if (!imported.ok())
        return Result<Project>::failure(imported.error());
    const CodedImport& source = imported.value();
    Project project;
    project.survey = source.coded.survey;
    SurveyBuilder::fill(*source.table, source.coded, 0, source.coded.respondentCount,
                        project.responses);
    project.imports.append(source.record);
    if (progress && !progress(100, 100))
        return Result<Project>::failure({path, 0, 0, CoreText::tr("Import cancelled")});
    Result<Project> result(std::move(project));
    result.warnings = imported.warnings;
    return result;
}

namespace {

/**
 * A column with no header and no answer (a sheet's spare column, a form's deleted question) is
 * nothing the survey asked: left out, and said so, rather than listed as an empty "Column 28".
 */
void leaveOutBlankColumns(const RawTable& table, ImportPlan& plan) {
    plan.questions.removeIf([&](const QuestionPlan& q) {
        if (q.layout != ColumnLayout::OneColumn || q.columns.size() != 1)
            return false;
        const int column = q.columns.front();
        if (column < 0 || column >= table.columnCount() || !table.distinctValues(column).isEmpty())
            return false;
        for (int row = 0; row < plan.headerRows && row < table.rowCount(); ++row)
            if (!table.cell(row, column).trimmed().isEmpty())
                return false;
        Diagnostic d;
        d.column = column + 1;
        d.message =
            CoreText::tr("Column %1 has no header and no answers: left out").arg(column + 1);
        plan.warnings.append(d);
        return true;
    });
}

} // namespace

Result<ImportPlan> SurveyImporter::plan(const RawTable& table, const ImportOptions& options,
                                        const QString& fileName) {
    std::shared_ptr<const FormatProfile> profile;
    if (options.format.isEmpty() || options.format == u"auto") {
        profile = FormatProfiles::detect(table);
    } else {
        profile = FormatProfiles::byName(options.format);
        if (!profile)
            return Result<ImportPlan>::failure(
                {fileName, 0, 0, CoreText::tr("unknown format '%1'").arg(options.format)});
    }
    ImportPlan plan = profile->plan(table);
    leaveOutBlankColumns(table, plan);
    if (options.definition)
        DefinitionApplier::applyToPlan(*options.definition, plan);
    if (!options.structure.isEmpty()) {
        auto chosen = options.structure.applyTo(std::move(plan), fileName);
        if (!chosen.ok())
            return Result<ImportPlan>::failure(chosen.error());
        const QList<Diagnostic> notes = chosen.warnings;
        plan = chosen.takeValue();
        plan.warnings += notes;
    }
    for (Diagnostic& warning : plan.warnings) {
        if (warning.file.isEmpty())
            warning.file = fileName;
    }
    Result<ImportPlan> result(plan);
    result.warnings = plan.warnings;
    return result;
}

Result<CodedImport> SurveyImporter::importCoded(const QString& path, const ImportOptions& options,
                                                const ProgressCallback& progress,
                                                const TableObserver& grown) {
    const QFileInfo info(path);
    if (!info.exists())
        return Result<CodedImport>::failure({path, 0, 0, CoreText::tr("no such file")});
    if (info.isDir())
        return Result<CodedImport>::failure(
            {path, 0, 0, CoreText::tr("is a folder, not a survey file")});

    // A definition read as answers would be a table of its own rows ("type", "name", "label").
    if (const QString kind = DefinitionFile::kindOf(path); !kind.isEmpty())
        return Result<CodedImport>::failure(
            {path, 0, 0,
             CoreText::tr("this is a survey definition (%1), not answers: import the answers "
                          "exported by the tool, with --definition %2")
                 .arg(kind, info.fileName())});

    const std::shared_ptr<const TableSource> source = TableSources::forFile(path);
    // The CSV reader takes the checksum of the bytes it reads; for the other sources it takes a
    // pass of its own over the file, beside them rather than after.
    std::optional<QFuture<QString>> checksum;
    if (!source->hashesWhileReading())
        checksum = QtConcurrent::run(
            [path = info.absoluteFilePath()] { return SourceChecksum::sha256(path); });

    auto table = std::make_shared<RawTable>();
    QList<Diagnostic> warnings;
    ImportRecord record;
    record.sourceName = info.fileName();
    record.sourcePath = info.absoluteFilePath();

    auto read = source->read(path, options, progressPart(progress, 0, 80), grown);
    if (!read.ok())
        return Result<CodedImport>::failure(read.error());
    warnings += read.warnings;
    SourceTable sourceTable = read.takeValue();
    record.encoding = sourceTable.encoding;
    record.delimiter = sourceTable.delimiter;
    record.sha256 = sourceTable.sha256;
    *table = std::move(sourceTable.table);

    auto planned = plan(*table, options, info.fileName());
    if (!planned.ok())
        return Result<CodedImport>::failure(planned.error());
    warnings += planned.warnings;
    const ImportPlan& plan = planned.value();
    // Unfinished responses and previews: counted always, left out when the analyst asks.
    const ResponseCompletion completion = ResponseCompletion::of(*table, plan);
    warnings += completion.report(info.fileName(), options.completeOnly);
    if (options.completeOnly && completion.incomplete + completion.previews > 0)
        *table = completion.keepComplete(*table, plan);

    if (progress && !progress(80, 100))
        return Result<CodedImport>::failure({path, 0, 0, CoreText::tr("Import cancelled")});
    auto coded = SurveyBuilder::code(*table, plan, options, info.fileName());
    if (!coded.ok())
        return Result<CodedImport>::failure(coded.error());
    warnings += coded.warnings;

    CodedImport imported;
    imported.coded = coded.takeValue();
    imported.coded.survey.sourceFormat = plan.format;
    if (imported.coded.survey.title.isEmpty())
        imported.coded.survey.title = info.completeBaseName();
    imported.table = std::move(table);

    record.format = plan.format;
    record.rows = imported.coded.respondentCount;
    record.importedAt = QDateTime::currentDateTimeUtc();
    if (checksum)
        record.sha256 = checksum->result();
    imported.record = record;

    Result<CodedImport> result(std::move(imported));
    result.warnings = warnings;
    return result;
}

QStringList SurveyImporter::supportedExtensions() {
    return TableSources::extensions();
}

bool SurveyImporter::isSurveyFile(const QString& path) {
    return supportedExtensions().contains(QFileInfo(path).suffix().toLower());
}

} // namespace sondo
