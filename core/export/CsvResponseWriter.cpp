#include "export/CsvResponseWriter.h"

#include "base/CoreText.h"
#include "base/NumberText.h"
#include "export/CsvCell.h"
#include "export/ExportFile.h"
#include "export/ExportRows.h"

#include <cmath>

namespace sondo {

Result<qint64> CsvResponseWriter::write(QSaveFile& file, const Survey& survey,
                                        const ResponseMatrix& responses,
                                        const std::vector<int>& rows,
                                        const ResponseExportOptions& options,
                                        const ProgressCallback& progress) {
    const QString path = file.fileName();
    // Option labels are encoded once; rows only copy bytes.
    std::vector<std::vector<QByteArray>> labels(size_t(survey.questions.size()));
    for (int q = 0; q < survey.questions.size(); ++q)
        for (const QString& option : survey.questions[q].options)
            labels[size_t(q)].push_back(option.toUtf8());

    QByteArray buffer("\xEF\xBB\xBF");
    CsvCell::append(buffer, QByteArrayLiteral("respondent_id"));
    for (int q = 0; q < survey.questions.size(); ++q) {
        const Question& question = survey.questions[q];
        buffer += ',';
        CsvCell::append(buffer, question.text.toUtf8());
        if (options.optionColumns && question.type == QuestionType::Multiple)
            for (const QString& option : question.options) {
                buffer += ',';
                CsvCell::append(buffer, (question.text + QStringLiteral(" - ") + option).toUtf8());
            }
    }
    buffer += "\r\n";

    const qint64 total = qint64(rows.size());
    QByteArray joined;
    for (qint64 i = 0; i < total; ++i) {
        const int r = rows[size_t(i)];
        CsvCell::append(buffer, ExportRows::respondentId(responses, r).toUtf8());
        for (int q = 0; q < survey.questions.size(); ++q) {
            const Question& question = survey.questions[q];
            const AnswerColumn& a = responses.columns[size_t(q)];
            const auto& optionLabels = labels[size_t(q)];
            buffer += ',';
            switch (question.type) {
            case QuestionType::Single:
            case QuestionType::Likert: {
                const int code = a.codes[size_t(r)];
                if (code > 0 && size_t(code) <= optionLabels.size())
                    CsvCell::append(buffer, optionLabels[size_t(code - 1)]);
                break;
            }
            case QuestionType::Multiple: {
                const bool answered = a.answered[size_t(r)] != 0;
                joined.clear();
                for (size_t o = 0; answered && o < optionLabels.size(); ++o)
                    if (a.selected[o][size_t(r)]) {
                        if (!joined.isEmpty())
                            joined += "; ";
                        joined += optionLabels[o];
                    }
                CsvCell::append(buffer, joined);
                if (options.optionColumns)
                    for (size_t o = 0; o < optionLabels.size(); ++o) {
                        buffer += ',';
                        if (answered)
                            buffer += a.selected[o][size_t(r)] ? '1' : '0';
                    }
                break;
            }
            case QuestionType::Numeric:
                if (!std::isnan(a.values[size_t(r)]))
                    buffer += numberText(a.values[size_t(r)]);
                break;
            case QuestionType::Date:
                if (!std::isnan(a.values[size_t(r)]))
                    buffer += ExportRows::dateText(a.values[size_t(r)]);
                break;
            case QuestionType::Text:
            case QuestionType::Identifier:
                if (!a.texts[r].isEmpty())
                    CsvCell::append(buffer, a.texts[r].toUtf8());
                break;
            }
        }
        buffer += "\r\n";
        if (buffer.size() >= (1 << 20) || i + 1 == total) {
            if (const auto error = ExportFile::writeAll(file, buffer.constData(), buffer.size()))
                return Result<qint64>::failure(ExportFile::writeFailure(path, *error));
            buffer.clear();
        }
        if (progress && (i & 0xFFF) == 0 && !progress(i, total))
            return Result<qint64>::failure(ExportFile::failure(path, CoreText::tr("cancelled")));
    }
    if (!buffer.isEmpty())
        if (const auto error = ExportFile::writeAll(file, buffer.constData(), buffer.size()))
            return Result<qint64>::failure(ExportFile::writeFailure(path, *error));
    return total;
}

} // namespace sondo
