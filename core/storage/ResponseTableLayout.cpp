#include "storage/ResponseTableLayout.h"

#include <QSet>

namespace sondo {

namespace {

// Names of the fixed columns of `responses`; derived names must never take them.
const char* const FixedColumns[] = {"respondent", "respondent_id", "weight"};

QString sqlType(ResponseTableLayout::Content content) {
    switch (content) {
    case ResponseTableLayout::Content::Code:
    case ResponseTableLayout::Content::Selected:
        return QStringLiteral("INTEGER");
    case ResponseTableLayout::Content::Number:
    case ResponseTableLayout::Content::Msecs:
        return QStringLiteral("REAL");
    case ResponseTableLayout::Content::Text:
        return QStringLiteral("TEXT");
    }
    return QStringLiteral("TEXT");
}

/** Makes `name` unique among `used` (SQLite compares identifiers case-insensitively). */
QString uniqueName(QString name, QSet<QString>& used, const QString& separator) {
    const QString base = name;
    for (int n = 2; used.contains(name.toLower()); ++n)
        name = base + separator + QString::number(n);
    used.insert(name.toLower());
    return name;
}

/**
 * Lower-case letter first, then letters, digits, underscores, with at least one digit: no SQL
 * keyword has a digit, so such a name can be typed unquoted in the sqlite3 shell.
 */
bool isPlainName(const QString& name) {
    if (name.isEmpty() || name.size() > 40 || name[0] < u'a' || name[0] > u'z')
        return false;
    bool digit = false;
    for (QChar c : name) {
        const bool isDigit = c >= u'0' && c <= u'9';
        if (!isDigit && c != u'_' && (c < u'a' || c > u'z'))
            return false;
        digit = digit || isDigit;
    }
    return digit;
}

} // namespace

ResponseTableLayout ResponseTableLayout::forSurvey(const Survey& survey) {
    QSet<QString> used;
    for (const char* fixed : FixedColumns)
        used.insert(QString::fromLatin1(fixed));

    // Bases are reserved before any suffixed name (q7_o1, q5_text) is given out, so a question
    // whose id looks like another's suffixed column still gets its own plain name.
    QStringList bases;
    bases.reserve(survey.questions.size());
    for (int q = 0; q < survey.questions.size(); ++q) {
        const QString id = survey.questions[q].id.toLower();
        QString base = isPlainName(id) ? id : QString();
        if (base.isEmpty() || used.contains(base))
            base = QStringLiteral("c") + QString::number(q + 1);
        bases.append(uniqueName(base, used, QStringLiteral("_")));
    }

    ResponseTableLayout layout;
    for (int q = 0; q < survey.questions.size(); ++q) {
        const Question& question = survey.questions[q];
        const QString& base = bases[q];
        switch (question.type) {
        case QuestionType::Single:
        case QuestionType::Likert:
            layout.m_columns.push_back({base, q, -1, Content::Code});
            break;
        case QuestionType::Numeric:
            layout.m_columns.push_back({base, q, -1, Content::Number});
            break;
        case QuestionType::Date:
            layout.m_columns.push_back({base, q, -1, Content::Msecs});
            layout.m_columns.push_back(
                {uniqueName(base + QStringLiteral("_text"), used, QStringLiteral("_")), q, -1,
                 Content::Text});
            break;
        case QuestionType::Text:
        case QuestionType::Identifier:
            layout.m_columns.push_back({base, q, -1, Content::Text});
            break;
        case QuestionType::Multiple:
            for (int o = 0; o < question.options.size(); ++o)
                layout.m_columns.push_back(
                    {uniqueName(base + QStringLiteral("_o") + QString::number(o + 1), used,
                                QStringLiteral("_")),
                     q, o, Content::Selected});
            break;
        }
    }
    return layout;
}

ResponseTableLayout ResponseTableLayout::fromColumns(std::vector<Column> columns) {
    ResponseTableLayout layout;
    layout.m_columns = std::move(columns);
    return layout;
}

QString ResponseTableLayout::mismatch(const Survey& survey) const {
    for (const Column& column : m_columns) {
        if (column.question < 0 || column.question >= survey.questions.size())
            return QStringLiteral("column %1 belongs to no question").arg(column.name);
        const Question& question = survey.questions[column.question];
        bool fits = false;
        switch (question.type) {
        case QuestionType::Single:
        case QuestionType::Likert:
            fits = column.content == Content::Code;
            break;
        case QuestionType::Multiple:
            fits = column.content == Content::Selected && column.option >= 0 &&
                   column.option < question.options.size();
            break;
        case QuestionType::Numeric:
            fits = column.content == Content::Number;
            break;
        case QuestionType::Date:
            fits = column.content == Content::Msecs || column.content == Content::Text;
            break;
        case QuestionType::Text:
        case QuestionType::Identifier:
            fits = column.content == Content::Text;
            break;
        }
        if (!fits)
            return QStringLiteral("column %1 does not fit question %2 (%3)")
                .arg(column.name, question.id, questionTypeName(question.type));
    }
    return QString();
}

QString ResponseTableLayout::createTableSql() const {
    QString sql = QStringLiteral("CREATE TABLE responses(respondent INTEGER PRIMARY KEY, "
                                 "respondent_id TEXT, weight REAL");
    for (const Column& column : m_columns)
        sql += QStringLiteral(", ") + quoteIdentifier(column.name) + QLatin1Char(' ') +
               sqlType(column.content);
    sql += QLatin1Char(')');
    return sql;
}

QString ResponseTableLayout::createLabelledViewSql(const Survey& survey) const {
    QSet<QString> used;
    for (const char* fixed : FixedColumns)
        used.insert(QString::fromLatin1(fixed));
    // Question ids first, so that an option column "Q7: x" never takes a question's name.
    QStringList questionNames;
    for (const Question& question : survey.questions)
        questionNames.append(uniqueName(question.id, used, QStringLiteral(" #")));

    std::vector<bool> consumed(m_columns.size(), false);
    QString sql = QStringLiteral("CREATE VIEW responses_labelled AS SELECT respondent, "
                                 "respondent_id, weight");
    for (size_t i = 0; i < m_columns.size(); ++i) {
        if (consumed[i])
            continue;
        const Column& column = m_columns[i];
        const Question& question = survey.questions[column.question];
        const QString name = quoteIdentifier(column.name);
        QString expression = name;
        QString label = questionNames[column.question];
        switch (column.content) {
        case Content::Code:
            if (question.options.isEmpty())
                break;
            // An unexpected code (no such option) shows as itself rather than vanishing.
            expression = QStringLiteral("CASE ") + name;
            for (int o = 0; o < question.options.size(); ++o)
                expression +=
                    QStringLiteral(" WHEN %1 THEN ").arg(o + 1) + quoteLiteral(question.options[o]);
            expression += QStringLiteral(" ELSE ") + name + QStringLiteral(" END");
            break;
        case Content::Msecs:
            expression = QStringLiteral("strftime('%Y-%m-%d %H:%M:%S', ") + name +
                         QStringLiteral(" / 1000.0, 'unixepoch')");
            // A date that could not be parsed is shown as written.
            for (size_t j = 0; j < m_columns.size(); ++j) {
                if (m_columns[j].question == column.question &&
                    m_columns[j].content == Content::Text) {
                    expression = QStringLiteral("COALESCE(") + expression + QStringLiteral(", ") +
                                 quoteIdentifier(m_columns[j].name) + QLatin1Char(')');
                    consumed[j] = true;
                }
            }
            break;
        case Content::Selected:
            label = uniqueName(question.id + QStringLiteral(": ") +
                                   question.options.value(column.option),
                               used, QStringLiteral(" #"));
            break;
        case Content::Number:
        case Content::Text:
            break;
        }
        sql += QStringLiteral(", ") + expression + QStringLiteral(" AS ") + quoteIdentifier(label);
    }
    sql += QStringLiteral(" FROM responses");
    return sql;
}

QString ResponseTableLayout::contentName(Content content) {
    switch (content) {
    case Content::Code:
        return QStringLiteral("code");
    case Content::Number:
        return QStringLiteral("number");
    case Content::Msecs:
        return QStringLiteral("msecs");
    case Content::Text:
        return QStringLiteral("text");
    case Content::Selected:
        return QStringLiteral("selected");
    }
    return QString();
}

std::optional<ResponseTableLayout::Content>
ResponseTableLayout::contentFromName(const QString& name) {
    for (Content c :
         {Content::Code, Content::Number, Content::Msecs, Content::Text, Content::Selected})
        if (contentName(c) == name)
            return c;
    return std::nullopt;
}

QString ResponseTableLayout::quoteIdentifier(const QString& name) {
    QString clean = name;
    // SQLite ends an identifier at a NUL even inside quotes.
    clean.replace(QChar(0), QChar(0xFFFD));
    clean.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + clean + QLatin1Char('"');
}

QString ResponseTableLayout::quoteLiteral(const QString& text) {
    QString clean = text;
    clean.replace(QChar(0), QChar(0xFFFD));
    clean.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + clean + QLatin1Char('\'');
}

} // namespace sondo
