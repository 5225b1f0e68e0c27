#include "export/SavResponseWriter.h"

#include "base/CoreText.h"
#include "export/ExportFile.h"
#include "export/ExportRows.h"
#include "export/SavNames.h"

#include <QDate>

#include <readstat.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace sondo {

namespace {

/** One SAV variable and where its values come from. */
struct SavColumn {
    enum class Kind { RespondentId, Code, Flag, Number, Date, String } kind = Kind::Code;
    int question = -1;
    int option = -1; // Flag: the option
    readstat_variable_t* variable = nullptr;
};

/**
 * Where ReadStat's bytes go: gathered into blocks of 1 MB (ReadStat hands over a few bytes at a
 * time, and the file is unbuffered so that every failed write is seen with its reason).
 */
struct SavOutput {
    QSaveFile* file = nullptr;
    QByteArray buffer;
    /** Why a write failed; empty while all went well. */
    QString error;

    bool flush() {
        if (const auto failed = ExportFile::writeAll(*file, buffer.constData(), buffer.size())) {
            error = *failed;
            return false;
        }
        buffer.clear();
        return true;
    }
};

ssize_t writeBytes(const void* data, size_t length, void* context) {
    auto* out = static_cast<SavOutput*>(context);
    out->buffer.append(static_cast<const char*>(data), qsizetype(length));
    if (out->buffer.size() >= (1 << 20) && !out->flush())
        return -1;
    return ssize_t(length);
}

} // namespace

Result<qint64> SavResponseWriter::write(QSaveFile& file, const Survey& survey,
                                        const ResponseMatrix& responses,
                                        const std::vector<int>& rows,
                                        const ProgressCallback& progress) {
    const QString path = file.fileName();
    std::unique_ptr<readstat_writer_t, void (*)(readstat_writer_t*)> writer(readstat_writer_init(),
                                                                            readstat_writer_free);
    readstat_set_data_writer(writer.get(), writeBytes);
    const QByteArray title = SavNames::utf8Prefix(survey.title, 64);
    readstat_writer_set_file_label(writer.get(), title.constData());

    // Value labels and variable names first: ReadStat wants the dictionary before the data.
    SavNames names;
    std::vector<SavColumn> columns;
    auto fail = [&](readstat_error_t error) {
        return Result<qint64>::failure(
            ExportFile::failure(path, CoreText::tr("cannot write the SPSS file: %1")
                                          .arg(QString::fromUtf8(readstat_error_message(error)))));
    };

    const qint64 total = qint64(rows.size());
    std::size_t idWidth = 1;
    for (int r : rows)
        idWidth = std::max(idWidth, size_t(ExportRows::respondentId(responses, r).toUtf8().size()));
    {
        SavColumn id;
        id.kind = SavColumn::Kind::RespondentId;
        id.variable = readstat_add_variable(writer.get(), "respondent_id", READSTAT_TYPE_STRING,
                                            std::min<size_t>(idWidth, SavNames::kMaxStringBytes));
        const QByteArray label = CoreText::tr("Respondent ID").toUtf8();
        readstat_variable_set_label(id.variable, label.constData());
        readstat_variable_set_measure(id.variable, READSTAT_MEASURE_NOMINAL);
        columns.push_back(id);
        names.claim(QStringLiteral("respondent_id"));
    }

    const QByteArray selectedLabel =
        SavNames::utf8Prefix(CoreText::tr("Selected"), SavNames::kMaxValueLabelBytes);
    const QByteArray notSelectedLabel =
        SavNames::utf8Prefix(CoreText::tr("Not selected"), SavNames::kMaxValueLabelBytes);
    int labelSets = 0;
    for (int q = 0; q < survey.questions.size(); ++q) {
        const Question& question = survey.questions[q];
        const AnswerColumn& a = responses.columns[size_t(q)];
        const QString base = SavNames::isValidName(question.code) ? question.code
                             : SavNames::isValidName(question.id)
                                 ? question.id
                                 : QStringLiteral("V%1").arg(q + 1);
        const QByteArray label =
            SavNames::utf8Prefix(question.text, SavNames::kMaxVariableLabelBytes);
        switch (question.type) {
        case QuestionType::Single:
        case QuestionType::Likert: {
            SavColumn column;
            column.kind = SavColumn::Kind::Code;
            column.question = q;
            const QByteArray name = names.claim(base).toUtf8();
            column.variable =
                readstat_add_variable(writer.get(), name.constData(), READSTAT_TYPE_DOUBLE, 0);
            readstat_variable_set_label(column.variable, label.constData());
            readstat_variable_set_format(column.variable, "F8.0");
            readstat_variable_set_measure(column.variable, question.type == QuestionType::Likert
                                                               ? READSTAT_MEASURE_ORDINAL
                                                               : READSTAT_MEASURE_NOMINAL);
            const QByteArray setName = QStringLiteral("labels%1").arg(++labelSets).toUtf8();
            readstat_label_set_t* set =
                readstat_add_label_set(writer.get(), READSTAT_TYPE_DOUBLE, setName.constData());
            for (int o = 0; o < question.options.size(); ++o)
                readstat_label_double_value(
                    set, o + 1,
                    SavNames::utf8Prefix(question.options[o], SavNames::kMaxValueLabelBytes)
                        .constData());
            readstat_variable_set_label_set(column.variable, set);
            columns.push_back(column);
            break;
        }
        case QuestionType::Multiple: {
            const QByteArray setName = QStringLiteral("labels%1").arg(++labelSets).toUtf8();
            readstat_label_set_t* set =
                readstat_add_label_set(writer.get(), READSTAT_TYPE_DOUBLE, setName.constData());
            readstat_label_double_value(set, 0, notSelectedLabel.constData());
            readstat_label_double_value(set, 1, selectedLabel.constData());
            for (int o = 0; o < question.options.size(); ++o) {
                SavColumn column;
                column.kind = SavColumn::Kind::Flag;
                column.question = q;
                column.option = o;
                const QByteArray name = names
                                            .claim(base.left(SavNames::kMaxNameBytes - 4) +
                                                   QStringLiteral("_%1").arg(o + 1))
                                            .toUtf8();
                column.variable =
                    readstat_add_variable(writer.get(), name.constData(), READSTAT_TYPE_DOUBLE, 0);
                // "Question - Option": how SPSS users and Sondo's SPSS profile read a set of
                // dichotomies as one question.
                const QByteArray optionLabel = SavNames::utf8Prefix(
                    question.text + QStringLiteral(" - ") + question.options[o],
                    SavNames::kMaxVariableLabelBytes);
                readstat_variable_set_label(column.variable, optionLabel.constData());
                readstat_variable_set_format(column.variable, "F1.0");
                readstat_variable_set_measure(column.variable, READSTAT_MEASURE_NOMINAL);
                readstat_variable_set_label_set(column.variable, set);
                columns.push_back(column);
            }
            break;
        }
        case QuestionType::Numeric:
        case QuestionType::Date: {
            SavColumn column;
            column.kind = question.type == QuestionType::Date ? SavColumn::Kind::Date
                                                              : SavColumn::Kind::Number;
            column.question = q;
            const QByteArray name = names.claim(base).toUtf8();
            column.variable =
                readstat_add_variable(writer.get(), name.constData(), READSTAT_TYPE_DOUBLE, 0);
            readstat_variable_set_label(column.variable, label.constData());
            readstat_variable_set_measure(column.variable, READSTAT_MEASURE_SCALE);
            // Display formats only; the values keep full precision.
            int decimals = 0;
            bool withTime = false;
            for (int r : rows) {
                const double v = a.values[size_t(r)];
                if (std::isnan(v))
                    continue;
                if (column.kind == SavColumn::Kind::Date) {
                    withTime = withTime || qint64(std::llround(v)) % ExportRows::kMsPerDay != 0;
                } else {
                    while (decimals < 6 &&
                           std::fabs(v * std::pow(10.0, decimals) -
                                     std::round(v * std::pow(10.0, decimals))) > 1e-9)
                        ++decimals;
                }
            }
            const QByteArray format =
                column.kind == SavColumn::Kind::Date
                    ? QByteArray(withTime ? "DATETIME20" : "DATE11")
                    : QStringLiteral("F%1.%2").arg(12 + decimals).arg(decimals).toLatin1();
            readstat_variable_set_format(column.variable, format.constData());
            columns.push_back(column);
            break;
        }
        case QuestionType::Text:
        case QuestionType::Identifier: {
            SavColumn column;
            column.kind = SavColumn::Kind::String;
            column.question = q;
            size_t width = 1;
            for (int r : rows)
                width = std::max(width, size_t(a.texts[r].toUtf8().size()));
            const QByteArray name = names.claim(base).toUtf8();
            column.variable =
                readstat_add_variable(writer.get(), name.constData(), READSTAT_TYPE_STRING,
                                      std::min<size_t>(width, SavNames::kMaxStringBytes));
            readstat_variable_set_label(column.variable, label.constData());
            readstat_variable_set_measure(column.variable, READSTAT_MEASURE_NOMINAL);
            columns.push_back(column);
            break;
        }
        }
    }

    SavOutput output;
    output.file = &file;
    readstat_error_t error = readstat_begin_writing_sav(writer.get(), &output, long(total));
    if (error != READSTAT_OK)
        return !output.error.isEmpty()
                   ? Result<qint64>::failure(ExportFile::writeFailure(path, output.error))
                   : fail(error);

    // SPSS counts dates in seconds from the start of the Gregorian calendar (1582-10-14).
    const double spssEpochShift = double(QDate(1582, 10, 14).daysTo(QDate(1970, 1, 1))) * 86400.0;
    for (qint64 i = 0; i < total && error == READSTAT_OK; ++i) {
        const int r = rows[size_t(i)];
        error = readstat_begin_row(writer.get());
        for (const SavColumn& column : columns) {
            if (error != READSTAT_OK)
                break;
            const AnswerColumn* a =
                column.question >= 0 ? &responses.columns[size_t(column.question)] : nullptr;
            switch (column.kind) {
            case SavColumn::Kind::RespondentId: {
                const QByteArray id = SavNames::utf8Prefix(ExportRows::respondentId(responses, r),
                                                           SavNames::kMaxStringBytes);
                error = readstat_insert_string_value(writer.get(), column.variable, id.constData());
                break;
            }
            case SavColumn::Kind::Code: {
                const int code = a->codes[size_t(r)];
                error = code > 0 ? readstat_insert_double_value(writer.get(), column.variable, code)
                                 : readstat_insert_missing_value(writer.get(), column.variable);
                break;
            }
            case SavColumn::Kind::Flag:
                error = a->answered[size_t(r)]
                            ? readstat_insert_double_value(
                                  writer.get(), column.variable,
                                  a->selected[size_t(column.option)][size_t(r)] ? 1.0 : 0.0)
                            : readstat_insert_missing_value(writer.get(), column.variable);
                break;
            case SavColumn::Kind::Number:
            case SavColumn::Kind::Date: {
                double v = a->values[size_t(r)];
                if (std::isnan(v)) {
                    error = readstat_insert_missing_value(writer.get(), column.variable);
                    break;
                }
                if (column.kind == SavColumn::Kind::Date)
                    v = std::round(v / 1000.0) + spssEpochShift;
                error = readstat_insert_double_value(writer.get(), column.variable, v);
                break;
            }
            case SavColumn::Kind::String: {
                const QByteArray text =
                    SavNames::utf8Prefix(a->texts[r], SavNames::kMaxStringBytes);
                error =
                    readstat_insert_string_value(writer.get(), column.variable, text.constData());
                break;
            }
            }
        }
        if (error == READSTAT_OK)
            error = readstat_end_row(writer.get());
        if (progress && (i & 0xFFF) == 0 && !progress(i, total))
            return Result<qint64>::failure(ExportFile::failure(path, CoreText::tr("cancelled")));
    }
    if (error == READSTAT_OK)
        error = readstat_end_writing(writer.get());
    if (error == READSTAT_OK)
        output.flush();
    if (!output.error.isEmpty())
        return Result<qint64>::failure(ExportFile::writeFailure(path, output.error));
    if (error != READSTAT_OK)
        return fail(error);
    return total;
}

} // namespace sondo
