// The SPSS format profile: variable names as codes, labels as texts, and which variables form one
// multiple-choice question (multiple response sets, dichotomies sharing a label stem).
//
// Fixtures in data/spss/ come from scripts/make_spss_fixtures.sh (PSPP 1.6). The expected option
// counts are PSPP's FREQUENCIES of the variables (printed by the script for profile.sav; for
// survey.sav and latin_utf8.sav from `GET FILE` + `FREQUENCIES usa_email usa_telefono usa_chat
// motivo1 motivo2` / `FREQUENCIES m_a m_b`). A category set's option count is the sum of the
// option's frequencies over the set's variables, since no case names one category twice; its
// base (respondents naming at least one) was counted by hand from the DATA block.

#include "import/SurveyImporter.h"
#include "import/profiles/FormatProfiles.h"
#include "import/profiles/SpssProfile.h"
#include "import/sources/StatReader.h"

#include <QtTest>

using namespace sondo;

namespace {

/** "[M ]code[ = text] @cols[ {options}][ ={counted}][ :hint][ grp<group>]", mentions as "@m". */
QString describe(const QuestionPlan& q) {
    QString s = q.metadata ? QStringLiteral("M ") : QString();
    s += q.code;
    if (q.text != q.code)
        s += QStringLiteral(" = ") + q.text;
    QStringList columns;
    for (int c : q.columns)
        columns.append(QString::number(c));
    s += (q.layout == ColumnLayout::Mentions ? QStringLiteral(" @m") : QStringLiteral(" @")) +
         columns.join(u',');
    if (q.layout != ColumnLayout::OneColumn)
        s += QStringLiteral(" {") + q.columnOptions.join(u'|') + u'}';
    if (!q.selectedValues.isEmpty())
        s += QStringLiteral(" =") + q.selectedValues.join(u'|');
    if (q.typeHint)
        s += QStringLiteral(" :") + questionTypeName(*q.typeHint);
    if (!q.group.isEmpty())
        s += QStringLiteral(" grp<") + q.group + u'>';
    return s;
}

QStringList describe(const ImportPlan& plan) {
    QStringList out;
    for (const QuestionPlan& q : plan.questions)
        out.append(describe(q));
    return out;
}

/**
 * A table shaped like StatReader's: row 0 the labels (or names), then the cases; `variables` as
 * "name|label" or "name|label|value label;value label".
 */
RawTable statTable(const QStringList& variables, const QList<QStringList>& rows) {
    RawTable table;
    QStringList header;
    for (const QString& variable : variables) {
        const QStringList parts = variable.split(u'|');
        SourceColumnInfo info;
        info.name = parts.value(0);
        info.label = parts.value(1);
        if (parts.size() > 2)
            info.valueLabels = parts.value(2).split(u';');
        info.numeric = true;
        table.columnInfo.append(info);
        header.append(info.label.isEmpty() ? info.name : info.label);
    }
    table.appendRow(header, 1);
    for (int i = 0; i < rows.size(); ++i)
        table.appendRow(rows[i], i + 2);
    table.finish();
    return table;
}

Project importOk(const QString& fixture) {
    auto result = SurveyImporter::importFile(QFINDTESTDATA(QStringLiteral("data/spss/") + fixture),
                                             ImportOptions());
    if (!result.ok())
        qWarning("%s", qPrintable(result.error().toString()));
    return result.ok() ? result.takeValue() : Project();
}

/** Respondents who chose `option` of multiple-choice question `code`, or -1. */
int chosen(const Project& project, const QString& code, const QString& option) {
    const int q = project.survey.findQuestion(code);
    if (q < 0 || project.survey.questions[q].type != QuestionType::Multiple)
        return -1;
    const int o = project.survey.questions[q].options.indexOf(option);
    if (o < 0)
        return -1;
    int count = 0;
    for (std::uint8_t flag : project.responses.columns[size_t(q)].selected[size_t(o)])
        count += flag;
    return count;
}

/** Respondents who answered question `code` (the base), or -1. */
int answered(const Project& project, const QString& code) {
    const int q = project.survey.findQuestion(code);
    if (q < 0)
        return -1;
    int count = 0;
    for (int r = 0; r < project.responses.respondentCount; ++r)
        count +=
            project.responses.columns[size_t(q)].isAnswered(project.survey.questions[q].type, r)
                ? 1
                : 0;
    return count;
}

} // namespace

class TestSpssProfile : public QObject {
    Q_OBJECT

private slots:
    void confidence() {
        const SpssProfile profile;
        auto read = StatReader::read(QFINDTESTDATA("data/spss/survey.sav"));
        QVERIFY(read.ok());
        QCOMPARE(profile.confidence(read.value()), 100);
        QCOMPARE(FormatProfiles::detect(read.value())->name(), QStringLiteral("spss"));
        QCOMPARE(FormatProfiles::byName(QStringLiteral("SPSS"))->name(), QStringLiteral("spss"));

        // A CSV table has no variable dictionary, however SPSS-like its headers.
        RawTable csv;
        csv.appendRow(QStringList({"id", "Social - Facebook", "Social - Instagram"}), 1);
        csv.appendRow(QStringList({"1", "1", "0"}), 2);
        csv.finish();
        QCOMPARE(profile.confidence(csv), 0);
        QVERIFY(FormatProfiles::detect(csv)->name() != QStringLiteral("spss"));
        QCOMPARE(profile.confidence(RawTable()), 0);
    }

    void planOfProfileFixture() {
        auto read = StatReader::read(QFINDTESTDATA("data/spss/profile.sav"));
        QVERIFY2(read.ok(), qPrintable(read.error().toString()));
        const ImportPlan plan = SpssProfile().plan(read.value());
        QCOMPARE(plan.format, QStringLiteral("spss"));
        QCOMPARE(plan.headerRows, 1);
        QCOMPARE(plan.respondentIdColumn, 0);
        QVERIFY(plan.warnings.isEmpty());
        QCOMPARE(
            describe(plan),
            QStringList({
                "M respid = Respondent ID @0 :id",
                "eta = Eta @1",
                "soc = Social usati @2,3,4 {Facebook|Instagram|TikTok} =Selected|Selected|Selected "
                ":multiple",
                "news = Fonti di notizie @5,6 {TV|Web} =1|1 :multiple",
                "app = App installate @7,8,9 {Mappe|Banca|Meteo} =Si|Si|Si :multiple",
                "sod_prezzo = Soddisfazione - Prezzo @10 grp<Soddisfazione>",
                "sod_qual = Soddisfazione - Qualita @11 grp<Soddisfazione>",
                "privacy = Consensi - Privacy @12",
                // Counted value 2: the cells hold "1"/"2" without labels.
                "$prodotti = Prodotti acquistati @13,14,15 {Prodotto A|Prodotto B|Prodotto C} "
                "=2|2|2 :multiple",
                // Every labelled category is an option, "Marca" too though nobody named it.
                "$motivi = Motivi di acquisto @m16,17,18 {Prezzo|Qualita|Servizio|Marca} "
                ":multiple",
            }));
    }

    void importedCounts_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("question");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QList<int>>("counts");
        QTest::addColumn<int>("base");
        // profile.sav: case 106 left the social and news flags and the products blank.
        QTest::newRow("label stem ' - ', Selected/Not selected")
            << "profile.sav"
            << "soc" << QStringList({"Facebook", "Instagram", "TikTok"}) << QList<int>({6, 6, 4})
            << 11;
        QTest::newRow("label stem ': ', unlabelled 0/1")
            << "profile.sav"
            << "news" << QStringList({"TV", "Web"}) << QList<int>({6, 6}) << 11;
        QTest::newRow("label stem '[ ]', Si/No")
            << "profile.sav"
            << "app" << QStringList({"Mappe", "Banca", "Meteo"}) << QList<int>({6, 5, 5}) << 12;
        QTest::newRow("dichotomy set counting 2")
            << "profile.sav"
            << "$prodotti" << QStringList({"Prodotto A", "Prodotto B", "Prodotto C"})
            << QList<int>({6, 4, 4}) << 11;
        QTest::newRow("category set")
            << "profile.sav"
            << "$motivi" << QStringList({"Prezzo", "Qualita", "Servizio", "Marca"})
            << QList<int>({6, 8, 5, 0}) << 10;
        QTest::newRow("survey.sav dichotomy set")
            << "survey.sav"
            << "$canali" << QStringList({"Email", "Telefono", "Chat"}) << QList<int>({6, 4, 3})
            << 10;
        QTest::newRow("survey.sav category set")
            << "survey.sav"
            << "$motivi" << QStringList({"Prezzo", "Qualita", "Servizio"}) << QList<int>({6, 4, 2})
            << 8;
        QTest::newRow("options from counted value labels")
            << "latin_utf8.sav"
            << "$luoghi" << QStringList({"Città", "Paese"}) << QList<int>({2, 1}) << 3;
    }
    void importedCounts() {
        QFETCH(QString, file);
        QFETCH(QString, question);
        QFETCH(QStringList, options);
        QFETCH(QList<int>, counts);
        QFETCH(int, base);
        const Project project = importOk(file);
        QCOMPARE(project.survey.sourceFormat, QStringLiteral("spss"));
        const int q = project.survey.findQuestion(question);
        QVERIFY(q >= 0);
        QCOMPARE(project.survey.questions[q].type, QuestionType::Multiple);
        QCOMPARE(project.survey.questions[q].options, options);
        for (int i = 0; i < options.size(); ++i)
            QCOMPARE(chosen(project, question, options[i]), counts[i]);
        QCOMPARE(answered(project, question), base);
    }

    void importedShape() {
        const Project project = importOk(QStringLiteral("profile.sav"));
        QCOMPARE(project.responses.respondentCount, 12);
        // The respondent id column gives the ids, and is metadata, not a question.
        QCOMPARE(project.responses.respondentIds.first(), QStringLiteral("101"));
        QCOMPARE(project.responses.respondentIds.last(), QStringLiteral("112"));
        const int id = project.survey.findQuestion(QStringLiteral("respid"));
        QVERIFY(id >= 0);
        QVERIFY(!project.survey.questions[id].isAnalysable());
        // The rated grid keeps its scale in code order, PSPP's FREQUENCIES order.
        const int prezzo = project.survey.findQuestion(QStringLiteral("sod_prezzo"));
        QVERIFY(prezzo >= 0);
        QCOMPARE(project.survey.questions[prezzo].options,
                 QStringList({"Per niente", "Poco", "Abbastanza", "Molto", "Moltissimo"}));
        // survey.sav's "id" holds 1..10, each once: metadata too.
        const Project survey = importOk(QStringLiteral("survey.sav"));
        const int surveyId = survey.survey.findQuestion(QStringLiteral("id"));
        QVERIFY(surveyId >= 0);
        QVERIFY(survey.survey.questions[surveyId].metadata);
        QCOMPARE(survey.responses.respondentIds.size(), 10);
    }

    void handBuiltTables_data() {
        QTest::addColumn<QStringList>("variables");
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::addColumn<QStringList>("expected");

        // "A - B - C" and "A - B - D" share "A - B", not just "A"; the next label shares only
        // "A", so it is not one of their options. "u1", "u2" share no name part before a
        // separator, so the stem is the code.
        QTest::newRow("longest shared stem")
            << QStringList({"u1|Uso - App - Mappe", "u2|Uso - App - Meteo", "u3|Uso - Web"})
            << QList<QStringList>({{"1", "0", "1"}, {"0", "1", "1"}})
            << QStringList({"Uso - App @0,1 {Mappe|Meteo} =1|1 :multiple", "u3 = Uso - Web @2"});
        QTest::newRow("flags then rated items")
            << QStringList({"q5_1|Canali: Email", "q5_2|Canali: Chat", "q5_3|Canali: Voto",
                            "q5_4|Canali: Durata"})
            << QList<QStringList>({{"Selezionato", "Non selezionato", "4", "10"},
                                   {"Non selezionato", "Selezionato", "5", "12"},
                                   {"Selezionato", "Selezionato", "3", "8"}})
            << QStringList({"q5 = Canali @0,1 {Email|Chat} =Selezionato|Selezionato :multiple",
                            "q5_3 = Canali: Voto @2 grp<Canali>",
                            "q5_4 = Canali: Durata @3 grp<Canali>"});
        QTest::newRow("lone flag and unrelated neighbours")
            << QStringList({"v12|Privacy - Consenso", "v13|Newsletter - Consenso", "v14|Eta"})
            << QList<QStringList>({{"1", "0", "30"}, {"0", "1", "41"}})
            << QStringList({"v12 = Privacy - Consenso @0", "v13 = Newsletter - Consenso @1",
                            "v14 = Eta @2"});
        // Names sharing only "v1" say nothing: the stem is the code.
        QTest::newRow("code from the stem")
            << QStringList({"v12|Marche [Fiat]", "v13|Marche [Audi]"})
            << QList<QStringList>({{"Fiat", ""}, {"", "Audi"}})
            << QStringList({"Marche @0,1 {Fiat|Audi} =Fiat|Audi :multiple"});
        // More than two labelled values is a scale, even if the data use only two of them.
        QTest::newRow("three value labels are no flags")
            << QStringList(
                   {"g1|Giudizio - Prezzo|No;Si;Forse", "g2|Giudizio - Qualita|No;Si;Forse"})
            << QList<QStringList>({{"No", "Si"}, {"Si", "No"}})
            << QStringList({"g1 = Giudizio - Prezzo @0 grp<Giudizio>",
                            "g2 = Giudizio - Qualita @1 grp<Giudizio>"});
        // Everyone chose both: the value labels tell that "Selezionato" is the chosen value.
        QTest::newRow("one value, two labels")
            << QStringList({"c1|Canali [Email]|Non selezionato;Selezionato",
                            "c2|Canali [Chat]|Non selezionato;Selezionato"})
            << QList<QStringList>({{"Selezionato", "Selezionato"}})
            << QStringList({"Canali @0,1 {Email|Chat} =Selezionato|Selezionato :multiple"});
        // A column of zeros says no value is "chosen": the builder reads the cells itself.
        QTest::newRow("column of zeros") << QStringList({"zona_a|Zone - Nord", "zona_b|Zone - Sud"})
                                         << QList<QStringList>({{"0", "1"}, {"0", "0"}})
                                         << QStringList({"zona = Zone @0,1 {Nord|Sud} :multiple"});
        QTest::newRow("unlabelled variables keep their names")
            << QStringList({"id|", "x|"}) << QList<QStringList>({{"7", "a"}, {"7", "b"}})
            << QStringList({"id @0", "x @1"});
        QTest::newRow("distinct ids make the respondent id")
            << QStringList({"x|Voto", "ResponseId|Response ID", "StartDate|Start Date"})
            << QList<QStringList>(
                   {{"3", "R_1", "2024-01-02 10:00:00"}, {"4", "R_2", "2024-01-02 11:00:00"}})
            << QStringList({"x = Voto @0", "M ResponseId = Response ID @1 :id",
                            "M StartDate = Start Date @2 :date"});
    }
    void handBuiltTables() {
        QFETCH(QStringList, variables);
        QFETCH(QList<QStringList>, rows);
        QFETCH(QStringList, expected);
        const RawTable table = statTable(variables, rows);
        const ImportPlan plan = SpssProfile().plan(table);
        QCOMPARE(describe(plan), expected);
        QCOMPARE(plan.respondentIdColumn,
                 QByteArray(QTest::currentDataTag()).startsWith("distinct ids") ? 1 : -1);
    }

    void overrideTurnsSetIntoText() {
        // A set can be read as text (the chosen options joined), not as single choice.
        ImportOptions options;
        options.typeOverrides.append({QStringLiteral("$motivi"), QuestionType::Text});
        auto result = SurveyImporter::importFile(QFINDTESTDATA("data/spss/profile.sav"), options);
        QVERIFY2(result.ok(), qPrintable(result.error().toString()));
        const Project& project = result.value();
        const int q = project.survey.findQuestion(QStringLiteral("$motivi"));
        QCOMPARE(project.survey.questions[q].type, QuestionType::Text);
        // Case 101 named Prezzo then Qualita.
        QCOMPARE(project.responses.columns[size_t(q)].texts.first(),
                 QStringLiteral("Prezzo; Qualita"));

        options.typeOverrides = {{QStringLiteral("$motivi"), QuestionType::Single}};
        auto refused = SurveyImporter::importFile(QFINDTESTDATA("data/spss/profile.sav"), options);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("mention")),
                 qPrintable(refused.error().message));
    }
};

QTEST_GUILESS_MAIN(TestSpssProfile)
#include "tst_spssprofile.moc"
