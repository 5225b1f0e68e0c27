#include "export/ResponseExporter.h"

#include "base/CoreText.h"
#include "export/CsvResponseWriter.h"
#include "export/ExportFile.h"
#include "export/ExportRows.h"
#include "export/SavResponseWriter.h"

#include <QFileInfo>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

#include <cerrno>

namespace sondo {

std::optional<ResponseExporter::Format> ResponseExporter::formatFor(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv")
        return Format::Csv;
    if (suffix == u"sav")
        return Format::Sav;
    return std::nullopt;
}

Result<qint64> ResponseExporter::write(const QString& path, const Survey& survey,
                                       const ResponseMatrix& responses, const RespondentMask& mask,
                                       const Options& options, const ProgressCallback& progress) {
    const auto format = formatFor(path);
    if (!format)
        return Result<qint64>::failure(ExportFile::failure(
            path, CoreText::tr("unknown output type “.%1”: expected .csv or .sav")
                      .arg(QFileInfo(path).suffix())));
    if (responses.columns.size() != size_t(survey.questions.size()))
        return Result<qint64>::failure(ExportFile::failure(
            path, CoreText::tr("the answers do not match the questions of the survey")));

    // Written beside the target and renamed over it only when complete. Unbuffered: the writers
    // hand over blocks of 1 MB, and a write that fails must fail where its reason is known, not
    // in commit()'s flush.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return Result<qint64>::failure(ExportFile::writeFailure(path, file.errorString()));
    const std::vector<int> rows = ExportRows::selected(responses, mask);
    Result<qint64> written =
        *format == Format::Csv
            ? CsvResponseWriter::write(file, survey, responses, rows, options, progress)
            : SavResponseWriter::write(file, survey, responses, rows, progress);
    if (!written.ok()) {
        file.cancelWriting();
        return written;
    }
    if (progress && !progress(written.value(), written.value())) {
        file.cancelWriting();
        return Result<qint64>::failure(ExportFile::failure(path, CoreText::tr("cancelled")));
    }
#ifdef Q_OS_UNIX
    // commit() syncs the file but ignores a failed sync, the last place a full disk or a lost
    // network share shows: synced here first, so its reason is told.
    if (::fdatasync(file.handle()) != 0) {
        const QString reason = qt_error_string(errno);
        file.cancelWriting();
        return Result<qint64>::failure(ExportFile::writeFailure(path, reason));
    }
#endif
    if (!file.commit())
        return Result<qint64>::failure(ExportFile::writeFailure(path, file.errorString()));
    return written;
}

} // namespace sondo
