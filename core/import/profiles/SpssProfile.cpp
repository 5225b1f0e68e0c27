#include "import/profiles/SpssProfile.h"

#include "import/infer/FlagReader.h"
#include "import/infer/NumberParser.h"
#include "import/profiles/ProfileSupport.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <algorithm>
#include <optional>

namespace sondo {

namespace {

/** A label cut into the question it shares with its neighbours and the option it names. */
struct Split {
    QString stem;
    QString option;
};

/**
 * Every way to read a label as "stem + option": at each " - " (or en/em dash) and ": ", and
 * "stem [option]" at the end. A question text may itself contain a dash, so all cuts are kept
 * and the neighbours decide which one is shared.
 */
QList<Split> splitsOf(const QString& label) {
    QList<Split> out;
    auto add = [&](qsizetype at, qsizetype length) {
        const QString stem = label.left(at).trimmed();
        const QString option = label.mid(at + length).trimmed();
        if (!stem.isEmpty() && !option.isEmpty())
            out.append({stem, option});
    };
    for (const QString& separator :
         {QStringLiteral(" - "), QStringLiteral(" \u2013 "), QStringLiteral(" \u2014 ")})
        for (qsizetype at = label.indexOf(separator); at >= 0;
             at = label.indexOf(separator, at + 1))
            add(at, separator.size());
    for (qsizetype at = label.indexOf(QLatin1String(": ")); at >= 0;
         at = label.indexOf(QLatin1String(": "), at + 1))
        add(at, 1);
    const QString trimmed = label.trimmed();
    if (trimmed.endsWith(u']')) {
        const qsizetype open = trimmed.lastIndexOf(u'[');
        if (open > 0) {
            const QString stem = trimmed.left(open).trimmed();
            const QString option = trimmed.mid(open + 1, trimmed.size() - open - 2).trimmed();
            if (!stem.isEmpty() && !option.isEmpty())
                out.append({stem, option});
        }
    }
    return out;
}

/** The longest stem both labels can be read with (naming different options), or empty. */
QString sharedStem(const QList<Split>& a, const QList<Split>& b) {
    QString best;
    for (const Split& x : a)
        for (const Split& y : b)
            if (x.stem == y.stem && x.option != y.option && x.stem.size() > best.size())
                best = x.stem;
    return best;
}

/** The option a label names under `stem`, or empty when it cannot be read with that stem. */
QString optionUnder(const QList<Split>& splits, const QString& stem) {
    for (const Split& s : splits)
        if (s.stem == stem)
            return s.option;
    return {};
}

/** How often each distinct value of `column` occurs in the data rows (header rows left out). */
std::vector<qint64> dataCounts(const RawTable& table, int column, int firstDataRow) {
    std::vector<qint64> counts(size_t(table.distinctValues(column).size()), 0);
    for (int r = firstDataRow; r < table.rowCount(); ++r)
        if (const std::uint32_t id = table.cellId(r, column))
            ++counts[id - 1];
    return counts;
}

/**
 * When a column holds a yes/no flag, the text of its "chosen" value (empty when no value reads as
 * chosen, as in a column of zeros); nothing otherwise. A flag column has at most two values among
 * its data and its value labels together, each read as chosen or not chosen (0/1, Sì/No,
 * "Selected"/"Not selected", the option's own label). Labels count so that a column where
 * everyone chose ("Selezionato" only) is still read with its "Non selezionato". A column nobody
 * answered counts only when its value labels are flags.
 */
std::optional<QString> dichotomyChosen(const RawTable& table, int column, const QString& option) {
    QStringList values;
    if (column < table.columnInfo.size())
        values = table.columnInfo[column].valueLabels;
    const QStringList& distinct = table.distinctValues(column);
    const std::vector<qint64> counts = dataCounts(table, column, 1);
    for (size_t v = 0; v < counts.size(); ++v)
        if (counts[v] > 0 && !values.contains(distinct[int(v)]))
            values.append(distinct[int(v)]);
    if (values.isEmpty() || values.size() > 2)
        return std::nullopt;
    const auto flags =
        FlagReader::readColumn(values, std::vector<qint64>(size_t(values.size()), 1), option);
    QString chosen;
    int selected = 0;
    for (int v = 0; v < values.size(); ++v) {
        if (flags[size_t(v)] == FlagReader::Flag::Unknown)
            return std::nullopt;
        if (flags[size_t(v)] == FlagReader::Flag::Selected) {
            chosen = values[v];
            ++selected;
        }
    }
    return selected == 1 ? chosen : QString();
}

bool isRespondentIdName(const QString& name) {
    static const QStringList names = {
        QStringLiteral("id"),           QStringLiteral("respid"),
        QStringLiteral("resp_id"),      QStringLiteral("respondent_id"),
        QStringLiteral("respondentid"), QStringLiteral("responseid"),
        QStringLiteral("response_id"),  QStringLiteral("caseid"),
        QStringLiteral("case_id"),      QStringLiteral("serial"),
        QStringLiteral("serialno"),     QStringLiteral("record_id"),
        QStringLiteral("uuid"),         QStringLiteral("_uuid"),
        QStringLiteral("intnr"),        QStringLiteral("lfdn"),
        QStringLiteral("idno"),         QStringLiteral("interview_id"),
    };
    return names.contains(name.trimmed().toLower());
}

/** Every data row holds a value and no two rows hold the same one. */
bool hasUniqueValues(const RawTable& table, int column) {
    const int rows = table.rowCount() - 1;
    if (rows <= 0)
        return false;
    std::vector<std::uint8_t> seen(size_t(table.distinctValues(column).size()) + 1, 0);
    for (int r = 1; r < table.rowCount(); ++r) {
        const std::uint32_t id = table.cellId(r, column);
        if (id == 0 || seen[id])
            return false;
        seen[id] = 1;
    }
    return true;
}

/** Qualtrics' system variables, as its SPSS export names them. */
enum class SystemVariable { None, Date, Other };

SystemVariable systemVariable(const QString& name) {
    static const QStringList dates = {QStringLiteral("StartDate"), QStringLiteral("EndDate"),
                                      QStringLiteral("RecordedDate")};
    static const QStringList others = {
        QStringLiteral("Status"),
        QStringLiteral("IPAddress"),
        QStringLiteral("Progress"),
        QStringLiteral("Duration__in_seconds_"),
        QStringLiteral("Finished"),
        QStringLiteral("RecipientLastName"),
        QStringLiteral("RecipientFirstName"),
        QStringLiteral("RecipientEmail"),
        QStringLiteral("ExternalReference"),
        QStringLiteral("ExternalDataReference"),
        QStringLiteral("LocationLatitude"),
        QStringLiteral("LocationLongitude"),
        QStringLiteral("DistributionChannel"),
        QStringLiteral("UserLanguage"),
    };
    if (dates.contains(name))
        return SystemVariable::Date;
    return others.contains(name) ? SystemVariable::Other : SystemVariable::None;
}

/**
 * A code for variables that form one question: their names' common part up to a separator
 * ("soc_fb", "soc_ig" → "soc"; "q5_1", "q5_2" → "q5"), else the stem of their labels.
 */
QString groupCode(const QStringList& names, const QString& stem) {
    QString prefix = names.isEmpty() ? QString() : names.first();
    for (const QString& name : names) {
        qsizetype n = 0;
        while (n < prefix.size() && n < name.size() && prefix[n] == name[n])
            ++n;
        prefix.truncate(n);
    }
    // "v12", "v13" share "v1", which names neither: cut back to the last separator.
    qsizetype cut = -1;
    for (qsizetype i = 0; i < prefix.size(); ++i)
        if (prefix[i] == u'_' || prefix[i] == u'.')
            cut = i;
    if (cut >= 0 && prefix.size() < names.first().size())
        prefix.truncate(cut);
    else
        prefix.clear();
    while (!prefix.isEmpty() && !prefix.back().isLetterOrNumber())
        prefix.chop(1);
    return prefix.size() >= 2 ? prefix : stem;
}

/** Options named by column labels that all share a stem lose it ("Canali - Email" → "Email"). */
QStringList withoutSharedStem(const QStringList& labels) {
    if (labels.size() < 2)
        return labels;
    QList<QList<Split>> splits;
    for (const QString& label : labels)
        splits.append(splitsOf(label));
    QString stem = sharedStem(splits[0], splits[1]);
    for (int i = 2; !stem.isEmpty() && i < splits.size(); ++i)
        if (optionUnder(splits[i], stem).isEmpty())
            stem.clear();
    if (stem.isEmpty())
        return labels;
    QStringList out;
    for (const auto& s : splits)
        out.append(optionUnder(s, stem));
    return out;
}

/** Category-set options: the value labels of its columns in code order, then unlabelled values. */
QStringList categoryOptions(const RawTable& table, const QList<int>& columns) {
    QStringList options;
    for (int c : columns)
        if (c < table.columnInfo.size())
            for (const QString& label : table.columnInfo[c].valueLabels)
                if (!options.contains(label))
                    options.append(label);
    QStringList extra;
    for (int c : columns) {
        const QStringList& values = table.distinctValues(c);
        const std::vector<qint64> counts = dataCounts(table, c, 1);
        for (int v = 0; v < values.size(); ++v)
            if (counts[size_t(v)] > 0 && !options.contains(values[v]) && !extra.contains(values[v]))
                extra.append(values[v]);
    }
    // Unlabelled codes are numbers: keep them in numeric order, as the file's codes are.
    std::vector<double> numbers;
    bool allNumbers = true;
    for (const QString& value : std::as_const(extra)) {
        const auto number = NumberParser::parse(value, DecimalMark::Point);
        allNumbers = allNumbers && number.has_value();
        numbers.push_back(number.value_or(0));
    }
    if (allNumbers && extra.size() > 1) {
        std::vector<int> order(size_t(extra.size()));
        for (int i = 0; i < extra.size(); ++i)
            order[size_t(i)] = i;
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return numbers[size_t(a)] < numbers[size_t(b)]; });
        QStringList sorted;
        for (int i : order)
            sorted.append(extra[i]);
        extra = sorted;
    }
    return options + extra;
}

} // namespace

int SpssProfile::confidence(const RawTable& table) const {
    return table.columnInfo.isEmpty() ? 0 : 100;
}

ImportPlan SpssProfile::plan(const RawTable& table) const {
    ImportPlan plan;
    plan.format = name();
    plan.headerRows = 1;
    const int columns = table.columnCount();
    if (columns == 0)
        return plan;

    QStringList names, labels;
    for (int c = 0; c < columns; ++c) {
        const bool known = c < table.columnInfo.size();
        QString label = known ? table.columnInfo[c].label.trimmed() : QString();
        QString name = known ? table.columnInfo[c].name.trimmed() : QString();
        if (name.isEmpty())
            name = ProfileSupport::nameOrPlaceholder(table, 0, c, plan.warnings);
        if (label.isEmpty())
            label = known ? name : ProfileSupport::header(table, 0, c);
        if (label.isEmpty())
            label = name;
        names.append(name);
        labels.append(label);
    }

    std::vector<bool> used(size_t(columns), false);
    QMap<int, QuestionPlan> setAt; // first column of a set → its question
    for (const MultipleResponseSet& set : table.multipleResponseSets) {
        bool valid = !set.columns.isEmpty();
        for (int c : set.columns)
            valid = valid && c >= 0 && c < columns && !used[size_t(c)];
        if (!valid) {
            Diagnostic d;
            d.message = QCoreApplication::translate(
                            "sondo", "multiple response set %1 shares variables with another "
                                     "set; its variables are read one by one")
                            .arg(set.name);
            plan.warnings.append(d);
            continue;
        }
        QuestionPlan q;
        q.code = set.name;
        q.text = set.label.isEmpty()
                     ? QString(set.name).remove(0, set.name.startsWith(u'$') ? 1 : 0)
                     : set.label;
        q.columns = set.columns;
        q.typeHint = QuestionType::Multiple;
        if (set.kind == MultipleResponseSet::Kind::Dichotomy) {
            q.layout = ColumnLayout::OptionFlags;
            QStringList options;
            for (int i = 0; i < set.columns.size(); ++i)
                options.append(set.optionsFromValueLabels && i < set.countedValues.size()
                                   ? set.countedValues[i]
                                   : labels[set.columns[i]]);
            q.columnOptions = set.optionsFromValueLabels ? options : withoutSharedStem(options);
            q.selectedValues = set.countedValues;
        } else {
            q.layout = ColumnLayout::Mentions;
            q.columnOptions = categoryOptions(table, set.columns);
        }
        for (int c : set.columns)
            used[size_t(c)] = true;
        setAt.insert(*std::min_element(set.columns.begin(), set.columns.end()), q);
    }

    for (int c = 0; c < columns; ++c) {
        if (used[size_t(c)] || !isRespondentIdName(names[c]) || !hasUniqueValues(table, c))
            continue;
        plan.respondentIdColumn = c;
        break;
    }

    auto isMetadata = [&](int c) {
        return c == plan.respondentIdColumn || systemVariable(names[c]) != SystemVariable::None;
    };
    std::vector<QList<Split>> splits(static_cast<size_t>(columns));
    for (int c = 0; c < columns; ++c)
        splits[size_t(c)] = splitsOf(labels[c]);
    auto isFree = [&](int c) {
        return c < columns && !used[size_t(c)] && !isMetadata(c);
    };

    for (int c = 0; c < columns; ++c) {
        if (setAt.contains(c))
            plan.questions.append(setAt.value(c));
        if (used[size_t(c)])
            continue;
        if (c == plan.respondentIdColumn) {
            plan.questions.append(ProfileSupport::metadata(c, names[c], QuestionType::Identifier));
            plan.questions.last().text = labels[c];
            continue;
        }
        if (const SystemVariable system = systemVariable(names[c]);
            system != SystemVariable::None) {
            plan.questions.append(ProfileSupport::metadata(
                c, names[c],
                system == SystemVariable::Date ? std::optional(QuestionType::Date) : std::nullopt));
            plan.questions.last().text = labels[c];
            continue;
        }
        const QString stem = isFree(c) && isFree(c + 1)
                                 ? sharedStem(splits[size_t(c)], splits[size_t(c + 1)])
                                 : QString();
        if (stem.isEmpty()) {
            plan.questions.append(ProfileSupport::question(c, names[c], labels[c]));
            continue;
        }
        int end = c + 1; // one past the run of variables read with this stem
        while (isFree(end) && !optionUnder(splits[size_t(end)], stem).isEmpty())
            ++end;
        // The run splits where flags meet rated items: flags form one multiple-choice question,
        // other items stay questions of their own, shown together as a grid.
        for (int i = c; i < end;) {
            auto chosenOf = [&](int k) {
                return dichotomyChosen(table, k, optionUnder(splits[size_t(k)], stem));
            };
            const bool flags = chosenOf(i).has_value();
            int j = i + 1;
            while (j < end && chosenOf(j).has_value() == flags)
                ++j;
            if (flags && j - i >= 2) {
                QuestionPlan q;
                QStringList runNames;
                bool allChosenKnown = true;
                for (int k = i; k < j; ++k) {
                    q.columns.append(k);
                    q.columnOptions.append(optionUnder(splits[size_t(k)], stem));
                    const QString chosen = chosenOf(k).value_or(QString());
                    allChosenKnown = allChosenKnown && !chosen.isEmpty();
                    q.selectedValues.append(chosen);
                    runNames.append(names[k]);
                }
                // Where some column does not say which value is "chosen", the builder reads the
                // cells themselves.
                if (!allChosenKnown)
                    q.selectedValues.clear();
                q.code = groupCode(runNames, stem);
                q.text = stem;
                q.layout = ColumnLayout::OptionFlags;
                q.typeHint = QuestionType::Multiple;
                plan.questions.append(q);
            } else {
                for (int k = i; k < j; ++k) {
                    plan.questions.append(ProfileSupport::question(k, names[k], labels[k]));
                    if (j - i >= 2)
                        plan.questions.last().group = stem;
                }
            }
            i = j;
        }
        c = end - 1;
    }
    ProfileSupport::makeCodesUnique(plan, table, 0);
    return plan;
}

} // namespace sondo
