#include "export/ResponseExporter.h"

#include "base/NumberText.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

#include <readstat.h>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

#include <cerrno>
#include <charconv>
#include <cmath>
#include <memory>
#include <vector>

namespace sondo {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("sondo", text);
}

constexpr qint64 kMsPerDay = 86400000;

/** Milliseconds since the epoch (UTC) as ISO 8601; the time only when it is not midnight. */
QByteArray dateText(double ms) {
    const qint64 whole = qint64(std::llround(ms));
    qint64 days = whole / kMsPerDay;
    qint64 rest = whole % kMsPerDay;
    if (rest < 0) {
        rest += kMsPerDay;
        --days;
    }
    const QDate date = QDate(1970, 1, 1).addDays(days);
    char buffer[64];
    const qint64 seconds = rest / 1000;
    const int n = seconds == 0
                      ? std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year(),
                                      date.month(), date.day())
                      : std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d %02d:%02d:%02d",
                                      date.year(), date.month(), date.day(), int(seconds / 3600),
                                      int(seconds / 60 % 60), int(seconds % 60));
    return QByteArray(buffer, n);
}

/** The rows to write: those of the mask, or all. */
std::vector<int> selectedRows(const ResponseMatrix& responses, const RespondentMask& mask) {
    std::vector<int> rows;
    const int n = responses.respondentCount;
    rows.reserve(size_t(n));
    for (int r = 0; r < n; ++r)
        if (mask.empty() || (size_t(r) < mask.size() && mask[size_t(r)]))
            rows.push_back(r);
    return rows;
}

QString respondentId(const ResponseMatrix& responses, int row) {
    return row < responses.respondentIds.size() ? responses.respondentIds[row]
                                                : QString::number(row + 1);
}

Diagnostic failure(const QString& path, const QString& message) {
    Diagnostic d;
    d.file = path;
    d.message = message;
    return d;
}

// ---------------------------------------------------------------------------------------- CSV

/**
 * A number as spreadsheets read one, in either decimal convention: a sign, digits with "." or ","
 * among them, an exponent, a percent sign. Whatever its sign, it calls no function.
 */
bool isNumber(QByteArrayView utf8) {
    qsizetype i = 0;
    const qsizetype n = utf8.size();
    auto digits = [&] {
        const qsizetype from = i;
        while (i < n && utf8[i] >= '0' && utf8[i] <= '9')
            ++i;
        return i > from;
    };
    if (i < n && (utf8[i] == '+' || utf8[i] == '-'))
        ++i;
    bool any = false;
    while (i < n) {
        if (digits())
            any = true;
        else if (utf8[i] == '.' || utf8[i] == ',')
            ++i;
        else
            break;
    }
    if (!any)
        return false;
    if (i < n && (utf8[i] == 'e' || utf8[i] == 'E')) {
        ++i;
        if (i < n && (utf8[i] == '+' || utf8[i] == '-'))
            ++i;
        if (!digits())
            return false;
    }
    if (i < n && utf8[i] == '%')
        ++i;
    return i == n;
}

/**
 * A cell Excel, LibreOffice or Google Sheets would run as a formula when the file is opened
 * ("=HYPERLINK(…)", "@SUM(1)", "+SUM(1,2)", "=cmd|' /C calc'!A0"): it starts with "=", "+", "-",
 * "@", a tab or a carriage return and is not a number ("-3", "-2,5" stay numbers). A lone "-" or
 * "+" (a dash for "nothing to say") has nothing to compute and stays as it is.
 */
bool startsFormula(QByteArrayView utf8) {
    if (utf8.isEmpty())
        return false;
    switch (utf8.front()) {
    case '+':
    case '-':
        return utf8.size() > 1 && !isNumber(utf8);
    case '=':
    case '@':
    case '\t':
    case '\r':
        return !isNumber(utf8);
    default:
        return false;
    }
}

/**
 * RFC 4180: quoted when the cell holds the delimiter, a quote or a line break. A cell that would
 * start a formula gets a leading "'" inside its quotes, as OWASP advises against CSV injection:
 * spreadsheets then show it as the text it is.
 */
void appendCell(QByteArray& line, const QByteArray& utf8) {
    const bool formula = startsFormula(utf8);
    bool quote = false;
    for (char c : utf8)
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    if (!quote) {
        if (formula)
            line += '\'';
        line += utf8;
        return;
    }
    line += '"';
    if (formula)
        line += '\'';
    for (char c : utf8) {
        if (c == '"')
            line += '"';
        line += c;
    }
    line += '"';
}

/**
 * The reason a write to `file` failed. A write() that stopped part-way (the disk filled up while
 * it wrote) sets no error on the QFileDevice, whose errorString() then says "Unknown error":
 * errno says what happened.
 */
QString writeError(const QFileDevice& file, int error) {
    if (file.error() != QFileDevice::NoError)
        return file.errorString();
    return error != 0 ? qt_error_string(error) : file.errorString();
}

/**
 * Writes all of `bytes` to `file`. A short write is followed by another one for the rest, which
 * either goes on or fails with the system's reason ("No space left on device"). Returns the
 * reason on failure, nothing on success.
 */
std::optional<QString> writeAll(QSaveFile& file, const char* data, qint64 size) {
    while (size > 0) {
        errno = 0;
        const qint64 written = file.write(data, size);
        if (written <= 0)
            return writeError(file, errno);
        data += written;
        size -= written;
    }
    return std::nullopt;
}

Result<qint64> writeCsv(QSaveFile& file, const Survey& survey, const ResponseMatrix& responses,
                        const std::vector<int>& rows, const ResponseExporter::Options& options,
                        const ProgressCallback& progress) {
    const QString path = file.fileName();
    // Option labels are encoded once; rows only copy bytes.
    std::vector<std::vector<QByteArray>> labels(size_t(survey.questions.size()));
    for (int q = 0; q < survey.questions.size(); ++q)
        for (const QString& option : survey.questions[q].options)
            labels[size_t(q)].push_back(option.toUtf8());

    QByteArray buffer("\xEF\xBB\xBF");
    appendCell(buffer, QByteArrayLiteral("respondent_id"));
    for (int q = 0; q < survey.questions.size(); ++q) {
        const Question& question = survey.questions[q];
        buffer += ',';
        appendCell(buffer, question.text.toUtf8());
        if (options.optionColumns && question.type == QuestionType::Multiple)
            for (const QString& option : question.options) {
                buffer += ',';
                appendCell(buffer, (question.text + QStringLiteral(" - ") + option).toUtf8());
            }
    }
    buffer += "\r\n";

    const qint64 total = qint64(rows.size());
    QByteArray joined;
    for (qint64 i = 0; i < total; ++i) {
        const int r = rows[size_t(i)];
        appendCell(buffer, respondentId(responses, r).toUtf8());
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
                    appendCell(buffer, optionLabels[size_t(code - 1)]);
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
                appendCell(buffer, joined);
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
                    buffer += dateText(a.values[size_t(r)]);
                break;
            case QuestionType::Text:
            case QuestionType::Identifier:
                if (!a.texts[r].isEmpty())
                    appendCell(buffer, a.texts[r].toUtf8());
                break;
            }
        }
        buffer += "\r\n";
        if (buffer.size() >= (1 << 20) || i + 1 == total) {
            if (const auto error = writeAll(file, buffer.constData(), buffer.size()))
                return Result<qint64>::failure(
                    failure(path, tr("cannot write the file: %1").arg(*error)));
            buffer.clear();
        }
        if (progress && (i & 0xFFF) == 0 && !progress(i, total))
            return Result<qint64>::failure(failure(path, tr("cancelled")));
    }
    if (!buffer.isEmpty())
        if (const auto error = writeAll(file, buffer.constData(), buffer.size()))
            return Result<qint64>::failure(
                failure(path, tr("cannot write the file: %1").arg(*error)));
    return total;
}

// ---------------------------------------------------------------------------------------- SAV

/** SPSS's own limits, in bytes. */
constexpr int kMaxNameBytes = 64;
constexpr int kMaxVariableLabelBytes = 255;
constexpr int kMaxValueLabelBytes = 120;
constexpr int kMaxStringBytes = 32767;

/** `text` in UTF-8, cut to at most `bytes` bytes without splitting a character. */
QByteArray utf8Prefix(const QString& text, int bytes) {
    QByteArray utf8 = text.toUtf8();
    if (utf8.size() <= bytes)
        return utf8;
    int end = bytes;
    while (end > 0 && (uchar(utf8[end]) & 0xC0) == 0x80)
        --end;
    utf8.truncate(end);
    return utf8;
}

bool isReservedName(const QString& name) {
    static const QStringList reserved = {"ALL", "AND", "BY",  "EQ", "GE", "GT",  "LE",
                                         "LT",  "NE",  "NOT", "OR", "TO", "WITH"};
    return reserved.contains(name.toUpper());
}

/** A valid SPSS variable name as ReadStat checks it: ASCII letter first, then letters, digits,
 *  "_" or "."; not ending in "." or "_"; not a reserved word. */
bool isValidName(const QString& name) {
    if (name.isEmpty() || name.size() > kMaxNameBytes || isReservedName(name))
        return false;
    for (int i = 0; i < name.size(); ++i) {
        const char16_t c = name[i].unicode();
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        const bool other = (c >= '0' && c <= '9') || c == '_' || c == '.';
        if (!(letter || (i > 0 && other)))
            return false;
    }
    return !name.endsWith(u'.') && !name.endsWith(u'_');
}

/** Unique names, case-insensitively, as SPSS compares them. */
class NameSet {
public:
    QString claim(const QString& wanted) {
        QString name = wanted.left(kMaxNameBytes);
        for (int n = 2; m_used.contains(name.toUpper()); ++n) {
            const QString suffix = QStringLiteral("_%1").arg(n);
            name = wanted.left(kMaxNameBytes - int(suffix.size())) + suffix;
        }
        m_used.insert(name.toUpper());
        return name;
    }

private:
    QSet<QString> m_used;
};

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
        if (const auto failed = writeAll(*file, buffer.constData(), buffer.size())) {
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

Result<qint64> writeSav(QSaveFile& file, const Survey& survey, const ResponseMatrix& responses,
                        const std::vector<int>& rows, const ProgressCallback& progress) {
    const QString path = file.fileName();
    std::unique_ptr<readstat_writer_t, void (*)(readstat_writer_t*)> writer(readstat_writer_init(),
                                                                            readstat_writer_free);
    readstat_set_data_writer(writer.get(), writeBytes);
    const QByteArray title = utf8Prefix(survey.title, 64);
    readstat_writer_set_file_label(writer.get(), title.constData());

    // Value labels and variable names first: ReadStat wants the dictionary before the data.
    NameSet names;
    std::vector<SavColumn> columns;
    auto fail = [&](readstat_error_t error) {
        return Result<qint64>::failure(
            failure(path, tr("cannot write the SPSS file: %1")
                              .arg(QString::fromUtf8(readstat_error_message(error)))));
    };

    const qint64 total = qint64(rows.size());
    std::size_t idWidth = 1;
    for (int r : rows)
        idWidth = std::max(idWidth, size_t(respondentId(responses, r).toUtf8().size()));
    {
        SavColumn id;
        id.kind = SavColumn::Kind::RespondentId;
        id.variable = readstat_add_variable(writer.get(), "respondent_id", READSTAT_TYPE_STRING,
                                            std::min<size_t>(idWidth, kMaxStringBytes));
        const QByteArray label = tr("Respondent ID").toUtf8();
        readstat_variable_set_label(id.variable, label.constData());
        readstat_variable_set_measure(id.variable, READSTAT_MEASURE_NOMINAL);
        columns.push_back(id);
        names.claim(QStringLiteral("respondent_id"));
    }

    const QByteArray selectedLabel = utf8Prefix(tr("Selected"), kMaxValueLabelBytes);
    const QByteArray notSelectedLabel = utf8Prefix(tr("Not selected"), kMaxValueLabelBytes);
    int labelSets = 0;
    for (int q = 0; q < survey.questions.size(); ++q) {
        const Question& question = survey.questions[q];
        const AnswerColumn& a = responses.columns[size_t(q)];
        const QString base = isValidName(question.code) ? question.code
                             : isValidName(question.id) ? question.id
                                                        : QStringLiteral("V%1").arg(q + 1);
        const QByteArray label = utf8Prefix(question.text, kMaxVariableLabelBytes);
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
                    set, o + 1, utf8Prefix(question.options[o], kMaxValueLabelBytes).constData());
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
                const QByteArray name =
                    names.claim(base.left(kMaxNameBytes - 4) + QStringLiteral("_%1").arg(o + 1))
                        .toUtf8();
                column.variable =
                    readstat_add_variable(writer.get(), name.constData(), READSTAT_TYPE_DOUBLE, 0);
                // "Question - Option": how SPSS users and Sondo's SPSS profile read a set of
                // dichotomies as one question.
                const QByteArray optionLabel =
                    utf8Prefix(question.text + QStringLiteral(" - ") + question.options[o],
                               kMaxVariableLabelBytes);
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
                    withTime = withTime || qint64(std::llround(v)) % kMsPerDay != 0;
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
                                      std::min<size_t>(width, kMaxStringBytes));
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
                   ? Result<qint64>::failure(
                         failure(path, tr("cannot write the file: %1").arg(output.error)))
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
                const QByteArray id = utf8Prefix(respondentId(responses, r), kMaxStringBytes);
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
                const QByteArray text = utf8Prefix(a->texts[r], kMaxStringBytes);
                error =
                    readstat_insert_string_value(writer.get(), column.variable, text.constData());
                break;
            }
            }
        }
        if (error == READSTAT_OK)
            error = readstat_end_row(writer.get());
        if (progress && (i & 0xFFF) == 0 && !progress(i, total))
            return Result<qint64>::failure(failure(path, tr("cancelled")));
    }
    if (error == READSTAT_OK)
        error = readstat_end_writing(writer.get());
    if (error == READSTAT_OK)
        output.flush();
    if (!output.error.isEmpty())
        return Result<qint64>::failure(
            failure(path, tr("cannot write the file: %1").arg(output.error)));
    if (error != READSTAT_OK)
        return fail(error);
    return total;
}

} // namespace

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
        return Result<qint64>::failure(failure(
            path,
            tr("unknown output type “.%1”: expected .csv or .sav").arg(QFileInfo(path).suffix())));
    if (responses.columns.size() != size_t(survey.questions.size()))
        return Result<qint64>::failure(
            failure(path, tr("the answers do not match the questions of the survey")));

    // Written beside the target and renamed over it only when complete. Unbuffered: the writers
    // hand over blocks of 1 MB, and a write that fails must fail where its reason is known, not
    // in commit()'s flush.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return Result<qint64>::failure(
            failure(path, tr("cannot write the file: %1").arg(file.errorString())));
    const std::vector<int> rows = selectedRows(responses, mask);
    Result<qint64> written = *format == Format::Csv
                                 ? writeCsv(file, survey, responses, rows, options, progress)
                                 : writeSav(file, survey, responses, rows, progress);
    if (!written.ok()) {
        file.cancelWriting();
        return written;
    }
    if (progress && !progress(written.value(), written.value())) {
        file.cancelWriting();
        return Result<qint64>::failure(failure(path, tr("cancelled")));
    }
#ifdef Q_OS_UNIX
    // commit() syncs the file but ignores a failed sync, the last place a full disk or a lost
    // network share shows: synced here first, so its reason is told.
    if (::fdatasync(file.handle()) != 0) {
        const QString reason = qt_error_string(errno);
        file.cancelWriting();
        return Result<qint64>::failure(failure(path, tr("cannot write the file: %1").arg(reason)));
    }
#endif
    if (!file.commit())
        return Result<qint64>::failure(
            failure(path, tr("cannot write the file: %1").arg(file.errorString())));
    return written;
}

} // namespace sondo
