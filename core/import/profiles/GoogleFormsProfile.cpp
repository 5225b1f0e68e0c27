#include "import/profiles/GoogleFormsProfile.h"

#include "import/profiles/ProfileSupport.h"

#include <QRegularExpression>

namespace sondo {

namespace {

bool isEmailName(const QString& header) {
    static const QStringList names = {
        QStringLiteral("Email Address"),
        QStringLiteral("Indirizzo email"),
        QStringLiteral("Dirección de correo electrónico"),
        QStringLiteral("Adresse e-mail"),
        QStringLiteral("E-Mail-Adresse"),
        QStringLiteral("Endereço de e-mail"),
        QStringLiteral("E-mailadres"),
        QStringLiteral("Adres e-mail"),
    };
    return names.contains(header, Qt::CaseInsensitive);
}

bool isScoreName(const QString& header) {
    static const QStringList names = {
        QStringLiteral("Score"),     QStringLiteral("Punteggio"), QStringLiteral("Puntuación"),
        QStringLiteral("Punktzahl"), QStringLiteral("Pontuação"),
    };
    return names.contains(header, Qt::CaseInsensitive);
}

} // namespace

bool GoogleFormsProfile::isTimestampName(const QString& header) {
    static const QStringList names = {
        QStringLiteral("Timestamp"),
        QStringLiteral("Informazioni cronologiche"),
        QStringLiteral("Marca temporal"),
        QStringLiteral("Horodateur"),
        QStringLiteral("Zeitstempel"),
        QStringLiteral("Carimbo de data/hora"),
        QStringLiteral("Tijdstempel"),
        QStringLiteral("Marca de temps"),
        QStringLiteral("Sygnatura czasowa"),
        QStringLiteral("Tidsstämpel"),
        QStringLiteral("Tidsstempel"),
        QStringLiteral("Aikaleima"),
        QStringLiteral("Časová značka"),
        QStringLiteral("Időbélyeg"),
        QStringLiteral("Marcaj de timp"),
        QStringLiteral("Zaman damgası"),
        QStringLiteral("Χρονική σήμανση"),
        QStringLiteral("Отметка времени"),
        QStringLiteral("Позначка часу"),
        QStringLiteral("Dấu thời gian"),
        QStringLiteral("Stempel waktu"),
        QStringLiteral("タイムスタンプ"),
        QStringLiteral("时间戳"),
        QStringLiteral("時間戳記"),
        QStringLiteral("타임스탬프"),
    };
    return names.contains(header, Qt::CaseInsensitive);
}

int GoogleFormsProfile::confidence(const RawTable& table) const {
    if (table.rowCount() < 1 || table.columnCount() < 1 ||
        !isTimestampName(ProfileSupport::header(table, 0, 0)))
        return 0;
    const QStringList sample = ProfileSupport::sampleCells(table, 0, 1, 20);
    if (sample.isEmpty())
        return 45; // only the header: the name is all there is to go by
    int dates = 0;
    for (const QString& cell : sample)
        dates += ProfileSupport::looksLikeDateTime(cell) ? 1 : 0;
    // A "Timestamp" column of epoch seconds or free text is some other tool's (or a person's).
    return dates * 5 >= sample.size() * 4 ? 60 : 5;
}

ImportPlan GoogleFormsProfile::plan(const RawTable& table) const {
    ImportPlan plan;
    plan.format = name();
    plan.headerRows = 1;
    static const QRegularExpression gridRow(QStringLiteral(R"(^(.*\S)\s*\[([^\[\]]+)\]$)"));

    QStringList stems; // per question: grid stem or empty
    for (int c = 0; c < table.columnCount(); ++c) {
        const QString header = ProfileSupport::nameOrPlaceholder(table, 0, c, plan.warnings);
        if (c == 0 && isTimestampName(header)) {
            plan.questions.append(ProfileSupport::metadata(c, header, QuestionType::Date));
            stems.append(QString());
            continue;
        }
        if (isEmailName(header)) {
            plan.questions.append(ProfileSupport::metadata(c, header, QuestionType::Identifier));
            stems.append(QString());
            continue;
        }
        if (isScoreName(header)) {
            plan.questions.append(ProfileSupport::metadata(c, header));
            stems.append(QString());
            continue;
        }
        QuestionPlan q = ProfileSupport::question(c, header, header);
        q.joinSeparator = QStringLiteral(", ");
        const auto m = gridRow.match(header);
        if (m.hasMatch()) {
            q.code = QStringLiteral("%1 [%2]").arg(m.captured(1), m.captured(2).trimmed());
            stems.append(m.captured(1));
        } else {
            stems.append(QString());
        }
        plan.questions.append(q);
    }
    // A grid is a run of consecutive rows of one stem; a lone "Question [x]" stays on its own.
    for (int i = 0; i < plan.questions.size(); ++i) {
        if (stems[i].isEmpty())
            continue;
        int j = i;
        while (j + 1 < plan.questions.size() && stems[j + 1] == stems[i])
            ++j;
        if (j > i)
            for (int k = i; k <= j; ++k)
                plan.questions[k].group = stems[i];
        i = j;
    }
    ProfileSupport::makeCodesUnique(plan, table, 0);
    return plan;
}

} // namespace sondo
