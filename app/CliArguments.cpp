#include "CliArguments.h"

#include "CliText.h"

namespace sondo::CliArguments {

namespace {

const QStringList knownFormats = {QStringLiteral("auto"),
                                  QStringLiteral("generic"),
                                  QStringLiteral("google-forms"),
                                  QStringLiteral("surveymonkey"),
                                  QStringLiteral("limesurvey"),
                                  QStringLiteral("qualtrics"),
                                  QStringLiteral("microsoft-forms"),
                                  QStringLiteral("kobotoolbox"),
                                  QStringLiteral("spss"),
                                  QStringLiteral("sondo")};

} // namespace

void addImportOptions(QCommandLineParser& parser) {
    parser.addOption(
        {QStringLiteral("format"),
         CliText::tr("Export layout: %1.").arg(knownFormats.join(QStringLiteral(", "))),
         QStringLiteral("FORMAT"), QStringLiteral("auto")});
    parser.addOption(
        {QStringLiteral("encoding"),
         CliText::tr("Text encoding (UTF-8, UTF-16LE, windows-1252, …); detected if absent."),
         QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("delimiter"),
                      CliText::tr("Cell delimiter: , ; | or tab; sniffed if absent."),
                      QStringLiteral("CHAR")});
    parser.addOption(
        {QStringLiteral("type"),
         CliText::tr("Declare a question's type: single, multiple, likert, numeric, text, date "
                     "or ignore. Repeatable."),
         QStringLiteral("QUESTION=TYPE")});
    parser.addOption({QStringLiteral("sheet"), CliText::tr("Worksheet of a workbook to read."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("definition"),
         CliText::tr("The survey's definition (XLSForm workbook, Qualtrics .qsf or LimeSurvey "
                     ".lss): question texts, groups and options in order, matched to the columns "
                     "by code. A .qsf or .lss beside FILE with the same name is read without "
                     "asking."),
         QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("no-definition"),
                      CliText::tr("Do not read a definition found beside FILE.")});
    parser.addOption({QStringLiteral("complete-only"),
                      CliText::tr("Keep only finished responses: leave out those the tool marks "
                                  "unfinished (Qualtrics Finished, LimeSurvey submit date) or as "
                                  "a survey preview. Kept by --update.")});
    // Structure choices: a column is named by its code or header text (see StructureChoices).
    parser.addOption({QStringLiteral("metadata"),
                      CliText::tr("Set a column aside as survey metadata: kept, usable in --where "
                                  "and --by, never charted by --all. COLUMN is its code or "
                                  "header text. Repeatable; kept by --update."),
                      QStringLiteral("COLUMN")});
    parser.addOption({QStringLiteral("as-question"),
                      CliText::tr("Read a column taken for metadata as a question. Repeatable; "
                                  "kept by --update."),
                      QStringLiteral("COLUMN")});
    parser.addOption({QStringLiteral("split-group"),
                      CliText::tr("Read the items of the group COLUMN is in as questions of their "
                                  "own. Repeatable; kept by --update."),
                      QStringLiteral("COLUMN")});
    parser.addOption(
        {QStringLiteral("group"),
         CliText::tr("Make the columns one group (a grid, or a multiple choice) under STEM, "
                     "wherever they stand: choice questions of one kind. Repeatable; kept by "
                     "--update."),
         QStringLiteral("STEM=COLUMN|COLUMN…")});
    parser.addOption(
        {QStringLiteral("scale-order"),
         CliText::tr("Read COLUMN and every item of its group as a scale with these points, from "
                     "the low (negative) end to the high (positive) end: they set the order, the "
                     "top-2-box and the mean. Answers not named follow, off the scale (as "
                     "\"Don't know\"). Repeatable; kept by --update."),
         QStringLiteral("COLUMN=LOW|…|HIGH")});
    parser.addOption(
        {QStringLiteral("write-ins"),
         CliText::tr("Answers given by at most N respondents each are write-ins typed in the "
                     "form's \"Other\" box, counted together as \"Other\": in a single choice "
                     "answered by 100 or more (their texts kept; sondo recodes lists the merge), "
                     "and the pieces typed last in a checkbox's joined cells. Default 2; 0 keeps "
                     "every answer apart. Kept by --update."),
         QStringLiteral("N")});
}

QChar delimiterFromName(const QString& name) {
    const QString n = name.toLower();
    if (n == u"\\t" || n == u"tab" || n == u"\t")
        return QLatin1Char('\t');
    if (n == u"," || n == u"comma")
        return QLatin1Char(',');
    if (n == u";" || n == u"semicolon")
        return QLatin1Char(';');
    if (n == u"|" || n == u"pipe")
        return QLatin1Char('|');
    return {};
}

namespace {

/**
 * "NAME=A|B|C" as its name and its list (trimmed, blanks left out); nullopt without a name or
 * with fewer than two in the list (--group, --scale-order).
 */
std::optional<QPair<QString, QStringList>> nameAndList(const QString& declaration) {
    const qsizetype eq = declaration.indexOf(QLatin1Char('='));
    QStringList list;
    for (const QString& entry : declaration.mid(eq + 1).split(QLatin1Char('|')))
        if (!entry.trimmed().isEmpty())
            list.append(entry.trimmed());
    const QString name = declaration.left(eq).trimmed();
    if (eq <= 0 || name.isEmpty() || list.size() < 2)
        return std::nullopt;
    return qMakePair(name, list);
}

} // namespace

Result<ImportOptions> importOptions(const QCommandLineParser& parser) {
    ImportOptions options;
    options.format = parser.value(QStringLiteral("format")).toLower();
    if (!knownFormats.contains(options.format))
        return Result<ImportOptions>::failure(
            {{},
             0,
             0,
             CliText::tr("unknown --format '%1' (expected one of: %2)")
                 .arg(options.format, knownFormats.join(QStringLiteral(", ")))});
    options.encoding = parser.value(QStringLiteral("encoding"));
    options.sheet = parser.value(QStringLiteral("sheet"));
    options.completeOnly = parser.isSet(QStringLiteral("complete-only"));
    if (parser.isSet(QStringLiteral("delimiter"))) {
        options.delimiter = delimiterFromName(parser.value(QStringLiteral("delimiter")));
        if (options.delimiter.isNull())
            return Result<ImportOptions>::failure(
                {{},
                 0,
                 0,
                 CliText::tr("unknown --delimiter '%1' (expected , ; | or tab)")
                     .arg(parser.value(QStringLiteral("delimiter")))});
    }
    for (const QString& declaration : parser.values(QStringLiteral("type"))) {
        const qsizetype eq = declaration.lastIndexOf(QLatin1Char('='));
        const auto type = eq > 0 ? questionTypeFromName(declaration.mid(eq + 1)) : std::nullopt;
        if (!type)
            return Result<ImportOptions>::failure(
                {{},
                 0,
                 0,
                 CliText::tr(
                     "bad --type '%1' (expected QUESTION=single|multiple|likert|numeric|text|"
                     "date|ignore)")
                     .arg(declaration)});
        options.typeOverrides.append({declaration.left(eq), *type});
    }
    if (parser.isSet(QStringLiteral("write-ins"))) {
        bool ok = false;
        const int limit = parser.value(QStringLiteral("write-ins")).toInt(&ok);
        if (!ok || limit < 0)
            return Result<ImportOptions>::failure(
                {{},
                 0,
                 0,
                 CliText::tr("bad --write-ins '%1' (expected a number of respondents, 0 or more)")
                     .arg(parser.value(QStringLiteral("write-ins")))});
        options.writeInLimit = limit;
    }
    options.structure.metadata = parser.values(QStringLiteral("metadata"));
    options.structure.questions = parser.values(QStringLiteral("as-question"));
    options.structure.split = parser.values(QStringLiteral("split-group"));
    for (const QString& declaration : parser.values(QStringLiteral("group"))) {
        const auto join = nameAndList(declaration);
        if (!join)
            return Result<ImportOptions>::failure(
                {{},
                 0,
                 0,
                 CliText::tr("bad --group '%1' (expected STEM=COLUMN|COLUMN…, two columns or more)")
                     .arg(declaration)});
        options.structure.groups.append({join->first, join->second});
    }
    for (const QString& declaration : parser.values(QStringLiteral("scale-order"))) {
        const auto scale = nameAndList(declaration);
        if (!scale)
            return Result<ImportOptions>::failure(
                {{},
                 0,
                 0,
                 CliText::tr("bad --scale-order '%1' (expected COLUMN=LOW|…|HIGH, two points or "
                             "more)")
                     .arg(declaration)});
        options.structure.scales.append({scale->first, scale->second});
    }
    return options;
}

namespace {

/**
 * A question, or a metadata column that holds answers to count (a randomised condition, a status,
 * a completion flag, a date): metadata is never charted by --all but may filter and segment.
 */
bool namable(const Question& q) {
    return q.isAnalysable() || (q.metadata && q.type != QuestionType::Identifier);
}

} // namespace

Result<int> question(const Survey& survey, const QString& key) {
    const int index = survey.findQuestion(key);
    if (index >= 0 && survey.questions[index].metadata &&
        survey.questions[index].type == QuestionType::Identifier)
        return Result<int>::failure(
            {{},
             0,
             0,
             CliText::tr("%1 (%2) holds one value per respondent (an identifier): it cannot be "
                         "counted, filtered or compared by")
                 .arg(survey.questions[index].code, survey.questions[index].id)});
    if (index < 0 || !namable(survey.questions[index]))
        return Result<int>::failure(
            {{}, 0, 0, CliText::tr("no question '%1' (see 'sondo questions')").arg(key)});
    return index;
}

Result<int> segment(const Survey& survey, const QString& key) {
    const auto index = question(survey, key);
    if (!index.ok() || isCategorical(survey.questions[index.value()].type))
        return index;
    const Question& q = survey.questions[index.value()];
    return Result<int>::failure({{},
                                 0,
                                 0,
                                 CliText::tr("--by needs a choice question; %1 is %2")
                                     .arg(q.id, questionTypeName(q.type))});
}

namespace {

/** One written condition split at its operator: the question, "=", ">=", ">", "<=" or "<", the
 * value. */
struct WrittenCondition {
    int question = -1;
    QString op;
    QString value;
};

WrittenCondition splitCondition(const Survey& survey, const QString& condition) {
    // Split at the first operator whose left side names a question: question texts may contain
    // '=', '<' or '>' themselves.
    for (qsizetype i = 1; i < condition.size(); ++i) {
        const QChar c = condition.at(i);
        if (c != QLatin1Char('=') && c != QLatin1Char('<') && c != QLatin1Char('>'))
            continue;
        const int q = survey.findQuestion(condition.left(i));
        if (q < 0 || !namable(survey.questions[q]))
            continue;
        const bool twoChars = c != QLatin1Char('=') && i + 1 < condition.size() &&
                              condition.at(i + 1) == QLatin1Char('=');
        const qsizetype width = twoChars ? 2 : 1;
        return {q, condition.mid(i, width), condition.mid(i + width)};
    }
    return {};
}

Result<SegmentFilter> badCondition(const QString& message) {
    return Result<SegmentFilter>::failure({{}, 0, 0, message});
}

} // namespace

Result<SegmentFilter> filter(const Survey& survey, const QStringList& conditions) {
    SegmentFilter filter;
    for (const QString& condition : conditions) {
        const WrittenCondition written = splitCondition(survey, condition);
        if (written.question < 0)
            return badCondition(
                CliText::tr("bad --where '%1': expected QUESTION=VALUE (or QUESTION>=N, "
                            "QUESTION=A..B for a numeric question) with a question from "
                            "'sondo questions'")
                    .arg(condition));
        const Question& q = survey.questions[written.question];
        if (q.type == QuestionType::Numeric) {
            const auto range = NumericRange::parse(written.op, written.value);
            if (!range)
                return badCondition(
                    CliText::tr("bad --where '%1': %2 is numeric; write %2>=N, %2>N, %2<=N, "
                                "%2<N, %2=N or %2=A..B with numbers")
                        .arg(condition, q.id));
            filter.setRange(written.question, *range);
            continue;
        }
        if (!isCategorical(q.type))
            return badCondition(
                CliText::tr("bad --where '%1': %2 is a %3 question; filters take choice questions")
                    .arg(condition, q.id, questionTypeName(q.type)));
        if (written.op != QLatin1String("="))
            return badCondition(
                CliText::tr("bad --where '%1': %2 is a choice question; write %2=OPTION")
                    .arg(condition, q.id));
        const int option = survey.findOption(written.question, written.value);
        if (option < 0)
            return badCondition(
                CliText::tr("bad --where '%1': %2 has no option '%3' (options: %4)")
                    .arg(condition, q.id, written.value, q.options.join(QStringLiteral(" | "))));
        filter.addCondition(written.question, option);
    }
    return filter;
}

std::vector<bool> questionsNamed(const Survey& survey, const QStringList& keys,
                                 const QStringList& conditions) {
    std::vector<bool> named(size_t(survey.questions.size()), false);
    for (const QString& key : keys)
        if (const int q = survey.findQuestion(key); q >= 0)
            named[size_t(q)] = true;
    if (const auto parsed = filter(survey, conditions); parsed.ok())
        for (const int q : parsed.value().questions())
            named[size_t(q)] = true;
    // `survey` is the questionnaire as stored; a recode (bands) may give a condition values
    // only the recoded question has, so the question a condition names is loaded anyway.
    for (const QString& condition : conditions) {
        const qsizetype equals = condition.indexOf(QLatin1Char('='));
        if (equals <= 0)
            continue;
        if (const int q = survey.findQuestion(condition.left(equals).trimmed()); q >= 0)
            named[size_t(q)] = true;
    }
    return named;
}

} // namespace sondo::CliArguments
