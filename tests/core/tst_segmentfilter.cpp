// SegmentFilter over the hand-made survey tests/data/stats/survey.csv (30 respondents, ids 1-30
// in file order). Expected respondent sets were listed with R 4.x from:
//
//   d <- read.csv("tests/data/stats/survey.csv", na.strings = "", encoding = "UTF-8")
//   has <- function(o) sapply(strsplit(ifelse(is.na(d$canali), "", d$canali), ";"),
//                             function(s) o %in% s)
//
// and the R line next to each row.

#include "filter/SegmentFilter.h"

#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QTest>
#include <limits>

using namespace sondo;

namespace {

enum Column { Settore, Ruolo, Canali, Soddisfazione, Eta };

Question makeQuestion(const QString& id, const QString& code, const QString& text,
                      QuestionType type, const QStringList& options = {}) {
    Question q;
    q.id = id;
    q.code = code;
    q.text = text;
    q.type = type;
    q.options = options;
    if (type == QuestionType::Likert)
        for (qsizetype i = 0; i < options.size(); ++i)
            q.scores.push_back(double(i + 1));
    return q;
}

struct Fixture {
    Survey survey;
    ResponseMatrix responses;
};

/** survey.csv as an import would hold it: the questions are declared here, answers read. */
Fixture loadFixture() {
    Fixture f;
    f.survey.questions = {
        makeQuestion("Q1", "settore", "Settore", QuestionType::Single,
                     {"Banche", "Telco", "Retail", "Industria", "PA"}),
        makeQuestion("Q2", "ruolo", "Ruolo", QuestionType::Single,
                     {"Manager", "Impiegato", "Dirigente", "Stagista"}),
        // Text longer than a chart note allows: describe() falls back to the code.
        makeQuestion("Q3", "canali",
                     "Attraverso quali canali ha conosciuto il nostro servizio di consulenza?",
                     QuestionType::Multiple, {"Email", "Social", "Stampa", "TV"}),
        makeQuestion("Q4", "soddisfazione", "Soddisfazione", QuestionType::Likert,
                     {"Per niente", "Poco", "Abbastanza", "Molto", "Del tutto", "Non so"}),
        makeQuestion("Q5", "eta", "Età", QuestionType::Numeric),
    };
    QFile file(QFINDTESTDATA("data/stats/survey.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return f;
    QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    lines.removeFirst();
    const int n = int(lines.size());
    ResponseMatrix& m = f.responses;
    m.respondentCount = n;
    m.weights.assign(std::size_t(n), 1.0);
    m.columns.resize(5);
    for (Column c : {Settore, Ruolo, Soddisfazione})
        m.columns[c].codes.assign(std::size_t(n), 0);
    m.columns[Canali].answered.assign(std::size_t(n), 0);
    m.columns[Canali].selected.assign(4, std::vector<std::uint8_t>(std::size_t(n), 0));
    m.columns[Eta].values.assign(std::size_t(n), std::numeric_limits<double>::quiet_NaN());
    for (int r = 0; r < n; ++r) {
        const QStringList cells = lines[r].trimmed().split(u',');
        if (cells.size() != 8)
            qFatal("survey.csv line %d: %d cells", r + 2, int(cells.size()));
        m.respondentIds << cells[0];
        for (auto [column, cell] : {std::pair{Settore, 1}, {Ruolo, 2}, {Soddisfazione, 4}})
            m.columns[column].codes[r] =
                int(f.survey.questions[column].options.indexOf(cells[cell])) + 1;
        if (!cells[3].isEmpty()) {
            m.columns[Canali].answered[r] = 1;
            for (const QString& option : cells[3].split(u';'))
                m.columns[Canali]
                    .selected[std::size_t(f.survey.questions[Canali].options.indexOf(option))][r] =
                    1;
        }
        if (!cells[5].isEmpty())
            m.columns[Eta].values[r] = QLocale::c().toDouble(cells[5]);
    }
    return f;
}

using Conditions = QList<QPair<int, int>>;

SegmentFilter filterOf(const Conditions& conditions) {
    SegmentFilter filter;
    for (const auto& [question, option] : conditions)
        filter.addCondition(question, option);
    return filter;
}

/** Respondent ids (1-based file order) selected by `mask`. */
QList<int> selected(const RespondentMask& mask) {
    QList<int> ids;
    for (std::size_t i = 0; i < mask.size(); ++i)
        if (mask[i])
            ids << int(i) + 1;
    return ids;
}

} // namespace

class TestSegmentFilter : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void mask_data();
    void mask();
    void emptyFilterSelectsEveryone();
    void editing();
    void staleConditionMatchesNobody();
    void largeMatrix();
    void describe_data();
    void describe();
    void jsonRoundTrip();
    void jsonSurvivesReimport();
    void jsonDropsWhatNoLongerExists();
    void numericRange_data();
    void numericRange();
    void numericRangeParsing();
    void numericRangeDescribedAndSaved();

private:
    Fixture m_f;
};

void TestSegmentFilter::initTestCase() {
    m_f = loadFixture();
    QCOMPARE(m_f.responses.respondentCount, 30);
}

void TestSegmentFilter::mask_data() {
    QTest::addColumn<Conditions>("conditions");
    QTest::addColumn<QList<int>>("ids");

    // d$id[d$settore %in% "Banche"]  (blank settore never matches)
    QTest::newRow("one option") << Conditions{{Settore, 0}}
                                << QList<int>{2, 3, 10, 11, 13, 17, 21, 24};
    // d$id[d$settore %in% c("Banche","Telco")]
    QTest::newRow("OR within a question")
        << Conditions{{Settore, 0}, {Settore, 1}}
        << QList<int>{1, 2, 3, 5, 9, 10, 11, 13, 14, 17, 20, 21, 22, 24, 26, 29};
    // d$id[d$ruolo %in% c("Manager","Dirigente") & d$settore %in% c("Banche","Telco")]
    QTest::newRow("AND across questions")
        << Conditions{{Settore, 0}, {Settore, 1}, {Ruolo, 0}, {Ruolo, 2}}
        << QList<int>{1, 2, 3, 9, 10, 11, 17, 20, 26, 29};
    // d$id[has("Email") | has("TV")]
    QTest::newRow("multiple choice: any of the options")
        << Conditions{{Canali, 0}, {Canali, 3}}
        << QList<int>{3, 7, 8, 10, 11, 12, 13, 14, 16, 17, 19, 23, 25, 26, 28, 29, 30};
    // d$id[has("Stampa")]
    QTest::newRow("multiple choice, one option")
        << Conditions{{Canali, 2}} << QList<int>{2, 7, 8, 10, 11, 13, 14, 19, 22, 23};
    // d$id[(has("Email") | has("TV")) & d$ruolo %in% "Manager"]
    QTest::newRow("multiple choice AND single")
        << Conditions{{Canali, 0}, {Canali, 3}, {Ruolo, 0}} << QList<int>{8, 17, 23, 25};
    // d$id[d$soddisfazione %in% c("Molto","Del tutto")]  (Likert filters like single choice)
    QTest::newRow("likert top two")
        << Conditions{{Soddisfazione, 3}, {Soddisfazione, 4}}
        << QList<int>{2, 4, 5, 6, 9, 12, 13, 15, 16, 17, 20, 22, 27, 30};
    // Nobody chose PA (by hand)
    QTest::newRow("option nobody chose") << Conditions{{Settore, 4}} << QList<int>{};
    // An option that does not exist matches nobody; with a valid option of the same question
    // it changes nothing: d$id[d$ruolo %in% "Manager"]
    QTest::newRow("option out of range, OR valid one")
        << Conditions{{Ruolo, 0}, {Ruolo, 9}} << QList<int>{1, 4, 8, 9, 17, 23, 25};
}

void TestSegmentFilter::mask() {
    QFETCH(Conditions, conditions);
    QFETCH(QList<int>, ids);
    const SegmentFilter filter = filterOf(conditions);
    QVERIFY(!filter.isEmpty());
    const RespondentMask mask = filter.mask(m_f.survey, m_f.responses);
    QCOMPARE(mask.size(), std::size_t(30));
    for (std::uint8_t byte : mask)
        QVERIFY(byte == 0 || byte == 1);
    QCOMPARE(selected(mask), ids);
}

void TestSegmentFilter::emptyFilterSelectsEveryone() {
    SegmentFilter filter;
    QVERIFY(filter.isEmpty());
    QVERIFY(filter.mask(m_f.survey, m_f.responses).empty());
    QVERIFY(filter.describe(m_f.survey).isEmpty());
    filter.addCondition(Settore, 1);
    filter.removeCondition(Settore, 1);
    QVERIFY(filter.isEmpty());
    QVERIFY(filter.mask(m_f.survey, m_f.responses).empty());
}

void TestSegmentFilter::editing() {
    SegmentFilter filter;
    filter.addCondition(Ruolo, 2);
    filter.addCondition(Settore, 3);
    filter.addCondition(Settore, 0);
    filter.addCondition(Settore, 3); // twice: no change
    QMap<int, QList<int>> expected{{Settore, {0, 3}}, {Ruolo, {2}}};
    QCOMPARE(filter.conditions(), expected);

    filter.removeCondition(Settore, 3);
    expected[Settore] = {0};
    QCOMPARE(filter.conditions(), expected);
    filter.removeCondition(Settore, 3); // not there: no change
    QCOMPARE(filter.conditions(), expected);

    filter.clearQuestion(Ruolo);
    expected.remove(Ruolo);
    QCOMPARE(filter.conditions(), expected);

    filter.addCondition(-1, 0); // nonsense is ignored
    filter.addCondition(Ruolo, -2);
    QCOMPARE(filter.conditions(), expected);

    SegmentFilter same;
    same.addCondition(Settore, 0);
    QVERIFY(filter == same);

    filter.clear();
    QVERIFY(filter.isEmpty());
    QVERIFY(!(filter == same));
}

void TestSegmentFilter::staleConditionMatchesNobody() {
    // A question that no longer exists, or that is not categorical, must not silently select
    // everyone: the chart would show the whole sample labelled as a segment.
    for (int question : {99, int(Eta)}) {
        SegmentFilter filter;
        filter.addCondition(Settore, 0);
        filter.addCondition(question, 0);
        const RespondentMask mask = filter.mask(m_f.survey, m_f.responses);
        QCOMPARE(mask.size(), std::size_t(30));
        QCOMPARE(selected(mask), QList<int>{});
    }
}

void TestSegmentFilter::largeMatrix() {
    // The vectorised loops work 16 respondents at a time; 1000 + 7 respondents cover the
    // blocks and the tail. Codes cycle 0..5 (0 = missing) and one code is out of range, so the
    // expected set is known by construction.
    Survey survey;
    survey.questions << makeQuestion("Q1", "a", "A", QuestionType::Single,
                                     {"1", "2", "3", "4", "5"})
                     << makeQuestion("Q2", "b", "B", QuestionType::Multiple, {"x", "y"});
    ResponseMatrix m;
    m.respondentCount = 1007;
    m.columns.resize(2);
    m.columns[0].codes.resize(1007);
    m.columns[1].answered.assign(1007, 1);
    m.columns[1].selected.assign(2, std::vector<std::uint8_t>(1007, 0));
    for (int i = 0; i < 1007; ++i) {
        m.columns[0].codes[i] = i % 6;
        m.columns[1].selected[0][i] = std::uint8_t(i % 2 == 0 ? 7 : 0); // any non-zero byte
        m.columns[1].selected[1][i] = std::uint8_t(i % 3 == 0);
    }
    m.columns[0].codes[1000] = 77;

    SegmentFilter filter;
    filter.addCondition(0, 1); // code 2
    filter.addCondition(0, 3); // code 4
    RespondentMask mask = filter.mask(survey, m);
    const auto chosen = [&](int i) {
        const std::int32_t code = m.columns[0].codes[i];
        return code == 2 || code == 4;
    };
    for (int i = 0; i < 1007; ++i)
        QCOMPARE(int(mask[i]), int(chosen(i)));

    filter.addCondition(1, 0);
    filter.addCondition(1, 1);
    mask = filter.mask(survey, m);
    for (int i = 0; i < 1007; ++i)
        QCOMPARE(int(mask[i]), int(chosen(i) && (i % 2 == 0 || i % 3 == 0)));

    // Many options at once take the lookup-table path.
    SegmentFilter wide;
    Survey many;
    many.questions << makeQuestion("Q1", "a", "A", QuestionType::Single, {});
    for (int o = 0; o < 40; ++o)
        many.questions[0].options << QString::number(o + 1);
    ResponseMatrix mm;
    mm.respondentCount = 1007;
    mm.columns.resize(1);
    mm.columns[0].codes.resize(1007);
    for (int i = 0; i < 1007; ++i)
        mm.columns[0].codes[i] = i % 45 - 2; // includes negative and out-of-range codes
    for (int o = 0; o < 40; o += 3)
        wide.addCondition(0, o);
    mask = wide.mask(many, mm);
    for (int i = 0; i < 1007; ++i) {
        const int code = i % 45 - 2;
        QCOMPARE(int(mask[i]), int(code >= 1 && code <= 40 && (code - 1) % 3 == 0));
    }
}

void TestSegmentFilter::describe_data() {
    QTest::addColumn<Conditions>("conditions");
    QTest::addColumn<QString>("description");

    QTest::newRow("two questions")
        << Conditions{{Ruolo, 0}, {Settore, 1}, {Settore, 0}}
        << QStringLiteral("Settore: Banche, Telco \u00B7 Ruolo: Manager");
    QTest::newRow("long text falls back to the code")
        << Conditions{{Canali, 3}, {Canali, 0}} << QStringLiteral("canali: Email, TV");
    QTest::newRow("accents and scale labels")
        << Conditions{{Soddisfazione, 5}} << QStringLiteral("Soddisfazione: Non so");
}

void TestSegmentFilter::describe() {
    QFETCH(Conditions, conditions);
    QFETCH(QString, description);
    QCOMPARE(filterOf(conditions).describe(m_f.survey), description);
}

void TestSegmentFilter::jsonRoundTrip() {
    const SegmentFilter filter =
        filterOf({{Settore, 0}, {Settore, 1}, {Canali, 3}, {Soddisfazione, 5}});
    const QJsonObject json = filter.toJson(m_f.survey);
    // Through text, as the project file stores it.
    const QJsonObject reread =
        QJsonDocument::fromJson(QJsonDocument(json).toJson(QJsonDocument::Compact)).object();
    QStringList unresolved;
    const SegmentFilter back = SegmentFilter::fromJson(reread, m_f.survey, &unresolved);
    QVERIFY(unresolved.isEmpty());
    QVERIFY(back == filter);
    QCOMPARE(back.mask(m_f.survey, m_f.responses), filter.mask(m_f.survey, m_f.responses));
    // Labels, not indices, are stored.
    QVERIFY(QJsonDocument(json).toJson().contains("\"Telco\""));
    QVERIFY(SegmentFilter::fromJson(SegmentFilter().toJson(m_f.survey), m_f.survey).isEmpty());
}

void TestSegmentFilter::jsonSurvivesReimport() {
    const SegmentFilter filter = filterOf({{Settore, 0}, {Settore, 1}, {Ruolo, 0}, {Ruolo, 2}});
    const QJsonObject json = filter.toJson(m_f.survey);
    const QList<int> before = selected(filter.mask(m_f.survey, m_f.responses));

    // The survey is exported again with a new first question (ids shift: settore becomes Q2)
    // and settore's options in another order; the answers are the same.
    Fixture again = m_f;
    again.survey.questions.prepend(makeQuestion("Q1", "data", "Data", QuestionType::Text));
    for (qsizetype q = 1; q < again.survey.questions.size(); ++q)
        again.survey.questions[q].id = QStringLiteral("Q%1").arg(q + 1);
    again.responses.columns.insert(again.responses.columns.begin(), AnswerColumn{});
    again.responses.columns[0].texts = QStringList(30, QStringLiteral("2024-05-01"));
    const QStringList oldOrder = again.survey.questions[1].options;
    const QStringList newOrder{"PA", "Industria", "Retail", "Telco", "Banche"};
    again.survey.questions[1].options = newOrder;
    for (std::int32_t& code : again.responses.columns[1].codes)
        if (code > 0)
            code = std::int32_t(newOrder.indexOf(oldOrder[code - 1])) + 1;

    QStringList unresolved;
    const SegmentFilter back = SegmentFilter::fromJson(json, again.survey, &unresolved);
    QVERIFY(unresolved.isEmpty());
    const QMap<int, QList<int>> expected{{1, {3, 4}}, {2, {0, 2}}};
    QCOMPARE(back.conditions(), expected);
    QCOMPARE(selected(back.mask(again.survey, again.responses)), before);
    // Options are described in the survey's (new) order.
    QCOMPARE(back.describe(again.survey),
             QStringLiteral("Settore: Telco, Banche \u00B7 Ruolo: Manager, Dirigente"));
}

void TestSegmentFilter::jsonDropsWhatNoLongerExists() {
    const SegmentFilter filter = filterOf({{Settore, 0}, {Settore, 4}, {Ruolo, 0}});
    const QJsonObject json = filter.toJson(m_f.survey);

    Fixture again = m_f;
    again.survey.questions[Settore].options.removeLast();            // "PA" is gone
    again.survey.questions[Ruolo].code = QStringLiteral("funzione"); // renamed...
    again.survey.questions[Ruolo].id = QStringLiteral("Q9");         // ...and moved
    QStringList unresolved;
    const SegmentFilter back = SegmentFilter::fromJson(json, again.survey, &unresolved);
    const QMap<int, QList<int>> expected{{Settore, {0}}};
    QCOMPARE(back.conditions(), expected);
    QCOMPARE(unresolved, (QStringList{"Settore: PA", "ruolo"}));
}

void TestSegmentFilter::numericRange_data() {
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("banche");
    QTest::addColumn<QList<int>>("ids");
    // R: which(!is.na(d$eta) & d$eta >= 30 & d$eta <= 40)
    QTest::newRow("30..40") << "="
                            << "30..40" << false << QList<int>{2, 7, 8, 9, 12, 14, 18, 22, 27, 29};
    // R: which(!is.na(d$eta) & d$eta > 40)
    QTest::newRow(">40") << ">"
                         << "40" << false << QList<int>{5, 11, 13, 15, 16, 17, 19, 20, 23, 30};
    // R: which(!is.na(d$eta) & d$eta < 30)
    QTest::newRow("<30") << "<"
                         << "30" << false << QList<int>{4, 21, 24, 25};
    // R: which(!is.na(d$eta) & d$eta == 36)
    QTest::newRow("=36") << "="
                         << "36" << false << QList<int>{2};
    // R: which(!is.na(d$eta) & d$eta >= 36 & d$settore == "Banche")
    QTest::newRow(">=36 and Banche") << ">="
                                     << "36" << true << QList<int>{2, 11, 13, 17};
    // Open end: the same as > 40 once 41 is the lowest age above 40 (hand count from d$eta).
    QTest::newRow("41..") << "="
                          << "41.." << false << QList<int>{5, 11, 13, 15, 16, 17, 19, 20, 23, 30};
}

void TestSegmentFilter::numericRange() {
    QFETCH(QString, op);
    QFETCH(QString, value);
    QFETCH(bool, banche);
    QFETCH(QList<int>, ids);
    const auto range = NumericRange::parse(op, value);
    QVERIFY(range.has_value());
    SegmentFilter filter;
    filter.setRange(Eta, *range);
    if (banche)
        filter.addCondition(Settore, 0);
    QCOMPARE(selected(filter.mask(m_f.survey, m_f.responses)), ids);
    const QList<int> looked = banche ? QList<int>{Settore, Eta} : QList<int>{Eta};
    QCOMPARE(filter.questions(), looked);
}

void TestSegmentFilter::numericRangeParsing() {
    QVERIFY(!NumericRange::parse(">=", "abc"));
    QVERIFY(!NumericRange::parse("=", ".."));
    QVERIFY(!NumericRange::parse("=", "40..30")); // empty: nobody could match
    QVERIFY(!NumericRange::parse("=", "inf"));
    QVERIFY(!NumericRange::parse("!=", "3"));
    // A decimal comma as Italian analysts write it.
    QCOMPARE(NumericRange::parse("<=", "2,5")->high, 2.5);
    QVERIFY(NumericRange::parse("<", "3")->contains(2.999));
    QVERIFY(!NumericRange::parse("<", "3")->contains(3));
    QVERIFY(NumericRange::parse("<=", "3")->contains(3));
    // A missing answer is outside every range.
    QVERIFY(!NumericRange::parse("=", "..100")->contains(std::numeric_limits<double>::quiet_NaN()));
    // A range on a question that is not numeric matches nobody rather than everyone.
    SegmentFilter stale;
    stale.setRange(Settore, *NumericRange::parse(">=", "1"));
    QVERIFY(selected(stale.mask(m_f.survey, m_f.responses)).isEmpty());
}

void TestSegmentFilter::numericRangeDescribedAndSaved() {
    SegmentFilter filter;
    filter.addCondition(Settore, 0);
    filter.setRange(Eta, *NumericRange::parse("=", "18..34"));
    QCOMPARE(filter.describe(m_f.survey),
             QStringLiteral("Settore: Banche \u00B7 Et\u00E0 18\u201334"));
    SegmentFilter open;
    open.setRange(Eta, *NumericRange::parse(">", "50"));
    QCOMPARE(open.describe(m_f.survey), QStringLiteral("Et\u00E0 > 50"));

    const QJsonObject json = filter.toJson(m_f.survey);
    const QJsonObject reread =
        QJsonDocument::fromJson(QJsonDocument(json).toJson(QJsonDocument::Compact)).object();
    QStringList unresolved;
    const SegmentFilter back = SegmentFilter::fromJson(reread, m_f.survey, &unresolved);
    QVERIFY(unresolved.isEmpty());
    QVERIFY(back == filter);
    const SegmentFilter openBack = SegmentFilter::fromJson(open.toJson(m_f.survey), m_f.survey);
    QVERIFY(openBack == open);
    QVERIFY(!filter.isEmpty());
    filter.clearQuestion(Settore);
    filter.clearQuestion(Eta);
    QVERIFY(filter.isEmpty());
}

QTEST_GUILESS_MAIN(TestSegmentFilter)
#include "tst_segmentfilter.moc"
