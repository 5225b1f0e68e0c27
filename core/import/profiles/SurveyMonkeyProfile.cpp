#include "import/profiles/SurveyMonkeyProfile.h"

#include "import/profiles/ProfileSupport.h"

#include <QRegularExpression>

namespace sondo {

namespace {

enum class Meta { None, Id, Date, Identifier };

Meta metaOf(const QString& h) {
    static const QStringList ids = {QStringLiteral("Respondent ID"),
                                    QStringLiteral("ID rispondente")};
    static const QStringList dates = {QStringLiteral("Start Date"), QStringLiteral("End Date"),
                                      QStringLiteral("Data di inizio"),
                                      QStringLiteral("Data di fine")};
    static const QStringList identifiers = {
        QStringLiteral("Collector ID"),  QStringLiteral("IP Address"),
        QStringLiteral("Email Address"), QStringLiteral("First Name"),
        QStringLiteral("Last Name"),     QStringLiteral("ID raccoglitore"),
        QStringLiteral("Indirizzo IP"),  QStringLiteral("Indirizzo email"),
        QStringLiteral("Nome"),          QStringLiteral("Cognome"),
    };
    static const QRegularExpression custom(QStringLiteral(R"(^Custom Data \d+$)"));
    if (ids.contains(h, Qt::CaseInsensitive))
        return Meta::Id;
    if (dates.contains(h, Qt::CaseInsensitive))
        return Meta::Date;
    if (identifiers.contains(h, Qt::CaseInsensitive) || custom.match(h).hasMatch())
        return Meta::Identifier;
    return Meta::None;
}

bool isResponse(const QString& h) {
    static const QStringList names = {
        QStringLiteral("Response"), QStringLiteral("Risposta"), QStringLiteral("Respuesta"),
        QStringLiteral("Antwort"),  QStringLiteral("Réponse"),  QStringLiteral("Resposta"),
        QStringLiteral("Antwoord"),
    };
    return names.contains(h, Qt::CaseInsensitive);
}

bool isOpenEnded(const QString& h) {
    static const QStringList names = {
        QStringLiteral("Open-Ended Response"), QStringLiteral("Risposta aperta"),
        QStringLiteral("Respuesta abierta"),   QStringLiteral("Offene Antwort"),
        QStringLiteral("Réponse ouverte"),     QStringLiteral("Resposta aberta"),
    };
    return names.contains(h, Qt::CaseInsensitive);
}

bool isOther(const QString& h) {
    static const QStringList names = {
        QStringLiteral("Other (please specify)"),    QStringLiteral("Altro (specificare)"),
        QStringLiteral("Otro (especifique)"),        QStringLiteral("Sonstiges (bitte angeben)"),
        QStringLiteral("Autre (veuillez préciser)"), QStringLiteral("Outro (especifique)"),
    };
    return names.contains(h, Qt::CaseInsensitive);
}

/** "Other (please specify)" → "Other", "Altro (specificare)" → "Altro": the option's name. */
QString otherOption(const QString& header) {
    const qsizetype open = header.indexOf(QLatin1Char('('));
    return open > 0 ? header.left(open).trimmed() : header.trimmed();
}

// SurveyMonkey writes the option label into a ticked cell and leaves the others blank.
bool isLabelFlagColumn(const RawTable& table, int column, const QString& label, int firstDataRow) {
    const QStringList values = ProfileSupport::dataValues(table, column, firstDataRow, 1);
    return values.isEmpty() || (values.size() == 1 && values.first().trimmed() == label);
}

bool hasSecondHeaderRow(const RawTable& table) {
    if (table.rowCount() < 2)
        return false;
    for (int c = 0; c < table.columnCount(); ++c) {
        const QString below = ProfileSupport::header(table, 1, c);
        if (isResponse(below) || isOpenEnded(below))
            return true;
        // Under the metadata SurveyMonkey leaves row 2 blank; a respondent's row has an id there.
        if (metaOf(ProfileSupport::header(table, 0, c)) == Meta::Id)
            return below.isEmpty();
    }
    return ProfileSupport::hasBlockShape(table, 0);
}

} // namespace

int SurveyMonkeyProfile::confidence(const RawTable& table) const {
    if (table.rowCount() < 1)
        return 0;
    bool respondent = false, collector = false;
    for (int c = 0; c < table.columnCount(); ++c) {
        const QString h = ProfileSupport::header(table, 0, c);
        respondent = respondent || metaOf(h) == Meta::Id;
        collector = collector || h.compare(u"Collector ID", Qt::CaseInsensitive) == 0 ||
                    h.compare(u"ID raccoglitore", Qt::CaseInsensitive) == 0;
    }
    if (respondent && collector)
        return 95;
    if (!ProfileSupport::hasBlockShape(table, 0))
        return 0;
    for (int c = 0; c < table.columnCount(); ++c) {
        const QString below = ProfileSupport::header(table, 1, c);
        if (isResponse(below) || isOpenEnded(below))
            return 75;
    }
    for (const ProfileSupport::Block& b : ProfileSupport::blocks(table, 0)) {
        if (b.last == b.first)
            continue;
        bool flags = true;
        int filled = 0;
        for (int c = b.first; c <= b.last && flags; ++c) {
            const QString label = ProfileSupport::header(table, 1, c);
            flags = !label.isEmpty() && isLabelFlagColumn(table, c, label, 2);
            filled += ProfileSupport::dataValues(table, c, 2, 0).isEmpty() ? 0 : 1;
        }
        if (flags && filled > 0)
            return 50;
    }
    return 0;
}

ImportPlan SurveyMonkeyProfile::plan(const RawTable& table) const {
    ImportPlan plan;
    plan.format = name();
    plan.headerRows = hasSecondHeaderRow(table) ? 2 : 1;
    const int firstData = plan.headerRows;
    const QString dash = QStringLiteral(" – ");

    // Without the second row (the "condensed" export) a blank header is not a block's tail.
    QList<ProfileSupport::Block> blocks;
    if (plan.headerRows >= 2)
        blocks = ProfileSupport::blocks(table, 0);
    else
        for (int c = 0; c < table.columnCount(); ++c)
            blocks.append({c, c});

    for (const ProfileSupport::Block& b : std::as_const(blocks)) {
        const QString question =
            ProfileSupport::nameOrPlaceholder(table, 0, b.first, plan.warnings);
        const auto label = [&](int c) {
            return plan.headerRows >= 2 ? ProfileSupport::header(table, 1, c) : QString();
        };
        const Meta meta = b.first == b.last ? metaOf(question) : Meta::None;
        if (meta != Meta::None) {
            if (meta == Meta::Id && plan.respondentIdColumn < 0)
                plan.respondentIdColumn = b.first;
            plan.questions.append(ProfileSupport::metadata(
                b.first, question,
                meta == Meta::Date ? QuestionType::Date : QuestionType::Identifier));
            continue;
        }
        if (b.first == b.last && label(b.first).isEmpty()) {
            plan.questions.append(ProfileSupport::question(b.first, question, question));
            continue;
        }
        // From here on a one-column block is read like a wider one: a lone option label is a
        // one-option multiple choice ("I accept the terms"), a lone item a one-row matrix.

        // Free-text companions ("Other (please specify)") are questions of their own; what is
        // left is the question proper.
        QList<int> main;
        QList<int> others;
        for (int c = b.first; c <= b.last; ++c) {
            const QString l = label(c);
            if (isOther(l) || (isOpenEnded(l) && c > b.first))
                others.append(c);
            else
                main.append(c);
        }
        const auto emitOthers = [&](int before) {
            while (!others.isEmpty() && others.first() < before) {
                const int c = others.takeFirst();
                const QString l = label(c);
                const QString text = question + dash + l;
                QuestionPlan q = ProfileSupport::question(c, text, text);
                q.typeHint = QuestionType::Text;
                plan.questions.append(q);
            }
        };

        const bool single =
            main.size() == 1 && (isResponse(label(main.first())) ||
                                 isOpenEnded(label(main.first())) || label(main.first()).isEmpty());
        bool flags = !single && !main.isEmpty();
        for (int c : std::as_const(main)) {
            if (!flags)
                break;
            const QString l = label(c);
            flags = !l.isEmpty() && isLabelFlagColumn(table, c, l, firstData);
        }

        if (single) {
            emitOthers(main.first());
            plan.questions.append(ProfileSupport::question(main.first(), question, question));
        } else if (flags) {
            emitOthers(main.first());
            QuestionPlan q;
            q.code = question;
            q.text = question;
            q.layout = ColumnLayout::OptionFlags;
            q.typeHint = QuestionType::Multiple;
            for (int c : std::as_const(main)) {
                q.columns.append(c);
                q.columnOptions.append(label(c));
            }
            // The block's "Other (please specify)" box is its Other option too: whoever wrote
            // in it chose it. The box stays a text question of its own for the words.
            for (int c : std::as_const(others)) {
                if (!isOther(label(c)))
                    continue;
                if (q.writeInFrom < 0)
                    q.writeInFrom = int(q.columns.size());
                q.columns.append(c);
                q.columnOptions.append(otherOption(label(c)));
            }
            plan.questions.append(q);
        } else {
            for (int c : std::as_const(main)) {
                emitOthers(c);
                QString item = label(c);
                if (item.isEmpty())
                    item = ProfileSupport::nameOrPlaceholder(table, 1, c, plan.warnings);
                const QString text = question + dash + item;
                QuestionPlan q = ProfileSupport::question(c, text, text);
                q.group = question;
                plan.questions.append(q);
            }
        }
        emitOthers(b.last + 1);
    }
    ProfileSupport::makeCodesUnique(plan, table, 0);
    return plan;
}

} // namespace sondo
