#include "import/build/SurveyBuilder.h"

#include "base/CoreText.h"
#include "import/build/ChosenScales.h"
#include "import/build/QuestionGroupFinder.h"
#include "import/build/WriteInTexts.h"
#include "import/definition/DefinitionApplier.h"
#include "import/infer/FlagReader.h"
#include "import/infer/RatingScaleText.h"
#include "import/infer/ScaleLibrary.h"
#include "import/infer/TypeInference.h"
#include "stats/NpsQuestion.h"

#include <QFileInfo>
#include <QHash>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace sondo {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

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
                   const ColumnCoding& coding, AnswerColumn& out) {
    // Every cell of the rows, blank (0) where the column is missing.
    const auto forEachCell = [&](const auto& visit) {
        if (column >= 0)
            table.forEachId(column, firstRow, n, visit);
    };
    switch (coding.type) {
    case QuestionType::Single:
    case QuestionType::Likert: {
        out.codes.assign(n, 0);
        const auto& code = coding.codeOfValue;
        forEachCell([&](int r, std::uint32_t id) {
            if (id)
                out.codes[r] = code[id - 1];
        });
        break;
    }
    case QuestionType::Multiple: {
        const int k = int(coding.options.size());
        out.selected.resize(k);
        for (auto& flags : out.selected)
            flags.assign(n, 0);
        out.answered.assign(n, 0);
        forEachCell([&](int r, std::uint32_t id) {
            if (id == 0)
                return;
            out.answered[r] = 1;
            for (int o : coding.optionsOfValue[id - 1])
                out.selected[o][r] = 1;
        });
        break;
    }
    case QuestionType::Numeric:
    case QuestionType::Date: {
        out.values.assign(n, kNaN);
        const auto& number = coding.numberOfValue;
        forEachCell([&](int r, std::uint32_t id) {
            if (id)
                out.values[r] = number[id - 1];
        });
        if (coding.type == QuestionType::Date) {
            // The text as written matters only where it is not a date.
            out.texts.clear();
            const QStringList* values = column < 0 ? nullptr : &table.distinctValues(column);
            forEachCell([&](int r, std::uint32_t id) {
                if (id == 0 || !std::isnan(number[id - 1]))
                    return;
                if (out.texts.isEmpty())
                    out.texts.resize(n);
                out.texts[r] = (*values)[id - 1];
            });
        }
        break;
    }
    case QuestionType::Text:
    case QuestionType::Identifier: {
        out.texts.clear();
        out.texts.reserve(n);
        if (column < 0) {
            out.texts.resize(n);
            break;
        }
        // The words typed into a multiple choice's "Other" (WriteInTexts), else the cells.
        const QStringList& values = coding.otherTextOfValue.isEmpty() ? table.distinctValues(column)
                                                                      : coding.otherTextOfValue;
        // Copies share the distinct value's data: no allocation per cell.
        table.forEachId(column, firstRow, n, [&](int, std::uint32_t id) {
            out.texts.append(id == 0 || id > std::uint32_t(values.size()) ? QString()
                                                                          : values[id - 1]);
        });
        break;
    }
    }
}

} // namespace

Result<CodedSurvey> SurveyBuilder::code(const RawTable& table, const ImportPlan& plan,
                                        const ImportOptions& options, const QString& file) {
    const int firstRow = std::clamp(plan.headerRows, 0, table.rowCount());
    const int n = table.rowCount() - firstRow;
    QList<Diagnostic> warnings;

    CodedSurvey coded;
    coded.firstRow = firstRow;
    coded.respondentCount = n;
    coded.idColumn = plan.respondentIdColumn >= 0 && plan.respondentIdColumn < table.columnCount()
                         ? plan.respondentIdColumn
                         : -1;
    coded.answers.resize(plan.questions.size());
    Survey& survey = coded.survey;
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
    // Keys that name no column's question may name the words typed into a checkbox's "Other",
    // which exist only once the columns are coded (WriteInTexts).
    QList<std::pair<QString, QuestionType>> laterOverrides;
    for (const auto& [key, type] : options.typeOverrides) {
        const int q = survey.findQuestion(key);
        if (q < 0)
            laterOverrides.append({key, type});
        else
            overrides.insert(q, type);
    }

    std::vector<Work> work(plan.questions.size());
    for (int i = 0; i < plan.questions.size(); ++i) {
        const QuestionPlan& qp = plan.questions[i];
        work[i].plan = &qp;
        if (qp.layout != ColumnLayout::OneColumn)
            continue;
        const int column = qp.columns.isEmpty() ? -1 : qp.columns.first();
        if (column < 0 || column >= table.columnCount()) {
            warnings.append({file, 0, column >= 0 ? column + 1 : 0,
                             CoreText::tr("%1: its column is not in the table; read as unanswered")
                                 .arg(describe(survey.questions[i]))});
        } else {
            work[i].column = column;
        }
    }
    // A tool's respondent id is never inferred, and its values say nothing of how the file
    // writes numbers or dates: a million of them are not gathered.
    auto isPlainId = [&](int i) {
        const QuestionPlan& qp = plan.questions[i];
        return qp.metadata && qp.typeHint == QuestionType::Identifier && !overrides.contains(i);
    };
    std::vector<int> gathered;
    for (int i = 0; i < plan.questions.size(); ++i)
        if (work[i].column >= 0 && !isPlainId(i))
            gathered.push_back(i);
    // Each column is counted and read for the file's conventions on its own (a million cells
    // each in a large export), so on as many threads as there are; a column touches only its own
    // part of the table.
    std::vector<FileConventions::Votes> votes(plan.questions.size());
    QtConcurrent::blockingMap(gathered, [&](int i) {
        work[i].values = ColumnValues::fromTable(table, work[i].column, firstRow);
        votes[size_t(i)] = FileConventions::votes(work[i].values);
    });

    const ScaleLibrary scales;
    const TypeInference inference(scales, FileConventions::fromVotes(votes),
                                  options.writeInLimitOrDefault());

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

    auto locate = [&](const Work& w, int value) {
        Diagnostic d;
        d.file = file;
        d.column = w.column >= 0 ? w.column + 1 : 0;
        if (value >= 0 && value < int(w.values.firstRow.size()) && w.values.firstRow[value] >= 0)
            d.line = table.lineOf(firstRow + w.values.firstRow[value]);
        return d;
    };

    for (int i = 0; i < plan.questions.size(); ++i) {
        Work& w = work[i];
        const QuestionPlan& qp = *w.plan;
        Question& q = survey.questions[i];
        AnswerSource& source = coded.answers[size_t(i)];
        for (const int column : qp.columns)
            source.columns.push_back(column >= 0 && column < table.columnCount() ? column : -1);
        const auto forced = overrides.constFind(i);

        if (qp.layout != ColumnLayout::OneColumn) {
            if (forced != overrides.constEnd() && *forced != QuestionType::Multiple &&
                *forced != QuestionType::Text && *forced != QuestionType::Identifier)
                return Result<CodedSurvey>::failure(
                    {file, 0, qp.columns.isEmpty() ? 0 : qp.columns.first() + 1,
                     (qp.layout == ColumnLayout::Mentions
                          ? CoreText::tr(
                                "%1 has one column per mention: it can be multiple, text or id, "
                                "not %2")
                          : CoreText::tr(
                                "%1 has one column per option: it can be multiple, text or id, "
                                "not %2"))
                         .arg(describe(q), questionTypeName(*forced))});
        }
        if (qp.layout == ColumnLayout::Mentions) {
            source.kind = AnswerSource::Kind::Mentions;
            q.options = qp.columnOptions;
            QHash<QString, int> optionOf;
            for (int o = 0; o < q.options.size(); ++o)
                optionOf.insert(q.options[o], o);
            for (const int column : source.columns) {
                std::vector<int>& optionOfValue = source.optionOfValue.emplace_back();
                if (column < 0)
                    continue;
                // A value the plan did not list becomes an option of its own rather than being
                // lost; values come in order of first appearance.
                const QStringList& distinct = table.distinctValues(column);
                const std::vector<qint64> counts =
                    ColumnValues::fromTable(table, column, firstRow).counts;
                optionOfValue.assign(size_t(distinct.size()), -1);
                for (int v = 0; v < distinct.size(); ++v) {
                    if (counts[size_t(v)] == 0)
                        continue;
                    int o = optionOf.value(distinct[v], -1);
                    if (o < 0) {
                        o = int(q.options.size());
                        q.options.append(distinct[v]);
                        optionOf.insert(distinct[v], o);
                    }
                    optionOfValue[size_t(v)] = o;
                }
            }
        }
        if (qp.layout == ColumnLayout::OptionFlags) {
            source.kind = AnswerSource::Kind::OptionFlags;
            const int k = int(qp.columns.size());
            for (int j = 0; j < k; ++j)
                q.options.append(j < qp.columnOptions.size() && !qp.columnOptions[j].isEmpty()
                                     ? qp.columnOptions[j]
                                     : CoreText::tr("Option %1").arg(j + 1));
            for (int j = 0; j < k; ++j) {
                std::vector<std::uint8_t>& chooses = source.flagOfValue.emplace_back();
                const int column = source.columns[size_t(j)];
                if (column < 0)
                    continue;
                // Read each distinct cell once; the rows then only look flags up.
                const QStringList& distinct = table.distinctValues(column);
                const std::vector<qint64> counts =
                    ColumnValues::fromTable(table, column, firstRow).counts;
                std::vector<FlagReader::Flag> flag;
                if (qp.writeInFrom >= 0 && j >= qp.writeInFrom) {
                    // An "Other" box: any words written chose Other.
                    for (const QString& value : distinct)
                        flag.push_back(value.trimmed().isEmpty() ? FlagReader::Flag::NotSelected
                                                                 : FlagReader::Flag::Selected);
                } else if (j < qp.selectedValues.size()) {
                    // The file says which value counts as chosen (an SPSS dichotomy set): every
                    // other value is "not chosen", whatever it reads like.
                    const QString counted = qp.selectedValues[j].trimmed();
                    for (const QString& value : distinct)
                        flag.push_back(value.trimmed() == counted ? FlagReader::Flag::Selected
                                                                  : FlagReader::Flag::NotSelected);
                } else {
                    flag = FlagReader::readColumn(distinct, counts, q.options[j]);
                }
                qint64 unknown = 0;
                chooses.assign(flag.size(), 0);
                for (size_t v = 0; v < flag.size(); ++v) {
                    // Anything written in an option's column (an "Other" text) chose it.
                    chooses[v] = flag[v] != FlagReader::Flag::NotSelected ? 1 : 0;
                    if (flag[v] == FlagReader::Flag::Unknown)
                        unknown += counts[v];
                }
                if (unknown == 0)
                    continue;
                int firstUnknownRow = 0;
                while (firstUnknownRow < n) {
                    const std::uint32_t id = table.cellId(firstRow + firstUnknownRow, column);
                    if (id != 0 && flag[id - 1] == FlagReader::Flag::Unknown)
                        break;
                    ++firstUnknownRow;
                }
                warnings.append(
                    {file, table.lineOf(firstRow + firstUnknownRow), column + 1,
                     CoreText::tr("%1, option \"%2\": %3 cells such as \"%4\" are not yes/no "
                                  "flags; read as selected")
                         .arg(describe(q), q.options[j])
                         .arg(unknown)
                         .arg(table.cell(firstRow + firstUnknownRow, column))});
            }
        }
        if (qp.layout != ColumnLayout::OneColumn) {
            q.type = QuestionType::Multiple;
            if (forced != overrides.constEnd() && *forced != QuestionType::Multiple) {
                // Text of the chosen options, for an analyst who wants the block as one field.
                q.type = *forced;
                source.chosenAsText = true;
                source.coding.options = q.options;
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
                d.message =
                    *forced == QuestionType::Date
                        ? CoreText::tr("%1 cannot be read as a date: \"%2\" is not a date")
                              .arg(describe(q), cell)
                        : CoreText::tr("%1 cannot be read as numeric: \"%2\" is not a number")
                              .arg(describe(q), cell);
                return Result<CodedSurvey>::failure(d);
            }
            coding = std::move(*f.coding);
        } else if (gridCoding[i]) {
            coding = std::move(*gridCoding[i]);
        } else if (qp.metadata) {
            if (qp.typeHint == QuestionType::Identifier) {
                coding.type = QuestionType::Identifier;
            } else if (qp.typeHint == QuestionType::Numeric) {
                // A number the tool writes (a duration, a coordinate) stays one even where every
                // respondent has the same; cells that are not numbers leave it to inference.
                TypeInference::Forced f = inference.force(w.values, QuestionType::Numeric, {});
                coding = f.coding ? std::move(*f.coding) : inference.inferMetadata(w.values);
            } else {
                coding = inference.inferMetadata(w.values);
            }
        } else if (qp.typeHint) {
            TypeInference::Forced f = inference.force(w.values, *qp.typeHint, qp.joinSeparator);
            if (f.coding) {
                coding = std::move(*f.coding);
            } else {
                coding = inference.infer(w.values, qp.joinSeparator);
                Diagnostic d = locate(w, f.badValue);
                d.message = CoreText::tr("%1: the format says %2, but \"%3\" is not; read as %4")
                                .arg(describe(q), questionTypeName(*qp.typeHint),
                                     f.badValue >= 0 ? w.values.values[f.badValue] : QString(),
                                     questionTypeName(coding.type));
                warnings.append(d);
            }
        } else {
            coding = inference.infer(w.values, qp.joinSeparator);
            // A rating its text describes ("en una escala del 1 al 5"): whole numbers that are
            // a scale's points, not a quantity. A likelihood to recommend stays a number, which
            // NpsQuestion scores as NPS when its answers lie on 0–10.
            const auto range =
                coding.type == QuestionType::Numeric && !NpsQuestion::asksToRecommend(q)
                    ? RatingScaleText::rangeOf(q.text)
                    : std::nullopt;
            if (range) {
                TypeInference::Forced f = inference.force(w.values, QuestionType::Likert, {});
                if (f.coding && RatingScaleText::completePoints(*f.coding, *range))
                    coding = std::move(*f.coding);
            }
        }

        q.type = coding.type;
        if (isCategorical(coding.type))
            q.options = coding.options;
        if (coding.type == QuestionType::Likert)
            q.scores = coding.scores;
        for (const ColumnNote& note : coding.notes) {
            Diagnostic d = locate(w, note.value);
            d.message = CoreText::tr("%1: %2").arg(describe(q), note.message);
            warnings.append(d);
        }
        source.coding = std::move(coding);
        source.joinSeparator = qp.joinSeparator;
        // The distinct values are no longer needed; free them before the next column.
        w.values = ColumnValues();
    }
    if (options.definition)
        DefinitionApplier::applyToCoding(*options.definition, plan, coded);
    for (const QString& code : QuestionGroupFinder::formGroups(plan, survey))
        warnings.append({file, 0, 0,
                         CoreText::tr("--group: %1 is not in the group: only choice questions of "
                                      "one kind, two or more, make a group")
                             .arg(code)});
    auto chosenScales = ChosenScales::apply(options.structure, plan, coded, file);
    if (!chosenScales.ok())
        return Result<CodedSurvey>::failure(chosenScales.error());
    warnings.append(chosenScales.warnings);
    // Last: everything above reads questions by their place in the plan.
    WriteInTexts::addQuestions(coded);
    for (const auto& [key, type] : laterOverrides) {
        const int q = coded.survey.findQuestion(key);
        if (q < 0)
            return Result<CodedSurvey>::failure(
                {file, 0, 0,
                 CoreText::tr("--type %1: no question has this id, code or text").arg(key)});
        if (type != QuestionType::Text && type != QuestionType::Identifier)
            return Result<CodedSurvey>::failure(
                {file, 0, 0,
                 CoreText::tr("--type %1: %2 holds the words typed into a multiple choice's "
                              "\"Other\": it can be text or id, not %3")
                     .arg(key, describe(coded.survey.questions[q]), questionTypeName(type))});
        coded.survey.questions[q].type = type;
        coded.answers[size_t(q)].coding.type = type;
    }

    Result<CodedSurvey> result(std::move(coded));
    result.warnings = warnings;
    return result;
}

} // namespace sondo

namespace sondo {

Result<BuiltSurvey> SurveyBuilder::build(const RawTable& table, const ImportPlan& plan,
                                         const ImportOptions& options, const QString& file,
                                         const ProgressCallback& progress) {
    if (progress && !progress(0, 1))
        return Result<BuiltSurvey>::failure({file, 0, 0, CoreText::tr("Import cancelled")});
    auto coded = code(table, plan, options, file);
    if (!coded.ok())
        return Result<BuiltSurvey>::failure(coded.error());
    BuiltSurvey built;
    const CodedSurvey& c = coded.value();
    fill(table, c, 0, c.respondentCount, built.responses);
    built.survey = c.survey;
    if (progress && !progress(1, 1))
        return Result<BuiltSurvey>::failure({file, 0, 0, CoreText::tr("Import cancelled")});
    Result<BuiltSurvey> result(std::move(built));
    result.warnings = coded.warnings;
    return result;
}

void SurveyBuilder::fill(const RawTable& table, const CodedSurvey& coded, int first, int count,
                         ResponseMatrix& out) {
    const int firstRow = coded.firstRow + first;
    out.respondentCount = count;
    out.weights.assign(size_t(count), 1.0);
    out.respondentIds.clear();
    if (coded.idColumn >= 0) {
        out.respondentIds.reserve(count);
        const QStringList& ids = table.distinctValues(coded.idColumn);
        table.forEachId(coded.idColumn, firstRow, count, [&](int r, std::uint32_t id) {
            if (id == 0) {
                out.respondentIds.append(QString::number(first + r + 1));
                return;
            }
            // Most ids have no space around them: shared as they are, without a trimmed copy.
            const QString& raw = ids[id - 1];
            if (!raw.front().isSpace() && !raw.back().isSpace()) {
                out.respondentIds.append(raw);
                return;
            }
            const QString text = raw.trimmed();
            out.respondentIds.append(text.isEmpty() ? QString::number(first + r + 1) : text);
        });
    }
    out.columns.resize(coded.answers.size());
    for (size_t q = 0; q < coded.answers.size(); ++q) {
        const AnswerSource& source = coded.answers[q];
        AnswerColumn& answers = out.columns[q];
        if (source.kind == AnswerSource::Kind::OneColumn) {
            fillOneColumn(table, firstRow, count,
                          source.columns.empty() ? -1 : source.columns.front(), source.coding,
                          answers);
            continue;
        }
        // A block of columns: which options each respondent chose.
        const int k = source.chosenAsText ? int(source.coding.options.size())
                                          : int(coded.survey.questions[int(q)].options.size());
        answers.selected.resize(size_t(k));
        for (auto& flags : answers.selected)
            flags.assign(size_t(count), 0);
        answers.answered.assign(size_t(count), 0);
        for (size_t j = 0; j < source.columns.size(); ++j) {
            const int column = source.columns[j];
            if (column < 0)
                continue;
            table.forEachId(column, firstRow, count, [&](int r, std::uint32_t id) {
                if (id == 0)
                    return;
                answers.answered[size_t(r)] = 1;
                if (source.kind == AnswerSource::Kind::OptionFlags) {
                    if (source.flagOfValue[j][id - 1])
                        answers.selected[j][size_t(r)] = 1;
                } else if (const int o = source.optionOfValue[j][id - 1]; o >= 0) {
                    answers.selected[size_t(o)][size_t(r)] = 1;
                }
            });
        }
        if (!source.chosenAsText)
            continue;
        answers.texts.clear();
        answers.texts.reserve(count);
        for (int r = 0; r < count; ++r) {
            QStringList chosen;
            for (int o = 0; o < k; ++o)
                if (answers.selected[size_t(o)][size_t(r)])
                    chosen.append(source.coding.options[o]);
            answers.texts.append(chosen.join(QStringLiteral("; ")));
        }
        answers.selected.clear();
        answers.answered.clear();
    }
}

} // namespace sondo
