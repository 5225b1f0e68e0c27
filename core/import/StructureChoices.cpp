#include "import/StructureChoices.h"

#include "base/CoreText.h"

namespace sondo {

namespace {

void removeAll(QStringList& list, const QString& name) {
    list.removeIf([&](const QString& n) { return n.trimmed() == name.trimmed(); });
}

} // namespace

int StructureChoices::findColumn(const ImportPlan& plan, const QString& name) {
    const QString key = name.trimmed();
    auto codeOf = [](const QuestionPlan& q) {
        return q.code.isEmpty() ? q.text : q.code;
    };
    for (int i = 0; i < plan.questions.size(); ++i)
        if (codeOf(plan.questions[i]) == key)
            return i;
    for (int i = 0; i < plan.questions.size(); ++i)
        if (plan.questions[i].text == key)
            return i;
    for (int i = 0; i < plan.questions.size(); ++i)
        if (codeOf(plan.questions[i]).compare(key, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

Diagnostic StructureChoices::missingColumn(const QString& option, const QString& name,
                                           const QString& file) const {
    return {file, 0, 0,
            strict ? CoreText::tr("%1 %2: no column has this code or header text").arg(option, name)
                   : CoreText::tr("%1 %2 is no longer applied: the file has no such column")
                         .arg(option, name)};
}

StructureChoices StructureChoices::mergedWith(const StructureChoices& later) const {
    StructureChoices out = *this;
    for (const QString& name : later.metadata) {
        removeAll(out.questions, name);
        removeAll(out.metadata, name);
        out.metadata.append(name);
    }
    for (const QString& name : later.questions) {
        removeAll(out.metadata, name);
        removeAll(out.questions, name);
        out.questions.append(name);
    }
    for (const QString& name : later.split)
        if (!out.split.contains(name))
            out.split.append(name);
    for (const Join& join : later.groups) {
        out.groups.removeIf([&](const Join& j) { return j.stem == join.stem; });
        out.groups.append(join);
    }
    for (const ScaleOrder& scale : later.scales) {
        out.scales.removeIf([&](const ScaleOrder& s) { return s.column == scale.column; });
        out.scales.append(scale);
    }
    out.strict = strict && later.strict;
    return out;
}

Result<ImportPlan> StructureChoices::applyTo(ImportPlan plan, const QString& file) const {
    QList<Diagnostic> warnings;
    std::optional<Diagnostic> error;
    // Every name is looked up before anything changes: a choice names the columns as the file
    // has them, not as an earlier choice left them.
    auto find = [&](const QString& option, const QString& name) {
        const int i = findColumn(plan, name);
        if (i < 0) {
            if (strict && !error)
                error = missingColumn(option, name, file);
            else if (!strict)
                warnings.append(missingColumn(option, name, file));
        }
        return i;
    };
    QList<int> asMetadata, asQuestions, splitAt;
    for (const QString& name : metadata)
        asMetadata.append(find(QStringLiteral("--metadata"), name));
    for (const QString& name : questions)
        asQuestions.append(find(QStringLiteral("--as-question"), name));
    for (const QString& name : split)
        splitAt.append(find(QStringLiteral("--split-group"), name));
    QList<QList<int>> joined;
    for (const Join& join : groups) {
        QList<int> columns;
        for (const QString& name : join.columns)
            columns.append(find(QStringLiteral("--group"), name));
        joined.append(columns);
    }
    if (error)
        return Result<ImportPlan>::failure(*error);

    for (int i : std::as_const(asMetadata))
        if (i >= 0) {
            plan.questions[i].metadata = true;
            plan.questions[i].group.clear();
        }
    for (int i : std::as_const(asQuestions))
        if (i >= 0) {
            QuestionPlan& q = plan.questions[i];
            q.metadata = false;
            // The tool's respondent id as a question is read for what its cells are.
            if (q.typeHint == QuestionType::Identifier)
                q.typeHint.reset();
        }
    for (int i : std::as_const(splitAt)) {
        if (i < 0)
            continue;
        // The whole run of the profile's group; a group found from the headers' words is split
        // by QuestionGroupFinder, which sees the item marked.
        const QString stem = plan.questions[i].group;
        int first = i, last = i;
        while (!stem.isEmpty() && first > 0 && plan.questions[first - 1].group == stem)
            --first;
        while (!stem.isEmpty() && last + 1 < plan.questions.size() &&
               plan.questions[last + 1].group == stem)
            ++last;
        for (int k = first; k <= last; ++k)
            plan.questions[k].standalone = true;
    }
    for (int g = 0; g < groups.size(); ++g)
        for (int i : std::as_const(joined[g]))
            if (i >= 0) {
                QuestionPlan& q = plan.questions[i];
                q.group = groups[g].stem;
                q.chosenGroup = true;
                q.standalone = false;
                q.metadata = false;
            }
    Result<ImportPlan> result(std::move(plan));
    result.warnings = warnings;
    return result;
}

} // namespace sondo
