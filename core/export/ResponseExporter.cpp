#include "export/ResponseExporter.h"

#include "model/PersonalData.h"

#include "base/CoreText.h"
#include "export/CsvResponseWriter.h"
#include "export/ExportFile.h"
#include "export/ExportRows.h"
#include "export/SavResponseWriter.h"

#include <QFileInfo>
#include <QSaveFile>
#include <optional>
#include <utility>

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
    // Without the personal columns: a copy of the rest, only when there is something to leave
    // out (the copy of a million answers of a question takes a few milliseconds).
    std::optional<std::pair<Survey, ResponseMatrix>> trimmed;
    if (!options.includePersonal && !personalQuestions(survey).empty())
        trimmed = withoutPersonal(survey, responses);
    const Survey& s = trimmed ? trimmed->first : survey;
    const ResponseMatrix& r = trimmed ? trimmed->second : responses;
    Result<qint64> written = *format == Format::Csv
                                 ? CsvResponseWriter::write(file, s, r, rows, options, progress)
                                 : SavResponseWriter::write(file, s, r, rows, progress);
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

std::vector<int> ResponseExporter::personalQuestions(const Survey& survey) {
    std::vector<int> out;
    for (int q = 0; q < survey.questions.size(); ++q)
        if (PersonalData::isPersonal(survey.questions[q]))
            out.push_back(q);
    return out;
}

std::pair<Survey, ResponseMatrix>
ResponseExporter::withoutPersonal(const Survey& survey, const ResponseMatrix& responses) {
    std::pair<Survey, ResponseMatrix> out;
    out.first = survey;
    out.first.questions.clear();
    out.second.respondentCount = responses.respondentCount;
    out.second.respondentIds = responses.respondentIds;
    out.second.weights = responses.weights;
    for (int q = 0; q < survey.questions.size(); ++q) {
        if (PersonalData::isPersonal(survey.questions[q]))
            continue;
        out.first.questions.append(survey.questions[q]);
        out.second.columns.push_back(responses.columns[size_t(q)]);
    }
    return out;
}

} // namespace sondo
