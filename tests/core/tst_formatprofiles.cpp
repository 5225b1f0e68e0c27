// Format profiles: which tool a table comes from and how its columns form questions.
//
// The fixtures in data/profiles/ are hand-made, small exports that reproduce each tool's header
// layout (and the quirks of the real exports in the project's realdata folder: localised Google
// timestamp, empty and repeated headers, LimeSurvey's two-row Ja/Nein sheet). Every expected plan
// below was written by hand from the fixture's header rows.
#include "import/SurveyImporter.h"
#include "import/profiles/FormatProfiles.h"
#include "import/profiles/GenericProfile.h"

#include <QFile>
#include <QtTest>

using namespace sondo;

namespace {

// The real CSV reader lives elsewhere; the fixtures need only quoted cells on one line.
QStringList splitLine(const QString& line, QChar delimiter) {
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar ch = line.at(i);
        if (quoted) {
            if (ch == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (ch == u'"') {
                quoted = false;
            } else {
                cell += ch;
            }
        } else if (ch == u'"') {
            quoted = true;
        } else if (ch == delimiter) {
            cells.append(cell);
            cell.clear();
        } else {
            cell += ch;
        }
    }
    cells.append(cell);
    return cells;
}

RawTable readFixture(const QString& name, QChar delimiter) {
    const QString path = QFINDTESTDATA(QStringLiteral("data/profiles/") + name);
    QFile file(path);
    RawTable table;
    if (!file.open(QIODevice::ReadOnly))
        return table;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.isEmpty() && i == lines.size() - 1)
            break;
        table.appendRow(splitLine(line, delimiter), i + 1);
    }
    table.finish();
    return table;
}

RawTable makeTable(const QList<QStringList>& rows) {
    RawTable table;
    for (int i = 0; i < rows.size(); ++i)
        table.appendRow(rows.at(i), i + 1);
    table.finish();
    return table;
}

/** "[M ]code[ = text] @cols[ {options}][ sep'x'][ :hint][ grp<group>]" */
QString describe(const QuestionPlan& q) {
    QString s = q.metadata ? QStringLiteral("M ") : QString();
    s += q.code;
    if (q.text != q.code)
        s += QStringLiteral(" = ") + q.text;
    QStringList columns;
    for (int c : q.columns)
        columns.append(QString::number(c));
    s += QStringLiteral(" @") + columns.join(u',');
    if (q.layout == ColumnLayout::OptionFlags)
        s += QStringLiteral(" {") + q.columnOptions.join(u'|') + u'}';
    if (q.writeInFrom >= 0)
        s += QStringLiteral(" write-in@%1").arg(q.columns.value(q.writeInFrom));
    if (!q.joinSeparator.isEmpty())
        s += QStringLiteral(" sep'") + q.joinSeparator + u'\'';
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

} // namespace

class TestFormatProfiles : public QObject {
    Q_OBJECT

private slots:
    void plan_data();
    void plan();
    void registry();
    void emptyTable();
    void headerOnlyGoogleForms();
    void surveyMonkeyMatrixNotMultiple();
    void surveyMonkeyCondensed();
    void everyProfileReadsEveryColumnOnce_data();
    void everyProfileReadsEveryColumnOnce();
    void limeSurveyNeedsSeveralMetadataNames_data();
    void limeSurveyNeedsSeveralMetadataNames();
    void genericIdNames_data();
    void genericIdNames();
    void genericImport_data();
    void genericImport();
};

void TestFormatProfiles::plan_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("headerRows");
    QTest::addColumn<int>("respondentIdColumn");
    QTest::addColumn<QStringList>("questions");
    // "line:column:text the message names"
    QTest::addColumn<QStringList>("warnings");

    // Spanish sheet saved as TSV with CRLF: an empty header, a repeated question, a grid and a
    // lone bracketed header, e-mail at the end (as in the RStudio community survey).
    QTest::newRow("google-forms es") << "gforms_es.tsv" << "\t" << "google-forms" << 1 << -1
                                     << QStringList{
                                            "M Timestamp @0 :date",
                                            "¿En qué industria trabajas? @1 sep', '",
                                            "¿Qué herramientas has usado además de R? @2 sep', '",
                                            "¿Qué opción refleja mejor la razón principal? @3 "
                                            "sep', '",
                                            "Column 5 @4 sep', '",
                                            "¿Qué opción refleja mejor la razón principal? (2) = "
                                            "¿Qué opción refleja mejor la razón principal? @5 "
                                            "sep', '",
                                            "Valora R [Velocidad] @6 sep', ' grp<Valora R>",
                                            "Valora R [Documentación] @7 sep', ' grp<Valora R>",
                                            "¿Comentarios? [opcional] @8 sep', '",
                                            "M Email Address @9 :id",
                                        }
                                     << QStringList{"1:5:Column 5",
                                                    "1:6:¿Qué opción refleja mejor la razón "
                                                    "principal? (2)"};

    // Italian account: "Informazioni cronologiche" over dd/MM/yyyy H.mm.ss, headers with '|'.
    QTest::newRow("google-forms it")
        << "gforms_it.csv" << "," << "google-forms" << 1 << -1
        << QStringList{
               "M Informazioni cronologiche @0 :date",
               "M Indirizzo email @1 :id",
               "M Punteggio @2",
               "A quale fascia d'età appartieni? @3 sep', '",
               "Specializzazione | Velocità | Costo (SCELTA 1) @4 sep', '",
               "Quali canali usi? @5 sep', '",
           }
        << QStringList{};

    // Metadata, single choice with "Other", a multiple choice (cells = option labels) with
    // "Other", a matrix (cells = scale labels), a numeric box and an open-ended box.
    QTest::newRow("surveymonkey")
        << "surveymonkey.csv" << "," << "surveymonkey" << 2 << 0
        << QStringList{
               "M Respondent ID @0 :id",
               "M Collector ID @1 :id",
               "M Start Date @2 :date",
               "M End Date @3 :date",
               "M IP Address @4 :id",
               "M Email Address @5 :id",
               "M First Name @6 :id",
               "M Last Name @7 :id",
               "M Custom Data 1 @8 :id",
               "How did you hear about us? @9",
               "How did you hear about us? – Other (please specify) @10 :text",
               // The "Other (please specify)" box is the Other option and a text of its own.
               "Which fruits do you eat? @11,12,13,14 {Apple|Banana|Cherry|Other} write-in@14 "
               ":multiple",
               "Which fruits do you eat? – Other (please specify) @14 :text",
               "How satisfied are you with our service? – Speed @15 "
               "grp<How satisfied are you with our service?>",
               "How satisfied are you with our service? – Price @16 "
               "grp<How satisfied are you with our service?>",
               "How satisfied are you with our service? – Friendliness @17 "
               "grp<How satisfied are you with our service?>",
               "What is your age? @18",
               "Any other comments? @19",
           }
        << QStringList{};

    // Without the metadata columns the two-row shape with "Response" still tells it apart.
    QTest::newRow("surveymonkey without metadata")
        << "surveymonkey_no_metadata.csv" << "," << "surveymonkey" << 2 << -1
        << QStringList{
               "Which fruits do you eat? @0,1,2 {Apple|Banana|Other} write-in@2 :multiple",
               "Which fruits do you eat? – Other (please specify) @2 :text",
               "What is your age? @3",
           }
        << QStringList{};

    // Codes: Y/empty multiple choice with [other], a grid of answer codes, a comment, timings.
    QTest::newRow("limesurvey codes")
        << "limesurvey_codes.csv" << "," << "limesurvey" << 1 << 0
        << QStringList{
               "M id @0 :id",
               "M submitdate @1 :date",
               "M lastpage @2",
               "M startlanguage @3",
               "M seed @4",
               "M startdate @5 :date",
               "M datestamp @6 :date",
               "G01Q01 @7",
               "G01Q02 @8,9,10,11 {SQ001|SQ002|SQ003|Other} write-in@11 :multiple",
               "G01Q02[other] @11 :text",
               "G01Q03[SQ001] @12 grp<G01Q03>",
               "G01Q03[SQ002] @13 grp<G01Q03>",
               "G01Q04 @14",
               "G01Q04[comment] @15 :text",
               "M interviewtime @16",
               "M groupTime12 @17",
               "M G01Q01Time @18",
           }
        << QStringList{};

    // "code. text" headings with Italian answers: Sì/No ticks are a multiple choice, a Sì/No/
    // Non so array is a grid.
    QTest::newRow("limesurvey code and text")
        << "limesurvey_code_text_it.csv" << "," << "limesurvey" << 1 << 0
        << QStringList{
               "M Response ID @0 :id",
               "M Date submitted @1 :date",
               "M Last page @2",
               "M Start language @3",
               "M Seed @4",
               "G01Q01 = Quanti anni hai? @5",
               "G01Q02 = Quali frutti mangi? @6,7,8,9 {Mela|Pera|Kiwi|Altro} write-in@9 :multiple",
               "G01Q02[other] = Quali frutti mangi? [Altro] @9 :text",
               "G01Q03[SQ001] = Quanto sei d'accordo? [Il servizio è rapido] @10 "
               "grp<Quanto sei d'accordo?>",
               "G01Q03[SQ002] = Quanto sei d'accordo? [Il prezzo è giusto] @11 "
               "grp<Quanto sei d'accordo?>",
               "G01Q05[SQ001] = Hai usato? [Web] @12 grp<Hai usato?>",
               "G01Q05[SQ002] = Hai usato? [App] @13 grp<Hai usato?>",
           }
        << QStringList{};

    // The spreadsheet-tidied export of the automotive expert survey: BOM, ';', CRLF, question
    // over blank cells, sub-items in row 2, Ja/Nein ticks beside a free-text "Sonstiges".
    QTest::newRow("limesurvey two rows de")
        << "limesurvey_two_rows_de.csv" << ";" << "limesurvey" << 2 << -1
        << QStringList{
               // The "Sonstiges" box is the multiple choice's Other option too.
               "Welchen fachlichen Hintergrund haben Sie? @0,1,2,3 "
               "{Maschinenbau|Elektrotechnik|Informatik|Sonstiges} write-in@3 :multiple",
               "Welchen fachlichen Hintergrund haben Sie? [Sonstiges] @3",
               "Wie häufig werden informelle Diagramme für die folgenden Zwecke genutzt? "
               "[Communication] @4 "
               "grp<Wie häufig werden informelle Diagramme für die folgenden Zwecke genutzt?>",
               "Wie häufig werden informelle Diagramme für die folgenden Zwecke genutzt? "
               "[Documentation] @5 "
               "grp<Wie häufig werden informelle Diagramme für die folgenden Zwecke genutzt?>",
               "Wie häufig werden informelle Diagramme für die folgenden Zwecke genutzt? "
               "[Further] @6 "
               "grp<Wie häufig werden informelle Diagramme für die folgenden Zwecke genutzt?>",
               "Wie alt sind Sie? @7",
               "Um welche Arten von Diagrammen handelt es sich? @8,9,10 "
               "{CAD/3D Modelle|Zustandsdiagramme|Sonstiges} write-in@10 :multiple",
               "Um welche Arten von Diagrammen handelt es sich? [Sonstiges] @10",
           }
        << QStringList{};

    // A LimeSurvey full-text export whose metadata columns were removed: only its bracketed
    // items tell it apart (scicom in realdata); the HTML of the texts is read as text.
    QTest::newRow("limesurvey full text without metadata")
        << "limesurvey_fulltext_no_metadata_de.csv" << "," << "limesurvey" << 1 << -1
        << QStringList{
               "Welche Funktionen sind Ihnen wichtig? [Suche & Filter] @0 "
               "grp<Welche Funktionen sind Ihnen wichtig?>",
               "Welche Funktionen sind Ihnen wichtig? [Transkripte] @1 "
               "grp<Welche Funktionen sind Ihnen wichtig?>",
               "Welche Funktionen sind Ihnen wichtig? [Zitate teilen] @2 "
               "grp<Welche Funktionen sind Ihnen wichtig?>",
               "Ordnen Sie die Aufgaben. [Rank 1] @3 grp<Ordnen Sie die Aufgaben.>",
               "Ordnen Sie die Aufgaben. [Rank 2] @4 grp<Ordnen Sie die Aufgaben.>",
               "Was nutzen Sie? @5",
           }
        << QStringList{};

    QTest::newRow("qualtrics")
        << "qualtrics.csv" << "," << "qualtrics" << 3 << 8
        << QStringList{
               "M StartDate = Start Date @0 :date",
               "M EndDate = End Date @1 :date",
               "M Status = Response Type @2",
               "M IPAddress = IP Address @3 :id",
               "M Progress @4 :numeric",
               "M Duration (in seconds) @5 :numeric",
               "M Finished @6",
               "M RecordedDate = Recorded Date @7 :date",
               "M ResponseId = Response ID @8 :id",
               "M RecipientLastName = Recipient Last Name @9 :id",
               "M RecipientFirstName = Recipient First Name @10 :id",
               "M RecipientEmail = Recipient Email @11 :id",
               "M ExternalReference = External Data Reference @12 :id",
               "M LocationLatitude = Location Latitude @13 :numeric",
               "M LocationLongitude = Location Longitude @14 :numeric",
               "M DistributionChannel = Distribution Channel @15",
               "M UserLanguage = User Language @16",
               "Q1 = How old are you? @17 sep','",
               "Q2 = Which devices do you use? - Selected Choice @18 sep','",
               "Q2_4_TEXT = Which devices do you use? - Other - Text @19 :text",
               "Q5_1 = How satisfied are you with our service? - Price @20 sep',' "
               "grp<How satisfied are you with our service?>",
               "Q5_2 = How satisfied are you with our service? - Speed @21 sep',' "
               "grp<How satisfied are you with our service?>",
               "Q5_3 = How satisfied are you with our service? - Support @22 sep',' "
               "grp<How satisfied are you with our service?>",
               "Q6 = Any comments? @23 sep','",
           }
        << QStringList{};

    // The older two-row layout: system fields numbered V1…V10, named in row 2.
    QTest::newRow("qualtrics legacy")
        << "qualtrics_legacy.csv" << "," << "qualtrics" << 2 << 0
        << QStringList{
               "M ResponseID @0 :id",
               "M ResponseSet @1",
               "M Name @2",
               "M ExternalDataReference @3 :id",
               "M EmailAddress @4 :id",
               "M IPAddress @5 :id",
               "M Status @6",
               "M StartDate @7 :date",
               "M EndDate @8 :date",
               "M Finished @9",
               "Q1 = Età? @10 sep','",
               "Q2_1 = Quanto ti piace questo piatto? - Pizza @11 sep',' "
               "grp<Quanto ti piace questo piatto?>",
               "Q2_2 = Quanto ti piace questo piatto? - Pasta @12 sep',' "
               "grp<Quanto ti piace questo piatto?>",
               "M LocationLatitude @13 :numeric",
               "M LocationLongitude @14 :numeric",
               "M LocationAccuracy @15 :numeric",
           }
        << QStringList{};

    // Italian headers; the form's own "Nome" question after the metadata stays a question.
    QTest::newRow("microsoft-forms it")
        << "msforms_it.csv" << "," << "microsoft-forms" << 1 << 0
        << QStringList{
               "M ID @0 :id",
               "M Ora di inizio @1 :date",
               "M Ora di completamento @2 :date",
               "M Posta elettronica @3 :id",
               "M Nome @4 :id",
               "M Ora ultima modifica @5 :date",
               "Quali canali usi? @6 sep';'",
               "Nome (2) = Nome @7 sep';'",
               "Come valuti il servizio? @8 sep';'",
           }
        << QStringList{"1:8:Nome (2)"};

    // A Likert question: one column per statement, "Title.Statement"; "1.5" is no such join.
    QTest::newRow("microsoft-forms likert")
        << "msforms_likert.csv" << "," << "microsoft-forms" << 1 << 0
        << QStringList{
               "M ID @0 :id",
               "M Start time @1 :date",
               "M Completion time @2 :date",
               "M Email @3 :id",
               "M Name @4 :id",
               "M Last modified time @5 :date",
               "How satisfied are you with our service?.Speed @6 "
               "grp<How satisfied are you with our service?>",
               "How satisfied are you with our service?.Price @7 "
               "grp<How satisfied are you with our service?>",
               "How satisfied are you with our service?.Staff @8 "
               "grp<How satisfied are you with our service?>",
               "Version 1.5 or later? @9 sep';'",
               "Any comments? @10 sep';'",
           }
        << QStringList{};

    QTest::newRow("microsoft-forms quiz")
        << "msforms_en_quiz.csv" << "," << "microsoft-forms" << 1 << 0
        << QStringList{
               "M ID @0 :id",
               "M Start time @1 :date",
               "M Completion time @2 :date",
               "M Email @3 :id",
               "M Name @4 :id",
               "M Total points @5",
               "M Quiz feedback @6",
               "Which colours do you like? @7 sep';'",
               "M Points - Which colours do you like? @8",
               "M Feedback - Which colours do you like? @9",
           }
        << QStringList{};

    // XML names with a group; the select-multiple's 0/1 columns stop before "fruits_other".
    QTest::newRow("kobotoolbox xml names")
        << "kobo_xml.csv" << ";" << "kobotoolbox" << 1 << 12
        << QStringList{
               "M start @0 :date",
               "M end @1 :date",
               "M today @2 :date",
               "M deviceid @3 :id",
               // A question in a group: the path's last segment names it, the group is its stem.
               "group_hh/hh_size = hh_size @4 grp<group_hh>",
               "M group_hh/fruits (joined) = group_hh/fruits @5",
               "group_hh/fruits @6,7,8 {apple|mango|other} :multiple",
               "group_hh/fruits_other = fruits_other @9 grp<group_hh>",
               "consent @10",
               "M meta/instanceID @11 :id",
               "M _id @12 :id",
               "M _uuid @13 :id",
               "M _submission_time @14 :date",
               "M _validation_status @15",
               "M _notes @16",
               "M _status @17",
               "M _submitted_by @18 :id",
               "M __version__ @19",
               "M _tags @20",
               "M _index @21",
           }
        << QStringList{};

    // Label headers: "Question/Option" flags; a '/' inside a question text is left alone.
    QTest::newRow("kobotoolbox labels")
        << "kobo_labels_it.csv" << "," << "kobotoolbox" << 1 << 7
        << QStringList{
               "M start @0 :date",
               "M end @1 :date",
               "Quante persone vivono in casa? @2",
               "M Quali frutti mangi? (joined) = Quali frutti mangi? @3",
               "Quali frutti mangi? @4,5 {Mela|Mango} :multiple",
               "Velocità in km/h? @6",
               "M _id @7 :id",
               "M _uuid @8 :id",
               "M _submission_time @9 :date",
               "M _index @10",
           }
        << QStringList{};

    // A sensor log whose first column is called Timestamp but holds epoch seconds: not a form.
    QTest::newRow("generic timestamp-like")
        << "generic_timestamp.csv"
        << ","
        << "generic" << 1 << -1 << QStringList{"Timestamp @0", "Sensor @1", "Value @2"}
        << QStringList{};

    // "id" alone is not LimeSurvey's metadata, but with all its values different it is the
    // respondents' id in any sheet.
    QTest::newRow("generic id") << "generic_id.csv"
                                << ","
                                << "generic" << 1 << 0
                                << QStringList{"M id @0 :id", "Età @1", "Genere @2",
                                               "Soddisfazione @3"}
                                << QStringList{};

    // A sheet typed by hand: an id, a single choice whose labels hold ", ", checkbox answers
    // joined with ", ", comments with commas, unique e-mails and a second unique id. Columns
    // whose cells hold ", " get it as a join hint (inference decides, see genericImport); only
    // the first id column numbers the respondents; e-mails are not ids, however unique.
    QTest::newRow("generic survey it") << "generic_survey_it.csv"
                                       << ","
                                       << "generic" << 1 << 0
                                       << QStringList{"M ID risposta @0 :id",
                                                      "Il personale lavora da remoto? @1 sep', '",
                                                      "Quali canali usate? @2 sep', '",
                                                      "Commento @3 sep', '",
                                                      "Email @4",
                                                      "M Codice cliente @5 :id"}
                                       << QStringList{};

    // A product "ID" repeats, so it is asked about, not who answered; "Idea" is not an id however
    // unique; features joined with "; "; "Matricola" numbers the respondents.
    QTest::newRow("generic product id")
        << "generic_product_id.csv"
        << ","
        << "generic" << 1 << 4
        << QStringList{"ID @0", "Prodotto @1", "Caratteristiche apprezzate @2 sep';'", "Idea @3",
                       "M Matricola @4 :id"}
        << QStringList{};

    // An empty header and a repeat whose natural new name "Age (2)" is taken.
    QTest::newRow("generic headers")
        << "generic_headers.csv"
        << ","
        << "generic" << 1 << -1
        << QStringList{"Age @0", "Column 2 @1", "Gender @2", "Age (2) @3", "Age (3) = Age @4"}
        << QStringList{"1:2:Column 2", "1:5:Age (3)"};

    // An empty header over Ja/Nein data looks like a two-row block, but row 2 is answers.
    QTest::newRow("generic empty header over Ja/Nein")
        << "generic_empty_header_de.csv"
        << ";"
        << "generic" << 1 << -1 << QStringList{"Frage A @0", "Column 2 @1", "Frage B @2"}
        << QStringList{"1:2:Column 2"};
}

void TestFormatProfiles::plan() {
    QFETCH(QString, file);
    QFETCH(QString, delimiter);
    QFETCH(QString, format);
    QFETCH(int, headerRows);
    QFETCH(int, respondentIdColumn);
    QFETCH(QStringList, questions);
    QFETCH(QStringList, warnings);

    const RawTable table = readFixture(file, delimiter.at(0));
    QVERIFY(table.rowCount() > headerRows);

    const auto profile = FormatProfiles::detect(table);
    QVERIFY(profile);
    QCOMPARE(profile->name(), format);

    const ImportPlan plan = profile->plan(table);
    QCOMPARE(plan.format, format);
    QCOMPARE(plan.headerRows, headerRows);
    QCOMPARE(plan.respondentIdColumn, respondentIdColumn);
    QCOMPARE(describe(plan), questions);

    // Every column is read exactly once, in file order; an "Other" box is read a second time
    // by its parent multiple choice (its words stay a text question of their own).
    QList<int> columns;
    for (const QuestionPlan& q : plan.questions) {
        columns += q.writeInFrom >= 0 ? q.columns.mid(0, q.writeInFrom) : q.columns;
        if (q.layout == ColumnLayout::OptionFlags)
            QCOMPARE(q.columnOptions.size(), q.columns.size());
    }
    QList<int> expectedColumns;
    for (int c = 0; c < table.columnCount(); ++c)
        expectedColumns.append(c);
    QCOMPARE(columns, expectedColumns);

    QStringList actualWarnings;
    for (const Diagnostic& w : plan.warnings) {
        QVERIFY(w.file.isEmpty());
        actualWarnings.append(QStringLiteral("%1:%2").arg(w.line).arg(w.column));
    }
    QStringList expectedWarnings;
    for (const QString& w : warnings)
        expectedWarnings.append(w.section(u':', 0, 1));
    QCOMPARE(actualWarnings, expectedWarnings);
    for (int i = 0; i < warnings.size(); ++i)
        QVERIFY2(plan.warnings.at(i).message.contains(warnings.at(i).section(u':', 2)),
                 qPrintable(plan.warnings.at(i).message));
}

void TestFormatProfiles::registry() {
    const QStringList expected = {"generic",     "google-forms", "surveymonkey",
                                  "limesurvey",  "qualtrics",    "microsoft-forms",
                                  "kobotoolbox", "spss",         "sondo"};
    QStringList names;
    for (const auto& profile : FormatProfiles::all())
        names.append(profile->name());
    QCOMPARE(names, expected);
    for (const QString& name : expected) {
        QVERIFY(FormatProfiles::byName(name));
        QCOMPARE(FormatProfiles::byName(name)->name(), name);
    }
    QCOMPARE(FormatProfiles::byName(QStringLiteral("LimeSurvey"))->name(),
             QStringLiteral("limesurvey"));
    QVERIFY(!FormatProfiles::byName(QStringLiteral("sas")));
    QVERIFY(!FormatProfiles::byName(QString()));
}

void TestFormatProfiles::emptyTable() {
    const RawTable table;
    const auto profile = FormatProfiles::detect(table);
    QCOMPARE(profile->name(), QStringLiteral("generic"));
    for (const auto& p : FormatProfiles::all()) {
        const ImportPlan plan = p->plan(table);
        QVERIFY2(plan.questions.isEmpty(), qPrintable(p->name()));
        QVERIFY2(plan.warnings.isEmpty(), qPrintable(p->name()));
    }
}

void TestFormatProfiles::headerOnlyGoogleForms() {
    // A form nobody has answered yet exports its header row alone: the name must do.
    const RawTable table = makeTable({{"Horodateur", "Quel âge avez-vous ?"}});
    QCOMPARE(FormatProfiles::detect(table)->name(), QStringLiteral("google-forms"));
    const ImportPlan plan = FormatProfiles::detect(table)->plan(table);
    QCOMPARE(describe(plan),
             QStringList({"M Horodateur @0 :date", "Quel âge avez-vous ? @1 sep', '"}));
}

void TestFormatProfiles::surveyMonkeyMatrixNotMultiple() {
    // A matrix whose scale happens to contain an item's name in one cell is still a matrix:
    // only a block where every filled cell repeats its own column label is a multiple choice.
    // One-column blocks follow the same rule: a lone option label is a one-option multiple
    // choice, a lone matrix row keeps its item in the text.
    const RawTable table = makeTable({
        {"Respondent ID", "Collector ID", "Rate", "", "Pick", "", "Consent", "Once"},
        {"", "", "Good", "Bad", "Good", "Bad", "I agree", "Speed"},
        {"1", "9", "Good", "Good", "Good", "", "I agree", "Good"},
        {"2", "9", "Bad", "Bad", "", "Bad", "", "Bad"},
    });
    const ImportPlan plan = FormatProfiles::detect(table)->plan(table);
    QCOMPARE(plan.format, QStringLiteral("surveymonkey"));
    QCOMPARE(
        describe(plan),
        QStringList({"M Respondent ID @0 :id", "M Collector ID @1 :id", "Rate – Good @2 grp<Rate>",
                     "Rate – Bad @3 grp<Rate>", "Pick @4,5 {Good|Bad} :multiple",
                     "Consent @6 {I agree} :multiple", "Once – Speed @7 grp<Once>"}));
}

void TestFormatProfiles::surveyMonkeyCondensed() {
    // The one-row export has an id under "Respondent ID" in row 2: no second header row, and a
    // blank header is its own column, not a block's tail.
    const RawTable table = makeTable({
        {"Respondent ID", "Collector ID", "Age", ""},
        {"114000000001", "250000001", "34", "x"},
    });
    QCOMPARE(FormatProfiles::detect(table)->name(), QStringLiteral("surveymonkey"));
    const ImportPlan plan = FormatProfiles::detect(table)->plan(table);
    QCOMPARE(plan.headerRows, 1);
    QCOMPARE(plan.respondentIdColumn, 0);
    QCOMPARE(describe(plan), QStringList({"M Respondent ID @0 :id", "M Collector ID @1 :id",
                                          "Age @2", "Column 4 @3"}));
    QCOMPARE(plan.warnings.size(), 1);
    QCOMPARE(plan.warnings.first().column, 4);
}

void TestFormatProfiles::everyProfileReadsEveryColumnOnce_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("delimiter");
    const QList<QPair<QString, QString>> fixtures = {
        {"gforms_es.tsv", "\t"},
        {"gforms_it.csv", ","},
        {"surveymonkey.csv", ","},
        {"surveymonkey_no_metadata.csv", ","},
        {"limesurvey_codes.csv", ","},
        {"limesurvey_code_text_it.csv", ","},
        {"limesurvey_two_rows_de.csv", ";"},
        {"qualtrics.csv", ","},
        {"qualtrics_legacy.csv", ","},
        {"msforms_it.csv", ","},
        {"msforms_en_quiz.csv", ","},
        {"msforms_likert.csv", ","},
        {"kobo_xml.csv", ";"},
        {"kobo_labels_it.csv", ","},
        {"generic_headers.csv", ","},
        {"generic_empty_header_de.csv", ";"},
        {"generic_survey_it.csv", ","},
        {"generic_product_id.csv", ","},
    };
    for (const auto& [file, delimiter] : fixtures)
        for (const auto& profile : FormatProfiles::all())
            QTest::addRow("%s %s", qPrintable(file), qPrintable(profile->name()))
                << file << delimiter;
}

void TestFormatProfiles::everyProfileReadsEveryColumnOnce() {
    // --format forces a profile on any file: whatever it makes of the headers, no column may be
    // lost or read twice, and codes stay unique (type overrides address questions by code).
    QFETCH(QString, file);
    QFETCH(QString, delimiter);
    const QString name = QString::fromLatin1(QTest::currentDataTag()).section(u' ', -1);
    const RawTable table = readFixture(file, delimiter.at(0));
    const ImportPlan plan = FormatProfiles::byName(name)->plan(table);
    QCOMPARE(plan.format, name);
    QVERIFY(plan.headerRows >= 1 && plan.headerRows < table.rowCount());
    QList<int> columns;
    QSet<QString> codes;
    for (const QuestionPlan& q : plan.questions) {
        columns += q.writeInFrom >= 0 ? q.columns.mid(0, q.writeInFrom) : q.columns;
        QVERIFY2(!q.code.isEmpty(), qPrintable(describe(q)));
        QVERIFY2(!codes.contains(q.code), qPrintable(q.code));
        codes.insert(q.code);
    }
    QList<int> expected;
    for (int c = 0; c < table.columnCount(); ++c)
        expected.append(c);
    QCOMPARE(columns, expected);
}

void TestFormatProfiles::limeSurveyNeedsSeveralMetadataNames_data() {
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QString>("format");
    QTest::newRow("id alone") << QStringList{"id", "Age", "Q1"} << "generic";
    QTest::newRow("two names") << QStringList{"id", "seed", "Age"} << "generic";
    QTest::newRow("ID upper case") << QStringList{"ID", "Seed", "Token", "Age"} << "generic";
    QTest::newRow("three names") << QStringList{"id", "submitdate", "lastpage", "Age"}
                                 << "limesurvey";
    QTest::newRow("codes") << QStringList{"G01Q01", "G01Q02[SQ001]", "G01Q02[SQ002]"}
                           << "limesurvey";
}

void TestFormatProfiles::limeSurveyNeedsSeveralMetadataNames() {
    QFETCH(QStringList, header);
    QFETCH(QString, format);
    QStringList data;
    for (int i = 0; i < header.size(); ++i)
        data.append(QString::number(i + 1));
    const RawTable table = makeTable({header, data});
    QCOMPARE(FormatProfiles::detect(table)->name(), format);
}

void TestFormatProfiles::genericIdNames_data() {
    QTest::addColumn<QString>("header");
    QTest::addColumn<bool>("id");
    const QStringList ids = {"ID",
                             "id",
                             "ID risposta",
                             "Respondent ID",
                             "Response ID",
                             "Codice",
                             "Codice rispondente",
                             "Matricola",
                             "ResponseId",
                             "record_id",
                             "_id",
                             "ID del cliente",
                             "User ID",
                             "  id  "};
    for (const QString& h : ids)
        QTest::newRow(qPrintable(h)) << h << true;
    // Words that only begin or end like an id, ids of something else, and no id at all.
    const QStringList others = {
        "Idea",        "Validità", "Identità",       "Video", "Guida",    "Paid", "Codice prodotto",
        "ID prodotto", "Zip code", "Codice fiscale", "Email", "Commento", ""};
    for (const QString& h : others)
        QTest::newRow(qPrintable(QStringLiteral("not ") + h)) << h << false;
}

void TestFormatProfiles::genericIdNames() {
    QFETCH(QString, header);
    QFETCH(bool, id);
    QCOMPARE(GenericProfile::isIdName(header), id);
}

void TestFormatProfiles::genericImport_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("questions"); // "id type code {options}"
    QTest::addColumn<QStringList>("respondentIds");
    QTest::addColumn<int>("multiple");               // index of the multiple choice
    QTest::addColumn<QList<QList<int>>>("selected"); // per option, per respondent
    QTest::addColumn<QList<int>>("answered");        // of the multiple choice

    // Expected values read off the fixtures by hand. "Sì, molto" and "Sì, per una parte del
    // personale" stay whole although their column has the ", " hint; the comments keep their
    // commas ("Ottimo, grazie" next to a lone "Ottimo" is still one comment); channels come in
    // the order respondents' cells list them.
    QTest::newRow("generic survey it")
        << "generic_survey_it.csv"
        << QStringList{"M1 id ID risposta",
                       "Q1 single Il personale lavora da remoto? {Sì, molto|Sì, per una parte "
                       "del personale|No}",
                       "Q2 multiple Quali canali usate? {Chat|Email|Telefono}",
                       "Q3 text Commento",
                       "Q4 text Email",
                       "M2 id Codice cliente"}
        << QStringList{"R01", "R02", "R03", "R04", "R05", "R06", "R07", "R08", "R09", "R10"} << 2
        << QList<QList<int>>{{1, 0, 1, 0, 0, 1, 1, 0, 0, 1},
                             {1, 1, 0, 0, 1, 0, 1, 0, 1, 1},
                             {1, 0, 1, 1, 1, 0, 0, 0, 1, 1}}
        << QList<int>{1, 1, 1, 1, 1, 1, 1, 0, 1, 1};

    QTest::newRow("generic product id")
        << "generic_product_id.csv"
        << QStringList{"Q1 single ID {P2|P1|P3}", "Q2 single Prodotto {Tablet|Telefono|Cuffie}",
                       "Q3 multiple Caratteristiche apprezzate {Batteria|Schermo|Prezzo}",
                       "Q4 text Idea", "M1 id Matricola"}
        << QStringList{"1001", "1002", "1003", "1004", "1005", "1006"} << 2
        << QList<QList<int>>{{1, 1, 0, 0, 1, 0}, {0, 0, 1, 0, 1, 1}, {1, 0, 1, 1, 1, 0}}
        << QList<int>{1, 1, 1, 1, 1, 1};
}

void TestFormatProfiles::genericImport() {
    // The whole import as `sondo import` runs it: the real reader, detection, the generic plan
    // and inference.
    QFETCH(QString, file);
    QFETCH(QStringList, questions);
    QFETCH(QStringList, respondentIds);
    QFETCH(int, multiple);
    QFETCH(QList<QList<int>>, selected);
    QFETCH(QList<int>, answered);

    const QString path = QFINDTESTDATA(QStringLiteral("data/profiles/") + file);
    auto r = SurveyImporter::importFile(path, ImportOptions{});
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    const Project project = r.takeValue();
    QCOMPARE(project.imports.size(), 1);

    QStringList actual;
    for (const Question& q : project.survey.questions) {
        QString s = q.id + u' ' + questionTypeName(q.type) + u' ' + q.code;
        if (!q.options.isEmpty())
            s += QStringLiteral(" {") + q.options.join(u'|') + u'}';
        actual.append(s);
        QCOMPARE(q.metadata, q.id.startsWith(u'M'));
    }
    QCOMPARE(actual, questions);
    QCOMPARE(project.responses.respondentIds, respondentIds);

    const AnswerColumn& a = project.responses.columns.at(multiple);
    QCOMPARE(int(a.selected.size()), int(selected.size()));
    for (int o = 0; o < selected.size(); ++o)
        for (int row = 0; row < respondentIds.size(); ++row)
            QCOMPARE(int(a.selected[o][row]), selected[o][row]);
    for (int row = 0; row < respondentIds.size(); ++row)
        QCOMPARE(int(a.answered[row]), answered[row]);
}

QTEST_GUILESS_MAIN(TestFormatProfiles)
#include "tst_formatprofiles.moc"
