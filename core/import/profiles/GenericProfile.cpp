#include "import/profiles/GenericProfile.h"

#include "import/profiles/ProfileSupport.h"

#include <QSet>

namespace sondo {

namespace {

/** Words of a header, lower case: split at anything not a letter or digit and at camelCase. */
QStringList wordsOf(const QString& header) {
    QStringList words;
    QString word;
    for (int i = 0; i < header.size(); ++i) {
        const QChar ch = header.at(i);
        if (!ch.isLetterOrNumber()) {
            if (!word.isEmpty())
                words.append(word);
            word.clear();
            continue;
        }
        if (ch.isUpper() && i > 0 && header.at(i - 1).isLower() && !word.isEmpty()) {
            words.append(word);
            word.clear();
        }
        word += ch.toLower();
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

} // namespace

bool GenericProfile::isIdName(const QString& header) {
    static const QSet<QString> idWords = {
        QStringLiteral("id"),
        QStringLiteral("ids"),
        QStringLiteral("identifier"),
        QStringLiteral("identificativo"),
        QStringLiteral("identificatore"),
        QStringLiteral("codice"),
        QStringLiteral("code"),
        QStringLiteral("matricola"),
        QStringLiteral("uuid"),
        QStringLiteral("guid"),
    };
    // Whose id it is. Anything else ("Codice prodotto", "Zip code", "ID ordine") is a question
    // about something, even when its values happen to differ in a small file.
    static const QSet<QString> ownerWords = {
        QStringLiteral("risposta"),     QStringLiteral("risposte"),
        QStringLiteral("rispondente"),  QStringLiteral("respondent"),
        QStringLiteral("response"),     QStringLiteral("record"),
        QStringLiteral("partecipante"), QStringLiteral("participant"),
        QStringLiteral("intervista"),   QStringLiteral("intervistato"),
        QStringLiteral("questionario"), QStringLiteral("submission"),
        QStringLiteral("compilazione"), QStringLiteral("caso"),
        QStringLiteral("case"),         QStringLiteral("utente"),
        QStringLiteral("user"),         QStringLiteral("cliente"),
        QStringLiteral("customer"),     QStringLiteral("client"),
        QStringLiteral("dipendente"),   QStringLiteral("employee"),
        QStringLiteral("studente"),     QStringLiteral("student"),
        QStringLiteral("soggetto"),     QStringLiteral("subject"),
        QStringLiteral("unico"),        QStringLiteral("univoco"),
        QStringLiteral("unique"),       QStringLiteral("di"),
        QStringLiteral("del"),          QStringLiteral("dell"),
        QStringLiteral("della"),        QStringLiteral("dello"),
        QStringLiteral("of"),           QStringLiteral("the"),
    };
    bool id = false;
    for (const QString& w : wordsOf(header)) {
        if (idWords.contains(w))
            id = true;
        else if (!ownerWords.contains(w))
            return false;
    }
    return id;
}

QString GenericProfile::joinSeparatorOf(const RawTable& table, int column, int firstDataRow) {
    if (column < 0 || column >= table.columnCount())
        return QString();
    // The first distinct values are enough to see how a column joins its answers, and reading
    // them costs nothing per row.
    constexpr int kSample = 1000;
    std::uint32_t headerIds = 0;
    for (int r = 0; r < firstDataRow && r < table.rowCount(); ++r)
        headerIds = qMax(headerIds, table.cellId(r, column));
    const QStringList& values = table.distinctValues(column);
    int comma = 0, semicolon = 0;
    for (int i = int(headerIds); i < values.size() && i < int(headerIds) + kSample; ++i) {
        const QString& v = values.at(i);
        comma += v.contains(QLatin1String(", ")) ? 1 : 0;
        semicolon += v.contains(u';') ? 1 : 0;
    }
    if (semicolon > comma)
        return QStringLiteral(";");
    return comma > 0 ? QStringLiteral(", ") : QString();
}

bool GenericProfile::hasUniqueValues(const RawTable& table, int column, int firstDataRow) {
    if (column < 0 || column >= table.columnCount())
        return false;
    // Ids follow first appearance, so a data cell holds a new value exactly when its id is above
    // every id met before (header rows included: a value repeating a header is not new).
    std::uint32_t newest = 0;
    for (int r = 0; r < firstDataRow && r < table.rowCount(); ++r)
        newest = qMax(newest, table.cellId(r, column));
    bool unique = true;
    const int first = std::max(firstDataRow, 0);
    table.forEachId(column, first, table.rowCount() - first, [&](int, std::uint32_t id) {
        if (id == 0)
            return;
        unique = unique && id > newest;
        newest = std::max(newest, id);
    });
    return unique;
}

int GenericProfile::confidence(const RawTable&) const {
    return 10;
}

ImportPlan GenericProfile::plan(const RawTable& table) const {
    ImportPlan plan;
    plan.format = name();
    plan.headerRows = 1;
    const int firstData = plan.headerRows;
    for (int c = 0; c < table.columnCount(); ++c) {
        const QString text = ProfileSupport::nameOrPlaceholder(table, 0, c, plan.warnings);
        // An "ID" whose values repeat is something asked about (a product, a branch), not who
        // answered.
        if (isIdName(ProfileSupport::header(table, 0, c)) && hasUniqueValues(table, c, firstData)) {
            if (plan.respondentIdColumn < 0)
                plan.respondentIdColumn = c;
            plan.questions.append(ProfileSupport::metadata(c, text, QuestionType::Identifier));
            continue;
        }
        QuestionPlan q = ProfileSupport::question(c, text, text);
        q.joinSeparator = joinSeparatorOf(table, c, firstData);
        plan.questions.append(q);
    }
    ProfileSupport::makeCodesUnique(plan, table, 0);
    return plan;
}

} // namespace sondo
