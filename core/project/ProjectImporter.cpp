#include "project/ProjectImporter.h"

#include "edit/EditList.h"
#include "project/CaseVariantMerges.h"
#include "project/WriteInMerges.h"

#include "import/SurveyImporter.h"
#include "import/build/StreamedCoding.h"
#include "project/CodedResponses.h"
#include "project/SavedImportOptions.h"
#include "storage/ProjectStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>

namespace sondo {

namespace {

/**
 * Respondents read before the survey is coded from them to start storing: enough rows for the
 * types and options to have shown, few enough that a large file is mostly stored while read.
 */
constexpr int StreamAfterRows = 50000;

/**
 * Coded slices waiting to be stored, at most (about a megabyte each). The reader, the table and
 * the writer share two cores: with room for a few slices none of them waits for another merely
 * because it ran first, while a slow disk still holds the reader back before memory fills up.
 */
constexpr size_t QueuedSlices = 16;

/**
 * A ProjectStore::Writer on a thread of its own (SQLite connections stay on the thread that
 * opened them): slices handed over are stored while the caller reads on, up to QueuedSlices
 * ahead.
 */
class BackgroundWriter {
public:
    BackgroundWriter(const QString& path, const Survey& survey) {
        m_thread = std::thread([this, path, survey] { run(path, survey); });
    }
    ~BackgroundWriter() {
        {
            std::lock_guard lock(m_mutex);
            m_abandoned = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
    BackgroundWriter(const BackgroundWriter&) = delete;
    BackgroundWriter& operator=(const BackgroundWriter&) = delete;

    /** Queues the next respondents; false once storing failed (the error comes at commit()). */
    bool append(ResponseMatrix&& slice) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock,
                       [&] { return m_queue.size() < QueuedSlices || m_error || m_abandoned; });
        if (m_error || m_abandoned)
            return false;
        m_queue.push_back(std::move(slice));
        lock.unlock();
        m_changed.notify_all();
        return true;
    }

    /**
     * Stores what is queued, then writes the rest of `project` (which must live until result())
     * and puts the file in place; returns at once.
     */
    void commit(const Project& project) {
        {
            std::lock_guard lock(m_mutex);
            m_commit = &project;
        }
        m_changed.notify_all();
    }
    /** Waits for the commit and says how it went. */
    Result<Done> result() {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_result.has_value(); });
        return *m_result;
    }

private:
    void run(const QString& path, const Survey& survey) {
        auto begun = ProjectStore::Writer::begin(path, survey);
        std::unique_lock lock(m_mutex);
        if (!begun.ok())
            m_error = begun.error();
        for (;;) {
            m_changed.wait(lock, [&] { return !m_queue.empty() || m_commit || m_abandoned; });
            if (m_abandoned && !m_commit)
                return; // the Writer goes, and its temporary file with it
            if (!m_queue.empty()) {
                ResponseMatrix slice = std::move(m_queue.front());
                m_queue.pop_front();
                lock.unlock();
                m_changed.notify_all();
                std::optional<Diagnostic> failed;
                if (begun.ok()) {
                    auto appended = begun.value()->append(slice, 0, slice.respondentCount);
                    if (!appended.ok())
                        failed = appended.error();
                }
                lock.lock();
                if (failed && !m_error)
                    m_error = failed;
                continue;
            }
            const Project& project = *m_commit;
            lock.unlock();
            Result<Done> result =
                m_error ? Result<Done>::failure(*m_error) : begun.value()->commit(project);
            lock.lock();
            m_result = std::move(result);
            m_changed.notify_all();
            return;
        }
    }

    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<ResponseMatrix> m_queue;
    const Project* m_commit = nullptr;
    std::optional<Diagnostic> m_error;
    std::optional<Result<Done>> m_result;
    bool m_abandoned = false;
};

/**
 * Stores respondents while the file is still being read: once enough rows are in, the survey is
 * coded from them and each new batch of rows is coded and handed to a BackgroundWriter. The
 * import keeps it only if coding the whole file gives the same survey and codes (checked by
 * StreamedCoding::sameCoding); otherwise the project is written again from the whole file.
 * Everything here runs on the thread that fills the table, until the read is over.
 */
class StreamedWrite {
public:
    StreamedWrite(const QString& projectPath, const ImportOptions& options, const QString& fileName)
        : m_projectPath(projectPath)
        , m_options(options)
        , m_fileName(fileName) {}

    void tableGrew(const RawTable& table) {
        // A second pass over the file (another encoding) starts again from an empty table, and
        // what was stored came from the first: with a survey coded already there were 50,000
        // rows or more, a new pass's first batch has fewer.
        const bool restarted = table.rowCount() < m_rowsSeen;
        m_rowsSeen = table.rowCount();
        if (restarted && m_coded)
            giveUp();
        if (m_gaveUp)
            return;
        if (!m_coded) {
            if (table.rowCount() < StreamAfterRows)
                return;
            auto plan = SurveyImporter::plan(table, m_options, m_fileName);
            auto coded = plan.ok() ? SurveyBuilder::code(table, plan.value(), m_options, m_fileName)
                                   : Result<CodedSurvey>::failure(plan.error());
            if (!coded.ok())
                return giveUp();
            m_coded = coded.takeValue();
            try {
                m_writer = std::make_unique<BackgroundWriter>(m_projectPath, m_coded->survey);
            } catch (const std::system_error&) {
                return giveUp();
            }
        }
        store(table, ProjectStore::Writer::SliceSize);
    }

    /**
     * Stores the last rows of `table`, read to its end, and says whether what was stored reads
     * `final` (the survey coded from the whole table) as it is. When not, commit() must not be
     * called: the caller writes the project itself.
     */
    bool storedAsCoded(const RawTable& table, const CodedSurvey& final) {
        if (!m_gaveUp && m_coded)
            store(table, 1);
        return !m_gaveUp && m_coded && m_stored == final.respondentCount &&
               StreamedCoding::sameCoding(*m_coded, final);
    }
    /** Puts the project in place (see BackgroundWriter::commit()); returns at once. */
    void commit(const Project& project) { m_writer->commit(project); }
    Result<Done> result() { return m_writer->result(); }

private:
    /** Codes and hands over the rows not stored yet, in slices of `atLeast` rows or more. */
    void store(const RawTable& table, int atLeast) {
        const int available = table.rowCount() - m_coded->firstRow;
        if (available < m_stored)
            return giveUp();
        if (available - m_stored < atLeast)
            return;
        if (!StreamedCoding::extend(table, *m_coded))
            return giveUp();
        while (m_stored < available) {
            const int count = std::min(ProjectStore::Writer::SliceSize, available - m_stored);
            if (count < atLeast)
                return;
            ResponseMatrix slice;
            SurveyBuilder::fill(table, *m_coded, m_stored, count, slice);
            if (!m_writer->append(std::move(slice)))
                return giveUp();
            m_stored += count;
        }
    }

    void giveUp() {
        m_gaveUp = true;
        m_writer.reset();
        m_coded.reset();
    }

    QString m_projectPath;
    ImportOptions m_options;
    QString m_fileName;
    std::optional<CodedSurvey> m_coded;
    std::unique_ptr<BackgroundWriter> m_writer;
    int m_stored = 0;
    int m_rowsSeen = 0;
    bool m_gaveUp = false;
};

} // namespace

Result<ImportSummary> ProjectImporter::importInto(const QString& sourcePath,
                                                  const QString& projectPath,
                                                  const ImportOptions& options,
                                                  const ProgressCallback& progress) {
    StreamedWrite streamed(projectPath, options, QFileInfo(sourcePath).fileName());
    // Leaving responses out changes which rows are respondents: no answers stored while reading.
    auto imported = SurveyImporter::importCoded(
        sourcePath, options, progressPart(progress, 0, 60),
        options.completeOnly ? TableObserver() : TableObserver([&streamed](const RawTable& table) {
            streamed.tableGrew(table);
        }));
    if (!imported.ok())
        return Result<ImportSummary>::failure(imported.error());
    const CodedImport& source = imported.value();

    Project project;
    project.survey = source.coded.survey;
    project.imports.append(source.record);
    project.state.insert(SavedImportOptions::key(),
                         SavedImportOptions::toJson(options, project.survey));
    // Careless spellings of one answer are one option from the start, as recodes the analyst
    // can list and take back.
    const QList<MergeOptions> merges = CaseVariantMerges::find(*source.table, source.coded);
    // Then the answers typed in a form's "Other" box, as one "Other".
    const int writeInLimit = options.writeInLimit.value_or(WriteInMerges::kDefaultLimit);
    const QList<MergeOptions> writeIns = WriteInMerges::find(
        source.coded.survey, CaseVariantMerges::counter(*source.table, source.coded), merges,
        writeInLimit);
    if (!merges.isEmpty() || !writeIns.isEmpty()) {
        EditList edits;
        for (const MergeOptions& merge : merges + writeIns)
            edits.append(merge);
        edits.storeIn(project.state);
    }
    if (!writeIns.isEmpty())
        WriteInMerges::remember(writeIns, project.state);
    std::optional<Result<Done>> written;
    if (streamed.storedAsCoded(*source.table, source.coded)) {
        streamed.commit(project);
        // Freeing a million-row table takes a while: done here while the writer commits.
        imported.value().table.reset();
        written = streamed.result();
    } else {
        CodedResponses answers(*source.table, source.coded);
        written =
            ProjectStore::write(projectPath, project, answers, progressPart(progress, 60, 100));
    }
    if (!written->ok()) {
        Result<ImportSummary> failed = Result<ImportSummary>::failure(written->error());
        failed.warnings = imported.warnings;
        return failed;
    }

    ImportSummary summary;
    summary.survey = std::move(project.survey);
    summary.respondents = source.coded.respondentCount;
    summary.record = source.record;
    Result<ImportSummary> result(std::move(summary));
    result.warnings = imported.warnings +
                      CaseVariantMerges::describe(result.value().survey, merges,
                                                  QFileInfo(sourcePath).fileName()) +
                      WriteInMerges::describe(result.value().survey, writeIns, writeInLimit,
                                              QFileInfo(sourcePath).fileName());
    return result;
}

} // namespace sondo
