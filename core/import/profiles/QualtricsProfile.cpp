#include "import/profiles/QualtricsProfile.h"

#include "import/profiles/ProfileSupport.h"

#include <QRegularExpression>
#include <optional>

namespace sondo {

namespace {

enum class Meta { None, Id, Date, Identifier, Number, Other };

Meta metaOf(const QString& name) {
    static const QStringList dates = {QStringLiteral("StartDate"), QStringLiteral("EndDate"),
                                      QStringLiteral("RecordedDate")};
    static const QStringList identifiers = {
        QStringLiteral("IPAddress"),          QStringLiteral("RecipientLastName"),
        QStringLiteral("RecipientFirstName"), QStringLiteral("RecipientEmail"),
        QStringLiteral("ExternalReference"),  QStringLiteral("ExternalDataReference"),
        QStringLiteral("EmailAddress"),
    };
    // Numbers even when every respondent has the same (one place, one duration): never choices.
    static const QStringList numbers = {
        QStringLiteral("Progress"),         QStringLiteral("Duration (in seconds)"),
        QStringLiteral("LocationLatitude"), QStringLiteral("LocationLongitude"),
        QStringLiteral("LocationAccuracy"),
    };
    static const QStringList others = {
        QStringLiteral("Status"),
        QStringLiteral("Finished"),
        // The panel's response set: a name shared by many respondents, a possible segment.
        QStringLiteral("ResponseSet"),
        QStringLiteral("DistributionChannel"),
        QStringLiteral("UserLanguage"),
    };
    if (name == u"ResponseId" || name == u"ResponseID")
        return Meta::Id;
    if (dates.contains(name))
        return Meta::Date;
    if (identifiers.contains(name))
        return Meta::Identifier;
    if (numbers.contains(name))
        return Meta::Number;
    if (others.contains(name))
        return Meta::Other;
    // Qualtrics' own fields (Q_RecaptchaScore, Q_URL…) and display-order columns (Q1_DO).
    static const QRegularExpression internal(QStringLiteral(R"(^Q_[A-Za-z]|_DO$)"));
    if (internal.match(name).hasMatch())
        return Meta::Other;
    return Meta::None;
}

bool isImportIdRow(const RawTable& table) {
    if (table.rowCount() < 3)
        return false;
    for (int c = 0; c < table.columnCount(); ++c) {
        const QString cell = ProfileSupport::header(table, 2, c);
        if (!cell.isEmpty())
            // The 2017 export wrote the row as a Python dict: {'ImportId': 'QID1'}.
            return cell.startsWith(QStringLiteral("{\"ImportId\"")) ||
                   cell.startsWith(QStringLiteral("{'ImportId'"));
    }
    return false;
}

// The older export numbers its fields V1…V10 in row 1 and names them in row 2.
bool isLegacyName(const QString& name) {
    static const QRegularExpression re(QStringLiteral(R"(^V\d+$)"));
    return re.match(name).hasMatch();
}

int metadataNames(const RawTable& table) {
    int n = 0;
    for (int c = 0; c < table.columnCount(); ++c) {
        QString name = ProfileSupport::header(table, 0, c);
        if (isLegacyName(name))
            name = ProfileSupport::header(table, 1, c);
        const Meta m = metaOf(name);
        if (m != Meta::None && !name.startsWith(QStringLiteral("Q_")) && !name.endsWith(u"_DO"))
            ++n;
    }
    return n;
}

// Row 2 holds texts unless it already holds a respondent's answers under the metadata columns.
bool secondRowIsText(const RawTable& table) {
    if (table.rowCount() < 2)
        return false;
    static const QRegularExpression responseId(QStringLiteral(R"(^R_\w+$)"));
    for (int c = 0; c < table.columnCount(); ++c) {
        const Meta m = metaOf(ProfileSupport::header(table, 0, c));
        const QString below = ProfileSupport::header(table, 1, c);
        if (m == Meta::Date)
            return !ProfileSupport::looksLikeDateTime(below);
        if (m == Meta::Id)
            return !responseId.match(below).hasMatch();
    }
    return true;
}

/** The beginning the texts of questions [first, last] share. */
QString commonStart(const QList<QuestionPlan>& questions, qsizetype first, qsizetype last) {
    QString common = questions[first].text;
    for (qsizetype k = first + 1; k <= last; ++k) {
        const QString& t = questions[k].text;
        qsizetype n = 0;
        while (n < common.size() && n < t.size() && common[n] == t[n])
            ++n;
        common.truncate(n);
    }
    return common;
}

/**
 * Columns [first, last] of the plan as one multiple choice, when every cell of them is blank or
 * "1" and their texts share a stem before the choice ("Question-Choice", "Question - Choice").
 */
std::optional<QuestionPlan> optionFlags(const RawTable& table, const ImportPlan& plan, int first,
                                        int last, const QString& stem) {
    bool anyTick = false;
    for (int k = first; k <= last; ++k) {
        const QuestionPlan& q = plan.questions[k];
        if (q.columns.size() != 1 || q.typeHint)
            return std::nullopt;
        const QStringList values =
            ProfileSupport::dataValues(table, q.columns.first(), plan.headerRows, 2);
        if (values.size() > 1 || (values.size() == 1 && values.first().trimmed() != u"1"))
            return std::nullopt;
        anyTick = anyTick || !values.isEmpty();
    }
    if (!anyTick)
        return std::nullopt;
    // The stem: the texts' common beginning, cut back to the last dash in it.
    const QString common = commonStart(plan.questions, first, last);
    const qsizetype cut = common.lastIndexOf(u'-');
    if (cut <= 0)
        return std::nullopt;
    QuestionPlan out;
    out.code = stem;
    out.text = common.left(cut).trimmed();
    out.layout = ColumnLayout::OptionFlags;
    out.typeHint = QuestionType::Multiple;
    for (int k = first; k <= last; ++k) {
        out.columns.append(plan.questions[k].columns.first());
        out.columnOptions.append(plan.questions[k].text.mid(cut + 1).trimmed());
    }
    return out;
}

/**
 * A matrix with one answer column ("TAG_ROW_COL", "TAG#SET_ROW_COL" with COL the same on every
 * row, "-1" or "0" where the survey recodes it) is a multiple choice among its rows: each
 * column holds one value when its row was ticked, whatever that value is. The texts read
 * "Question-Row-Answer": the question is their common beginning, each option its row.
 */
void mergeOneColumnMatrices(const RawTable& table, ImportPlan& plan) {
    static const QRegularExpression cell(QStringLiteral(R"(^(.+)_(\d+)_(-?\d+)$)"));
    auto partsOf = [&](const QuestionPlan& q) {
        if (q.layout != ColumnLayout::OneColumn || q.columns.size() != 1 || q.typeHint ||
            q.metadata || !q.group.isEmpty())
            return QStringList();
        const QRegularExpressionMatch m = cell.match(q.code);
        return m.hasMatch() ? QStringList{m.captured(1), m.captured(3)} : QStringList();
    };
    QList<QuestionPlan> out;
    for (qsizetype i = 0; i < plan.questions.size();) {
        const QStringList parts = partsOf(plan.questions[i]);
        qsizetype j = i + 1;
        while (!parts.isEmpty() && j < plan.questions.size() && partsOf(plan.questions[j]) == parts)
            ++j;
        QStringList ticks;
        bool oneValueEach = j - i >= 2;
        for (qsizetype k = i; k < j && oneValueEach; ++k) {
            const QStringList values = ProfileSupport::dataValues(
                table, plan.questions[k].columns.first(), plan.headerRows, 2);
            oneValueEach = values.size() <= 1;
            ticks.append(values.isEmpty() ? QStringLiteral("1") : values.first().trimmed());
        }
        const QString prefix = commonStart(plan.questions, i, j - 1);
        QString suffix = plan.questions[i].text;
        for (qsizetype k = i + 1; k < j; ++k) {
            const QString& t = plan.questions[k].text;
            qsizetype n = 0;
            while (n < suffix.size() && n < t.size() &&
                   suffix[suffix.size() - 1 - n] == t[t.size() - 1 - n])
                ++n;
            suffix = suffix.right(n);
        }
        const qsizetype cut = prefix.lastIndexOf(u'-');
        if (!oneValueEach || cut <= 0) {
            for (qsizetype k = i; k < j; ++k)
                out.append(plan.questions[k]);
            i = j;
            continue;
        }
        // The answer's part of the texts starts at the suffix's first dash.
        const qsizetype answer = suffix.indexOf(u'-');
        const qsizetype tail = answer >= 0 ? suffix.size() - answer : 0;
        QuestionPlan merged;
        merged.code = parts.first();
        merged.text = prefix.left(cut).trimmed();
        merged.layout = ColumnLayout::OptionFlags;
        merged.typeHint = QuestionType::Multiple;
        for (qsizetype k = i; k < j; ++k) {
            const QString& t = plan.questions[k].text;
            merged.columns.append(plan.questions[k].columns.first());
            merged.columnOptions.append(t.mid(cut + 1, t.size() - cut - 1 - tail).trimmed());
        }
        merged.selectedValues = ticks;
        out.append(merged);
        i = j;
    }
    plan.questions = out;
}

/**
 * A matrix with several answers per row spreads each row over a column per answer
 * ("TAG_ROW_COL", texts "Question-Row-Answer"), which optionFlags() made one multiple choice per
 * row ("TAG_ROW", "Question-Row"): consecutive rows of one TAG are the items of one group, the
 * question their stem.
 */
void groupMultipleAnswerRows(QList<QuestionPlan>& questions) {
    static const QRegularExpression row(QStringLiteral(R"(^(.+)_(\d+)$)"));
    auto matrixOf = [](const QuestionPlan& q) {
        if (q.layout != ColumnLayout::OptionFlags || !q.group.isEmpty())
            return QString();
        const QRegularExpressionMatch m = row.match(q.code);
        return m.hasMatch() ? m.captured(1) : QString();
    };
    for (qsizetype i = 0; i < questions.size();) {
        const QString matrix = matrixOf(questions[i]);
        qsizetype j = i + 1;
        while (!matrix.isEmpty() && j < questions.size() && matrixOf(questions[j]) == matrix)
            ++j;
        if (j - i >= 2) {
            const QString common = commonStart(questions, i, j - 1);
            const qsizetype cut = common.lastIndexOf(u'-');
            if (cut > 0)
                for (qsizetype k = i; k < j; ++k)
                    questions[k].group = common.left(cut).trimmed();
        }
        i = j;
    }
}

} // namespace

int QualtricsProfile::confidence(const RawTable& table) const {
    if (table.rowCount() < 1)
        return 0;
    if (isImportIdRow(table))
        return 100;
    return metadataNames(table) >= 3 ? 80 : 0;
}

ImportPlan QualtricsProfile::plan(const RawTable& table) const {
    ImportPlan plan;
    plan.format = name();
    plan.headerRows = isImportIdRow(table) ? 3 : secondRowIsText(table) ? 2 : 1;
    static const QRegularExpression matrixItem(QStringLiteral(R"(^(.+)_(\d+)$)"));

    QStringList stems;
    for (int c = 0; c < table.columnCount(); ++c) {
        QString code = ProfileSupport::nameOrPlaceholder(table, 0, c, plan.warnings);
        QString text = plan.headerRows >= 2 ? ProfileSupport::header(table, 1, c) : QString();
        if (text.isEmpty())
            text = code;
        const bool legacy = isLegacyName(code);
        if (legacy)
            code = text;
        const Meta meta = metaOf(code);
        stems.append(QString());
        if (meta != Meta::None || legacy) {
            std::optional<QuestionType> hint;
            if (meta == Meta::Id || meta == Meta::Identifier)
                hint = QuestionType::Identifier;
            else if (meta == Meta::Date)
                hint = QuestionType::Date;
            else if (meta == Meta::Number)
                hint = QuestionType::Numeric;
            if (meta == Meta::Id && plan.respondentIdColumn < 0)
                plan.respondentIdColumn = c;
            QuestionPlan q = ProfileSupport::metadata(c, code, hint);
            q.text = text;
            plan.questions.append(q);
            continue;
        }
        QuestionPlan q = ProfileSupport::question(c, code, text);
        if (code.endsWith(u"_TEXT")) {
            q.typeHint = QuestionType::Text;
        } else {
            q.joinSeparator = QStringLiteral(",");
            const auto m = matrixItem.match(code);
            if (m.hasMatch())
                stems.last() = m.captured(1);
        }
        plan.questions.append(q);
    }

    // Matrix rows: consecutive Qn_1, Qn_2… whose texts read "Question - Item".
    const QString dash = QStringLiteral(" - ");
    QList<QuestionPlan> merged;
    for (int i = 0; i < plan.questions.size(); ++i) {
        if (stems[i].isEmpty()) {
            merged.append(plan.questions[i]);
            continue;
        }
        int j = i;
        while (j + 1 < plan.questions.size() && stems[j + 1] == stems[i])
            ++j;
        if (j > i) {
            if (auto flags = optionFlags(table, plan, i, j, stems[i])) {
                // A multiple choice the export spreads over one column per choice ("1" when
                // chosen): the legacy export's layout for every multiple-answer question.
                merged.append(*flags);
                i = j;
                continue;
            }
            const QString& first = plan.questions[i].text;
            const int cut = first.lastIndexOf(dash);
            QString group = cut > 0 ? first.left(cut) : stems[i];
            for (int k = i; k <= j && cut > 0; ++k)
                if (!plan.questions[k].text.startsWith(group + dash))
                    group = stems[i];
            for (int k = i; k <= j; ++k)
                plan.questions[k].group = group;
        }
        for (int k = i; k <= j; ++k)
            merged.append(plan.questions[k]);
        i = j;
    }
    plan.questions = merged;
    mergeOneColumnMatrices(table, plan);
    groupMultipleAnswerRows(plan.questions);
    ProfileSupport::makeCodesUnique(plan, table, 0);
    return plan;
}

} // namespace sondo
