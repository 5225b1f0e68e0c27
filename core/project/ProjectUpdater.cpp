#include "project/ProjectUpdater.h"

#include "project/WriteInMerges.h"

#include "edit/EditList.h"

#include "import/SurveyImporter.h"
#include "project/ProjectService.h"
#include "project/SavedImportOptions.h"
#include "storage/ProjectStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <cmath>

namespace sondo {

namespace {

/**
 * For each question of `fresh`, the index of the question of `existing` it is, or -1: first by
 * the tool's code, then by exact text among the questions still unmatched.
 */
QList<int> matchQuestions(const Survey& existing, const Survey& fresh) {
    QList<int> match(fresh.questions.size(), -1);
    std::vector<bool> taken(size_t(existing.questions.size()), false);
    QMultiHash<QString, int> byCode, byText;
    // Inserted last to first so that values() and find() meet the earliest question first.
    for (int e = int(existing.questions.size()) - 1; e >= 0; --e) {
        if (!existing.questions[e].code.isEmpty())
            byCode.insert(existing.questions[e].code, e);
        if (!existing.questions[e].text.isEmpty())
            byText.insert(existing.questions[e].text, e);
    }
    auto claim = [&](const QMultiHash<QString, int>& index, const QString& key) {
        for (auto it = index.find(key); it != index.end() && it.key() == key; ++it)
            if (!taken[size_t(it.value())]) {
                taken[size_t(it.value())] = true;
                return it.value();
            }
        return -1;
    };
    for (int f = 0; f < fresh.questions.size(); ++f)
        if (!fresh.questions[f].code.isEmpty())
            match[f] = claim(byCode, fresh.questions[f].code);
    for (int f = 0; f < fresh.questions.size(); ++f)
        if (match[f] < 0 && !fresh.questions[f].text.isEmpty())
            match[f] = claim(byText, fresh.questions[f].text);
    return match;
}

/** The number of an id "Q12" / "M3" with the given prefix, or 0. */
int idNumber(const QString& id, QChar prefix) {
    if (id.size() < 2 || id.at(0).toUpper() != prefix)
        return 0;
    bool ok = false;
    const int n = QStringView(id).mid(1).toInt(&ok);
    return ok ? n : 0;
}

/** An answer as text, to compare questions whose type changed between the imports. */
QString answerText(const Question& q, const AnswerColumn& a, int row) {
    switch (q.type) {
    case QuestionType::Single:
    case QuestionType::Likert: {
        const int code = a.codes[size_t(row)];
        return code > 0 && code <= q.options.size() ? q.options[code - 1] : QString();
    }
    case QuestionType::Multiple: {
        if (!a.answered[size_t(row)])
            return QString();
        QStringList chosen;
        for (int o = 0; o < q.options.size(); ++o)
            if (a.selected[size_t(o)][size_t(row)])
                chosen.append(q.options[o]);
        return chosen.join(QStringLiteral("; "));
    }
    case QuestionType::Numeric:
    case QuestionType::Date: {
        const double v = a.values[size_t(row)];
        return std::isnan(v) ? QString() : QString::number(v, 'g', 17);
    }
    case QuestionType::Text:
    case QuestionType::Identifier:
        return a.texts[row];
    }
    return QString();
}

/**
 * Compares one question's answers between the old and the new import, respondent by
 * respondent. Options are compared by label, so an option list that was reordered or grew
 * changes nobody's answer.
 */
class AnswerComparer {
public:
    AnswerComparer(const Question& oldQ, const AnswerColumn& oldA, const Question& newQ,
                   const AnswerColumn& newA)
        : m_oldQ(oldQ)
        , m_oldA(oldA)
        , m_newQ(newQ)
        , m_newA(newA)
        , m_sameType(oldQ.type == newQ.type ||
                     (isSingleCoded(oldQ.type) && isSingleCoded(newQ.type))) {
        if (m_sameType && isCategorical(newQ.type)) {
            // Old option index of each new option (-1: the old question had no such label).
            m_oldOption.reserve(size_t(newQ.options.size()));
            for (const QString& label : newQ.options)
                m_oldOption.push_back(int(oldQ.options.indexOf(label)));
            m_oldOptionMapped.assign(size_t(oldQ.options.size()), false);
            for (int o : m_oldOption)
                if (o >= 0)
                    m_oldOptionMapped[size_t(o)] = true;
        }
    }

    /** True when the respondent at old row `o` answered differently at new row `n`. */
    bool differs(int o, int n) const {
        if (!m_sameType)
            return answerText(m_oldQ, m_oldA, o) != answerText(m_newQ, m_newA, n);
        switch (m_newQ.type) {
        case QuestionType::Single:
        case QuestionType::Likert: {
            const int newCode = m_newA.codes[size_t(n)];
            const int oldCode = m_oldA.codes[size_t(o)];
            if (newCode == 0 || oldCode == 0)
                return newCode != oldCode;
            return m_oldOption[size_t(newCode - 1)] != oldCode - 1;
        }
        case QuestionType::Multiple: {
            if (m_newA.answered[size_t(n)] != m_oldA.answered[size_t(o)])
                return true;
            for (size_t k = 0; k < m_oldOption.size(); ++k) {
                const int old = m_oldOption[k];
                const bool was = old >= 0 && m_oldA.selected[size_t(old)][size_t(o)];
                if (bool(m_newA.selected[k][size_t(n)]) != was)
                    return true;
            }
            for (size_t old = 0; old < m_oldOptionMapped.size(); ++old)
                if (!m_oldOptionMapped[old] && m_oldA.selected[old][size_t(o)])
                    return true;
            return false;
        }
        case QuestionType::Numeric:
        case QuestionType::Date: {
            const double a = m_oldA.values[size_t(o)], b = m_newA.values[size_t(n)];
            return std::isnan(a) || std::isnan(b) ? std::isnan(a) != std::isnan(b) : a != b;
        }
        case QuestionType::Text:
        case QuestionType::Identifier:
            return m_oldA.texts[o] != m_newA.texts[n];
        }
        return false;
    }

private:
    static bool isSingleCoded(QuestionType t) {
        return t == QuestionType::Single || t == QuestionType::Likert;
    }

    const Question& m_oldQ;
    const AnswerColumn& m_oldA;
    const Question& m_newQ;
    const AnswerColumn& m_newA;
    bool m_sameType;
    std::vector<int> m_oldOption;
    std::vector<bool> m_oldOptionMapped;
};

/** True when every id is non-empty and none repeats. */
bool distinctIds(const QStringList& ids, QHash<QString, int>* index) {
    index->reserve(ids.size());
    for (int i = 0; i < ids.size(); ++i) {
        if (ids[i].isEmpty() || index->contains(ids[i]))
            return false;
        index->insert(ids[i], i);
    }
    return true;
}

} // namespace

QString UpdateReport::summary() const {
    QString text = QCoreApplication::translate("sondo", "%1 respondents added, %2 changed, %3 "
                                                        "removed")
                       .arg(respondentsAdded)
                       .arg(respondentsChanged)
                       .arg(respondentsRemoved);
    QStringList questions;
    if (!questionsAdded.isEmpty())
        questions.append(
            QCoreApplication::translate("sondo", "%1 added").arg(questionsAdded.size()));
    if (!questionsRemoved.isEmpty())
        questions.append(
            QCoreApplication::translate("sondo", "%1 removed").arg(questionsRemoved.size()));
    if (!questionsTypeChanged.isEmpty())
        questions.append(QCoreApplication::translate("sondo", "%1 changed type")
                             .arg(questionsTypeChanged.size()));
    if (!questions.isEmpty())
        text += QCoreApplication::translate("sondo", "; questions: %1")
                    .arg(questions.join(QStringLiteral(", ")));
    return text;
}

ProjectUpdate ProjectUpdater::merge(const Project& existing, Project fresh) {
    ProjectUpdate update;
    UpdateReport& report = update.report;
    const Survey& oldSurvey = existing.survey;
    Survey& survey = fresh.survey;

    // Questions: matched ones take their old id; new ones are numbered after every id the
    // project has used, so an id never comes back meaning another question.
    const QList<int> match = matchQuestions(oldSurvey, survey);
    int lastQ = 0, lastM = 0;
    QSet<QString> usedIds;
    for (const Question& q : oldSurvey.questions) {
        lastQ = qMax(lastQ, idNumber(q.id, u'Q'));
        lastM = qMax(lastM, idNumber(q.id, u'M'));
        usedIds.insert(q.id.toLower());
    }
    std::vector<bool> kept(size_t(oldSurvey.questions.size()), false);
    for (int f = 0; f < survey.questions.size(); ++f) {
        Question& q = survey.questions[f];
        if (match[f] >= 0) {
            const Question& old = oldSurvey.questions[match[f]];
            kept[size_t(match[f])] = true;
            q.id = old.id;
            if (old.type != q.type)
                report.questionsTypeChanged.append(q.id);
            continue;
        }
        QString id;
        do
            id = q.metadata ? QStringLiteral("M%1").arg(++lastM)
                            : QStringLiteral("Q%1").arg(++lastQ);
        while (usedIds.contains(id.toLower()));
        usedIds.insert(id.toLower());
        q.id = id;
        report.questionsAdded.append(id);
    }
    // Question groups list their items by id: the ids just given back.
    survey.relinkGroupItems();
    for (int e = 0; e < oldSurvey.questions.size(); ++e)
        if (!kept[size_t(e)])
            report.questionsRemoved.append(oldSurvey.questions[e].id);

    // Respondents: by the tool's ids when both sides have distinct ones in common; otherwise
    // (no id column, or ids that repeat) the n-th row is the n-th respondent.
    const ResponseMatrix& oldResponses = existing.responses;
    const ResponseMatrix& responses = fresh.responses;
    const int oldCount = oldResponses.respondentCount;
    const int newCount = responses.respondentCount;
    std::vector<int> oldRowOf(size_t(newCount), -1);
    QHash<QString, int> oldIndex, newIndex;
    bool byId = oldResponses.respondentIds.size() == oldCount &&
                responses.respondentIds.size() == newCount &&
                distinctIds(oldResponses.respondentIds, &oldIndex) &&
                distinctIds(responses.respondentIds, &newIndex);
    if (byId) {
        int common = 0;
        for (int n = 0; n < newCount; ++n) {
            const auto it = oldIndex.constFind(responses.respondentIds[n]);
            if (it != oldIndex.constEnd()) {
                oldRowOf[size_t(n)] = it.value();
                ++common;
            }
        }
        byId = common > 0 || oldCount == 0 || newCount == 0;
    }
    if (!byId)
        for (int n = 0; n < qMin(oldCount, newCount); ++n)
            oldRowOf[size_t(n)] = n;
    report.matchedById = byId;

    std::vector<AnswerComparer> comparers;
    for (int f = 0; f < survey.questions.size(); ++f)
        if (match[f] >= 0)
            comparers.emplace_back(oldSurvey.questions[match[f]],
                                   oldResponses.columns[size_t(match[f])], survey.questions[f],
                                   responses.columns[size_t(f)]);
    int matched = 0;
    for (int n = 0; n < newCount; ++n) {
        const int o = oldRowOf[size_t(n)];
        if (o < 0) {
            ++report.respondentsAdded;
            continue;
        }
        ++matched;
        bool changed = false;
        for (const AnswerComparer& comparer : comparers)
            if (comparer.differs(o, n)) {
                changed = true;
                break;
            }
        ++(changed ? report.respondentsChanged : report.respondentsUnchanged);
    }
    report.respondentsRemoved = oldCount - matched;

    update.project.survey = std::move(fresh.survey);
    // The analyst's title stays; the rest of the questionnaire is the new export's.
    update.project.survey.title = oldSurvey.title;
    update.project.responses = std::move(fresh.responses);
    update.project.imports = existing.imports + fresh.imports;
    update.project.state = existing.state;
    return update;
}

Result<UpdateReport> ProjectUpdater::updateFile(const QString& projectPath,
                                                const QString& sourcePath,
                                                const ImportOptions& given,
                                                const ProgressCallback& progress) {
    const QFileInfo info(projectPath);
    if (!info.exists())
        return Result<UpdateReport>::failure(
            {projectPath, 0, 0, tr("no such project to update (import without --update first)")});
    if (!info.isFile() || !ProjectService::isProjectFile(projectPath))
        return Result<UpdateReport>::failure(
            {projectPath, 0, 0, tr("not a Sondo project: only a .sondo file can be updated")});
    if (info.absoluteFilePath() == QFileInfo(sourcePath).absoluteFilePath())
        return Result<UpdateReport>::failure(
            {sourcePath, 0, 0, tr("the survey file and the project are the same file")});

    auto read = ProjectStore::read(projectPath);
    if (!read.ok())
        return Result<UpdateReport>::failure(read.error());
    const Project existing = read.takeValue();
    QList<Diagnostic> warnings = read.warnings;

    const QJsonObject saved = existing.state.value(SavedImportOptions::key()).toObject();
    ImportOptions options = SavedImportOptions::merged(SavedImportOptions::options(saved), given);

    // Every override tied to a project question where possible: the analyst names questions as
    // `sondo questions` shows them; keys the project does not know are for new questions.
    QList<SavedImportOptions::Override> overrides = SavedImportOptions::overrides(saved);
    QList<QPair<QString, QuestionType>> newKeys;
    for (const auto& [key, type] : given.typeOverrides) {
        const int q = existing.survey.findQuestion(key);
        if (q < 0) {
            newKeys.append({key, type});
            continue;
        }
        const Question& question = existing.survey.questions[q];
        overrides.removeIf([&](const auto& o) { return o.question == question.id; });
        overrides.append({question.id, question.code, question.text, type});
    }

    Project fresh;
    if (overrides.isEmpty()) {
        options.typeOverrides = newKeys;
        auto imported =
            SurveyImporter::importFile(sourcePath, options, progressPart(progress, 0, 80));
        warnings += imported.warnings;
        if (!imported.ok())
            return Result<UpdateReport>::failure(imported.error());
        fresh = imported.takeValue();
    } else {
        // Ids of the export's questions come from their position, before any override applies:
        // one read without overrides tells which of them the project's questions are.
        auto first = SurveyImporter::importFile(sourcePath, options, progressPart(progress, 0, 40));
        // Its warnings come again from the second read.
        if (!first.ok())
            return Result<UpdateReport>::failure(first.error());
        const Survey& plain = first.value().survey;
        const QList<int> match = matchQuestions(existing.survey, plain);
        options.typeOverrides.clear();
        QList<SavedImportOptions::Override> applied;
        for (const SavedImportOptions::Override& o : std::as_const(overrides)) {
            int freshIndex = -1;
            for (int f = 0; f < plain.questions.size() && freshIndex < 0; ++f)
                if (match[f] >= 0 && existing.survey.questions[match[f]].id == o.question)
                    freshIndex = f;
            if (freshIndex < 0) {
                warnings.append(
                    {sourcePath, 0, 0,
                     tr("--type %1=%2 is no longer applied: the survey no longer has that "
                        "question")
                         .arg(o.code.isEmpty() ? o.question : o.code, questionTypeName(o.type))});
                continue;
            }
            options.typeOverrides.append({plain.questions[freshIndex].id, o.type});
            applied.append(o);
        }
        overrides = applied;
        options.typeOverrides += newKeys;
        auto second =
            SurveyImporter::importFile(sourcePath, options, progressPart(progress, 40, 80));
        warnings += second.warnings;
        if (!second.ok())
            return Result<UpdateReport>::failure(second.error());
        fresh = second.takeValue();
    }

    const Survey freshSurvey = fresh.survey; // ids as imported, to resolve the new keys
    ProjectUpdate update = merge(existing, std::move(fresh));

    // Save what this import used, tied to the questions' ids in the updated project.
    QList<SavedImportOptions::Override> used;
    for (const SavedImportOptions::Override& o : std::as_const(overrides)) {
        const int q = update.project.survey.findQuestion(o.question);
        if (q >= 0)
            used.append({o.question, update.project.survey.questions[q].code,
                         update.project.survey.questions[q].text, o.type});
    }
    for (const auto& [key, type] : std::as_const(newKeys)) {
        const int q = freshSurvey.findQuestion(key);
        if (q >= 0) // same position in the merged survey: merge keeps the export's order
            used.append({update.project.survey.questions[q].id,
                         update.project.survey.questions[q].code,
                         update.project.survey.questions[q].text, type});
    }
    update.project.state.insert(SavedImportOptions::key(),
                                SavedImportOptions::toJson(options, used));
    // The write-ins are told from the new answers: a newer export has other rare answers.
    warnings += WriteInMerges::redo(update.project, QFileInfo(sourcePath).fileName(),
                                    options.writeInLimit.value_or(WriteInMerges::kDefaultLimit));

    // Every recode is kept (they live in the state, kept whole); one that no longer fits the new
    // export (its option or question gone) is said here, never dropped silently.
    Survey recoded = update.project.survey;
    const EditList edits = EditList::fromState(update.project.state);
    for (qsizetype i = 0; i < edits.size(); ++i)
        if (const Result<Done> done = EditList::applyOne(edits.at(i), recoded, nullptr); !done.ok())
            warnings.append({sourcePath, 0, 0,
                             tr("recode %1 is kept but no longer applies: %2")
                                 .arg(i + 1)
                                 .arg(done.error().message)});

    auto written =
        ProjectStore::write(projectPath, update.project, progressPart(progress, 80, 100));
    warnings += written.warnings;
    if (!written.ok())
        return Result<UpdateReport>::failure(written.error());
    Result<UpdateReport> result(update.report);
    result.warnings = warnings;
    return result;
}

} // namespace sondo
