#include "storage/ProjectWriter.h"

#include "base/AtomicFileReplacement.h"
#include "storage/PreparedInsert.h"
#include "storage/ProjectSchema.h"
#include "storage/ProjectStateStore.h"
#include "storage/ResponseStore.h"
#include "storage/ResponseTableLayout.h"
#include "storage/SqlConnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QSet>
#include <QVariant>
#include <cmath>
#include <limits>

namespace sondo {

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

QVariant nullable(const QString& text) {
    return text.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

/** For NOT NULL columns: QtSql binds a null QString as NULL. */
QString notNull(const QString& text) {
    return text.isNull() ? QStringLiteral("") : text;
}

QString cannotSave(const QString& detail) {
    return QCoreApplication::translate("sondo", "cannot save the project: %1").arg(detail);
}

/** What went wrong with the file itself, said as a project that could not be saved. */
QString cannotSave(const AtomicFileReplacement& file) {
    const QString folder = QDir::toNativeSeparators(file.folder());
    switch (file.problem()) {
    case AtomicFileReplacement::Problem::TargetIsFolder:
        return QCoreApplication::translate("sondo",
                                           "cannot save the project: a folder has this name");
    case AtomicFileReplacement::Problem::NoFolder:
        return QCoreApplication::translate("sondo",
                                           "cannot save the project: the folder %1 does not exist")
            .arg(folder);
    case AtomicFileReplacement::Problem::CannotCreate:
        return QCoreApplication::translate(
                   "sondo", "cannot save the project: cannot create a file in %1: %2")
            .arg(folder, file.detail());
    case AtomicFileReplacement::Problem::None:
    case AtomicFileReplacement::Problem::CannotSync:
    case AtomicFileReplacement::Problem::CannotReplace:
        break;
    }
    return cannotSave(file.detail());
}

/** Why `survey` cannot be saved (questions without an id, ids that repeat), or empty. */
QString surveyProblem(const Survey& survey) {
    QSet<QString> ids;
    for (int q = 0; q < survey.questions.size(); ++q) {
        const Question& question = survey.questions[q];
        if (question.id.trimmed().isEmpty())
            return QStringLiteral("question %1 has no id").arg(q + 1);
        const QString key = question.id.toLower();
        if (ids.contains(key))
            return QStringLiteral("two questions have the id %1").arg(question.id);
        ids.insert(key);
    }
    // Membership is stored once, on the items (questions.group_id): the two sides must agree.
    QSet<QString> groupIds;
    for (const QuestionGroup& group : survey.groups) {
        if (group.id.trimmed().isEmpty())
            return QStringLiteral("a question group has no id");
        if (groupIds.contains(group.id.toLower()))
            return QStringLiteral("two question groups have the id %1").arg(group.id);
        groupIds.insert(group.id.toLower());
        for (const QString& item : group.items) {
            const int q = survey.findQuestion(item, QString());
            if (q < 0 || survey.questions[q].group.compare(group.id, Qt::CaseInsensitive) != 0)
                return QStringLiteral("item %1 of group %2 is not a question of that group")
                    .arg(item, group.id);
        }
    }
    for (const Question& question : survey.questions)
        if (!question.group.isEmpty() && !groupIds.contains(question.group.toLower()))
            return QStringLiteral("question %1 is in the unknown group %2")
                .arg(question.id, question.group);
    return QString();
}

/** Writes everything of `project` but its answers (and the view over them). */
Result<Done> writeTables(SqlConnection& connection, const QString& path, const Project& project,
                         const ResponseTableLayout& layout) {
    auto fail = [&](const QString& detail) {
        return Result<Done>::failure(Diagnostic{path, 0, 0, cannotSave(detail)});
    };
    const Survey& survey = project.survey;
    PreparedInsert facts(connection,
                         QStringLiteral("INSERT INTO project(key, value) VALUES (?, ?)"));
    if (!facts.run({QStringLiteral("title"), nullable(survey.title)}) ||
        !facts.run({QStringLiteral("source_format"), nullable(survey.sourceFormat)}))
        return fail(facts.errorText());

    PreparedInsert groups(connection, QStringLiteral("INSERT INTO question_groups(position, id, "
                                                     "text, kind) VALUES (?, ?, ?, ?)"));
    for (int g = 0; g < survey.groups.size(); ++g) {
        const QuestionGroup& group = survey.groups[g];
        if (!groups.run({g + 1, group.id, notNull(group.text), questionGroupKindName(group.kind)}))
            return fail(groups.errorText());
    }

    PreparedInsert questions(
        connection, QStringLiteral("INSERT INTO questions(position, id, code, text, type, "
                                   "metadata, scored, group_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    PreparedInsert options(connection, QStringLiteral("INSERT INTO options(question_id, position, "
                                                      "label, score) VALUES (?, ?, ?, ?)"));
    const QVariant nullScore(QMetaType::fromType<double>());
    for (int q = 0; q < survey.questions.size(); ++q) {
        const Question& question = survey.questions[q];
        if (!questions.run({q + 1, question.id, notNull(question.code), notNull(question.text),
                            questionTypeName(question.type), int(question.metadata),
                            int(!question.scores.empty()),
                            nullable(question.group.isEmpty() ? QString() : question.group)}))
            return fail(questions.errorText());
        for (int o = 0; o < question.options.size(); ++o) {
            const double score =
                size_t(o) < question.scores.size() ? question.scores[size_t(o)] : NaN;
            if (!options.run({question.id, o + 1, notNull(question.options[o]),
                              std::isnan(score) ? nullScore : QVariant(score)}))
                return fail(options.errorText());
        }
    }

    PreparedInsert columns(connection,
                           QStringLiteral("INSERT INTO columns(column_name, question_id, "
                                          "option_position, content) VALUES (?, ?, ?, ?)"));
    for (const ResponseTableLayout::Column& column : layout.columns()) {
        const QVariant option =
            column.option >= 0 ? QVariant(column.option + 1) : QVariant(QMetaType::fromType<int>());
        if (!columns.run({column.name, survey.questions[column.question].id, option,
                          ResponseTableLayout::contentName(column.content)}))
            return fail(columns.errorText());
    }

    PreparedInsert imports(connection,
                           QStringLiteral("INSERT INTO imports(source_name, source_path, sha256, "
                                          "imported_at, rows, format, encoding, delimiter) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const ImportRecord& record : project.imports) {
        const QString when = record.importedAt.isValid()
                                 ? record.importedAt.toUTC().toString(Qt::ISODateWithMs)
                                 : QString();
        if (!imports.run({nullable(record.sourceName), nullable(record.sourcePath),
                          nullable(record.sha256), nullable(when), record.rows,
                          nullable(record.format), nullable(record.encoding),
                          nullable(record.delimiter)}))
            return fail(imports.errorText());
    }

    QString error;
    if (!ProjectStateStore::insert(connection, project.state, &error))
        return fail(error);
    return Done{};
}

} // namespace

struct ProjectWriter::State {
    explicit State(const QString& path)
        : path(path)
        , file(path) {}
    ~State() {
        // The store's statements, then the connection, then (with `file`) the unfinished file.
        responses.reset();
        connection.reset();
    }

    QString path; ///< as given, for messages
    AtomicFileReplacement file;
    std::unique_ptr<SqlConnection> connection;
    std::unique_ptr<ResponseStore> responses;
    ResponseTableLayout layout;
    qint64 written = 0;
};

ProjectWriter::ProjectWriter() = default;
ProjectWriter::~ProjectWriter() = default;

QString ProjectWriter::problem(const Project& project) {
    const Survey& survey = project.survey;
    if (const QString reason = surveyProblem(survey); !reason.isEmpty())
        return reason;
    const ResponseMatrix& responses = project.responses;
    const qsizetype n = responses.respondentCount;
    if (n < 0)
        return QStringLiteral("negative respondent count");
    if (responses.columns.size() != size_t(survey.questions.size()))
        return QStringLiteral("%1 answer columns for %2 questions")
            .arg(responses.columns.size())
            .arg(survey.questions.size());
    if (!responses.respondentIds.isEmpty() && responses.respondentIds.size() != n)
        return QStringLiteral("%1 respondent ids for %2 respondents")
            .arg(responses.respondentIds.size())
            .arg(n);
    if (!responses.weights.empty() && responses.weights.size() != size_t(n))
        return QStringLiteral("%1 weights for %2 respondents").arg(responses.weights.size()).arg(n);
    for (int q = 0; q < survey.questions.size(); ++q) {
        const Question& question = survey.questions[q];
        const AnswerColumn& answers = responses.columns[q];
        bool fits = true;
        switch (question.type) {
        case QuestionType::Single:
        case QuestionType::Likert:
            fits = answers.codes.size() == size_t(n);
            break;
        case QuestionType::Multiple:
            fits = answers.answered.size() == size_t(n) &&
                   answers.selected.size() == size_t(question.options.size());
            for (const auto& flags : answers.selected)
                fits = fits && flags.size() == size_t(n);
            break;
        case QuestionType::Numeric:
            fits = answers.values.size() == size_t(n);
            break;
        case QuestionType::Date:
            fits = answers.values.size() == size_t(n) &&
                   (answers.texts.isEmpty() || answers.texts.size() == n);
            break;
        case QuestionType::Text:
        case QuestionType::Identifier:
            fits = answers.texts.size() == n;
            break;
        }
        if (!fits)
            return QStringLiteral("the answers to %1 (%2) do not fit %3 respondents")
                .arg(question.id, questionTypeName(question.type))
                .arg(n);
    }
    return QString();
}

qint64 ProjectWriter::respondentsWritten() const {
    return m_state->written;
}

Result<std::unique_ptr<ProjectWriter>> ProjectWriter::begin(const QString& path,
                                                            const Survey& survey) {
    using Begun = Result<std::unique_ptr<ProjectWriter>>;
    auto fail = [&](const QString& message) {
        return Begun::failure(Diagnostic{path, 0, 0, message});
    };
    if (const QString reason = surveyProblem(survey); !reason.isEmpty())
        return fail(cannotSave(reason));

    std::unique_ptr<ProjectWriter> writer(new ProjectWriter());
    writer->m_state = std::make_unique<State>(path);
    State& state = *writer->m_state;
    if (!state.file.begin())
        return fail(cannotSave(state.file));

    state.connection =
        std::make_unique<SqlConnection>(state.file.tempPath(), SqlConnection::Mode::ReadWrite);
    SqlConnection& connection = *state.connection;
    auto sqlFailure = [&](const QString& what) {
        return fail(QCoreApplication::translate("sondo", "cannot save the project (%1): %2")
                        .arg(what, connection.errorText()));
    };
    if (!connection.open())
        return sqlFailure(QStringLiteral("open"));
    // The temporary file is discarded on any failure, so neither a rollback journal nor syncs
    // mid-way buy anything; the whole file is synced once before the rename.
    if (!connection.exec(QStringLiteral("PRAGMA journal_mode = OFF")) ||
        !connection.exec(QStringLiteral("PRAGMA synchronous = OFF")) ||
        !connection.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")) ||
        !connection.exec(QStringLiteral("BEGIN")))
        return sqlFailure(QStringLiteral("begin"));
    Result<Done> schema = ProjectSchema::migrate(connection, 0, path);
    if (!schema.ok())
        return Begun::failure(schema.error());

    state.layout = ResponseTableLayout::forSurvey(survey);
    state.responses = ResponseStore::forConnection(connection, path);
    // respondent, respondent_id and weight come first.
    const int needed = int(state.layout.columns().size()) + 3;
    const int limit = state.responses->columnLimit();
    if (needed > limit)
        return fail(cannotSave(QCoreApplication::translate("sondo", "its answers need %1 columns, "
                                                                    "more than the %2 a project "
                                                                    "file can hold")
                                   .arg(needed)
                                   .arg(limit)));
    Result<Done> created = state.responses->create(state.layout);
    if (!created.ok())
        return Begun::failure(created.error());
    return Begun(std::move(writer));
}

Result<Done> ProjectWriter::append(const ResponseMatrix& answers, int firstRow, int count) {
    State& state = *m_state;
    Result<Done> appended =
        state.responses->append(answers, state.written, int(state.written) - firstRow, count);
    if (appended.ok())
        state.written += count;
    state.file.startWriteback();
    return appended;
}

Result<Done> ProjectWriter::commit(const Project& project) {
    State& state = *m_state;
    auto fail = [&](const QString& message) {
        return Result<Done>::failure(Diagnostic{state.path, 0, 0, message});
    };
    const ResponseTableLayout layout = ResponseTableLayout::forSurvey(project.survey);
    bool same = layout.columns().size() == state.layout.columns().size();
    for (size_t c = 0; same && c < layout.columns().size(); ++c)
        same = layout.columns()[c].name == state.layout.columns()[c].name &&
               layout.columns()[c].content == state.layout.columns()[c].content;
    if (!same)
        return fail(QCoreApplication::translate("sondo",
                                                "cannot save the project: its questions changed "
                                                "while its answers were written"));
    Result<Done> finished = state.responses->finish();
    if (!finished.ok())
        return finished;
    Result<Done> tables = writeTables(*state.connection, state.path, project, layout);
    if (!tables.ok())
        return tables;
    Result<Done> view = state.responses->createLabelledView(layout, project.survey);
    if (!view.ok())
        return view;
    if (!state.connection->exec(QStringLiteral("COMMIT")))
        return fail(QCoreApplication::translate("sondo", "cannot save the project (%1): %2")
                        .arg(QStringLiteral("commit"), state.connection->errorText()));
    state.responses.reset();
    state.connection.reset();
    if (!state.file.commit())
        return fail(cannotSave(state.file));
    return Done{};
}

} // namespace sondo
