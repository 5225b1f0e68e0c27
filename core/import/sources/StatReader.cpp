#include "import/sources/StatReader.h"

#include "base/NumberText.h"
#include "import/sources/PortableFile.h"
#include "import/sources/SavDictionaryScanner.h"
#include "import/sources/StatTemporal.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryFile>
#include <QTextCodec>

#include <readstat.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>
#include <vector>

namespace sondo {

namespace {

Diagnostic failure(const QString& path, const QString& message) {
    Diagnostic d;
    d.file = path;
    d.message = message;
    return d;
}

QByteArray trimmedRight(const char* text) {
    qsizetype length = qsizetype(std::strlen(text));
    while (length > 0 && (text[length - 1] == ' ' || text[length - 1] == '\0'))
        --length;
    return QByteArray(text, length);
}

/** Hash key of a double: its bits, with -0 folded into 0. */
quint64 keyOf(double value) {
    if (value == 0)
        value = 0;
    quint64 bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    return bits;
}

struct ValueLabel {
    bool numeric = true;
    double number = 0;
    QByteArray string;
    QByteArray label;
};

/** One variable while the file is parsed: its dictionary and its cells as ids (0 = blank). */
struct Variable {
    QString name;
    QString label;
    QByteArray format;
    QByteArray labelSet;
    bool numeric = true;
    SourceColumnInfo::Measure measure = SourceColumnInfo::Measure::Unknown;
    std::vector<std::pair<double, double>> missingRanges; // numeric user-missing lo..hi
    QList<QByteArray> missingStrings;

    QHash<quint64, std::uint32_t> numberIds;
    QHash<QByteArray, std::uint32_t> stringIds;
    std::vector<double> numbers;      // distinct numeric values, id - 1
    std::vector<QByteArray> strings;  // distinct string values, id - 1
    std::vector<std::uint32_t> cells; // one per case
};

struct Context {
    QString path;
    bool stata = false;
    // The longest a Stata value-label name can be, with its NUL, in this file's format version:
    // ReadStat hands out a pointer into its own table of fixed-width names and leaves the NUL to
    // the file, so a damaged file's last name would run past the table's end.
    size_t stataLabelNameWidth = 9;
    const ProgressCallback* progress = nullptr;
    qint64 fileSize = 0;
    bool cancelled = false;
    qint64 caseCount = 0;
    // Cases whose values were handed over: the rows there are, whatever the header claimed.
    qint64 casesRead = 0;
    QString encoding;
    std::vector<Variable> variables;
    QHash<QByteArray, QList<ValueLabel>> labelSets;
    QStringList messages;
    // The last value delivered (case and variable index, from 0), to say where a damaged data
    // section stops; -1 before the first.
    int lastCase = -1;
    int lastVariable = -1;
};

/**
 * "case 13, variable Q4": the value after the last one read, where ReadStat stopped; empty when
 * no value was read (the dictionary's trouble has no case).
 */
QString stoppedAt(const Context& context) {
    if (context.lastCase < 0 || context.variables.empty())
        return QString();
    int caseIndex = context.lastCase;
    size_t variable = size_t(context.lastVariable) + 1;
    if (variable >= context.variables.size()) {
        variable = 0;
        ++caseIndex;
    }
    return QCoreApplication::translate("sondo", "case %1, variable %2")
        .arg(caseIndex + 1)
        .arg(context.variables[variable].name);
}

SourceColumnInfo::Measure measureOf(readstat_measure_t measure) {
    switch (measure) {
    case READSTAT_MEASURE_NOMINAL:
        return SourceColumnInfo::Measure::Nominal;
    case READSTAT_MEASURE_ORDINAL:
        return SourceColumnInfo::Measure::Ordinal;
    case READSTAT_MEASURE_SCALE:
        return SourceColumnInfo::Measure::Scale;
    default:
        return SourceColumnInfo::Measure::Unknown;
    }
}

int onMetadata(readstat_metadata_t* metadata, void* data) {
    auto* context = static_cast<Context*>(data);
    const int rows = readstat_get_row_count(metadata);
    if (rows > 0)
        context->caseCount = rows;
    const int variables = readstat_get_var_count(metadata);
    if (variables > 0)
        context->variables.reserve(size_t(variables));
    if (const char* encoding = readstat_get_file_encoding(metadata))
        context->encoding = QString::fromLatin1(encoding);
    // ReadStat's widths of the value-label-name table (dta formats 104–109, 110–117, 118–119).
    const int version = readstat_get_file_format_version(metadata);
    context->stataLabelNameWidth = version < 110 ? 9 : version < 118 ? 33 : 129;
    return READSTAT_HANDLER_OK;
}

int onVariable(int index, readstat_variable_t* variable, const char* valueLabels, void* data) {
    auto* context = static_cast<Context*>(data);
    if (index >= int(context->variables.size()))
        context->variables.resize(size_t(index) + 1);
    Variable& v = context->variables[size_t(index)];
    v.name = QString::fromUtf8(readstat_variable_get_name(variable));
    if (const char* label = readstat_variable_get_label(variable))
        v.label = QString::fromUtf8(label).trimmed();
    if (const char* format = readstat_variable_get_format(variable))
        v.format = format;
    if (valueLabels)
        v.labelSet = context->stata
                         ? QByteArray(valueLabels,
                                      qsizetype(strnlen(valueLabels, context->stataLabelNameWidth)))
                         : QByteArray(valueLabels);
    v.numeric = readstat_variable_get_type_class(variable) == READSTAT_TYPE_CLASS_NUMERIC;
    v.measure = measureOf(readstat_variable_get_measure(variable));
    const int ranges = readstat_variable_get_missing_ranges_count(variable);
    for (int i = 0; i < ranges; ++i) {
        const readstat_value_t lo = readstat_variable_get_missing_range_lo(variable, i);
        const readstat_value_t hi = readstat_variable_get_missing_range_hi(variable, i);
        if (readstat_value_type_class(lo) == READSTAT_TYPE_CLASS_STRING) {
            if (const char* text = readstat_string_value(lo))
                v.missingStrings.append(trimmedRight(text));
        } else {
            v.missingRanges.emplace_back(readstat_double_value(lo), readstat_double_value(hi));
        }
    }
    // The header's case count is the file's word only: a damaged one claims two billion. A
    // case takes at least one bit of the file (SPSS compression codes 8 values a byte).
    if (context->caseCount > 0)
        v.cells.reserve(size_t(std::min(context->caseCount, context->fileSize * 8)));
    return READSTAT_HANDLER_OK;
}

int onValueLabel(const char* labelSet, readstat_value_t value, const char* label, void* data) {
    auto* context = static_cast<Context*>(data);
    // Labels of Stata's .a–.z and of system-missing name kinds of "no answer": those cells are
    // blank, so their labels are no options.
    if (readstat_value_is_system_missing(value) || readstat_value_is_tagged_missing(value))
        return READSTAT_HANDLER_OK;
    ValueLabel entry;
    entry.label = QByteArray(label).trimmed();
    if (readstat_value_type_class(value) == READSTAT_TYPE_CLASS_STRING) {
        entry.numeric = false;
        if (const char* text = readstat_string_value(value))
            entry.string = trimmedRight(text);
    } else {
        entry.number = readstat_double_value(value);
    }
    context->labelSets[QByteArray(labelSet)].append(entry);
    return READSTAT_HANDLER_OK;
}

int onValue(int caseIndex, readstat_variable_t* variable, readstat_value_t value, void* data) {
    auto* context = static_cast<Context*>(data);
    const int index = readstat_variable_get_index(variable);
    if (index < 0 || index >= int(context->variables.size()))
        return READSTAT_HANDLER_OK;
    Variable& v = context->variables[size_t(index)];
    if (v.cells.size() < size_t(caseIndex))
        v.cells.resize(size_t(caseIndex), 0);
    std::uint32_t id = 0;
    if (!readstat_value_is_missing(value, variable)) {
        if (readstat_value_type_class(value) == READSTAT_TYPE_CLASS_STRING) {
            const char* text = readstat_string_value(value);
            const QByteArray string = text ? trimmedRight(text) : QByteArray();
            if (!string.isEmpty()) {
                auto it = v.stringIds.constFind(string);
                if (it == v.stringIds.constEnd()) {
                    v.strings.push_back(string);
                    it = v.stringIds.insert(string, std::uint32_t(v.strings.size()));
                }
                id = it.value();
            }
        } else {
            const double number = readstat_double_value(value);
            const quint64 key = keyOf(number);
            auto it = v.numberIds.constFind(key);
            if (it == v.numberIds.constEnd()) {
                v.numbers.push_back(number);
                it = v.numberIds.insert(key, std::uint32_t(v.numbers.size()));
            }
            id = it.value();
        }
    }
    if (v.cells.size() == size_t(caseIndex))
        v.cells.push_back(id);
    else
        v.cells[size_t(caseIndex)] = id;
    if (caseIndex + 1 > context->caseCount)
        context->caseCount = caseIndex + 1;
    if (caseIndex + 1 > context->casesRead)
        context->casesRead = caseIndex + 1;
    context->lastCase = caseIndex;
    context->lastVariable = index;
    return READSTAT_HANDLER_OK;
}

void onError(const char* message, void* data) {
    auto* context = static_cast<Context*>(data);
    context->messages.append(QString::fromUtf8(message).trimmed());
}

int onProgress(double fraction, void* data) {
    auto* context = static_cast<Context*>(data);
    if (context->progress && *context->progress &&
        !(*context->progress)(qint64(fraction * double(context->fileSize)), context->fileSize)) {
        context->cancelled = true;
        return READSTAT_HANDLER_ABORT;
    }
    return READSTAT_HANDLER_OK;
}

bool isUserMissing(const Variable& v, const ValueLabel& label) {
    if (label.numeric) {
        for (const auto& [lo, hi] : v.missingRanges)
            if (label.number >= lo && label.number <= hi)
                return true;
        return false;
    }
    return v.missingStrings.contains(label.string);
}

} // namespace

Result<RawTable> StatReader::read(const QString& path, const ProgressCallback& progress) {
    const QFileInfo info(path);
    if (!info.exists())
        return Result<RawTable>::failure(
            failure(path, QCoreApplication::translate("sondo", "file not found")));
    const QString suffix = info.suffix().toLower();
    Format format = Format::Sav;
    if (suffix == QLatin1String("sav") || suffix == QLatin1String("zsav"))
        format = Format::Sav;
    else if (suffix == QLatin1String("por"))
        format = Format::Por;
    else if (suffix == QLatin1String("dta"))
        format = Format::Dta;
    else
        return Result<RawTable>::failure(failure(
            path, QCoreApplication::translate(
                      "sondo", "unsupported file type “.%1”: expected .sav, .zsav, .por or .dta")
                      .arg(info.suffix())));
    return read(path, format, progress);
}

std::optional<StatReader::Format> StatReader::formatOfContent(QByteArrayView head) {
    if (head.startsWith("$FL2") || head.startsWith("$FL3"))
        return Format::Sav;
    // Stata 13 on (formats 117–119) opens with a tag; older files with a binary header: the
    // format (104–116), the byte order (1 or 2), the file type (always 1) and a zero byte.
    if (head.startsWith("<stata_dta>"))
        return Format::Dta;
    if (head.size() >= 4) {
        const auto version = static_cast<unsigned char>(head[0]);
        if (version >= 104 && version <= 119 && (head[1] == 1 || head[1] == 2) && head[2] == 1 &&
            head[3] == 0)
            return Format::Dta;
    }
    // A portable file opens with a 200-byte splash ("ASCII SPSS PORT FILE" five times) and a
    // 256-byte character table, then the tag "SPSSPORT"; its lines are cut every 80 bytes.
    QByteArray flat;
    flat.reserve(head.size());
    for (char c : head)
        if (c != '\r' && c != '\n')
            flat.append(c);
    if (flat.mid(456, 8) == "SPSSPORT")
        return Format::Por;
    return std::nullopt;
}

Result<RawTable> StatReader::read(const QString& path, Format format,
                                  const ProgressCallback& progress) {
    const QFileInfo info(path);
    if (!info.exists())
        return Result<RawTable>::failure(
            failure(path, QCoreApplication::translate("sondo", "file not found")));
    using Parse = readstat_error_t (*)(readstat_parser_t*, const char*, void*);
    const Parse parse = format == Format::Sav   ? readstat_parse_sav
                        : format == Format::Por ? readstat_parse_por
                                                : readstat_parse_dta;

    {
        // ReadStat says only "Unable to read from file" for a file of another kind; a look at the
        // signature gives the user the real reason.
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Result<RawTable>::failure(
                failure(path, QCoreApplication::translate("sondo", "cannot open the file: %1")
                                  .arg(file.errorString())));
        const QByteArray head = file.read(16);
        if (head.isEmpty())
            return Result<RawTable>::failure(
                failure(path, QCoreApplication::translate("sondo", "the file is empty")));
        if (parse == readstat_parse_sav && !head.startsWith("$FL2") && !head.startsWith("$FL3"))
            return Result<RawTable>::failure(failure(
                path, QCoreApplication::translate("sondo", "not an SPSS data file (.sav)")));
        const auto first = static_cast<unsigned char>(head[0]);
        if (parse == readstat_parse_dta && !head.startsWith("<stata_dta>") &&
            !(first >= 104 && first <= 119))
            return Result<RawTable>::failure(failure(
                path, QCoreApplication::translate("sondo", "not a Stata data file (.dta)")));
    }

    Context context;
    context.path = path;
    context.stata = parse == readstat_parse_dta;
    context.progress = &progress;
    context.fileSize = info.size();

    std::unique_ptr<readstat_parser_t, void (*)(readstat_parser_t*)> parser(readstat_parser_init(),
                                                                            readstat_parser_free);
    readstat_set_metadata_handler(parser.get(), onMetadata);
    readstat_set_variable_handler(parser.get(), onVariable);
    readstat_set_value_label_handler(parser.get(), onValueLabel);
    readstat_set_value_handler(parser.get(), onValue);
    readstat_set_error_handler(parser.get(), onError);
    readstat_set_progress_handler(parser.get(), onProgress);
    // ReadStat decodes each file's declared encoding; Stata before 14 declares none and was
    // written in the Windows code page of the machine, in practice Windows-1252 for our users.
    readstat_set_handler_character_encoding(parser.get(), "UTF-8");

    QByteArray nativePath = QFile::encodeName(path);
    QTemporaryFile patchedCopy(QDir::tempPath() + QStringLiteral("/sondo-XXXXXX.por"));
    if (parse == readstat_parse_por) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Result<RawTable>::failure(
                failure(path, QCoreApplication::translate("sondo", "cannot open the file: %1")
                                  .arg(file.errorString())));
        QByteArray data = file.readAll();
        if (PortableFile::patchTranslationTable(data)) {
            if (!patchedCopy.open() || patchedCopy.write(data) != data.size() ||
                !patchedCopy.flush())
                return Result<RawTable>::failure(failure(
                    path, QCoreApplication::translate("sondo", "cannot write a temporary file: %1")
                              .arg(patchedCopy.errorString())));
            nativePath = QFile::encodeName(patchedCopy.fileName());
        }
    }
    const readstat_error_t error = parse(parser.get(), nativePath.constData(), &context);
    if (context.cancelled)
        return Result<RawTable>::failure(
            failure(path, QCoreApplication::translate("sondo", "cancelled")));
    if (error != READSTAT_OK) {
        QString reason = QString::fromUtf8(readstat_error_message(error));
        if (!context.messages.isEmpty())
            reason += QStringLiteral(" (") + context.messages.join(QStringLiteral("; ")) +
                      QLatin1Char(')');
        const QString kind = context.stata ? QStringLiteral("Stata") : QStringLiteral("SPSS");
        const bool early = error == READSTAT_ERROR_READ || error == READSTAT_ERROR_SEEK ||
                           error == READSTAT_ERROR_ROW_COUNT_MISMATCH;
        const QString message =
            early ? QCoreApplication::translate(
                        "sondo", "cannot read the %1 file: it ends early, it is truncated or "
                                 "damaged (ReadStat: %2)")
                  : QCoreApplication::translate(
                        "sondo", "cannot read the %1 file: it is damaged or uses a feature "
                                 "ReadStat does not know (ReadStat: %2)");
        Diagnostic d = failure(path, message.arg(kind, reason));
        d.place = stoppedAt(context);
        return Result<RawTable>::failure(d);
    }

    RawTable table;
    const size_t columns = context.variables.size();
    // Text of every distinct value per column, computed once: label, date or number.
    std::vector<std::vector<QByteArray>> texts(columns);
    std::vector<QHash<quint64, QByteArray>> numberLabelsOf(columns);
    std::vector<QHash<QByteArray, QByteArray>> stringLabelsOf(columns);
    QStringList header;
    for (size_t c = 0; c < columns; ++c) {
        const Variable& v = context.variables[c];
        SourceColumnInfo column;
        column.name = v.name;
        column.label = v.label;
        column.measure = v.measure;
        column.numeric = v.numeric;

        QList<ValueLabel> labels = context.labelSets.value(v.labelSet);
        std::stable_sort(labels.begin(), labels.end(),
                         [](const ValueLabel& a, const ValueLabel& b) {
                             return a.numeric ? a.number < b.number : a.string < b.string;
                         });
        QHash<quint64, QByteArray>& numberLabels = numberLabelsOf[c];
        QHash<QByteArray, QByteArray>& stringLabels = stringLabelsOf[c];
        for (const ValueLabel& label : std::as_const(labels)) {
            if (label.numeric != v.numeric)
                continue;
            // A label on a user-missing code ("Non so" = 99) names a kind of no answer; those
            // cells are blank, so it is no option of the question.
            if (isUserMissing(v, label))
                continue;
            if (label.numeric)
                numberLabels.insert(keyOf(label.number), label.label);
            else
                stringLabels.insert(label.string, label.label);
            const QString text = QString::fromUtf8(label.label);
            if (!text.isEmpty() && !column.valueLabels.contains(text))
                column.valueLabels.append(text);
        }

        std::vector<QByteArray>& columnTexts = texts[c];
        if (v.numeric) {
            const Temporal temporal = StatTemporal::of(v.format, context.stata);
            columnTexts.reserve(v.numbers.size());
            for (double number : v.numbers) {
                const auto it = numberLabels.constFind(keyOf(number));
                if (it != numberLabels.constEnd() && !it.value().isEmpty())
                    columnTexts.push_back(it.value());
                else if (temporal != Temporal::None)
                    columnTexts.push_back(StatTemporal::text(number, temporal, context.stata));
                else
                    columnTexts.push_back(numberText(number));
            }
        } else {
            columnTexts.reserve(v.strings.size());
            for (const QByteArray& string : v.strings) {
                const auto it = stringLabels.constFind(string);
                columnTexts.push_back(
                    it != stringLabels.constEnd() && !it.value().isEmpty() ? it.value() : string);
            }
        }
        header.append(v.label.isEmpty() ? v.name : v.label);
        table.columnInfo.append(column);
    }

    table.appendRow(header, 1);
    std::vector<QByteArrayView> views(columns);
    for (qint64 row = 0; row < context.casesRead; ++row) {
        for (size_t c = 0; c < columns; ++c) {
            const Variable& v = context.variables[c];
            const std::uint32_t id = size_t(row) < v.cells.size() ? v.cells[size_t(row)] : 0;
            views[c] = id == 0 ? QByteArrayView() : QByteArrayView(texts[c][id - 1]);
        }
        table.appendRow(views, row + 2);
    }
    table.finish();

    Result<RawTable> result(std::move(table));
    if (parse == readstat_parse_sav) {
        SavDictionaryScanner::Extras extras;
        SavDictionaryScanner scanner(path);
        if (!scanner.scan(extras)) {
            result.warnings.append(failure(
                path, QCoreApplication::translate(
                          "sondo", "could not look for multiple response sets in the dictionary")));
        } else if (!extras.multipleResponseSets.isEmpty()) {
            QTextCodec* codec = QTextCodec::codecForName(context.encoding.toLatin1());
            if (!codec)
                codec = QTextCodec::codecForName("Windows-1252");
            QHash<QString, int> columnByName;
            for (size_t c = 0; c < columns; ++c)
                columnByName.insert(context.variables[c].name.toLower(), int(c));
            for (const SavDictionaryScanner::ResponseSet& raw :
                 SavDictionaryScanner::parseResponseSets(extras.multipleResponseSets)) {
                MultipleResponseSet set;
                set.name = codec->toUnicode(raw.name);
                set.label = codec->toUnicode(raw.label).trimmed();
                set.kind = raw.kind == 'C' ? MultipleResponseSet::Kind::Category
                                           : MultipleResponseSet::Kind::Dichotomy;
                set.optionsFromValueLabels = raw.optionsFromValueLabels;
                bool resolved = !raw.variables.isEmpty();
                for (const QByteArray& shortName : raw.variables) {
                    const QByteArray longName =
                        extras.longNames.value(shortName.toUpper(), shortName);
                    const int c = columnByName.value(codec->toUnicode(longName).toLower(), -1);
                    if (c < 0) {
                        resolved = false;
                        break;
                    }
                    set.columns.append(c);
                    if (set.kind != MultipleResponseSet::Kind::Dichotomy)
                        continue;
                    // The counted value as the cells show it in this column: its label, if any.
                    const Variable& v = context.variables[size_t(c)];
                    QByteArray text = codec->toUnicode(raw.countedValue).toUtf8();
                    if (v.numeric) {
                        bool ok = false;
                        const double number = raw.countedValue.toDouble(&ok);
                        if (ok)
                            text =
                                numberLabelsOf[size_t(c)].value(keyOf(number), numberText(number));
                    } else {
                        text = stringLabelsOf[size_t(c)].value(text, text);
                    }
                    set.countedValues.append(QString::fromUtf8(text));
                }
                if (!resolved) {
                    result.warnings.append(
                        failure(path, QCoreApplication::translate(
                                          "sondo", "multiple response set %1 names a variable the "
                                                   "file does not have; it is left out")
                                          .arg(set.name)));
                    continue;
                }
                if (raw.labelFromFirstVariable && !set.columns.isEmpty())
                    set.label = context.variables[size_t(set.columns.first())].label;
                result.value().multipleResponseSets.append(set);
            }
        }
    }
    return result;
}

} // namespace sondo
