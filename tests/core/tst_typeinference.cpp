#include "import/SurveyImporter.h"
#include "import/build/SurveyBuilder.h"
#include "import/infer/DateParser.h"
#include "import/infer/NumberParser.h"
#include "import/infer/TypeInference.h"

#include <QTest>
#include <cmath>

using namespace sondo;

// Expected values are worked out by hand; epoch milliseconds with Python's
// datetime(..., tzinfo=timezone.utc).timestamp() * 1000.

namespace {

QStringList list(const char* text) {
    return QString::fromUtf8(text).split(QLatin1Char('|'));
}

/** A one-header-row table; every row starts on the next line. */
RawTable makeTable(const QList<QStringList>& rows) {
    RawTable table;
    qint64 line = 1;
    for (const QStringList& row : rows)
        table.appendRow(row, line++);
    table.finish();
    return table;
}

/** A header "Q" over the given cells, one respondent per cell. */
RawTable oneColumn(const QStringList& cells) {
    QList<QStringList> rows{{QStringLiteral("Question")}};
    for (const QString& c : cells)
        rows.append({c});
    return makeTable(rows);
}

/** One question per column, header in row 0, all with the same join separator. */
ImportPlan genericPlan(const RawTable& table, const QString& separator = {}) {
    ImportPlan plan;
    plan.headerRows = 1;
    for (int c = 0; c < table.columnCount(); ++c) {
        QuestionPlan q;
        q.code = table.cell(0, c);
        q.text = q.code;
        q.columns = {c};
        q.joinSeparator = separator;
        plan.questions.append(q);
    }
    return plan;
}

BuiltSurvey buildOk(const RawTable& table, const ImportPlan& plan,
                    const ImportOptions& options = {}, QList<Diagnostic>* warnings = nullptr) {
    auto r = SurveyBuilder::build(table, plan, options, QStringLiteral("survey.csv"));
    if (!r.ok())
        qFatal("build failed: %s", qPrintable(r.error().toString()));
    if (warnings)
        *warnings = r.warnings;
    return r.takeValue();
}

QStringList asStrings(const std::vector<double>& v) {
    QStringList out;
    for (double x : v)
        out.append(std::isnan(x) ? QStringLiteral("NaN") : QString::number(x, 'g', 15));
    return out;
}

} // namespace

class TestTypeInference : public QObject {
    Q_OBJECT

private slots:
    void googleFormsCheckboxesWithCommasAndWriteIns();
    void numberParser_data();
    void numberParser();
    void dateParser_data();
    void dateParser();

    void inferType_data();
    void inferType();
    void joinedCellsAreCodedPerOption();
    void numericValues_data();
    void numericValues();
    void strayTextCellIsNotNumeric();
    void dateValues_data();
    void dateValues();
    void ambiguousDatesFollowTheFile();
    void ambiguousNumbersFollowTheFile();
    void mostlyDatesIsADate();
    void manyOneOffOtherAnswersAreGrouped();
    void overrideOnAFlagBlock();
    void likertCodesAndScores();
    void singleCodesWithMissing();
    void inferenceLooksAtEveryRow();

    void optionFlags_data();
    void optionFlags();
    void unknownFlagIsWarnedAndSelected();

    void gridItemsShareTheirOptions();
    void idsSkipMetadata();
    void respondentIdsAndWeights();
    void overrides_data();
    void overrides();
    void overrideUnknownQuestionIsAnError();
    void overrideNumericNamesTheBadCell();
    void overrideLikertKeepsFileOrderOrNumbers();
    void typeHintThatDoesNotFitFallsBack();
    void spssValueLabelsGiveOptionsInCodeOrder();
    void cancelledByProgress();
};

// ---------------------------------------------------------------------------------------------

void TestTypeInference::numberParser_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("mark"); // 0 point, 1 comma
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("value");
    QTest::newRow("integer") << "42" << 0 << true << 42.0;
    QTest::newRow("decimal comma") << "3,5" << 1 << true << 3.5;
    QTest::newRow("decimal comma read as point") << "3,5" << 0 << false << 0.0;
    QTest::newRow("thousands dot, decimal comma") << "1.234,5" << 1 << true << 1234.5;
    QTest::newRow("thousands comma, decimal point") << "1,234.5" << 0 << true << 1234.5;
    QTest::newRow("thousands space") << "1 234" << 1 << true << 1234.0;
    QTest::newRow("thousands no-break space")
        << QString::fromUtf8("1\u00a0234,75") << 1 << true << 1234.75;
    QTest::newRow("thousands apostrophe") << "1'234.5" << 0 << true << 1234.5;
    QTest::newRow("negative") << "-12,25" << 1 << true << -12.25;
    QTest::newRow("unicode minus") << QString::fromUtf8("\u22127") << 0 << true << -7.0;
    QTest::newRow("plus") << "+3" << 0 << true << 3.0;
    QTest::newRow("percent") << "45%" << 0 << true << 45.0;
    QTest::newRow("percent with space and comma") << "12,5 %" << 1 << true << 12.5;
    QTest::newRow("leading decimal") << ",5" << 1 << true << 0.5;
    QTest::newRow("exponent") << "1.5e3" << 0 << true << 1500.0;
    QTest::newRow("bad grouping") << "12,34,5" << 0 << false << 0.0;
    QTest::newRow("group of two") << "1.23,5" << 1 << false << 0.0;
    QTest::newRow("leading zero group") << "0,250" << 0 << false << 0.0;
    QTest::newRow("two marks the same") << "1,5,0" << 1 << false << 0.0;
    QTest::newRow("text") << "n.d." << 0 << false << 0.0;
    QTest::newRow("trailing point") << "5." << 0 << false << 0.0;
    QTest::newRow("empty") << "" << 0 << false << 0.0;
    QTest::newRow("date") << "15.03.2020" << 1 << false << 0.0;
    QTest::newRow("infinity is no survey number") << "inf" << 0 << false << 0.0;
}

void TestTypeInference::numberParser() {
    QFETCH(QString, text);
    QFETCH(int, mark);
    QFETCH(bool, valid);
    QFETCH(double, value);
    const auto x = NumberParser::parse(text, mark == 0 ? DecimalMark::Point : DecimalMark::Comma);
    QCOMPARE(x.has_value(), valid);
    if (valid)
        QCOMPARE(*x, value);
}

void TestTypeInference::dateParser_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("order");    // 0 day first, 1 month first
    QTest::addColumn<double>("msecs"); // NaN = not a date
    const double nan = std::nan("");
    QTest::newRow("ISO date") << "2020-03-15" << 0 << 1584230400000.0;
    QTest::newRow("ISO date time") << "2020-03-15 10:22:01" << 0 << 1584267721000.0;
    QTest::newRow("ISO T Z") << "2020-03-15T10:22:01Z" << 1 << 1584267721000.0;
    QTest::newRow("ISO offset") << "2020-03-15T10:22:01+01:00" << 0 << 1584264121000.0;
    QTest::newRow("ISO fraction") << "2020-03-15T10:22:01.500Z" << 0 << 1584267721500.0;
    QTest::newRow("Google Forms Italian") << "24/11/2025 15.57.55" << 0 << 1763999875000.0;
    QTest::newRow("US") << "3/15/2020 10:22:01" << 1 << 1584267721000.0;
    QTest::newRow("US PM") << "3/15/2020 10:22:01 PM" << 1 << 1584310921000.0;
    QTest::newRow("US 12 AM is midnight") << "3/15/2020 12:00:00 AM" << 1 << 1584230400000.0;
    QTest::newRow("German") << "15.03.2020 10:22" << 1 << 1584267720000.0;
    QTest::newRow("leap day") << "29/02/2020" << 0 << 1582934400000.0;
    QTest::newRow("no 29 Feb 2019") << "29/02/2019" << 0 << nan;
    QTest::newRow("month 13") << "3/13/2020" << 0 << nan;
    QTest::newRow("hour 25") << "2020-03-15 25:00" << 0 << nan;
    QTest::newRow("number") << "2020" << 0 << nan;
    QTest::newRow("text") << "ieri" << 0 << nan;
    QTest::newRow("trailing text") << "2020-03-15 circa" << 0 << nan;
    // Fixed-width ISO is read at fixed places; the edges must agree with the general reading.
    QTest::newRow("ISO T no seconds") << "2020-03-15T10:22" << 0 << 1584267720000.0;
    QTest::newRow("ISO spaces around") << " 2020-03-15 10:22:01 " << 1 << 1584267721000.0;
    QTest::newRow("ISO one-digit month") << "2020-3-15 10:22:01" << 0 << 1584267721000.0;
    QTest::newRow("ISO hour 24") << "2020-03-15 24:00:00" << 0 << nan;
    QTest::newRow("ISO second 60") << "2020-03-15 10:22:60" << 0 << nan;
    QTest::newRow("ISO month 13") << "2020-13-01" << 0 << nan;
    QTest::newRow("ISO day 0") << "2020-03-00 10:22:01" << 0 << nan;
    QTest::newRow("ISO slash in time") << "2020-03-15 10/22/01" << 0 << nan;
}

void TestTypeInference::dateParser() {
    QFETCH(QString, text);
    QFETCH(int, order);
    QFETCH(double, msecs);
    const auto x =
        DateParser::parse(text, order == 0 ? DateOrder::DayFirst : DateOrder::MonthFirst);
    QCOMPARE(x.has_value(), !std::isnan(msecs));
    if (x)
        QCOMPARE(*x, msecs);

    // Inference takes the value from the shape where the order cannot matter: it must be what
    // either order parses to, and be given for year-first and dotted dates only.
    const DateParser::Shape shape = DateParser::shape(text, true);
    const QString bare = text.trimmed();
    const bool orderFree =
        bare.indexOf(QLatin1Char('-')) == 4 || (bare.size() > 2 && bare[2] == QLatin1Char('.'));
    QCOMPARE(shape.value.has_value(), shape.valid && orderFree);
    if (shape.value) {
        QCOMPARE(DateParser::parse(text, DateOrder::DayFirst), shape.value);
        QCOMPARE(DateParser::parse(text, DateOrder::MonthFirst), shape.value);
    }
    QVERIFY(!DateParser::shape(text).value);
}

// ---------------------------------------------------------------------------------------------

void TestTypeInference::inferType_data() {
    QTest::addColumn<QStringList>("cells"); // one respondent per cell, "" = blank
    QTest::addColumn<QString>("separator");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("options");

    const QString comma = QStringLiteral(", ");
    QTest::newRow("yes/no is single") << list("Sì|No|No||Sì") << comma << "single" << list("Sì|No");
    QTest::newRow("yes/no, two respondents")
        << list("Yes|No") << QString() << "single" << list("Yes|No");
    QTest::newRow("single, first appearance order") << list("Treno|Auto|Bici|Auto|Treno|Auto|Treno")
                                                    << comma << "single" << list("Treno|Auto|Bici");
    QTest::newRow("single merges stray spaces")
        << list("Auto |Auto|Treno|Treno|Auto") << QString() << "single" << list("Auto|Treno");
    QTest::newRow("age bands in numeric order")
        << list("25 - 34|18 - 24|65 +|25 - 34|35 - 44|18 - 24|35 - 44|65 +|18 - 24") << comma
        << "single" << list("18 - 24|25 - 34|35 - 44|65 +");
    QTest::newRow("joined answers are multiple")
        << list("Rosso, Verde|Blu|Verde|Rosso|Rosso, Blu|Verde, Blu|") << comma << "multiple"
        << list("Rosso|Verde|Blu");
    // Trap: single-choice labels that contain the separator must not be split.
    QTest::newRow("Sì, molto stays one option")
        << list("Sì, molto|No, per niente|Sì, abbastanza|No, poco|Sì, molto|No, poco|"
                "Sì, abbastanza")
        // Kept whole, and ordered yes before no as questionnaires ask them.
        << comma << "single" << list("Sì, molto|Sì, abbastanza|No, per niente|No, poco");
    QTest::newRow("bands in numeric order, Altro last")
        << list("Oltre 500 postazioni|Altro|51-200 postazioni|Fino a 50 postazioni|"
                "201-500 postazioni|Fino a 50 postazioni|Oltre 500 postazioni|51-200 postazioni|"
                "201-500 postazioni|51-200 postazioni|Fino a 50 postazioni|Oltre 500 postazioni|"
                "51-200 postazioni|201-500 postazioni|Altro|51-200 postazioni")
        << comma << "single"
        << list("Fino a 50 postazioni|51-200 postazioni|201-500 postazioni|"
                "Oltre 500 postazioni|Altro");
    QTest::newRow("No, mai next to No stays one option")
        << list("Sì|No|No, mai|Sì|No|Sì|No, mai|No") << comma << "single" << list("Sì|No|No, mai");
    QTest::newRow("an option containing the separator inside a multiple choice")
        << list("Corso online (es. Coursera, edX)|Libro|Libro, Corso online (es. Coursera, edX)|"
                "Al lavoro|Libro, Al lavoro|Libro")
        << comma << "multiple" << list("Libro|Corso online (es. Coursera, edX)|Al lavoro");
    QTest::newRow("options in questionnaire order from within cells")
        << list("C|A, C|B, C|A|A, B, D|D|B") << comma << "multiple" << list("A|B|C|D");
    QTest::newRow("Microsoft Forms semicolons")
        << list("Email;Telefono;|Telefono;|Email;Posta;|Posta;") << QStringLiteral(";")
        << "multiple" << list("Email|Telefono|Posta");
    QTest::newRow("without a separator hint nothing is split")
        << list("Rosso, Verde|Blu|Verde|Rosso, Verde|Blu|Verde|Rosso, Verde|Blu") << QString()
        << "single" << list("Rosso, Verde|Blu|Verde");
    QTest::newRow("Likert it")
        << list("Molto d'accordo|Poco d’accordo|Per niente d'accordo|Abbastanza d'accordo|"
                "Molto d'accordo")
        << comma << "likert"
        << list("Per niente d'accordo|Poco d’accordo|Abbastanza d'accordo|Molto d'accordo");
    QTest::newRow("Likert en")
        << list("Agree|Strongly agree|Neither agree nor disagree|Disagree|Agree") << comma
        << "likert"
        << list("Strongly disagree|Disagree|Neither agree nor disagree|Agree|Strongly agree");
    QTest::newRow("Likert de") << list("Oft|Nie|Manchmal|Immer|Selten|Oft") << QString() << "likert"
                               << list("Nie|Selten|Manchmal|Oft|Immer");
    QTest::newRow("Likert es")
        << list("De acuerdo|Totalmente de acuerdo|En desacuerdo|Totalmente en desacuerdo") << comma
        << "likert"
        << list("Totalmente en desacuerdo|En desacuerdo|De acuerdo|Totalmente de acuerdo");
    QTest::newRow("Likert fr") << list("Souvent|Jamais|Parfois|Toujours|Rarement") << comma
                               << "likert" << list("Jamais|Rarement|Parfois|Souvent|Toujours");
    QTest::newRow("Likert with Non so last")
        << list("Non so|Spesso|Mai|Sempre|A volte|Raramente|Spesso") << comma << "likert"
        << list("Mai|Raramente|A volte|Spesso|Sempre|Non so");
    QTest::newRow("numbered scale with labelled ends")
        << list("3|5 - Moltissimo|1 - Per niente|4|2|3") << comma << "likert"
        << list("1 - Per niente|2|3|4|5 - Moltissimo");
    QTest::newRow("small integers stay numeric")
        << list("1|2|3|4|5|3|4|2") << comma << "numeric" << QStringList();
    QTest::newRow("0-10 stays numeric")
        << list("10|9|0|7|8|10|5") << QString() << "numeric" << QStringList();
    QTest::newRow("years are numeric")
        << list("2018|2017|2016|2018") << comma << "numeric" << QStringList();
    QTest::newRow("decimal comma numeric")
        << list("3,5|1.234,5|-2|12,75") << QString() << "numeric" << QStringList();
    QTest::newRow("dates") << list("2020-03-15|2020-03-16 10:00|2020-03-17T08:00:00Z") << comma
                           << "date" << QStringList();
    QTest::newRow("open text")
        << list("Mi piace perché è veloce e gratuito|Troppo difficile all'inizio|"
                "La comunità è fantastica|Non saprei cosa aggiungere di preciso")
        << comma << "text" << QStringList();
    QTest::newRow("all blank") << list("||") << comma << "text" << QStringList();
}

void TestTypeInference::inferType() {
    QFETCH(QStringList, cells);
    QFETCH(QString, separator);
    QFETCH(QString, type);
    QFETCH(QStringList, options);
    const RawTable table = oneColumn(cells);
    const BuiltSurvey built = buildOk(table, genericPlan(table, separator));
    QCOMPARE(built.survey.questions.size(), 1);
    const Question& q = built.survey.questions.first();
    QCOMPARE(questionTypeName(q.type), type);
    QCOMPARE(q.options, options);
    QCOMPARE(built.responses.respondentCount, int(cells.size()));
    // Every non-blank cell is an answer, every blank one is missing.
    for (int r = 0; r < cells.size(); ++r)
        QCOMPARE(built.responses.columns[0].isAnswered(q.type, r), !cells[r].trimmed().isEmpty());
}

void TestTypeInference::joinedCellsAreCodedPerOption() {
    const RawTable table = oneColumn(list("Rosso, Verde|Blu||Verde|Rosso, Blu, Verde|Rosso"));
    const BuiltSurvey built = buildOk(table, genericPlan(table, QStringLiteral(", ")));
    const Question& q = built.survey.questions.first();
    QCOMPARE(q.type, QuestionType::Multiple);
    QCOMPARE(q.options, list("Rosso|Blu|Verde"));
    const AnswerColumn& a = built.responses.columns[0];
    QCOMPARE(a.answered, (std::vector<std::uint8_t>{1, 1, 0, 1, 1, 1}));
    QCOMPARE(a.selected[0], (std::vector<std::uint8_t>{1, 0, 0, 0, 1, 1})); // Rosso
    QCOMPARE(a.selected[1], (std::vector<std::uint8_t>{0, 1, 0, 0, 1, 0})); // Blu
    QCOMPARE(a.selected[2], (std::vector<std::uint8_t>{1, 0, 0, 1, 1, 0})); // Verde
}

void TestTypeInference::numericValues_data() {
    QTest::addColumn<QStringList>("cells");
    QTest::addColumn<QStringList>("values");
    QTest::newRow("decimal comma")
        << list("3,5|1.234,5|-2|12,75|") << list("3.5|1234.5|-2|12.75|NaN");
    QTest::newRow("decimal point with thousands")
        << list("1,234.5|0.25|-3.5|1,000,000") << list("1234.5|0.25|-3.5|1000000");
    QTest::newRow("percentages") << list("45%|12,5 %|100%") << list("45|12.5|100");
    QTest::newRow("space thousands, comma decimals")
        << list("1 234,5|12|7,25") << list("1234.5|12|7.25");
    QTest::newRow("negative numbers") << list("-1|-0,5|+2|3") << list("-1|-0.5|2|3");
    // "1,234" alone could be either; with "2,5" in the column the comma is a decimal mark.
    QTest::newRow("ambiguous settled by the column") << list("1,234|2,5") << list("1.234|2.5");
    QTest::newRow("ambiguous, column says thousands")
        << list("1,234|2,500.75") << list("1234|2500.75");
}

void TestTypeInference::numericValues() {
    QFETCH(QStringList, cells);
    QFETCH(QStringList, values);
    const RawTable table = oneColumn(cells);
    const BuiltSurvey built = buildOk(table, genericPlan(table));
    QCOMPARE(built.survey.questions[0].type, QuestionType::Numeric);
    QCOMPARE(asStrings(built.responses.columns[0].values), values);
}

void TestTypeInference::strayTextCellIsNotNumeric() {
    // Decision: a column of numbers with one text cell is not numeric (its numbers would be
    // silently lost otherwise). Few distinct answers make it single choice, many make it text,
    // and a warning names the stray cell so the analyst can fix the file.
    {
        const RawTable table = oneColumn(list("1|2|3|2|due|1|3|2|1|2|3|1"));
        QList<Diagnostic> warnings;
        const BuiltSurvey built = buildOk(table, genericPlan(table), {}, &warnings);
        QCOMPARE(built.survey.questions[0].type, QuestionType::Single);
        QCOMPARE(built.survey.questions[0].options, list("1|2|3|due"));
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings[0].line, 6); // header on line 1, "due" is the fifth respondent
        QCOMPARE(warnings[0].column, 1);
        QVERIFY(warnings[0].message.contains(QStringLiteral("\"due\"")));
    }
    {
        QStringList ages;
        for (int i = 0; i < 40; ++i)
            ages.append(QString::number(18 + i));
        ages.insert(17, QStringLiteral("non dichiarata"));
        const RawTable table = oneColumn(ages);
        QList<Diagnostic> warnings;
        const BuiltSurvey built = buildOk(table, genericPlan(table), {}, &warnings);
        QCOMPARE(built.survey.questions[0].type, QuestionType::Text);
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings[0].line, 19);
        QCOMPARE(built.responses.columns[0].texts[17], QStringLiteral("non dichiarata"));
    }
}

void TestTypeInference::dateValues_data() {
    QTest::addColumn<QStringList>("cells");
    QTest::addColumn<QStringList>("values");
    QTest::newRow("ISO") << list("2020-03-15|2020-03-15 10:22:01|2020-03-15T10:22:01Z")
                         << list("1584230400000|1584267721000|1584267721000");
    QTest::newRow("Google Forms Italian") << list("24/11/2025 15.57.55|26/11/2025 16.34.28|")
                                          << list("1763999875000|1764174868000|NaN");
    QTest::newRow("US, month first decided by a day over 12")
        << list("12/13/2018 11:51:17|12/1/2018 11:06:09") << list("1544701877000|1543662369000");
    QTest::newRow("US with AM/PM") << list("3/15/2020 10:22:01 PM|3/15/2020 10:22:01 AM")
                                   << list("1584310921000|1584267721000");
    QTest::newRow("German") << list("15.03.2020 10:22|29.02.2020")
                            << list("1584267720000|1582934400000");
}

void TestTypeInference::dateValues() {
    QFETCH(QStringList, cells);
    QFETCH(QStringList, values);
    const RawTable table = oneColumn(cells);
    const BuiltSurvey built = buildOk(table, genericPlan(table));
    QCOMPARE(built.survey.questions[0].type, QuestionType::Date);
    QCOMPARE(asStrings(built.responses.columns[0].values), values);
    // Every cell was read as a date: the value says it all, no text is kept beside it.
    QVERIFY(built.responses.columns[0].texts.isEmpty());
}

void TestTypeInference::ambiguousDatesFollowTheFile() {
    // "3/4/2020" alone could be 3 April or 4 March; the other date column of the file has
    // "12/13/2018": the file writes month first.
    const RawTable table = makeTable({{QStringLiteral("Inizio"), QStringLiteral("Fine")},
                                      {QStringLiteral("3/4/2020"), QStringLiteral("12/13/2018")},
                                      {QStringLiteral("5/6/2020"), QStringLiteral("11/14/2018")}});
    const BuiltSurvey built = buildOk(table, genericPlan(table));
    QCOMPARE(built.survey.questions[0].type, QuestionType::Date);
    // 2020-03-04 and 2020-05-06 UTC.
    QCOMPARE(asStrings(built.responses.columns[0].values), list("1583280000000|1588723200000"));
}

void TestTypeInference::ambiguousNumbersFollowTheFile() {
    // "1.234" alone reads 1.234 (decimal point) or 1234 (thousands); the other column writes
    // "3,5": the file uses decimal commas, so the dots are thousands.
    const RawTable table = makeTable({{"Spesa", "Voto"}, {"1.234", "3,5"}, {"2.500", "7"}});
    const BuiltSurvey built = buildOk(table, genericPlan(table));
    QCOMPARE(asStrings(built.responses.columns[0].values), list("1234|2500"));
    QCOMPARE(asStrings(built.responses.columns[1].values), list("3.5|7"));
    // With no other column to say, the decimal point is assumed.
    const RawTable alone = oneColumn(list("1.234|2.500"));
    QCOMPARE(asStrings(buildOk(alone, genericPlan(alone)).responses.columns[0].values),
             list("1.234|2.5"));
}

void TestTypeInference::mostlyDatesIsADate() {
    QStringList cells;
    for (int d = 1; d <= 19; ++d)
        cells.append(QStringLiteral("2024-05-%1").arg(d, 2, 10, QLatin1Char('0')));
    cells.insert(4, QStringLiteral("ieri"));
    const RawTable table = oneColumn(cells);
    QList<Diagnostic> warnings;
    const BuiltSurvey built = buildOk(table, genericPlan(table), {}, &warnings);
    QCOMPARE(built.survey.questions[0].type, QuestionType::Date);
    const AnswerColumn& a = built.responses.columns[0];
    QVERIFY(std::isnan(a.values[4]));
    // The cell that is not a date keeps its text; the dates need none.
    QCOMPARE(a.texts[4], QStringLiteral("ieri"));
    QVERIFY(a.texts[0].isEmpty());
    QCOMPARE(a.values[0], 1714521600000.0); // 2024-05-01
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings[0].line, 6);
}

void TestTypeInference::manyOneOffOtherAnswersAreGrouped() {
    // A checkbox question with an "Other:" box: 35 different texts given once each would bury
    // the three options; they become one "Other" option.
    QStringList cells;
    for (int i = 0; i < 100; ++i)
        cells << QStringLiteral("Email, Telefono") << QStringLiteral("Telefono")
              << QStringLiteral("Email") << QStringLiteral("Posta");
    for (int i = 0; i < 35; ++i)
        cells << QStringLiteral("Email, piccione viaggiatore %1").arg(i);
    const RawTable table = oneColumn(cells);
    QList<Diagnostic> warnings;
    const BuiltSurvey built =
        buildOk(table, genericPlan(table, QStringLiteral(", ")), {}, &warnings);
    const Question& q = built.survey.questions[0];
    QCOMPARE(q.type, QuestionType::Multiple);
    QCOMPARE(q.options, list("Email|Telefono|Posta|Other"));
    const AnswerColumn& a = built.responses.columns[0];
    QCOMPARE(int(std::count(a.selected[3].begin(), a.selected[3].end(), 1)), 35);
    QCOMPARE(int(a.selected[0][400]), 1);
    QCOMPARE(warnings.size(), 1);
}

void TestTypeInference::overrideOnAFlagBlock() {
    const RawTable table = makeTable({{"A", "B"}, {"Y", ""}, {"Y", "Y"}, {"", ""}});
    ImportPlan plan;
    QuestionPlan q;
    q.code = QStringLiteral("Canali");
    q.layout = ColumnLayout::OptionFlags;
    q.columns = {0, 1};
    q.columnOptions = {QStringLiteral("Email"), QStringLiteral("Posta")};
    plan.questions.append(q);
    ImportOptions options;
    options.typeOverrides.append({QStringLiteral("Q1"), QuestionType::Text});
    const BuiltSurvey built = buildOk(table, plan, options);
    QCOMPARE(built.survey.questions[0].type, QuestionType::Text);
    QCOMPARE(built.responses.columns[0].texts, (QStringList{"Email", "Email; Posta", ""}));
    options.typeOverrides = {{QStringLiteral("Canali"), QuestionType::Numeric}};
    const auto r = SurveyBuilder::build(table, plan, options, QStringLiteral("survey.csv"));
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QStringLiteral("Canali")));
}

void TestTypeInference::likertCodesAndScores() {
    const RawTable table = oneColumn(list("Spesso||Non so|Mai|Spesso|A volte|Raramente"));
    const BuiltSurvey built = buildOk(table, genericPlan(table));
    const Question& q = built.survey.questions[0];
    QCOMPARE(q.type, QuestionType::Likert);
    QCOMPARE(q.options, list("Mai|Raramente|A volte|Spesso|Sempre|Non so"));
    QCOMPARE(asStrings(q.scores), list("1|2|3|4|5|NaN"));
    QCOMPARE(built.responses.columns[0].codes, (std::vector<std::int32_t>{4, 0, 6, 1, 4, 3, 2}));
}

void TestTypeInference::singleCodesWithMissing() {
    const RawTable table = oneColumn(list("Auto||Treno|Auto|Bici|Treno"));
    const BuiltSurvey built = buildOk(table, genericPlan(table));
    QCOMPARE(built.survey.questions[0].options, list("Auto|Treno|Bici"));
    QCOMPARE(built.responses.columns[0].codes, (std::vector<std::int32_t>{1, 0, 2, 1, 3, 2}));
}

void TestTypeInference::inferenceLooksAtEveryRow() {
    // The first 50 rows look numeric; row 51 says otherwise.
    QStringList cells;
    for (int i = 0; i < 50; ++i)
        cells.append(QString::number(i % 5 + 1));
    cells.append(QStringLiteral("Molto"));
    cells.append(QStringLiteral("Poco"));
    const RawTable table = oneColumn(cells);
    const BuiltSurvey built = buildOk(table, genericPlan(table));
    QVERIFY(built.survey.questions[0].type != QuestionType::Numeric);
    // And the other way round: text first, a Likert scale over all rows.
    const RawTable likert =
        oneColumn(list("Sempre|Mai|Mai|Mai|Mai|Mai|Mai|Mai|Spesso|A volte|Raramente"));
    QCOMPARE(buildOk(likert, genericPlan(likert)).survey.questions[0].options,
             list("Mai|Raramente|A volte|Spesso|Sempre"));
}

// ---------------------------------------------------------------------------------------------

void TestTypeInference::optionFlags_data() {
    // Three respondents' cells for a block of two option columns.
    QTest::addColumn<QStringList>("first");
    QTest::addColumn<QStringList>("second");
    QTest::addColumn<QList<int>>("selectedFirst");
    QTest::addColumn<QList<int>>("selectedSecond");
    QTest::addColumn<QList<int>>("answered");
    QTest::newRow("Y and blank") << list("Y||") << list("|Y|") << QList<int>{1, 0, 0}
                                 << QList<int>{0, 1, 0} << QList<int>{1, 1, 0};
    QTest::newRow("Ja/Nein, all Nein answered")
        << list("Ja|Nein|") << list("Nein|Nein|") << QList<int>{1, 0, 0} << QList<int>{0, 0, 0}
        << QList<int>{1, 1, 0};
    QTest::newRow("1/0") << list("1|0|0") << list("1|1|0") << QList<int>{1, 0, 0}
                         << QList<int>{1, 1, 0} << QList<int>{1, 1, 1};
    QTest::newRow("option label itself")
        << list("Email||") << list("Telefono|Telefono|") << QList<int>{1, 0, 0}
        << QList<int>{1, 1, 0} << QList<int>{1, 1, 0};
    QTest::newRow("Sì/No, X, True/False")
        << list("Sì|x|False") << list("No|True|no") << QList<int>{1, 1, 0} << QList<int>{0, 1, 0}
        << QList<int>{1, 1, 1};
    QTest::newRow("SPSS 1/2 and scelto/non scelto")
        << list("1|2|2") << list("Non scelto|Scelto|Non scelto") << QList<int>{1, 0, 0}
        << QList<int>{0, 1, 0} << QList<int>{1, 1, 1};
}

void TestTypeInference::optionFlags() {
    QFETCH(QStringList, first);
    QFETCH(QStringList, second);
    QFETCH(QList<int>, selectedFirst);
    QFETCH(QList<int>, selectedSecond);
    QFETCH(QList<int>, answered);
    QList<QStringList> rows{
        {QStringLiteral("Contatto [Email]"), QStringLiteral("Contatto [Telefono]")}};
    for (int r = 0; r < first.size(); ++r)
        rows.append({first[r], second[r]});
    const RawTable table = makeTable(rows);
    ImportPlan plan;
    QuestionPlan q;
    q.code = QStringLiteral("Contatto");
    q.text = QStringLiteral("Come preferisce essere contattato?");
    q.layout = ColumnLayout::OptionFlags;
    q.columns = {0, 1};
    q.columnOptions = {QStringLiteral("Email"), QStringLiteral("Telefono")};
    q.typeHint = QuestionType::Multiple;
    plan.questions.append(q);
    QList<Diagnostic> warnings;
    const BuiltSurvey built = buildOk(table, plan, {}, &warnings);
    QVERIFY(warnings.isEmpty());
    const Question& question = built.survey.questions[0];
    QCOMPARE(question.type, QuestionType::Multiple);
    QCOMPARE(question.options, list("Email|Telefono"));
    const AnswerColumn& a = built.responses.columns[0];
    for (int r = 0; r < first.size(); ++r) {
        QCOMPARE(int(a.selected[0][r]), selectedFirst[r]);
        QCOMPARE(int(a.selected[1][r]), selectedSecond[r]);
        QCOMPARE(int(a.answered[r]), answered[r]);
    }
}

void TestTypeInference::unknownFlagIsWarnedAndSelected() {
    // An "Other" column of a LimeSurvey block holds free text: it chose the option.
    const RawTable table = makeTable({{QStringLiteral("Informatik"), QStringLiteral("Sonstiges")},
                                      {QStringLiteral("Ja"), QString()},
                                      {QStringLiteral("Nein"), QStringLiteral("Physik")},
                                      {QStringLiteral("Nein"), QStringLiteral("Psychologie")}});
    ImportPlan plan;
    QuestionPlan q;
    q.code = QStringLiteral("Hintergrund");
    q.layout = ColumnLayout::OptionFlags;
    q.columns = {0, 1};
    q.columnOptions = {QStringLiteral("Informatik"), QStringLiteral("Sonstiges")};
    plan.questions.append(q);
    QList<Diagnostic> warnings;
    const BuiltSurvey built = buildOk(table, plan, {}, &warnings);
    QCOMPARE(built.responses.columns[0].selected[1], (std::vector<std::uint8_t>{0, 1, 1}));
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings[0].line, 3);
    QCOMPARE(warnings[0].column, 2);
    QVERIFY(warnings[0].message.contains(QStringLiteral("Physik")));
}

// ---------------------------------------------------------------------------------------------

void TestTypeInference::gridItemsShareTheirOptions() {
    // Item "Bus" alone shows three points of a 4-point scale, item "Treno" shows the 5-point
    // one; together they are the 5-point scale, and both items get it, spelled as in the file.
    const RawTable table = makeTable({{"Uso [Treno]", "Uso [Bus]", "Gusto [Mela]", "Gusto [Pera]"},
                                      {"mai", "spesso", "Sì", "No"},
                                      {"a volte", "sempre", "No", "No"},
                                      {"raramente", "spesso", "Forse", "Sì"},
                                      {"spesso", "mai", "Sì", "No"},
                                      {"sempre", "", "", "Sì"}});
    ImportPlan plan = genericPlan(table);
    plan.questions[0].group = plan.questions[1].group = QStringLiteral("Uso");
    plan.questions[2].group = plan.questions[3].group = QStringLiteral("Gusto");
    const BuiltSurvey built = buildOk(table, plan);
    const QStringList scale = list("mai|raramente|a volte|spesso|sempre");
    QCOMPARE(built.survey.questions[0].type, QuestionType::Likert);
    QCOMPARE(built.survey.questions[1].type, QuestionType::Likert);
    QCOMPARE(built.survey.questions[0].options, scale);
    QCOMPARE(built.survey.questions[1].options, scale);
    QCOMPARE(built.responses.columns[1].codes, (std::vector<std::int32_t>{4, 5, 4, 1, 0}));
    // Without the grid, "Bus" alone is read on the 4-point scale.
    plan.questions[1].group.clear();
    QCOMPARE(buildOk(table, plan).survey.questions[1].options, list("mai|raramente|spesso|sempre"));

    // Choices: the union in order of first appearance over the grid.
    QCOMPARE(built.survey.questions[2].options, list("Sì|No|Forse"));
    QCOMPARE(built.survey.questions[3].options, list("Sì|No|Forse"));
    QCOMPARE(built.responses.columns[3].codes, (std::vector<std::int32_t>{2, 2, 1, 2, 1}));
}

void TestTypeInference::idsSkipMetadata() {
    const RawTable table = makeTable({{"Timestamp", "Età", "Email", "Genere", "Id"},
                                      {"24/11/2025 15.57.55", "34", "a@b.it", "F", "R1"},
                                      {"25/11/2025 16.58.08", "41", "", "M", "R2"},
                                      {"25/11/2025 17.00.00", "29", "", "F", "R3"},
                                      {"26/11/2025 09.12.44", "52", "c@d.it", "M", "R4"}});
    ImportPlan plan = genericPlan(table);
    plan.questions[0].metadata = true;
    plan.questions[2].metadata = true;
    plan.questions[4].metadata = true;
    const BuiltSurvey built = buildOk(table, plan);
    QStringList ids, types;
    for (const Question& q : built.survey.questions) {
        ids.append(q.id);
        types.append(questionTypeName(q.type));
    }
    QCOMPARE(ids, list("M1|Q1|M2|Q2|M3"));
    QCOMPARE(types, list("date|numeric|id|single|id"));
    QVERIFY(built.survey.questions[0].metadata);
    QVERIFY(!built.survey.questions[1].metadata);
    QCOMPARE(built.responses.columns[2].texts, (QStringList{"a@b.it", "", "", "c@d.it"}));
    // "25/11/2025 16.58.08", Google Forms' Italian timestamp, read in UTC.
    QCOMPARE(built.responses.columns[0].values[1], 1764089888000.0);
}

void TestTypeInference::respondentIdsAndWeights() {
    const RawTable table = makeTable({{"id", "Q"}, {"17", "Sì"}, {"", "No"}, {"23", "No"}});
    ImportPlan plan = genericPlan(table);
    plan.respondentIdColumn = 0;
    BuiltSurvey built = buildOk(table, plan);
    QCOMPARE(built.responses.respondentIds, list("17|2|23"));
    QCOMPARE(built.responses.weights, (std::vector<double>{1, 1, 1}));
    // Without an id column respondents are numbered, and a million "1", "2", … are not kept.
    plan.respondentIdColumn = -1;
    built = buildOk(table, plan);
    QVERIFY(built.responses.respondentIds.isEmpty());
    QCOMPARE(int(built.responses.columns.size()), 2);
}

void TestTypeInference::overrides_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("question");
    QTest::newRow("by id, any case") << "q2"
                                     << "text" << 1;
    QTest::newRow("by code") << "eta"
                             << "single" << 0;
    QTest::newRow("by exact text") << "Quanto spesso usi il treno?"
                                   << "text" << 1;
    QTest::newRow("metadata by id") << "M1"
                                    << "text" << 2;
}

void TestTypeInference::overrides() {
    QFETCH(QString, key);
    QFETCH(QString, type);
    QFETCH(int, question);
    const RawTable table = makeTable({{"eta", "treno", "ts"},
                                      {"34", "Spesso", "2020-03-15"},
                                      {"41", "Mai", "2020-03-16"},
                                      {"34", "Spesso", "2020-03-17"}});
    ImportPlan plan = genericPlan(table);
    plan.questions[1].text = QStringLiteral("Quanto spesso usi il treno?");
    plan.questions[2].metadata = true;
    ImportOptions options;
    options.typeOverrides.append({key, *questionTypeFromName(type)});
    const BuiltSurvey built = buildOk(table, plan, options);
    QCOMPARE(questionTypeName(built.survey.questions[question].type), type);
    // The others keep their inferred types.
    const QStringList inferred = list("numeric|likert|date");
    for (int i = 0; i < 3; ++i)
        if (i != question)
            QCOMPARE(questionTypeName(built.survey.questions[i].type), inferred[i]);
    if (type == u"single")
        QCOMPARE(built.survey.questions[0].options, list("34|41"));
    if (type == u"text")
        QCOMPARE(built.responses.columns[question].texts.size(), 3);
}

void TestTypeInference::overrideUnknownQuestionIsAnError() {
    const RawTable table = oneColumn(list("1|2"));
    ImportOptions options;
    options.typeOverrides.append({QStringLiteral("Q7"), QuestionType::Text});
    const auto r = SurveyBuilder::build(table, genericPlan(table), options, "survey.csv");
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QStringLiteral("Q7")));
    QCOMPARE(r.error().file, QStringLiteral("survey.csv"));
}

void TestTypeInference::overrideNumericNamesTheBadCell() {
    // Records that span lines: the second respondent starts on line 4, the third on line 7.
    RawTable table;
    table.appendRow(QStringList{"nome", "peso"}, 1);
    table.appendRow(QStringList{"Anna", "61,5"}, 2);
    table.appendRow(QStringList{"Bruno\nRossi", "72"}, 4);
    table.appendRow(QStringList{"Carla", "circa 70"}, 7);
    table.appendRow(QStringList{"Dario", "sconosciuto"}, 8);
    table.finish();
    ImportOptions options;
    options.typeOverrides.append({QStringLiteral("peso"), QuestionType::Numeric});
    const auto r = SurveyBuilder::build(table, genericPlan(table), options, "pesi.csv");
    QVERIFY(!r.ok());
    QCOMPARE(r.error().file, QStringLiteral("pesi.csv"));
    QCOMPARE(r.error().line, 7);
    QCOMPARE(r.error().column, 2);
    QVERIFY(r.error().message.contains(QStringLiteral("circa 70")));
    QVERIFY(r.error().toString().startsWith(QStringLiteral("pesi.csv:7:2: ")));

    // The same column forced numeric without the bad cells reads its decimal commas.
    RawTable good;
    good.appendRow(QStringList{"peso"}, 1);
    good.appendRow(QStringList{"61,5"}, 2);
    good.appendRow(QStringList{"72"}, 3);
    good.finish();
    const BuiltSurvey built = buildOk(good, genericPlan(good), options);
    QCOMPARE(asStrings(built.responses.columns[0].values), list("61.5|72"));
}

void TestTypeInference::overrideLikertKeepsFileOrderOrNumbers() {
    ImportOptions options;
    options.typeOverrides.append({QStringLiteral("Q1"), QuestionType::Likert});
    {
        const RawTable table = oneColumn(list("Benino|Male|Non so|Bene|Male"));
        const BuiltSurvey built = buildOk(table, genericPlan(table), options);
        const Question& q = built.survey.questions[0];
        QCOMPARE(q.type, QuestionType::Likert);
        QCOMPARE(q.options, list("Benino|Male|Bene|Non so"));
        QCOMPARE(asStrings(q.scores), list("1|2|3|NaN"));
        QCOMPARE(built.responses.columns[0].codes, (std::vector<std::int32_t>{1, 2, 4, 3, 2}));
    }
    {
        const RawTable table = oneColumn(list("7|3|10|0|3"));
        const BuiltSurvey built = buildOk(table, genericPlan(table), options);
        const Question& q = built.survey.questions[0];
        QCOMPARE(q.options, list("0|3|7|10"));
        QCOMPARE(asStrings(q.scores), list("0|3|7|10"));
        QCOMPARE(built.responses.columns[0].codes, (std::vector<std::int32_t>{3, 2, 4, 1, 2}));
    }
    {
        // A known scale keeps its order (and its unchosen points).
        const RawTable table = oneColumn(list("Sempre|Mai|A volte|Raramente"));
        const BuiltSurvey built = buildOk(table, genericPlan(table), options);
        QCOMPARE(built.survey.questions[0].options, list("Mai|Raramente|A volte|Spesso|Sempre"));
    }
}

void TestTypeInference::typeHintThatDoesNotFitFallsBack() {
    const RawTable table = oneColumn(list("Auto|Treno|Auto|Treno"));
    ImportPlan plan = genericPlan(table);
    plan.questions[0].typeHint = QuestionType::Numeric;
    QList<Diagnostic> warnings;
    const BuiltSurvey built = buildOk(table, plan, {}, &warnings);
    QCOMPARE(built.survey.questions[0].type, QuestionType::Single);
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings[0].line, 2);

    plan.questions[0].typeHint = QuestionType::Text;
    QCOMPARE(buildOk(table, plan).survey.questions[0].type, QuestionType::Text);
}

void TestTypeInference::spssValueLabelsGiveOptionsInCodeOrder() {
    // Cells hold value labels; the labels give the options, even those nobody chose. A known
    // scale coded from agree to disagree (1 = Molto d'accordo) is shown in the scale's own
    // direction, from disagree up (issue 9 §3: polarity from the labels, not the codes), so the
    // top-2-box is the agree end.
    RawTable table = oneColumn(list("Abbastanza d'accordo|Molto d'accordo|Abbastanza d'accordo"));
    SourceColumnInfo info;
    info.name = QStringLiteral("q1");
    info.valueLabels = list("Molto d'accordo|Abbastanza d'accordo|Poco d'accordo|"
                            "Per niente d'accordo");
    info.measure = SourceColumnInfo::Measure::Ordinal;
    table.columnInfo.append(info);
    BuiltSurvey built = buildOk(table, genericPlan(table));
    QCOMPARE(built.survey.questions[0].type, QuestionType::Likert);
    QCOMPARE(built.survey.questions[0].options,
             list("Per niente d'accordo|Poco d'accordo|Abbastanza d'accordo|Molto d'accordo"));
    QCOMPARE(built.survey.questions[0].scores, (std::vector<double>{1, 2, 3, 4}));
    QCOMPARE(built.responses.columns[0].codes, (std::vector<std::int32_t>{3, 4, 3}));

    // Ordinal labels that are no known scale keep the file's code order.
    RawTable ordinal = oneColumn(list("Sud|Nord|Sud"));
    info.valueLabels = list("Nord|Centro|Sud");
    ordinal.columnInfo.clear();
    ordinal.columnInfo.append(info);
    built = buildOk(ordinal, genericPlan(ordinal));
    QCOMPARE(built.survey.questions[0].options, list("Nord|Centro|Sud"));
    QCOMPARE(built.responses.columns[0].codes, (std::vector<std::int32_t>{3, 1, 3}));

    // Nominal labels: single choice in code order.
    RawTable nominal = oneColumn(list("Treno|Auto|Treno"));
    info.valueLabels = list("Auto|Bici|Treno");
    info.measure = SourceColumnInfo::Measure::Nominal;
    nominal.columnInfo.append(info);
    built = buildOk(nominal, genericPlan(nominal));
    QCOMPARE(built.survey.questions[0].type, QuestionType::Single);
    QCOMPARE(built.survey.questions[0].options, list("Auto|Bici|Treno"));
    QCOMPARE(built.responses.columns[0].codes, (std::vector<std::int32_t>{3, 1, 3}));
}

void TestTypeInference::googleFormsCheckboxesWithCommasAndWriteIns() {
    // tests/data/profiles/gforms_checkbox_commas.csv: 32 Google Forms rows, a checkbox question
    // whose first option is "Email, chat or phone support", and three respondents who typed
    // their own words into "Other:" ("My cousin", "Reddit, mostly", "Nobody"). Hand count (and
    // this Python line: for each non-empty cell, remove each listed option and count what is
    // left): 30 answered; 17, 17, 15, 16 for the four options; 3 write-ins.
    auto imported =
        SurveyImporter::importFile(QFINDTESTDATA("data/profiles/gforms_checkbox_commas.csv"), {});
    QVERIFY(imported.ok());
    const Project& p = imported.value();
    const Question& q = p.survey.questions[p.survey.findQuestion(QStringLiteral("Q1"))];
    QCOMPARE(q.type, QuestionType::Multiple);
    QCOMPARE(q.options,
             (QStringList{QStringLiteral("Email, chat or phone support"),
                          QStringLiteral("In-person help"), QStringLiteral("Self-service portal"),
                          QStringLiteral("Community forum"), QStringLiteral("Other")}));
    const AnswerColumn& column =
        p.responses.columns[size_t(p.survey.findQuestion(QStringLiteral("Q1")))];
    int answered = 0;
    QList<int> chosen(q.options.size(), 0);
    for (int r = 0; r < p.responses.respondentCount; ++r) {
        answered += column.answered[size_t(r)] ? 1 : 0;
        for (int o = 0; o < q.options.size(); ++o)
            chosen[o] += column.selected[size_t(o)][size_t(r)] ? 1 : 0;
    }
    QCOMPARE(answered, 30);
    QCOMPARE(chosen, (QList<int>{17, 17, 15, 16, 3}));
}

void TestTypeInference::cancelledByProgress() {
    const RawTable table = oneColumn(list("1|2|3"));
    int calls = 0;
    const auto r = SurveyBuilder::build(table, genericPlan(table), {}, "survey.csv",
                                        [&](qint64, qint64) { return ++calls < 1; });
    QVERIFY(!r.ok());
    QCOMPARE(calls, 1);
}

QTEST_GUILESS_MAIN(TestTypeInference)
#include "tst_typeinference.moc"
