#include "import/SurveyImporter.h"
#include "import/infer/ChoiceOrder.h"
#include "import/infer/FrequencyPhrase.h"
#include "import/infer/ScaleLibrary.h"
#include "stats/FrequencyTable.h"

#include <QTest>
#include <cmath>

using namespace sondo;

namespace {

std::vector<qint64> ones(const QStringList& values) {
    return std::vector<qint64>(values.size(), 1);
}

// "a|b|c" → {"a","b","c"}; '|' never occurs in a label here.
QStringList list(const char* text) {
    return QString::fromUtf8(text).split(QLatin1Char('|'));
}

} // namespace

class TestScaleLibrary : public QObject {
    Q_OBJECT

private slots:
    void normalize_data();
    void normalize();
    void recognisesScales_data();
    void recognisesScales();
    void rejects_data();
    void rejects();
    void nonSubstantiveAnswersGoLastWithNaN();
    void oneRareStrayAnswerIsTolerated();
    void labelsOfUnchosenPointsFollowTheFilesCase();
    void mostFrequentSpellingLabelsAPoint();
    void everyBuiltInScaleRecognisesItsOwnLabels();
    void numberedScaleScoresAreTheNumbers();
    void customScalesExtendTheLibrary();
    void countsOfZeroAreIgnored();
    void glossedPointsMatchByTheirLeadClause();
    void durationsAndLevelsKeepTheirOrderWithoutAScore();
    void orderedAnswersOfARealExportLayout();
    void usageFrequenciesAreOrderedByHowOften();
};

void TestScaleLibrary::normalize_data() {
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("typographic apostrophe")
        << QStringLiteral("Molto d’accordo") << QStringLiteral("Molto d'accordo") << true;
    QTest::newRow("space after apostrophe")
        << QStringLiteral("Poco d' accordo") << QStringLiteral("poco d'accordo") << true;
    QTest::newRow("case and spaces")
        << QStringLiteral("  STRONGLY   agree ") << QStringLiteral("Strongly agree") << true;
    QTest::newRow("accents") << QStringLiteral("Né d'accordo né in disaccordo")
                             << QStringLiteral("Ne d'accordo nè in disaccordo") << true;
    QTest::newRow("sharp s") << QStringLiteral("Weiß nicht") << QStringLiteral("Weiss nicht")
                             << true;
    QTest::newRow("slash") << QStringLiteral("Teils/teils") << QStringLiteral("teils, teils")
                           << true;
    QTest::newRow("leading point number")
        << QStringLiteral("1 - Strongly disagree") << QStringLiteral("Strongly disagree") << true;
    QTest::newRow("trailing point number")
        << QStringLiteral("Mai (1)") << QStringLiteral("Mai") << true;
    QTest::newRow("a bare number stays") << QStringLiteral("2") << QStringLiteral("") << false;
    QTest::newRow("a range stays") << QStringLiteral("18 - 24") << QStringLiteral("24") << false;
    QTest::newRow("different words")
        << QStringLiteral("Stimme eher zu") << QStringLiteral("Stimme zu") << false;
}

void TestScaleLibrary::normalize() {
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(ScaleLibrary::normalize(a) == ScaleLibrary::normalize(b), same);
}

void TestScaleLibrary::recognisesScales_data() {
    // Values in a scrambled order of first appearance; options expected in scale order with
    // the points nobody chose included.
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QStringList>("options");

    QTest::newRow("it agreement 5")
        << list("Molto d'accordo|Per niente d'accordo|Completamente d'accordo|Poco d'accordo|"
                "Abbastanza d'accordo")
        << list("Per niente d'accordo|Poco d'accordo|Abbastanza d'accordo|Molto d'accordo|"
                "Completamente d'accordo");
    QTest::newRow("it agreement 4 without the top")
        << list("Abbastanza d’accordo|Per niente d’accordo|Molto d’accordo|Poco d’accordo")
        << list("Per niente d’accordo|Poco d’accordo|Abbastanza d’accordo|Molto d’accordo");
    QTest::newRow("it frequency") << list("Spesso|Mai|A volte|Sempre|Raramente")
                                  << list("Mai|Raramente|A volte|Spesso|Sempre");
    QTest::newRow("it satisfaction, unchosen middle point added")
        << list("Soddisfatto|Molto insoddisfatto|Molto soddisfatto|Insoddisfatto|"
                "Né soddisfatto né insoddisfatto")
        << list("Molto insoddisfatto|Insoddisfatto|Né soddisfatto né insoddisfatto|Soddisfatto|"
                "Molto soddisfatto");
    QTest::newRow("it quantity") << list("Molto|Per niente|Abbastanza|Poco")
                                 << list("Per niente|Poco|Abbastanza|Molto");
    QTest::newRow("en agreement with neutral")
        << list("Agree|Strongly agree|Neither agree nor disagree|Disagree|Strongly disagree")
        << list("Strongly disagree|Disagree|Neither agree nor disagree|Agree|Strongly agree");
    QTest::newRow("en frequency") << list("Sometimes|Always|Never|Often|Rarely")
                                  << list("Never|Rarely|Sometimes|Often|Always");
    QTest::newRow("en importance")
        << list("Very important|Not at all important|Extremely important|Slightly important|"
                "Moderately important")
        << list("Not at all important|Slightly important|Moderately important|Very important|"
                "Extremely important");
    QTest::newRow("en likelihood") << list("Likely|Very unlikely|Very likely|Unlikely")
                                   << list("Very unlikely|Unlikely|Likely|Very likely");
    QTest::newRow("de agreement 5")
        << list("Stimme eher zu|Stimme voll und ganz zu|Teils/teils|Stimme überhaupt nicht zu|"
                "Stimme eher nicht zu")
        << list("Stimme überhaupt nicht zu|Stimme eher nicht zu|Teils/teils|Stimme eher zu|"
                "Stimme voll und ganz zu");
    QTest::newRow("de agreement 4 (LimeSurvey export)")
        << list("Stimme eher nicht zu|Stimme eher zu|Stimme vollständig zu|Stimme gar nicht zu")
        << list("Stimme gar nicht zu|Stimme eher nicht zu|Stimme eher zu|Stimme vollständig zu");
    QTest::newRow("de agreement 6: two spellings of one 5-point point")
        << list("Stimme nicht zu|Stimme eher nicht zu|Stimme zu|Stimme eher zu|"
                "Stimme überhaupt nicht zu|Stimme voll und ganz zu")
        << list("Stimme überhaupt nicht zu|Stimme nicht zu|Stimme eher nicht zu|Stimme eher zu|"
                "Stimme zu|Stimme voll und ganz zu");
    QTest::newRow("de frequency") << list("Oft|Nie|Manchmal|Immer|Selten")
                                  << list("Nie|Selten|Manchmal|Oft|Immer");
    QTest::newRow("de frequency with Gelegentlich, Häufig, Sehr häufig")
        << list("Häufig|Selten|Sehr häufig|Nie|Gelegentlich")
        << list("Nie|Selten|Gelegentlich|Häufig|Sehr häufig");
    // The order the survey's authors used (their analysis script ranks gar nicht < selten <
    // eher selten < eher häufig < sehr häufig).
    QTest::newRow("de frequency, LimeSurvey export")
        << list("eher häufig|sehr häufig|selten|eher selten|gar nicht")
        << list("gar nicht|selten|eher selten|eher häufig|sehr häufig");
    QTest::newRow("es agreement")
        << list("De acuerdo|Totalmente en desacuerdo|Ni de acuerdo ni en desacuerdo|"
                "Totalmente de acuerdo|En desacuerdo")
        << list("Totalmente en desacuerdo|En desacuerdo|Ni de acuerdo ni en desacuerdo|"
                "De acuerdo|Totalmente de acuerdo");
    QTest::newRow("es frequency") << list("A veces|Nunca|Siempre|Casi nunca|Con frecuencia")
                                  << list("Nunca|Casi nunca|A veces|Con frecuencia|Siempre");
    QTest::newRow("fr agreement 4")
        << list("Plutôt d'accord|Pas du tout d'accord|Tout à fait d'accord|Plutôt pas d'accord")
        << list("Pas du tout d'accord|Plutôt pas d'accord|Plutôt d'accord|Tout à fait d'accord");
    QTest::newRow("fr frequency") << list("Souvent|Jamais|Parfois|Toujours|Rarement")
                                  << list("Jamais|Rarement|Parfois|Souvent|Toujours");
    // The scicom LimeSurvey export (realdata/limesurvey_scicom_ki_2025_de.csv, column 2): the
    // order of first appearance there is Interessant, Mäßig, Sehr, Kaum; oracle: the wording,
    // read by hand, with Nicht unchosen in that column and so added at the bottom.
    QTest::newRow("de interest, scicom order of appearance")
        << list("Interessant|Mäßig interessant|Sehr interessant|Kaum interessant")
        << list("Nicht interessant|Kaum interessant|Mäßig interessant|Interessant|"
                "Sehr interessant");
    QTest::newRow("de interested")
        << list("Sehr interessiert|Wenig interessiert|Überhaupt nicht interessiert|"
                "Ziemlich interessiert|Mittelmäßig interessiert")
        << list("Überhaupt nicht interessiert|Wenig interessiert|Mittelmäßig interessiert|"
                "Ziemlich interessiert|Sehr interessiert");
    QTest::newRow("it interest, case and spacing variants")
        << list("molto  interessante|Per niente interessante|ABBASTANZA interessante|"
                "Poco interessante")
        << list("Per niente interessante|Poco interessante|ABBASTANZA interessante|"
                "molto  interessante");
    QTest::newRow("en interest")
        << list("Very interested|Not at all interested|Extremely interested|"
                "Slightly interested|Moderately interested")
        << list("Not at all interested|Slightly interested|Moderately interested|"
                "Very interested|Extremely interested");
    // Three points only (the Kobo realdata export's likely/neutral/unlikely, stored lower case):
    // the 3-point scale, not a 5-point one with two invented ends nobody could choose.
    QTest::newRow("en likelihood 3 (KoboToolbox)")
        << list("likely|unlikely|neutral") << list("unlikely|neutral|likely");
    QTest::newRow("it agreement 3")
        << list("D'accordo|In disaccordo|Neutrale") << list("In disaccordo|Neutrale|D'accordo");
    QTest::newRow("de satisfaction 3")
        << list("Zufrieden|Weder noch|Unzufrieden") << list("Unzufrieden|Weder noch|Zufrieden");
    QTest::newRow("es agreement 3")
        << list("De acuerdo|Ni de acuerdo ni en desacuerdo|En desacuerdo")
        << list("En desacuerdo|Ni de acuerdo ni en desacuerdo|De acuerdo");
    QTest::newRow("fr likelihood 3")
        << list("Probable|Peu probable|Neutre") << list("Peu probable|Neutre|Probable");
    // Issue 9's example: a 4-point frequency scale without "Always" gains no "Always".
    QTest::newRow("en frequency 4 without always")
        << list("Occasionally|Never|Usually|Rarely") << list("Never|Rarely|Occasionally|Usually");
    // Five points given: the 5-point scale still wins over the 3-point one (no unknown answer).
    QTest::newRow("en agreement 5 over 3")
        << list("Agree|Neutral|Disagree|Strongly agree|Strongly disagree")
        << list("Strongly disagree|Disagree|Neutral|Agree|Strongly agree");
    QTest::newRow("numbered ends") << list("3|1 - Per niente|5 - Moltissimo|2|4")
                                   << list("1 - Per niente|2|3|4|5 - Moltissimo");
    QTest::newRow("numbered 0-10 with anchors, unchosen points added")
        << list("7|10 = Extremely likely|0 = Not at all likely|9|8|5")
        << list("0 = Not at all likely|1|2|3|4|5|6|7|8|9|10 = Extremely likely");
    QTest::newRow("numbered labels on every point")
        << list("2 - Poco|4 - Molto|1 - Per niente|3 - Abbastanza")
        << list("1 - Per niente|2 - Poco|3 - Abbastanza|4 - Molto");
}

void TestScaleLibrary::recognisesScales() {
    QFETCH(QStringList, values);
    QFETCH(QStringList, options);
    const ScaleLibrary library;
    const auto m = library.match(values, ones(values));
    QVERIFY(m.has_value());
    QCOMPARE(m->options, options);
    for (int i = 0; i < values.size(); ++i)
        QCOMPARE(m->options[m->optionOfValue[i]], values[i]);
    for (double s : m->scores)
        QVERIFY(!std::isnan(s));
}

void TestScaleLibrary::rejects_data() {
    QTest::addColumn<QStringList>("values");
    QTest::newRow("yes/no") << list("Sì|No");
    QTest::newRow("one point only") << list("Molto d'accordo");
    QTest::newRow("one point and don't know") << list("Sempre|Non so");
    QTest::newRow("two unknown answers") << list("Mai|Sempre|Spesso|Treno|Auto");
    QTest::newRow("points of two different scales") << list("Mai|Molto d'accordo|Sempre|Poco");
    QTest::newRow("bare numbers are numeric, not a scale") << list("1|2|3|4|5");
    QTest::newRow("numbers beyond 10") << list("1 - Low|12|20 - High");
    QTest::newRow("age bands") << list("18 - 24|25 - 34|35 - 44");
    QTest::newRow("one number, two labels") << list("1 - Mai|1 - Sempre|2");
}

void TestScaleLibrary::rejects() {
    QFETCH(QStringList, values);
    const ScaleLibrary library;
    QVERIFY(!library.match(values, ones(values)).has_value());
}

void TestScaleLibrary::nonSubstantiveAnswersGoLastWithNaN() {
    const ScaleLibrary library;
    const QStringList values = list("Non so|Spesso|Mai|Sempre|Raramente|A volte|N/A");
    const auto m = library.match(values, ones(values));
    QVERIFY(m.has_value());
    QCOMPARE(m->options, list("Mai|Raramente|A volte|Spesso|Sempre|Non so|N/A"));
    QCOMPARE(m->scores.size(), size_t(7));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m->scores[i], double(i + 1));
    QVERIFY(std::isnan(m->scores[5]));
    QVERIFY(std::isnan(m->scores[6]));
    QCOMPARE(m->optionOfValue[0], 5);

    // Longer "don't know" answers and other languages.
    QVERIFY(library.isNonSubstantive(QStringLiteral("No sé qué es el paquete tidyverse")));
    QVERIFY(library.isNonSubstantive(QStringLiteral("Weiß nicht")));
    QVERIFY(library.isNonSubstantive(QStringLiteral("Keine Angabe")));
    QVERIFY(library.isNonSubstantive(QStringLiteral("Don’t know")));
    QVERIFY(library.isNonSubstantive(QStringLiteral("Ne sais pas")));
    QVERIFY(!library.isNonSubstantive(QStringLiteral("Nonna")));
    QVERIFY(!library.isNonSubstantive(QStringLiteral("Non sono d'accordo")));
}

void TestScaleLibrary::oneRareStrayAnswerIsTolerated() {
    const ScaleLibrary library;
    const QStringList values = list("Mai|Sempre|Spesso|Dipende");
    // "Dipende" given by 1 of 31 respondents: a stray answer on a clear scale.
    const auto m = library.match(values, {10, 10, 10, 1});
    QVERIFY(m.has_value());
    QCOMPARE(m->options.last(), QStringLiteral("Dipende"));
    QVERIFY(std::isnan(m->scores.back()));
    // Given by a third of them, it is an answer of its own: no scale.
    QVERIFY(!library.match(values, {10, 10, 10, 15}).has_value());
}

void TestScaleLibrary::labelsOfUnchosenPointsFollowTheFilesCase() {
    const ScaleLibrary library;
    const QStringList values = list("selten|sehr häufig|eher häufig");
    const auto m = library.match(values, ones(values));
    QVERIFY(m.has_value());
    QCOMPARE(m->options, list("gar nicht|selten|eher selten|eher häufig|sehr häufig"));
}

void TestScaleLibrary::mostFrequentSpellingLabelsAPoint() {
    const ScaleLibrary library;
    const QStringList values = list("Molto d'accordo|Molto d’accordo|Poco d'accordo");
    const auto m = library.match(values, {2, 5, 1});
    QVERIFY(m.has_value());
    QCOMPARE(m->options.at(3), QStringLiteral("Molto d’accordo"));
    QCOMPARE(m->optionOfValue[0], 3);
    QCOMPARE(m->optionOfValue[1], 3);
}

void TestScaleLibrary::everyBuiltInScaleRecognisesItsOwnLabels() {
    const ScaleLibrary library;
    QVERIFY(library.scales().size() >= 40);
    QSet<QString> languages;
    for (const Scale& scale : library.scales()) {
        languages.insert(scale.language);
        QStringList labels;
        for (const QStringList& point : scale.points)
            labels.append(point.first());
        QStringList reversed(labels.rbegin(), labels.rend());
        const auto m = library.match(reversed, ones(reversed));
        QVERIFY2(m.has_value(), qPrintable(scale.name));
        QVERIFY2(m->options == labels, qPrintable(scale.name + QStringLiteral(": ") +
                                                  m->options.join(QStringLiteral(" / "))));
    }
    QCOMPARE(languages, (QSet<QString>{"it", "en", "de", "es", "fr"}));
}

void TestScaleLibrary::numberedScaleScoresAreTheNumbers() {
    const ScaleLibrary library;
    const QStringList values = list("0 - Per niente|10 - Del tutto|5|Non so");
    const auto m = library.match(values, ones(values));
    QVERIFY(m.has_value());
    QCOMPARE(m->options.size(), 12);
    QCOMPARE(m->scores.front(), 0.0);
    QCOMPARE(m->scores[10], 10.0);
    QVERIFY(std::isnan(m->scores[11]));
    QCOMPARE(m->optionOfValue[2], 5);
    // Bare numbers with a "don't know" are a scale too (not numeric: "Non so" is no number).
    const QStringList bare = list("1|2|3|Non so|4|5");
    const auto b = library.match(bare, ones(bare));
    QVERIFY(b.has_value());
    QCOMPARE(b->options, list("1|2|3|4|5|Non so"));
}

void TestScaleLibrary::customScalesExtendTheLibrary() {
    Scale taste{QStringLiteral("it-taste"),
                QStringLiteral("it"),
                {{QStringLiteral("Cattivo")},
                 {QStringLiteral("Buono")},
                 {QStringLiteral("Buonissimo"), QStringLiteral("Squisito")}}};
    const ScaleLibrary library({taste});
    const QStringList values = list("Squisito|Cattivo");
    const auto m = library.match(values, ones(values));
    QVERIFY(m.has_value());
    QCOMPARE(m->scale, QStringLiteral("it-taste"));
    QCOMPARE(m->options, list("Cattivo|Buono|Squisito"));
}

void TestScaleLibrary::countsOfZeroAreIgnored() {
    // A value found only in a header row (count 0) is not an answer.
    const ScaleLibrary library;
    const QStringList values = list("Frequenza|Mai|Sempre|Spesso");
    const auto m = library.match(values, {0, 3, 2, 1});
    QVERIFY(m.has_value());
    QCOMPARE(m->optionOfValue[0], -1);
    QVERIFY(!m->options.contains(QStringLiteral("Frequenza")));
}

void TestScaleLibrary::glossedPointsMatchByTheirLeadClause() {
    const ScaleLibrary library;
    // Google Forms questionnaires gloss each point: the scale is in the words before the comma.
    const QStringList values = list("A veces, uso Shiny ocasionalmente|Raramente, sé cómo usarlo|"
                                    "Con frecuencia, cada semana|Nunca, no uso Shiny|"
                                    "No sé qué es Shiny");
    const auto m = library.match(values, ones(values));
    QVERIFY(m.has_value());
    QCOMPARE(m->scale, QStringLiteral("es-frequency-4"));
    // The options keep their whole labels, in the scale's order, "No sé" after it.
    QCOMPARE(m->options, list("Nunca, no uso Shiny|Raramente, sé cómo usarlo|"
                              "A veces, uso Shiny ocasionalmente|Con frecuencia, cada semana|"
                              "No sé qué es Shiny"));
    QVERIFY(std::isnan(m->scores[4]));
    QCOMPARE(ScaleLibrary::leadClause(QStringLiteral("Often - every week")),
             QStringLiteral("Often"));
    QCOMPARE(ScaleLibrary::leadClause(QStringLiteral("Spesso (ogni settimana)")),
             QStringLiteral("Spesso"));
    QCOMPARE(ScaleLibrary::leadClause(QStringLiteral("Mai")), QStringLiteral("Mai"));
    // A gloss does not make a scale of unrelated words that merely begin like one.
    QVERIFY(!library.match(list("Mai, Roma|Milano, centro|Napoli"), {3, 3, 3}).has_value());
}

void TestScaleLibrary::durationsAndLevelsKeepTheirOrderWithoutAScore() {
    const ScaleLibrary library;
    // Spans of time are ordered but no Likert scale (a mean of durations means nothing).
    const QStringList spans = list("Meses|Años|Aún no me siento competente|Semanas|Días");
    QVERIFY(!library.match(spans, ones(spans)).has_value());
    auto ordered = [&](const QStringList& options) {
        QStringList out;
        for (int i : ChoiceOrder::of(options, library))
            out.append(options[i]);
        return out;
    };
    // One odd answer goes after the ordered ones.
    QCOMPARE(ordered(spans), list("Días|Semanas|Meses|Años|Aún no me siento competente"));
    QCOMPARE(ordered(list("Expert|Beginner|Intermediate|No experience")),
             list("No experience|Beginner|Intermediate|Expert"));
    QCOMPARE(ordered(list("Esperto|Principiante|Non so|Intermedio")),
             list("Principiante|Intermedio|Esperto|Non so"));
    // Levels of education, the census list's Spanish words with their glosses, and one write-in.
    QCOMPARE(ordered(list("Licenciatura (por ejemplo, BA, BS)|Doctorado (por ejemplo, PhD, EdD)|"
                          "Título de escuela secundaria o equivalente|DVM|"
                          "Maestría (por ejemplo, MA, MS, MEd)")),
             list("Título de escuela secundaria o equivalente|Licenciatura (por ejemplo, BA, BS)|"
                  "Maestría (por ejemplo, MA, MS, MEd)|Doctorado (por ejemplo, PhD, EdD)|DVM"));
    QCOMPARE(ordered(list("Master's degree|High school diploma|Bachelor's degree")),
             list("High school diploma|Bachelor's degree|Master's degree"));
    // Two odd answers, or words from two lists: the order given stands.
    QCOMPARE(ordered(list("Meses|Roma|Años|Milano")), list("Meses|Roma|Años|Milano"));
    QCOMPARE(ordered(list("Meses|Experto|Días")), list("Meses|Experto|Días"));
}

void TestScaleLibrary::orderedAnswersOfARealExportLayout() {
    // A Google Forms export (hand-written fixture in the RStudio survey's words); the answers
    // appear out of order, as an export lists them by first appearance.
    auto imported = SurveyImporter::importFile(
        QFINDTESTDATA("data/profiles/gforms_ordered_answers_es.csv"), ImportOptions{});
    QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
    const Project project = imported.takeValue();
    const Survey& s = project.survey;
    auto question = [&](const char* words) {
        for (int q = 0; q < s.questions.size(); ++q)
            if (s.questions[q].text.contains(QString::fromUtf8(words)))
                return q;
        return -1;
    };
    const int level = question("experiencia");
    const int span = question("competente");
    const int shiny = question("Shiny");
    QVERIFY(level >= 0 && span >= 0 && shiny >= 0);
    QCOMPARE(s.questions[level].type, QuestionType::Single);
    QCOMPARE(s.questions[level].options, list("Sin experiencia|Inicial|Intermedio|Experto"));
    QCOMPARE(s.questions[span].type, QuestionType::Single);
    QCOMPARE(s.questions[span].options,
             list("Días|Semanas|Meses|Años|Aún no me siento competente en R"));
    QCOMPARE(s.questions[shiny].type, QuestionType::Likert);
    QCOMPARE(s.questions[shiny].options.first(), QStringLiteral("Nunca, no uso Shiny"));
    // Hand counts of the sixteen rows (eight, given twice): Nunca 6, Raramente 2, A veces 4,
    // Con frecuencia 2, No sé 2; Meses 6, Años 4, the rest 2.
    QList<qint64> counts;
    for (const FrequencyRow& row : FrequencyTable::compute(s, project.responses, shiny).rows)
        counts.append(row.unweightedCount);
    QCOMPARE(counts, (QList<qint64>{6, 2, 4, 2, 2}));
    counts.clear();
    for (const FrequencyRow& row : FrequencyTable::compute(s, project.responses, span).rows)
        counts.append(row.unweightedCount);
    QCOMPARE(counts, (QList<qint64>{2, 2, 6, 4, 2}));
}

void TestScaleLibrary::usageFrequenciesAreOrderedByHowOften() {
    // Answers about how often, written as phrases rather than a scale's points: ordered by the
    // rate their words say (a year has 365 days, 52 weeks, 12 months), least often first; the
    // one answer naming no period ("Ya no uso R") after them. The RStudio survey's wording.
    const ScaleLibrary library;
    auto ordered = [&](const QStringList& options) {
        QStringList out;
        for (int i : ChoiceOrder::of(options, library))
            out.append(options[i]);
        return out;
    };
    QCOMPARE(ordered(list("Entre una vez al día y una vez a la semana|Menos de una vez al mes|"
                          "Más de una vez al día|Entre una vez a la semana y una vez al mes|"
                          "Ya no uso R")),
             list("Menos de una vez al mes|Entre una vez a la semana y una vez al mes|"
                  "Entre una vez al día y una vez a la semana|Más de una vez al día|Ya no uso R"));
    QCOMPARE(ordered(list("2-3 times a week|Once a month|Daily|Less than once a month")),
             list("Less than once a month|Once a month|2-3 times a week|Daily"));
    QCOMPARE(ordered(list("Più volte al giorno|Una volta alla settimana|Una volta al mese")),
             list("Una volta al mese|Una volta alla settimana|Più volte al giorno"));
    // Rates by hand: 1.5 a day is 547.5 a year; between daily and weekly sqrt(365 * 52).
    QCOMPARE(*FrequencyPhrase::timesPerYear(QStringLiteral("Más de una vez al día")), 547.5);
    QCOMPARE(*FrequencyPhrase::timesPerYear(
                 QStringLiteral("Entre una vez al día y una vez a la semana")),
             std::sqrt(365.0 * 52.0));
    QVERIFY(!FrequencyPhrase::timesPerYear(QStringLiteral("Ya no uso R")));
    // A scale of frequency words stays a scale: this reads only phrases with a period.
    QVERIFY(!FrequencyPhrase::timesPerYear(QStringLiteral("A veces")));
}

QTEST_GUILESS_MAIN(TestScaleLibrary)
#include "tst_scalelibrary.moc"
