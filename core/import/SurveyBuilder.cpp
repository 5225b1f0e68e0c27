#include "import/SurveyBuilder.h"

#include "import/ScaleLibrary.h"
#include "import/TypeInference.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <cmath>
#include <limits>

namespace sondo {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QString tr(const char* text) {
    return QCoreApplication::translate("sondo", text);
}

QString describe(const Question& q) {
    return q.code.isEmpty() || q.code == q.id ? q.id
                                              : QStringLiteral("%1 \"%2\"").arg(q.id, q.code);
}

/** Where a question's answers come from and how to code them. */
struct Work {
    const QuestionPlan* plan = nullptr;
    int column = -1; // OneColumn source column, -1 when missing
    ColumnValues values;
};

void fillOneColumn(const RawTable& table, int firstRow, int n, int column,
                   const ColumnValues& values, const ColumnCoding& coding, AnswerColumn& out) {
    auto idAt = [&](int r) -> std::uint32_t {
        return column < 0 ? 0 : table.cellId(firstRow + r, column);
    };
    switch (coding.type) {
    case QuestionType::Single:
    case QuestionType::Likert: {
        out.codes.assign(n, 0);
        const auto& code = coding.codeOfValue;
        for (int r = 0; r < n; ++r)
            if (const std::uint32_t id = idAt(r))
                out.codes[r] = code[id - 1];
        break;
    }
    case QuestionType::Multiple: {
        const int k = int(coding.options.size());
        out.selected.assign(k, std::vector<std::uint8_t>(n, 0));
        out.answered.assign(n, 0);
        for (int r = 0; r < n; ++r) {
            const std::uint32_t id = idAt(r);
            if (id == 0)
                continue;
            out.answered[r] = 1;
            for (int o : coding.optionsOfValue[id - 1])
                out.selected[o][r] = 1;
        }
        break;
    }
    case QuestionType::Numeric:
    case QuestionType::Date: {
        out.values.assign(n, kNaN);
        const auto& number = coding.numberOfValue;
        for (int r = 0; r < n; ++r)
            if (const std::uint32_t id = idAt(r))
                out.values[r] = number[id - 1];
        if (coding.type == QuestionType::Numeric)
            break;
        [[fallthrough]];
    }
    case QuestionType::Text:
    case QuestionType::Identifier: {
        out.texts.reserve(n);
        for (int r = 0; r < n; ++r) {
            const std::uint32_t id = idAt(r);
            // Copies share the distinct value's data: no allocation per cell.
            out.texts.append(id == 0 ? QString() : values.values[id - 1]);
        }
        break;
    }
    }
}

} // namespace

Result<BuiltSurvey> SurveyBuilder::build(const RawTable& table, const ImportPlan& plan,
                                         const ImportOptions& options, const QString& file,
                                         const ProgressCallback& progress) {
    const int firstRow = std::clamp(plan.headerRows, 0, table.rowCount());
    const int n = table.rowCount() - firstRow;
    QList<Diagnostic> warnings;

    BuiltSurvey built;
    Survey& survey = built.survey;
    survey.title = QFileInfo(file).completeBaseName();
    survey.sourceFormat = plan.format;

    // Ids first: overrides may name them.
    int questionNumber = 0, metadataNumber = 0;
    for (const QuestionPlan& qp : plan.questions) {
        Question q;
        q.metadata = qp.metadata;
        q.id = qp.metadata ? QStringLiteral("M%1").arg(++metadataNumber)
                           : QStringLiteral("Q%1").arg(++questionNumber);
        q.code = qp.code.isEmpty() ? qp.text : qp.code;
        q.text = qp.text.isEmpty() ? q.code : qp.text;
        survey.questions.append(q);
    }

    QHash<int, QuestionType> overrides;
    for (const auto& [key, type] : options.typeOverrides) {
        const int q = survey.findQuestion(key);
        if (q < 0)
            return Result<BuiltSurvey>::failure(
                {file, 0, 0, tr("--type %1: no question has this id, code or text").arg(key)});
        overrides.insert(q, type);
    }

    std::vector<Work> work(plan.questions.size());
    std::vector<const ColumnValues*> conventionSample;
    for (int i = 0; i < plan.questions.size(); ++i) {
        const QuestionPlan& qp = plan.questions[i];
        work[i].plan = &qp;
        if (qp.layout != ColumnLayout::OneColumn)
            continue;
        const int column = qp.columns.isEmpty() ? -1 : qp.columns.first();
        if (column < 0 || column >= table.columnCount()) {
            warnings.append({file, 0, column >= 0 ? column + 1 : 0,
                             tr("%1: its column is not in the table; read as unanswered")
                                 .arg(describe(survey.questions[i]))});
        } else {
            work[i].column = column;
            work[i].values = ColumnValues::fromTable(table, column, firstRow);
            conventionSample.push_back(&work[i].values);
        }
    }

    const ScaleLibrary scales;
    const TypeInference inference(scales, TypeInference::conventions(conventionSample));

    // Items of one grid are inferred together so that they share their options.
    std::vector<std::optional<ColumnCoding>> gridCoding(plan.questions.size());
    for (int i = 0; i < plan.questions.size();) {
        auto isItem = [&](int k) {
            const QuestionPlan& qp = plan.questions[k];
            return !qp.group.isEmpty() && qp.layout == ColumnLayout::OneColumn && !qp.metadata &&
                   !qp.typeHint && !overrides.contains(k) && work[k].column >= 0;
        };
        if (!isItem(i)) {
            ++i;
            continue;
        }
        int j = i + 1;
        while (j < plan.questions.size() && isItem(j) &&
               plan.questions[j].group == plan.questions[i].group)
            ++j;
        if (j - i >= 2) {
            std::vector<const ColumnValues*> items;
            for (int k = i; k < j; ++k)
                items.push_back(&work[k].values);
            std::vector<ColumnCoding> codings =
                inference.inferGrid(items, plan.questions[i].joinSeparator);
            for (int k = i; k < j; ++k)
                gridCoding[k] = std::move(codings[k - i]);
        }
        i = j;
    }

    ResponseMatrix& responses = built.responses;
    responses.respondentCount = n;
    responses.weights.assign(n, 1.0);
    responses.respondentIds.reserve(n);
    const int idColumn = plan.respondentIdColumn;
    for (int r = 0; r < n; ++r) {
        QString id;
        if (idColumn >= 0 && idColumn < table.columnCount())
            id = table.cell(firstRow + r, idColumn).trimmed();
        responses.respondentIds.append(id.isEmpty() ? QString::number(r + 1) : id);
    }
    responses.columns.resize(plan.questions.size());

    const qint64 total = qint64(n) * plan.questions.size();
    auto locate = [&](const Work& w, int value) {
        Diagnostic d;
        d.file = file;
        d.column = w.column >= 0 ? w.column + 1 : 0;
        if (value >= 0 && value < int(w.values.firstRow.size()) && w.values.firstRow[value] >= 0)
            d.line = table.lineOf(firstRow + w.values.firstRow[value]);
        return d;
    };

    for (int i = 0; i < plan.questions.size(); ++i) {
        if (progress && !progress(qint64(i) * n, total))
            return Result<BuiltSurvey>::failure({file, 0, 0, tr("Import cancelled")});
        Work& w = work[i];
        const QuestionPlan& qp = *w.plan;
        Question& q = survey.questions[i];
        AnswerColumn& out = responses.columns[i];
        const auto forced = overrides.constFind(i);

        if (qp.layout != ColumnLayout::OneColumn) {
            if (forced != overrides.constEnd() && *forced != QuestionType::Multiple &&
                *forced != QuestionType::Text && *forced != QuestionType::Identifier)
                return Result<BuiltSurvey>::failure(
                    {file, 0, qp.columns.isEmpty() ? 0 : qp.columns.first() + 1,
                     (qp.layout == ColumnLayout::Mentions
                          ? tr("%1 has one column per mention: it can be multiple, text or id, "
                               "not %2")
                          : tr("%1 has one column per option: it can be multiple, text or id, "
                               "not %2"))
                         .arg(describe(q), questionTypeName(*forced))});
        }
        if (qp.layout == ColumnLayout::Mentions) {
            q.options = qp.columnOptions;
            QHash<QString, int> optionOf;
            for (int o = 0; o < q.options.size(); ++o)
                optionOf.insert(q.options[o], o);
            out.answered.assign(n, 0);
            out.selected.assign(q.options.size(), std::vector<std::uint8_t>(n, 0));
            std::vector<int> optionOfValue;
            for (const int column : qp.columns) {
                if (column < 0 || column >= table.columnCount())
                    continue;
                // Each distinct cell is looked up once; a value the plan did not list becomes
                // an option of its own rather than being lost.
                const QStringList& distinct = table.distinctValues(column);
                optionOfValue.assign(size_t(distinct.size()), -1);
                for (int r = 0; r < n; ++r) {
                    const std::uint32_t id = table.cellId(firstRow + r, column);
                    if (id == 0)
                        continue;
                    int& o = optionOfValue[id - 1];
                    if (o < 0) {
                        const QString& value = distinct[int(id) - 1];
                        o = optionOf.value(value, -1);
                        if (o < 0) {
                            o = int(q.options.size());
                            q.options.append(value);
                            optionOf.insert(value, o);
                            out.selected.emplace_back(n, 0);
                        }
                    }
                    out.answered[r] = 1;
                    out.selected[o][r] = 1;
                }
            }
        }
        if (qp.layout == ColumnLayout::OptionFlags) {
            const int k = int(qp.columns.size());
            for (int j = 0; j < k; ++j)
                q.options.append(j < qp.columnOptions.size() && !qp.columnOptions[j].isEmpty()
                                     ? qp.columnOptions[j]
                                     : tr("Option %1").arg(j + 1));
            out.selected.assign(k, std::vector<std::uint8_t>(n, 0));
            out.answered.assign(n, 0);
            for (int j = 0; j < k; ++j) {
                const int column = qp.columns[j];
                if (column < 0 || column >= table.columnCount())
                    continue;
                // Read each distinct cell once; the rows then only look flags up.
                const QStringList& distinct = table.distinctValues(column);
                std::vector<qint64> counts(distinct.size(), 0);
                for (int r = 0; r < n; ++r)
                    if (const std::uint32_t id = table.cellId(firstRow + r, column))
                        ++counts[id - 1];
                std::vector<TypeInference::Flag> flag;
                if (j < qp.selectedValues.size()) {
                    // The file says which value counts as chosen (an SPSS dichotomy set): every
                    // other value is "not chosen", whatever it reads like.
                    const QString counted = qp.selectedValues[j].trimmed();
                    for (const QString& value : distinct)
                        flag.push_back(value.trimmed() == counted
                                           ? TypeInference::Flag::Selected
                                           : TypeInference::Flag::NotSelected);
                } else {
                    flag = TypeInference::readFlags(distinct, counts, q.options[j]);
                }
                qint64 unknown = 0;
                int firstUnknownRow = -1;
                std::vector<std::uint8_t>& selected = out.selected[j];
                for (int r = 0; r < n; ++r) {
                    const std::uint32_t id = table.cellId(firstRow + r, column);
                    if (id == 0)
                        continue;
                    out.answered[r] = 1;
                    const TypeInference::Flag f = flag[id - 1];
                    // Anything written in an option's column (an "Other" text) chose it.
                    if (f != TypeInference::Flag::NotSelected)
                        selected[r] = 1;
                    if (f == TypeInference::Flag::Unknown && unknown++ == 0)
                        firstUnknownRow = r;
                }
                if (unknown > 0)
                    warnings.append(
                        {file, table.lineOf(firstRow + firstUnknownRow), column + 1,
                         tr("%1, option \"%2\": %3 cells such as \"%4\" are not yes/no flags; "
                            "read as selected")
                             .arg(describe(q), q.options[j])
                             .arg(unknown)
                             .arg(table.cell(firstRow + firstUnknownRow, column))});
            }
        }
        if (qp.layout != ColumnLayout::OneColumn) {
            const int k = int(q.options.size());
            q.type = QuestionType::Multiple;
            if (forced != overrides.constEnd() && *forced != QuestionType::Multiple) {
                // Text of the chosen options, for an analyst who wants the block as one field.
                q.type = *forced;
                out.texts.reserve(n);
                for (int r = 0; r < n; ++r) {
                    QStringList chosen;
                    for (int j = 0; j < k; ++j)
                        if (out.selected[j][r])
                            chosen.append(q.options[j]);
                    out.texts.append(chosen.join(QStringLiteral("; ")));
                }
                out.selected.clear();
                out.answered.clear();
                q.options.clear();
            }
            continue;
        }

        ColumnCoding coding;
        if (forced != overrides.constEnd()) {
            TypeInference::Forced f = inference.force(w.values, *forced, qp.joinSeparator);
            if (!f.coding) {
                Diagnostic d = locate(w, f.badValue);
                const QString cell = f.badValue >= 0 ? w.values.values[f.badValue] : QString();
                d.message = *forced == QuestionType::Date
                                ? tr("%1 cannot be read as a date: \"%2\" is not a date")
                                      .arg(describe(q), cell)
                                : tr("%1 cannot be read as numeric: \"%2\" is not a number")
                                      .arg(describe(q), cell);
                return Result<BuiltSurvey>::failure(d);
            }
            coding = std::move(*f.coding);
        } else if (gridCoding[i]) {
            coding = std::move(*gridCoding[i]);
        } else if (qp.metadata) {
            if (qp.typeHint == QuestionType::Identifier)
                coding.type = QuestionType::Identifier;
            else
                coding = inference.inferMetadata(w.values);
        } else if (qp.typeHint) {
            TypeInference::Forced f = inference.force(w.values, *qp.typeHint, qp.joinSeparator);
            if (f.coding) {
                coding = std::move(*f.coding);
            } else {
                coding = inference.infer(w.values, qp.joinSeparator);
                Diagnostic d = locate(w, f.badValue);
                d.message = tr("%1: the format says %2, but \"%3\" is not; read as %4")
                                .arg(describe(q), questionTypeName(*qp.typeHint),
                                     f.badValue >= 0 ? w.values.values[f.badValue] : QString(),
                                     questionTypeName(coding.type));
                warnings.append(d);
            }
        } else {
            coding = inference.infer(w.values, qp.joinSeparator);
        }

        q.type = coding.type;
        if (isCategorical(coding.type))
            q.options = coding.options;
        if (coding.type == QuestionType::Likert)
            q.scores = coding.scores;
        for (const ColumnNote& note : coding.notes) {
            Diagnostic d = locate(w, note.value);
            d.message = tr("%1: %2").arg(describe(q), note.message);
            warnings.append(d);
        }
        fillOneColumn(table, firstRow, n, w.column, w.values, coding, out);
        // The distinct values are no longer needed; free them before the next column.
        w.values = ColumnValues();
    }
    if (progress && !progress(total, total))
        return Result<BuiltSurvey>::failure({file, 0, 0, tr("Import cancelled")});

    Result<BuiltSurvey> result(std::move(built));
    result.warnings = warnings;
    return result;
}

} // namespace sondo
