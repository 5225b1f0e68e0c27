#include "import/profiles/MicrosoftFormsProfile.h"

#include "import/profiles/ProfileSupport.h"

namespace sondo {

namespace {

enum class Role { None, Id, Start, Completion, Email, Name, Modified };

Role roleOf(const QString& h) {
    static const QStringList start = {
        QStringLiteral("Start time"),     QStringLiteral("Ora di inizio"),
        QStringLiteral("Startzeit"),      QStringLiteral("Hora de inicio"),
        QStringLiteral("Heure de début"), QStringLiteral("Hora de início"),
    };
    static const QStringList completion = {
        QStringLiteral("Completion time"),     QStringLiteral("Ora di completamento"),
        QStringLiteral("Fertigstellungszeit"), QStringLiteral("Hora de finalización"),
        QStringLiteral("Heure de fin"),        QStringLiteral("Hora de conclusão"),
    };
    static const QStringList email = {
        QStringLiteral("Email"),
        QStringLiteral("Posta elettronica"),
        QStringLiteral("E-Mail"),
        QStringLiteral("Correo electrónico"),
        QStringLiteral("Adresse de messagerie"),
    };
    static const QStringList names = {QStringLiteral("Name"), QStringLiteral("Nome"),
                                      QStringLiteral("Nombre"), QStringLiteral("Nom")};
    static const QStringList modified = {QStringLiteral("Last modified time"),
                                         QStringLiteral("Ora ultima modifica")};
    if (h == u"ID")
        return Role::Id;
    if (start.contains(h, Qt::CaseInsensitive))
        return Role::Start;
    if (completion.contains(h, Qt::CaseInsensitive))
        return Role::Completion;
    if (email.contains(h, Qt::CaseInsensitive))
        return Role::Email;
    if (names.contains(h, Qt::CaseInsensitive))
        return Role::Name;
    if (modified.contains(h, Qt::CaseInsensitive))
        return Role::Modified;
    return Role::None;
}

bool isQuizColumn(const QString& h) {
    static const QStringList exact = {
        QStringLiteral("Total points"),
        QStringLiteral("Punti totali"),
        QStringLiteral("Quiz feedback"),
        QStringLiteral("Commenti sul quiz"),
    };
    static const QStringList prefixes = {
        QStringLiteral("Points - "),
        QStringLiteral("Feedback - "),
        QStringLiteral("Punti - "),
        QStringLiteral("Commenti - "),
    };
    if (exact.contains(h, Qt::CaseInsensitive))
        return true;
    for (const QString& p : prefixes)
        if (h.startsWith(p))
            return true;
    return false;
}

/**
 * The stem of a Likert statement's header, "How satisfied are you?" of "How satisfied are
 * you?.Speed": Microsoft joins a Likert question's title and each statement with a bare "."
 * (no space on either side, not between two digits as in "1.5"). Empty when there is none.
 */
QString likertStem(const QString& header) {
    const qsizetype dot = header.lastIndexOf(QLatin1Char('.'));
    if (dot < 3 || dot + 1 >= header.size())
        return {};
    const QChar before = header.at(dot - 1), after = header.at(dot + 1);
    if (before.isSpace() || after.isSpace() || (before.isDigit() && after.isDigit()))
        return {};
    return header.left(dot);
}

// Microsoft puts its fields first; the same words later ("Name") are the form's own questions.
constexpr int LeadingColumns = 7;

} // namespace

int MicrosoftFormsProfile::confidence(const RawTable& table) const {
    if (table.rowCount() < 1)
        return 0;
    bool id = false, start = false, completion = false;
    for (int c = 0; c < qMin(LeadingColumns, table.columnCount()); ++c) {
        switch (roleOf(ProfileSupport::header(table, 0, c))) {
        case Role::Id:
            id = true;
            break;
        case Role::Start:
            start = true;
            break;
        case Role::Completion:
            completion = true;
            break;
        default:
            break;
        }
    }
    if (start && completion)
        return id ? 90 : 70;
    return 0;
}

ImportPlan MicrosoftFormsProfile::plan(const RawTable& table) const {
    ImportPlan plan;
    plan.format = name();
    plan.headerRows = 1;
    bool leading = true;
    for (int c = 0; c < table.columnCount(); ++c) {
        const QString header = ProfileSupport::nameOrPlaceholder(table, 0, c, plan.warnings);
        const Role role = leading && c < LeadingColumns ? roleOf(header) : Role::None;
        switch (role) {
        case Role::Id:
            if (plan.respondentIdColumn < 0)
                plan.respondentIdColumn = c;
            plan.questions.append(ProfileSupport::metadata(c, header, QuestionType::Identifier));
            continue;
        case Role::Start:
        case Role::Completion:
        case Role::Modified:
            plan.questions.append(ProfileSupport::metadata(c, header, QuestionType::Date));
            continue;
        case Role::Email:
        case Role::Name:
            plan.questions.append(ProfileSupport::metadata(c, header, QuestionType::Identifier));
            continue;
        default:
            break;
        }
        leading = false;
        if (isQuizColumn(header)) {
            plan.questions.append(ProfileSupport::metadata(c, header));
            continue;
        }
        QuestionPlan q = ProfileSupport::question(c, header, header);
        q.joinSeparator = QStringLiteral(";");
        plan.questions.append(q);
    }
    // Runs of Likert statements under one title are one grid.
    for (qsizetype i = 0; i < plan.questions.size();) {
        const QString stem =
            plan.questions[i].metadata ? QString() : likertStem(plan.questions[i].text);
        qsizetype end = i + 1;
        while (!stem.isEmpty() && end < plan.questions.size() && !plan.questions[end].metadata &&
               likertStem(plan.questions[end].text) == stem)
            ++end;
        if (end - i >= 2)
            for (qsizetype k = i; k < end; ++k) {
                plan.questions[k].group = stem;
                plan.questions[k].joinSeparator.clear();
            }
        i = end;
    }
    ProfileSupport::makeCodesUnique(plan, table, 0);
    return plan;
}

} // namespace sondo
