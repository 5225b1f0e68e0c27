// Tests of the .sondo project file: round trips of every question type, the plain-SQL view that
// outside tools query, atomic saves, clear errors for foreign or newer files, the committed
// format-1 file, and the analyst's saved state. Expected counts are worked out by hand from the
// small projects built below (the tallies sit next to the data).

#include "storage/ProjectSchema.h"
#include "storage/ProjectStore.h"
#include "storage/ProjectWriter.h"
#include "storage/SqlConnection.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cmath>
#include <cstring>
#include <limits>
#include <mutex>
#include <thread>
#include <unistd.h>

using namespace sondo;

Q_DECLARE_METATYPE(sondo::Project)

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

Question makeQuestion(const QString& id, QuestionType type, const QString& text,
                      const QStringList& options = {}, std::vector<double> scores = {}) {
    Question q;
    q.id = id;
    q.code = id.toLower() + QStringLiteral("_code");
    q.text = text;
    q.type = type;
    q.options = options;
    q.scores = std::move(scores);
    return q;
}

qint64 msecs(const char* isoUtc) {
    return QDateTime::fromString(QString::fromLatin1(isoUtc), Qt::ISODate).toMSecsSinceEpoch();
}

/**
 * Eight respondents answering every question type. It is also the content of the committed
 * tests/data/storage/project-v1.sondo (regenerate with SONDO_WRITE_FIXTURES=1 only when a new
 * format version is added, and then as project-v<N>.sondo beside the old one).
 */
Project sampleProject() {
    Project p;
    p.survey.title = QStringLiteral("Sondaggio «clienti» 2024");
    p.survey.sourceFormat = QStringLiteral("google-forms");
    Survey& s = p.survey;
    ResponseMatrix& r = p.responses;
    r.respondentCount = 8;
    r.respondentIds = {QStringLiteral("R001"), QStringLiteral("R002"), QStringLiteral("R003"),
                       QStringLiteral("R004"), QStringLiteral("R005"), QStringLiteral("R006"),
                       QStringLiteral("R007"), QStringLiteral("R008")};
    r.weights = {1.0, 0.5, 2.0, 1.0, 1.0, 1.25, 0.75, 1.5};

    // Q1 single: Donna 4 (1,3,6,8), Uomo 2 (2,7), Preferisco non rispondere 1 (5), missing 1 (4).
    s.questions.append(makeQuestion(QStringLiteral("Q1"), QuestionType::Single,
                                    QStringLiteral("Genere"),
                                    {QStringLiteral("Donna"), QStringLiteral("Uomo"),
                                     QStringLiteral("Preferisco non rispondere")}));
    AnswerColumn q1;
    q1.codes = {1, 2, 1, 0, 3, 1, 2, 1};
    r.columns.push_back(q1);

    // Q2 likert: Molto 3 (1,5,7), Abbastanza 1 (2), Poco 1 (6), Per niente 1 (8), Non so 1 (4),
    // missing 1 (3). "Non so" is off the scale: NaN score.
    s.questions.append(makeQuestion(
        QStringLiteral("Q2"), QuestionType::Likert, QStringLiteral("Quanto è soddisfatto?"),
        {QStringLiteral("Per niente"), QStringLiteral("Poco"), QStringLiteral("Abbastanza"),
         QStringLiteral("Molto"), QStringLiteral("Non so")},
        {1, 2, 3, 4, NaN}));
    AnswerColumn q2;
    q2.codes = {4, 3, 0, 5, 4, 2, 4, 1};
    r.columns.push_back(q2);

    // Q3 multiple: answered by 1,2,3,5,6,8 (base 6); 4 and 7 left it blank; 5 answered with
    // nothing ticked. Email 3 (1,3,6), Sito web 3 (1,2,6), L'app 2 (3,8),
    // Social "network" 1 (2).
    s.questions.append(makeQuestion(
        QStringLiteral("Q3"), QuestionType::Multiple, QStringLiteral("Quali canali usa?"),
        {QStringLiteral("Email"), QStringLiteral("Sito web"), QStringLiteral("L'app"),
         QStringLiteral("Social \"network\"")}));
    AnswerColumn q3;
    q3.answered = {1, 1, 1, 0, 1, 1, 0, 1};
    q3.selected = {{1, 0, 1, 0, 0, 1, 0, 0},
                   {1, 1, 0, 0, 0, 1, 0, 0},
                   {0, 0, 1, 0, 0, 0, 0, 1},
                   {0, 1, 0, 0, 0, 0, 0, 0}};
    r.columns.push_back(q3);

    // Q4 numeric, with values that only survive an exact round trip.
    s.questions.append(
        makeQuestion(QStringLiteral("Q4"), QuestionType::Numeric, QStringLiteral("Età")));
    AnswerColumn q4;
    q4.values = {34, 27.5, NaN, -1, 1e6, 0, NaN, 0.1 + 0.2};
    r.columns.push_back(q4);

    // Q5 date: respondent 2 wrote something unparsable (kept as text), 3 left it blank.
    s.questions.append(makeQuestion(QStringLiteral("Q5"), QuestionType::Date,
                                    QStringLiteral("Data dell'ultimo acquisto")));
    AnswerColumn q5;
    q5.values = {double(msecs("2024-03-12T00:00:00Z")),
                 NaN,
                 NaN,
                 double(msecs("2000-02-29T12:30:45Z")),
                 double(msecs("1969-12-31T23:59:59Z")),
                 double(msecs("2024-03-12T00:00:00Z")),
                 double(msecs("2023-11-05T08:00:00Z")),
                 double(msecs("2024-01-01T00:00:00Z"))};
    q5.texts = {QStringLiteral("12/03/2024"),
                QStringLiteral("ieri"),
                QString(),
                QStringLiteral("29/02/2000 12:30:45"),
                QStringLiteral("31/12/1969 23:59:59"),
                QStringLiteral("12/03/2024"),
                QStringLiteral("05/11/2023 08:00"),
                QStringLiteral("01/01/2024")};
    r.columns.push_back(q5);

    // Q6 open text: blanks are missing; unicode, quotes and line breaks kept as typed.
    s.questions.append(
        makeQuestion(QStringLiteral("Q6"), QuestionType::Text, QStringLiteral("Commenti")));
    AnswerColumn q6;
    q6.texts = {QStringLiteral("Ottimo servizio"),
                QString(),
                QStringLiteral("Très bien — 良い 👍"),
                QStringLiteral("riga 1\nriga 2"),
                QString(),
                QStringLiteral("apostrofo ' e \"virgolette\""),
                QString(),
                QStringLiteral("  spazi  ")};
    r.columns.push_back(q6);

    // M1 metadata: stored, never analysed.
    Question m1 = makeQuestion(QStringLiteral("M1"), QuestionType::Identifier,
                               QStringLiteral("Indirizzo IP"));
    m1.metadata = true;
    m1.code = QStringLiteral("ipaddr");
    s.questions.append(m1);
    AnswerColumn mc;
    mc.texts = {QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2"), QStringLiteral("10.0.0.3"),
                QStringLiteral("10.0.0.4"), QStringLiteral("10.0.0.5"), QStringLiteral("10.0.0.6"),
                QStringLiteral("10.0.0.7"), QStringLiteral("10.0.0.8")};
    r.columns.push_back(mc);

    ImportRecord first;
    first.sourceName = QStringLiteral("risposte «maggio».csv");
    first.sourcePath = QStringLiteral("/home/analista/Scaricati/risposte «maggio».csv");
    first.sha256 =
        QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    first.importedAt =
        QDateTime::fromString(QStringLiteral("2024-05-02T09:15:30.250Z"), Qt::ISODateWithMs);
    first.rows = 8;
    first.format = QStringLiteral("google-forms");
    first.encoding = QStringLiteral("UTF-8");
    first.delimiter = QStringLiteral(",");
    ImportRecord second = first;
    second.sourceName = QStringLiteral("export.xlsx");
    second.sourcePath = QStringLiteral("C:\\Users\\anna\\export.xlsx");
    second.importedAt =
        QDateTime::fromString(QStringLiteral("2024-06-01T18:00:00.000Z"), Qt::ISODateWithMs);
    second.encoding.clear();
    second.delimiter.clear();
    p.imports = {first, second};

    p.state = QJsonObject{
        {QStringLiteral("currentQuestion"), QStringLiteral("Q2")},
        {QStringLiteral("filter"), QJsonObject{{QStringLiteral("question"), QStringLiteral("Q1")},
                                               {QStringLiteral("options"), QJsonArray{1, 3}}}},
        {QStringLiteral("chart"), QJsonObject{{QStringLiteral("style"), QStringLiteral("barre")},
                                              {QStringLiteral("scale"), 1.5}}},
        {QStringLiteral("compareBy"), QJsonValue::Null},
        {QStringLiteral("showBase"), true},
        {QStringLiteral("note"), QStringLiteral("Fonte: «Sondo»")},
    };
    return p;
}

/** A project of `n` respondents with random answers (seeded), for the batching paths. */
Project randomProject(int n, quint32 seed) {
    QRandomGenerator rng(seed);
    Project p;
    p.survey.questions = {
        makeQuestion(QStringLiteral("Q1"), QuestionType::Single, QStringLiteral("a"),
                     {QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")}),
        makeQuestion(QStringLiteral("Q2"), QuestionType::Numeric, QStringLiteral("b")),
        makeQuestion(QStringLiteral("Q3"), QuestionType::Multiple, QStringLiteral("c"),
                     {QStringLiteral("m"), QStringLiteral("n")}),
        makeQuestion(QStringLiteral("Q4"), QuestionType::Text, QStringLiteral("d")),
    };
    ResponseMatrix& r = p.responses;
    r.respondentCount = n;
    r.columns.resize(4);
    r.columns[2].selected.resize(2);
    for (int i = 0; i < n; ++i) {
        r.respondentIds.append(QString::number(100000 + i));
        r.weights.push_back(rng.bounded(1000) / 100.0);
        r.columns[0].codes.push_back(int(rng.bounded(4)));
        r.columns[1].values.push_back(rng.bounded(10) == 0 ? NaN : rng.generateDouble() * 1e4);
        const bool answered = rng.bounded(5) != 0;
        r.columns[2].answered.push_back(answered);
        for (auto& flags : r.columns[2].selected)
            flags.push_back(answered && rng.bounded(2));
        r.columns[3].texts.append(rng.bounded(3) == 0 ? QString()
                                                      : QStringLiteral("t%1").arg(rng.bounded(50)));
    }
    return p;
}

bool sameDouble(double a, double b) {
    return (std::isnan(a) && std::isnan(b)) || std::memcmp(&a, &b, sizeof a) == 0;
}

bool sameDoubles(const std::vector<double>& a, const std::vector<double>& b) {
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (!sameDouble(a[i], b[i]))
            return false;
    return true;
}

/** The first difference between two projects, or an empty string when they are equal. */
QString difference(const Project& a, const Project& b) {
    if (a.survey.title != b.survey.title)
        return QStringLiteral("title: %1 vs %2").arg(a.survey.title, b.survey.title);
    if (a.survey.sourceFormat != b.survey.sourceFormat)
        return QStringLiteral("sourceFormat");
    if (a.survey.questions.size() != b.survey.questions.size())
        return QStringLiteral("question count");
    for (int q = 0; q < a.survey.questions.size(); ++q) {
        const Question& x = a.survey.questions[q];
        const Question& y = b.survey.questions[q];
        if (x.id != y.id || x.code != y.code || x.text != y.text || x.type != y.type ||
            x.options != y.options || x.metadata != y.metadata || !sameDoubles(x.scores, y.scores))
            return QStringLiteral("question %1").arg(x.id);
    }
    const ResponseMatrix& r = a.responses;
    const ResponseMatrix& s = b.responses;
    if (r.respondentCount != s.respondentCount)
        return QStringLiteral("respondentCount %1 vs %2")
            .arg(r.respondentCount)
            .arg(s.respondentCount);
    if (r.respondentIds != s.respondentIds)
        return QStringLiteral("respondentIds");
    if (!sameDoubles(r.weights, s.weights))
        return QStringLiteral("weights");
    if (r.columns.size() != s.columns.size())
        return QStringLiteral("column count");
    for (size_t c = 0; c < r.columns.size(); ++c) {
        const QString id = a.survey.questions[int(c)].id;
        const QuestionType type = a.survey.questions[int(c)].type;
        const AnswerColumn& x = r.columns[c];
        const AnswerColumn& y = s.columns[c];
        if (x.codes != y.codes)
            return id + QStringLiteral(" codes");
        if (x.selected != y.selected)
            return id + QStringLiteral(" selected");
        if (x.answered != y.answered)
            return id + QStringLiteral(" answered");
        if (!sameDoubles(x.values, y.values))
            return id + QStringLiteral(" values");
        // A missing text is an empty string whether it was null or "" before saving.
        if (x.texts.size() != y.texts.size())
            return id + QStringLiteral(" text count");
        for (int i = 0; i < x.texts.size(); ++i)
            if (x.texts[i] != y.texts[i])
                return id + QStringLiteral(" text %1: \"%2\" vs \"%3\"")
                                .arg(i)
                                .arg(x.texts[i], y.texts[i]);
        for (int i = 0; i < r.respondentCount; ++i)
            if (x.isAnswered(type, i) != y.isAnswered(type, i))
                return id + QStringLiteral(" answered %1").arg(i);
    }
    if (a.imports.size() != b.imports.size())
        return QStringLiteral("import count");
    for (int i = 0; i < a.imports.size(); ++i) {
        const ImportRecord& x = a.imports[i];
        const ImportRecord& y = b.imports[i];
        if (x.sourceName != y.sourceName || x.sourcePath != y.sourcePath || x.sha256 != y.sha256 ||
            x.importedAt != y.importedAt || x.rows != y.rows || x.format != y.format ||
            x.encoding != y.encoding || x.delimiter != y.delimiter)
            return QStringLiteral("import %1").arg(i);
        if (x.importedAt.isValid() && y.importedAt.timeSpec() != Qt::UTC)
            return QStringLiteral("import %1 time not UTC").arg(i);
    }
    if (a.state != b.state)
        return QStringLiteral("state");
    return QString();
}

QByteArray sha256(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QStringList entries(const QString& dir) {
    return QDir(dir).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

/** A private QSQLITE connection for checking files with plain SQL, as an outside tool would. */
class PlainSql {
public:
    explicit PlainSql(const QString& path)
        : m_name(QUuid::createUuid().toString()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_ok = db.open();
    }
    ~PlainSql() { QSqlDatabase::removeDatabase(m_name); }
    bool ok() const { return m_ok; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    /** Every row of `sql`, cells joined by '|' (NULL shown as "NULL"). */
    QStringList rows(const QString& sql) const {
        QStringList out;
        QSqlQuery query(db());
        if (!query.exec(sql))
            return {QStringLiteral("ERROR ") + sql};
        while (query.next()) {
            QStringList cells;
            for (int i = 0; i < query.record().count(); ++i)
                cells << (query.value(i).isNull() ? QStringLiteral("NULL")
                                                  : query.value(i).toString());
            out << cells.join(QLatin1Char('|'));
        }
        return out;
    }
    bool exec(const QString& sql) const {
        QSqlQuery query(db());
        return query.exec(sql);
    }

private:
    QString m_name;
    bool m_ok = false;
};

} // namespace

class TestProjectStore : public QObject {
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void missingIdsAndWeightsReadAsDefaults();
    void progressCountsRespondents();
    void labelledViewAnswersWithPlainSql();
    void sqliteShellReadsTheFile();
    void columnNamesAreSafeIdentifiers();
    void failedWriteLeavesPreviousFile_data();
    void failedWriteLeavesPreviousFile();
    void readOnlyFolderIsAClearError();
    void writeReplacesAndKeepsPermissionsAndLinks();
    void inconsistentProjectIsRefused();
    void readErrors_data();
    void readErrors();
    void readsCommittedVersion1File();
    void migrationsRebuildTheCommittedSchema();
    void stateRoundTrip();
    void writeStateKeepsAnswersAndRefusesForeignFiles();
    void readSurveyListsQuestions();
    void someAnswersOnly();
    void respondentIdsReadApart();
    void threadsUseTheirOwnConnections();
    void answersAreReadFromColumnChunks();
    void chunksHoldUnevenSlicesAndEveryWidth();
    void damagedChunksAreAClearError_data();
    void damagedChunksAreAClearError();
    void savingAnOlderFileAddsItsChunks();
    void readsCommittedVersion3FileFromItsChunks();
    void writeFixture();
};

void TestProjectStore::roundTrip_data() {
    QTest::addColumn<Project>("project");
    QTest::newRow("every type, missing values, unicode") << sampleProject();
    QTest::newRow("no questions, no respondents") << Project();

    Project noRespondents = sampleProject();
    noRespondents.responses = ResponseMatrix();
    for (const Question& q : noRespondents.survey.questions) {
        AnswerColumn c;
        if (q.type == QuestionType::Multiple)
            c.selected.resize(q.options.size());
        noRespondents.responses.columns.push_back(c);
    }
    noRespondents.imports.clear();
    noRespondents.state = QJsonObject();
    QTest::newRow("questions but no respondents") << noRespondents;

    // 1234 rows: twelve full 100-row INSERTs and a shorter last one.
    QTest::newRow("1234 random respondents") << randomProject(1234, 7);

    Project multi;
    multi.survey.questions = {makeQuestion(QStringLiteral("Q1"), QuestionType::Multiple,
                                           QStringLiteral("Tutti o nessuno"),
                                           {QStringLiteral("A"), QStringLiteral("B")})};
    multi.responses.respondentCount = 3;
    multi.responses.respondentIds = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};
    multi.responses.weights = {1, 1, 1};
    AnswerColumn c;
    c.answered = {1, 1, 0}; // all ticked, none ticked, blank
    c.selected = {{1, 0, 0}, {1, 0, 0}};
    multi.responses.columns = {c};
    QTest::newRow("multiple: all, none, missing") << multi;

    Project likert;
    likert.survey.questions = {makeQuestion(
        QStringLiteral("Q1"), QuestionType::Likert, QStringLiteral("Scala senza punteggi validi"),
        {QStringLiteral("Sì"), QStringLiteral("Non so")}, {NaN, NaN})};
    likert.responses.respondentCount = 2;
    likert.responses.respondentIds = {QStringLiteral("a"), QStringLiteral("")};
    likert.responses.weights = {NaN, 0.0};
    AnswerColumn l;
    l.codes = {2, 0};
    likert.responses.columns = {l};
    QTest::newRow("likert with only NaN scores, NaN weight, empty id") << likert;

    Project bare;
    bare.survey.questions = {Question(), Question()};
    bare.survey.questions[0].id = QStringLiteral("Q1");
    bare.survey.questions[0].type = QuestionType::Single;
    bare.survey.questions[0].options = {QString(), QString()};
    bare.survey.questions[1].id = QStringLiteral("Q2");
    bare.responses.respondentCount = 1;
    bare.responses.respondentIds = {QStringLiteral("1")};
    bare.responses.weights = {1};
    bare.responses.columns.resize(2);
    bare.responses.columns[0].codes = {2};
    bare.responses.columns[1].texts = {QString()};
    QTest::newRow("bare questions: no code, text or labels") << bare;
}

void TestProjectStore::roundTrip() {
    QFETCH(Project, project);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("progetto è #1 ?%20.sondo"));
    const Result<Done> written = ProjectStore::write(path, project);
    QVERIFY2(written.ok(), qPrintable(written.error().toString()));
    const Result<Project> read = ProjectStore::read(path);
    QVERIFY2(read.ok(), qPrintable(read.error().toString()));
    QVERIFY(read.warnings.isEmpty());
    const QString diff = difference(project, read.value());
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("progetto è #1 ?%20.sondo")});
}

void TestProjectStore::missingIdsAndWeightsReadAsDefaults() {
    Project p = randomProject(3, 1);
    p.responses.respondentIds.clear();
    p.responses.weights.clear();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.sondo"));
    QVERIFY(ProjectStore::write(path, p).ok());
    const Result<Project> read = ProjectStore::read(path);
    QVERIFY(read.ok());
    QCOMPARE(read.value().responses.respondentIds,
             (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    QCOMPARE(read.value().responses.weights, (std::vector<double>{1.0, 1.0, 1.0}));
}

void TestProjectStore::progressCountsRespondents() {
    // 40000 rows stored 8192 at a time: a report after each slice, each out of 40000.
    const Project p = randomProject(40000, 3);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.sondo"));
    QList<qint64> done;
    const Result<Done> written = ProjectStore::write(path, p, [&](qint64 d, qint64 total) {
        done << d;
        return total == 40000;
    });
    QVERIFY2(written.ok(), qPrintable(written.error().toString()));
    QCOMPARE(done, (QList<qint64>{8192, 16384, 24576, 32768, 40000}));

    QList<qint64> readDone;
    const Result<Project> read = ProjectStore::read(path, [&](qint64 d, qint64 total) {
        readDone << d;
        return total == 40000;
    });
    QVERIFY(read.ok());
    QCOMPARE(readDone.last(), 40000);
}

void TestProjectStore::labelledViewAnswersWithPlainSql() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.sondo"));
    QVERIFY(ProjectStore::write(path, sampleProject()).ok());
    PlainSql sql(path);
    QVERIFY(sql.ok());

    QCOMPARE(sql.rows(QStringLiteral("PRAGMA user_version")),
             QStringList{QString::number(ProjectStore::SchemaVersion)});
    QCOMPARE(sql.rows(QStringLiteral("PRAGMA application_id")),
             QStringList{QString::number(0x534F4E44)});

    // Tallies from the comments in sampleProject().
    QCOMPARE(
        sql.rows(QStringLiteral(
            "SELECT \"Q1\", count(*) FROM responses_labelled GROUP BY 1 ORDER BY 2 DESC, 1")),
        (QStringList{QStringLiteral("Donna|4"), QStringLiteral("Uomo|2"), QStringLiteral("NULL|1"),
                     QStringLiteral("Preferisco non rispondere|1")}));
    QCOMPARE(sql.rows(QStringLiteral("SELECT \"Q2\", count(*) FROM responses_labelled "
                                     "WHERE \"Q2\" IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1")),
             (QStringList{QStringLiteral("Molto|3"), QStringLiteral("Abbastanza|1"),
                          QStringLiteral("Non so|1"), QStringLiteral("Per niente|1"),
                          QStringLiteral("Poco|1")}));
    // Weighted: Donna = 1 + 2 + 1.25 + 1.5 = 5.75; Uomo = 0.5 + 0.75 = 1.25.
    QCOMPARE(sql.rows(QStringLiteral("SELECT \"Q1\", sum(weight) FROM responses_labelled "
                                     "WHERE \"Q1\" IN ('Donna', 'Uomo') GROUP BY 1 ORDER BY 1")),
             (QStringList{QStringLiteral("Donna|5.75"), QStringLiteral("Uomo|1.25")}));
    // Multiple choice: base 6 (who answered), ticks per option; NULL for the two blanks.
    QCOMPARE(
        sql.rows(QStringLiteral(
            "SELECT count(\"Q3: Email\"), sum(\"Q3: Email\"), sum(\"Q3: Sito web\"), "
            "sum(\"Q3: L'app\"), sum(\"Q3: Social \"\"network\"\"\") FROM responses_labelled")),
        QStringList{QStringLiteral("6|3|3|2|1")});
    QCOMPARE(sql.rows(QStringLiteral("SELECT respondent_id FROM responses_labelled WHERE "
                                     "\"Q3: Email\" IS NULL ORDER BY respondent")),
             (QStringList{QStringLiteral("R004"), QStringLiteral("R007")}));
    // The same answers through the coded table and the mapping table, as a script would do.
    QCOMPARE(sql.rows(QStringLiteral("SELECT column_name, option_position FROM columns "
                                     "WHERE question_id = 'Q3' ORDER BY option_position")),
             (QStringList{QStringLiteral("q3_o1|1"), QStringLiteral("q3_o2|2"),
                          QStringLiteral("q3_o3|3"), QStringLiteral("q3_o4|4")}));
    QCOMPARE(sql.rows(QStringLiteral("SELECT o.label, count(*) FROM responses r JOIN options o "
                                     "ON o.question_id = 'Q2' AND o.position = r.q2 "
                                     "GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1")),
             QStringList{QStringLiteral("Molto|3")});
    QCOMPARE(sql.rows(QStringLiteral("SELECT label, score FROM options WHERE question_id = 'Q2' "
                                     "AND position IN (4, 5) ORDER BY position")),
             (QStringList{QStringLiteral("Molto|4"), QStringLiteral("Non so|NULL")}));
    // Numbers, dates (UTC, or as written when unparsed), texts and metadata.
    QCOMPARE(
        sql.rows(QStringLiteral("SELECT count(\"Q4\"), sum(\"Q4\" > 0) FROM responses_labelled")),
        QStringList{QStringLiteral("6|4")});
    QCOMPARE(sql.rows(QStringLiteral("SELECT \"Q5\" FROM responses_labelled ORDER BY respondent "
                                     "LIMIT 5")),
             (QStringList{QStringLiteral("2024-03-12 00:00:00"), QStringLiteral("ieri"),
                          QStringLiteral("NULL"), QStringLiteral("2000-02-29 12:30:45"),
                          QStringLiteral("1969-12-31 23:59:59")}));
    QCOMPARE(
        sql.rows(QStringLiteral("SELECT count(\"Q6\"), count(\"M1\") FROM responses_labelled")),
        QStringList{QStringLiteral("5|8")});
    QCOMPARE(sql.rows(QStringLiteral("SELECT \"Q6\" FROM responses_labelled WHERE respondent = 3")),
             QStringList{QStringLiteral("Très bien — 良い 👍")});
    QCOMPARE(sql.rows(QStringLiteral("SELECT type, metadata, code FROM questions WHERE id = 'M1'")),
             QStringList{QStringLiteral("id|1|ipaddr")});
    QCOMPARE(
        sql.rows(QStringLiteral("SELECT source_name, imported_at, rows FROM imports ORDER BY id "
                                "LIMIT 1")),
        QStringList{QStringLiteral("risposte «maggio».csv|2024-05-02T09:15:30.250Z|8")});
    QCOMPARE(sql.rows(QStringLiteral("SELECT value FROM state WHERE key = 'currentQuestion'")),
             QStringList{QStringLiteral("\"Q2\"")});
}

void TestProjectStore::sqliteShellReadsTheFile() {
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    QVERIFY2(!shell.isEmpty(), "the sqlite3 shell is missing: run scripts/setup.sh");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.sondo"));
    QVERIFY(ProjectStore::write(path, sampleProject()).ok());
    QProcess process;
    process.start(shell, {path, QStringLiteral("SELECT \"Q1\", count(*) FROM responses_labelled "
                                               "WHERE \"Q1\" IS NOT NULL GROUP BY 1 ORDER BY 1;")});
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()),
             QStringLiteral("Donna|4\nPreferisco non rispondere|1\nUomo|2\n"));
}

void TestProjectStore::columnNamesAreSafeIdentifiers() {
    // Ids that are not plain identifiers, or that collide with fixed or derived names.
    Project p;
    const QStringList ids = {QStringLiteral("Q 1"),    QStringLiteral("DROP TABLE questions; --"),
                             QStringLiteral("weight"), QStringLiteral("Q9"),
                             QStringLiteral("Q9_o1"),  QStringLiteral("città1"),
                             QStringLiteral("c1")};
    p.responses.respondentCount = 2;
    p.responses.respondentIds = {QStringLiteral("a"), QStringLiteral("b")};
    p.responses.weights = {1, 1};
    for (const QString& id : ids) {
        const bool multi = id == u"Q9";
        p.survey.questions.append(
            makeQuestion(id, multi ? QuestionType::Multiple : QuestionType::Single, id,
                         {QStringLiteral("x"), QStringLiteral("y")}));
        AnswerColumn c;
        if (multi) {
            c.answered = {1, 1};
            c.selected = {{1, 0}, {1, 1}};
        } else {
            c.codes = {1, 2};
        }
        p.responses.columns.push_back(c);
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.sondo"));
    const Result<Done> written = ProjectStore::write(path, p);
    QVERIFY2(written.ok(), qPrintable(written.error().toString()));
    const Result<Project> read = ProjectStore::read(path);
    QVERIFY(read.ok());
    const QString diff = difference(p, read.value());
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    PlainSql sql(path);
    const QStringList names =
        sql.rows(QStringLiteral("SELECT column_name FROM columns ORDER BY rowid"));
    // "Q 1" → c1, the statement → c2, weight → c3 (a fixed column; no digit), "città1" → c6;
    // the id "c1" finds c1 taken and falls back to its position, c7. Q9's first option would be
    // q9_o1, which the id Q9_o1 holds, so it becomes q9_o1_2.
    QCOMPARE(names,
             (QStringList{QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c3"),
                          QStringLiteral("q9_o1_2"), QStringLiteral("q9_o2"),
                          QStringLiteral("q9_o1"), QStringLiteral("c6"), QStringLiteral("c7")}));
    QCOMPARE(sql.rows(QStringLiteral("SELECT count(*) FROM questions")),
             QStringList{QStringLiteral("7")});
    // The labelled view is still named after the ids, quoted.
    QCOMPARE(sql.rows(QStringLiteral("SELECT \"DROP TABLE questions; --\", \"weight #2\", weight, "
                                     "\"Q9: x\" FROM responses_labelled ORDER BY respondent")),
             (QStringList{QStringLiteral("x|x|1|1"), QStringLiteral("y|y|1|0")}));
}

void TestProjectStore::failedWriteLeavesPreviousFile_data() {
    QTest::addColumn<Project>("second");
    QTest::addColumn<int>("cancelAtReport"); // 0 = never cancel
    QTest::addColumn<QString>("message");

    QTest::newRow("cancelled at the first progress report")
        << randomProject(40000, 5) << 1 << QStringLiteral("cancelled");
    QTest::newRow("cancelled at the last report, before the commit")
        << randomProject(40000, 5) << 3 << QStringLiteral("cancelled");

    // SQLite allows 2000 columns per table: 3 fixed + Q1 + Q2 + 2 (Q3) + Q4 + 2100 = 2108. The
    // write fails after the temporary file has been created and half filled.
    Project wide = randomProject(10, 5);
    QStringList many;
    for (int i = 0; i < 2100; ++i)
        many << QStringLiteral("opzione %1").arg(i + 1);
    wide.survey.questions.append(
        makeQuestion(QStringLiteral("Q5"), QuestionType::Multiple, QStringLiteral("troppe"), many));
    AnswerColumn c;
    c.answered.assign(10, 1);
    c.selected.assign(2100, std::vector<std::uint8_t>(10, 0));
    wide.responses.columns.push_back(c);
    QTest::newRow("more columns than SQLite allows")
        << wide << 0 << QStringLiteral("need 2108 columns, more than the 2000");
}

void TestProjectStore::failedWriteLeavesPreviousFile() {
    QFETCH(Project, second);
    QFETCH(int, cancelAtReport);
    QFETCH(QString, message);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("studio.sondo"));
    const Project first = sampleProject();
    QVERIFY(ProjectStore::write(path, first).ok());
    const QByteArray before = sha256(path);
    QVERIFY(!before.isEmpty());

    int reports = 0;
    const Result<Done> written = ProjectStore::write(
        path, second, [&](qint64, qint64) { return ++reports != cancelAtReport; });
    QVERIFY(!written.ok());
    QVERIFY2(written.error().message.contains(message), qPrintable(written.error().toString()));
    QCOMPARE(written.error().file, path);
    QCOMPARE(sha256(path), before);
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("studio.sondo")});
    const Result<Project> read = ProjectStore::read(path);
    QVERIFY(read.ok());
    QVERIFY(difference(first, read.value()).isEmpty());
}

void TestProjectStore::readOnlyFolderIsAClearError() {
    // Root (as in CI) writes into read-only folders, so a folder that cannot hold files for
    // anyone stands in for one: a path through a regular file.
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("studi")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString path = dir.filePath(QStringLiteral("studi/studio.sondo"));
    const Result<Done> written = ProjectStore::write(path, randomProject(5, 1));
    QVERIFY(!written.ok());
    QVERIFY2(written.error().message.contains(QStringLiteral("cannot save the project")),
             qPrintable(written.error().toString()));
    QCOMPARE(written.error().file, path);
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("studi")});
    QCOMPARE(QFileInfo(blocker.fileName()).size(), 0);
}

void TestProjectStore::writeReplacesAndKeepsPermissionsAndLinks() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("studio.sondo"));
    QVERIFY(ProjectStore::write(path, sampleProject()).ok());
    const auto permissions = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup;
    QVERIFY(QFile::setPermissions(path, permissions));

    const Project second = randomProject(50, 9);
    QVERIFY(ProjectStore::write(path, second).ok());
    // Owner, group and other bits (the "user" bits only mirror the owner's for us).
    QCOMPARE((QFile::permissions(path) & 0x7077).toInt(), (permissions & 0x7077).toInt());
    Result<Project> read = ProjectStore::read(path);
    QVERIFY(read.ok());
    QVERIFY(difference(second, read.value()).isEmpty());

    // Saving through a symbolic link replaces the file it points at and keeps the link.
    const QString link = dir.filePath(QStringLiteral("collegamento.sondo"));
    QVERIFY(QFile::link(path, link));
    const Project third = sampleProject();
    QVERIFY(ProjectStore::write(link, third).ok());
    QVERIFY(QFileInfo(link).isSymLink());
    read = ProjectStore::read(path);
    QVERIFY(read.ok());
    QVERIFY(difference(third, read.value()).isEmpty());
    QCOMPARE(entries(dir.path()),
             (QStringList{QStringLiteral("collegamento.sondo"), QStringLiteral("studio.sondo")}));
}

void TestProjectStore::inconsistentProjectIsRefused() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.sondo"));
    Project p = sampleProject();
    p.responses.columns[0].codes.pop_back(); // 7 answers for 8 respondents
    Result<Done> written = ProjectStore::write(path, p);
    QVERIFY(!written.ok());
    QVERIFY2(written.error().message.contains(QStringLiteral("Q1")),
             qPrintable(written.error().toString()));

    p = sampleProject();
    p.survey.questions[1].id = QStringLiteral("q1"); // ids compare without case
    written = ProjectStore::write(path, p);
    QVERIFY(!written.ok());
    QVERIFY2(written.error().message.contains(QStringLiteral("two questions")),
             qPrintable(written.error().toString()));
    QCOMPARE(entries(dir.path()), QStringList());
}

void TestProjectStore::readErrors_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing file") << "missing"
                                  << "file not found";
    QTest::newRow("a folder") << "folder"
                              << "is a folder";
    QTest::newRow("empty file") << "empty"
                                << "not an SQLite database";
    QTest::newRow("a CSV export") << "csv"
                                  << "not an SQLite database";
    QTest::newRow("SQLite header, garbage after") << "garbage"
                                                  << "not a Sondo project";
    QTest::newRow("another program's database") << "foreign"
                                                << "made by another program";
    QTest::newRow("a newer Sondo") << "newer"
                                   << "newer version of Sondo";
    QTest::newRow("mapping table dropped") << "damaged"
                                           << "damaged";
    QTest::newRow("unknown question type") << "badtype"
                                           << "unknown type";
}

void TestProjectStore::readErrors() {
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("file.sondo"));
    auto writeBytes = [&](const QByteArray& bytes) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    if (kind == u"folder") {
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("file.sondo")));
    } else if (kind == u"empty") {
        QVERIFY(writeBytes(QByteArray()));
    } else if (kind == u"csv") {
        QVERIFY(writeBytes("Timestamp,Genere\n2024-01-01,Donna\n"));
    } else if (kind == u"garbage") {
        QVERIFY(writeBytes(QByteArray("SQLite format 3", 16) + QByteArray(4080, '\x7f')));
    } else if (kind == u"foreign") {
        PlainSql sql(path);
        QVERIFY(sql.exec(QStringLiteral("CREATE TABLE contacts(name TEXT)")));
    } else if (kind != u"missing") {
        QVERIFY(ProjectStore::write(path, sampleProject()).ok());
        PlainSql sql(path);
        if (kind == u"newer")
            QVERIFY(sql.exec(
                QStringLiteral("PRAGMA user_version = %1").arg(ProjectStore::SchemaVersion + 1)));
        else if (kind == u"damaged")
            QVERIFY(sql.exec(QStringLiteral("DROP TABLE columns")));
        else if (kind == u"badtype")
            QVERIFY(
                sql.exec(QStringLiteral("UPDATE questions SET type = 'ranking' WHERE id = 'Q2'")));
    }
    const QByteArray before = sha256(path);

    const Result<Project> read = ProjectStore::read(path);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().file, path);
    QVERIFY2(read.error().message.contains(message), qPrintable(read.error().toString()));
    // Reading never changes or creates the file.
    QCOMPARE(sha256(path), before);
    QCOMPARE(QFileInfo::exists(path), kind != u"missing");

    // The other readers refuse the same files; the survey listing does not need the mapping.
    if (kind != u"damaged") {
        QVERIFY(!ProjectStore::readSurvey(path).ok());
        if (kind != u"badtype")
            QVERIFY(!ProjectStore::readState(path).ok());
    }
}

void TestProjectStore::readsCommittedVersion1File() {
    const QString fixture = QFINDTESTDATA("data/storage/project-v1.sondo");
    QVERIFY(!fixture.isEmpty());
    const QByteArray before = sha256(fixture);
    const Result<Project> read = ProjectStore::read(fixture);
    QVERIFY2(read.ok(), qPrintable(read.error().toString()));
    const QString diff = difference(sampleProject(), read.value());
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    const Result<Survey> survey = ProjectStore::readSurvey(fixture);
    QVERIFY(survey.ok());
    QCOMPARE(survey.value().questions.size(), 7);
    const Result<QJsonObject> state = ProjectStore::readState(fixture);
    QVERIFY(state.ok());
    QCOMPARE(state.value(), sampleProject().state);
    QCOMPARE(sha256(fixture), before);

    // Saving the old file again writes the current format with the same content.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.sondo"));
    QVERIFY(QFile::copy(fixture, copy));
    QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY(ProjectStore::writeState(copy, QJsonObject{{QStringLiteral("k"), 1}}).ok());
    QVERIFY(ProjectStore::write(copy, read.value()).ok());
    const Result<Project> again = ProjectStore::read(copy);
    QVERIFY(again.ok());
    QVERIFY(difference(sampleProject(), again.value()).isEmpty());
    PlainSql sql(copy);
    QCOMPARE(sql.rows(QStringLiteral("PRAGMA user_version")),
             QStringList{QString::number(ProjectStore::SchemaVersion)});
}

/** The fixed tables of a database (not the survey-dependent responses table and view). */
QStringList fixedSchema(SqlConnection& connection) {
    QStringList out;
    QSqlQuery query(connection.database());
    query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE name NOT IN "
                              "('responses', 'responses_labelled') ORDER BY name"));
    while (query.next())
        out << query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString() +
                   QLatin1Char(' ') + query.value(2).toString();
    return out;
}

void TestProjectStore::migrationsRebuildTheCommittedSchema() {
    // Step 1 must keep producing exactly what format-1 files hold: editing a step in place
    // instead of adding the next one would break every file already saved.
    const QString fixture = QFINDTESTDATA("data/storage/project-v1.sondo");
    QVERIFY(!fixture.isEmpty());
    const QByteArray before = sha256(fixture);
    QStringList committed;
    {
        SqlConnection file(fixture, SqlConnection::Mode::ReadOnly);
        QVERIFY(file.open());
        committed = fixedSchema(file);
    }
    QCOMPARE(committed.size(), 11); // six tables, five indexes for text keys and unique ids
    {
        SqlConnection fresh(QString(), SqlConnection::Mode::Memory);
        QVERIFY(fresh.open());
        QVERIFY(ProjectSchema::migrate(fresh, 0, QStringLiteral("memory"), 1).ok());
        QCOMPARE(fixedSchema(fresh), committed);
        QCOMPARE(fresh.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
    }

    // The in-memory upgrade used by read(): the copy changes, the file does not, and the result
    // has the schema of a project created by this version.
    QStringList latest;
    {
        SqlConnection fresh(QString(), SqlConnection::Mode::Memory);
        QVERIFY(fresh.open());
        QVERIFY(ProjectSchema::migrate(fresh, 0, QStringLiteral("memory")).ok());
        latest = fixedSchema(fresh);
    }
    {
        SqlConnection copy(QString(), SqlConnection::Mode::Memory);
        QVERIFY(copy.open());
        QVERIFY2(copy.loadCopyOf(fixture), qPrintable(copy.errorText()));
        QVERIFY(copy.exec(QStringLiteral("BEGIN")));
        QCOMPARE(ProjectSchema::check(copy, fixture).value(), 1);
        QVERIFY(ProjectSchema::migrate(copy, 1, fixture).ok());
        QCOMPARE(fixedSchema(copy), latest);
        QVERIFY(copy.exec(QStringLiteral("DELETE FROM responses")));
        QCOMPARE(copy.scalar(QStringLiteral("SELECT count(*) FROM responses")).toInt(), 0);
    }
    QCOMPARE(sha256(fixture), before);
}

void TestProjectStore::stateRoundTrip() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.sondo"));
    Project p = sampleProject();
    p.state = QJsonObject();
    QVERIFY(ProjectStore::write(path, p).ok());
    Result<QJsonObject> state = ProjectStore::readState(path);
    QVERIFY(state.ok());
    QCOMPARE(state.value(), QJsonObject());

    const QJsonObject saved{
        {QStringLiteral("filtri"),
         QJsonArray{QJsonObject{{QStringLiteral("Q1"), QJsonArray{1, 2}}}}},
        {QStringLiteral("titolo"), QStringLiteral("Soddisfazione «2024» — ok")},
        {QStringLiteral("decimali"), 1},
        {QStringLiteral("scala"), 0.1 + 0.2},
        {QStringLiteral("vuoto"), QJsonValue::Null},
        {QStringLiteral("oggetto vuoto"), QJsonObject()},
        {QStringLiteral("falso"), false},
    };
    QVERIFY(ProjectStore::writeState(path, saved).ok());
    state = ProjectStore::readState(path);
    QVERIFY(state.ok());
    QCOMPARE(state.value(), saved);
    QCOMPARE(state.value().value(QStringLiteral("scala")).toDouble(), 0.1 + 0.2);

    // Replacing drops keys that are no longer there.
    const QJsonObject smaller{{QStringLiteral("titolo"), QStringLiteral("nuovo")}};
    QVERIFY(ProjectStore::writeState(path, smaller).ok());
    state = ProjectStore::readState(path);
    QVERIFY(state.ok());
    QCOMPARE(state.value(), smaller);
}

void TestProjectStore::writeStateKeepsAnswersAndRefusesForeignFiles() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.sondo"));
    Project p = sampleProject();
    QVERIFY(ProjectStore::write(path, p).ok());
    p.state = QJsonObject{{QStringLiteral("currentQuestion"), QStringLiteral("Q5")}};
    QVERIFY(ProjectStore::writeState(path, p.state).ok());
    const Result<Project> read = ProjectStore::read(path);
    QVERIFY(read.ok());
    const QString diff = difference(p, read.value());
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("p.sondo")});

    const QString missing = dir.filePath(QStringLiteral("nessuno.sondo"));
    Result<Done> written = ProjectStore::writeState(missing, p.state);
    QVERIFY(!written.ok());
    QVERIFY(written.error().message.contains(QStringLiteral("file not found")));
    QVERIFY(!QFileInfo::exists(missing));

    {
        PlainSql sql(path);
        QVERIFY(sql.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    const QByteArray before = sha256(path);
    written = ProjectStore::writeState(path, QJsonObject{{QStringLiteral("x"), 1}});
    QVERIFY(!written.ok());
    QVERIFY(written.error().message.contains(QStringLiteral("newer version")));
    QCOMPARE(sha256(path), before);

    const QString foreign = dir.filePath(QStringLiteral("altro.db"));
    {
        PlainSql sql(foreign);
        QVERIFY(sql.exec(QStringLiteral("CREATE TABLE t(x)")));
    }
    const QByteArray foreignBefore = sha256(foreign);
    written = ProjectStore::writeState(foreign, QJsonObject{{QStringLiteral("x"), 1}});
    QVERIFY(!written.ok());
    QVERIFY(written.error().message.contains(QStringLiteral("another program")));
    QCOMPARE(sha256(foreign), foreignBefore);
}

void TestProjectStore::readSurveyListsQuestions() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.sondo"));
    const Project p = sampleProject();
    QVERIFY(ProjectStore::write(path, p).ok());
    const Result<Survey> survey = ProjectStore::readSurvey(path);
    QVERIFY(survey.ok());
    Project onlySurvey;
    onlySurvey.survey = survey.value();
    Project expected;
    expected.survey = p.survey;
    QVERIFY(difference(expected, onlySurvey).isEmpty());
    QCOMPARE(survey.value().findQuestion(QStringLiteral("ipaddr")), 6);
}

void TestProjectStore::threadsUseTheirOwnConnections() {
    QTemporaryDir dir;
    const QString shared = dir.filePath(QStringLiteral("shared.sondo"));
    const Project p = randomProject(3000, 11);
    QVERIFY(ProjectStore::write(shared, p).ok());
    QList<QString> failures;
    std::mutex mutex;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            QString problem;
            for (int i = 0; i < 3 && problem.isEmpty(); ++i) {
                if (t % 2 == 0) {
                    const Result<Project> read = ProjectStore::read(shared);
                    problem = read.ok() ? difference(p, read.value()) : read.error().toString();
                } else {
                    const QString own = dir.filePath(QStringLiteral("own%1.sondo").arg(t));
                    const Result<Done> written = ProjectStore::write(own, p);
                    problem = written.ok() ? QString() : written.error().toString();
                }
            }
            std::lock_guard lock(mutex);
            if (!problem.isEmpty())
                failures << problem;
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

void TestProjectStore::answersAreReadFromColumnChunks() {
    // Two full chunks of 65,536 respondents and three more: the chunks meet inside the slices
    // of 8,192 the store is handed.
    const int n = 2 * 65536 + 3;
    const Project p = randomProject(n, 5);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.sondo"));
    QVERIFY(ProjectStore::write(path, p).ok());
    {
        PlainSql sql(path);
        // Hand count: ceil(131075 / 65536) = 3 chunks per question; Q1's codes 0..3 take one
        // byte each, after one width byte per chunk.
        QCOMPARE(sql.rows(QStringLiteral("SELECT count(*), sum(length(data)) FROM column_chunks "
                                         "WHERE question = 1")),
                 QStringList{QStringLiteral("3|%1").arg(n + 3)});
        QCOMPARE(sql.rows(QStringLiteral("SELECT value FROM project WHERE key IN "
                                         "('respondents', 'column_chunk_rows') ORDER BY key")),
                 (QStringList{QStringLiteral("65536"), QString::number(n)}));
        // The wide table is for outside tools: answers changed there are not what Sondo reads.
        QVERIFY(sql.exec(QStringLiteral("UPDATE responses SET q1 = 3, q4 = 'x', weight = 7")));
    }
    const Result<Project> read = ProjectStore::read(path);
    QVERIFY2(read.ok(), qPrintable(read.error().toString()));
    const QString diff = difference(p, read.value());
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestProjectStore::chunksHoldUnevenSlicesAndEveryWidth() {
    // Each numeric question needs another width (hand-picked values: 1, 2, 4 bytes, doubles),
    // codes past 255 need two bytes, -0.0 must come back as -0.0, a date comes with and without
    // its texts; the answers come in slices that start and end anywhere in a chunk.
    const int n = 70000;
    Project p;
    QStringList many;
    for (int o = 1; o <= 300; ++o)
        many << QStringLiteral("o%1").arg(o);
    p.survey.questions = {
        makeQuestion(QStringLiteral("Q1"), QuestionType::Numeric, QStringLiteral("small")),
        makeQuestion(QStringLiteral("Q2"), QuestionType::Numeric, QStringLiteral("thousands")),
        makeQuestion(QStringLiteral("Q3"), QuestionType::Numeric, QStringLiteral("millions")),
        makeQuestion(QStringLiteral("Q4"), QuestionType::Numeric, QStringLiteral("fractions")),
        makeQuestion(QStringLiteral("Q5"), QuestionType::Single, QStringLiteral("300"), many),
        makeQuestion(QStringLiteral("Q6"), QuestionType::Date, QStringLiteral("date")),
        makeQuestion(QStringLiteral("Q7"), QuestionType::Multiple, QStringLiteral("m"),
                     {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}),
        makeQuestion(QStringLiteral("Q8"), QuestionType::Identifier, QStringLiteral("id")),
        makeQuestion(QStringLiteral("Q9"), QuestionType::Date, QStringLiteral("seconds")),
    };
    ResponseMatrix& r = p.responses;
    r.respondentCount = n;
    r.columns.resize(9);
    r.columns[6].selected.resize(3);
    for (int i = 0; i < n; ++i) {
        const bool blank = i % 11 == 0;
        r.respondentIds << QStringLiteral("r%1").arg(i);
        r.weights.push_back(i % 3 == 0 ? 0.5 : 1.0);
        r.columns[0].values.push_back(blank ? NaN : double(i % 128 - 64));
        r.columns[1].values.push_back(blank ? NaN : double(i % 30000 - 15000));
        r.columns[2].values.push_back(blank ? NaN : double(i) * -1000.0);
        r.columns[3].values.push_back(blank ? NaN : i == 5 ? -0.0 : i / 8.0);
        r.columns[4].codes.push_back(blank ? 0 : 1 + i % 300);
        r.columns[5].values.push_back(blank ? NaN : 1.6e12 + i);
        r.columns[5].texts << (blank && i % 2 ? QStringLiteral("ieri 🙂") : QString());
        r.columns[6].answered.push_back(blank ? 0 : 1);
        for (int o = 0; o < 3; ++o)
            r.columns[6].selected[o].push_back(!blank && (i >> o) % 2);
        r.columns[7].texts << (blank ? QString() : QStringLiteral("città %1").arg(i));
        r.columns[8].values.push_back(blank ? NaN : 1.6e12 + 1000.0 * i);
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.sondo"));
    {
        Result<std::unique_ptr<ProjectWriter>> writer = ProjectWriter::begin(path, p.survey);
        QVERIFY2(writer.ok(), qPrintable(writer.error().toString()));
        int first = 0;
        for (const int count : {1, 65534, 3000, 1465}) {
            QVERIFY(writer.value()->append(r, first, count).ok());
            first += count;
        }
        QCOMPARE(first, n);
        QVERIFY(writer.value()->commit(p).ok());
    }
    PlainSql sql(path);
    // Bytes per respondent (the format, ColumnChunkCodec), plus one width byte in each of the
    // two chunks: 1, 2, 4 and 8 for the numbers, 2 for codes up to 300; the date to the second
    // as 4-byte seconds, and its texts, all empty, as one byte per chunk.
    QCOMPARE(
        sql.rows(QStringLiteral("SELECT question, sum(length(data)) FROM column_chunks "
                                "WHERE question BETWEEN 1 AND 5 OR question = 9 "
                                "GROUP BY question")),
        (QStringList{QStringLiteral("1|%1").arg(n + 2), QStringLiteral("2|%1").arg(2 * n + 2),
                     QStringLiteral("3|%1").arg(4 * n + 2), QStringLiteral("4|%1").arg(8 * n + 2),
                     QStringLiteral("5|%1").arg(2 * n + 2),
                     QStringLiteral("9|%1").arg(4 * n + 2 + 2)}));
    const Result<Project> read = ProjectStore::read(path);
    QVERIFY2(read.ok(), qPrintable(read.error().toString()));
    QCOMPARE(std::signbit(read.value().responses.columns[3].values[5]), true);
    // A date with texts as written has them all; one without has none, not 70,000 empty ones.
    QCOMPARE(read.value().responses.columns[5].texts.size(), n);
    QVERIFY(read.value().responses.columns[8].texts.isEmpty());
    const QString diff = difference(p, read.value());
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestProjectStore::damagedChunksAreAClearError_data() {
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("message");
    QTest::newRow("cut short")
        << QStringLiteral("UPDATE column_chunks SET data = substr(data, 1, 10) WHERE question = 1")
        << QStringLiteral("chunk 0 of column 1: fewer codes than "
                          "respondents");
    QTest::newRow("unknown width")
        << QStringLiteral("UPDATE column_chunks SET data = x'09' || substr(data, 2) "
                          "WHERE question = 2")
        << QStringLiteral("chunk 0 of column 2: a number width that is not 1, 2, 4 or 8");
    QTest::newRow("bytes left over")
        << QStringLiteral("UPDATE column_chunks SET data = data || x'00' WHERE question = 3")
        << QStringLiteral("chunk 0 of column 3: 1 bytes more than its answers need");
    QTest::newRow("text past the end")
        << QStringLiteral("UPDATE column_chunks SET data = x'01ff' || substr(data, 2) "
                          "WHERE question = 4")
        << QStringLiteral("chunk 0 of column 4: texts longer than the chunk");
    QTest::newRow("text flag")
        << QStringLiteral("UPDATE column_chunks SET data = x'02' || substr(data, 2) "
                          "WHERE question = 4")
        << QStringLiteral("chunk 0 of column 4: a text part that is neither empty (0) nor "
                          "filled (1)");
    QTest::newRow("missing") << QStringLiteral("DELETE FROM column_chunks WHERE question = 2")
                             << QStringLiteral("column 2 has 0 chunks of the 1 its 100 "
                                               "respondents need");
    QTest::newRow("weights missing")
        << QStringLiteral("DELETE FROM column_chunks WHERE question = -1")
        << QStringLiteral("the weights' chunks do not hold the 100 respondents the file counts");
    QTest::newRow("a count the chunks do not hold")
        << QStringLiteral("UPDATE project SET value = 2000000000 WHERE key = 'respondents'")
        << QStringLiteral("the weights' chunks do not hold the 2000000000 respondents the file "
                          "counts");
    QTest::newRow("another size")
        << QStringLiteral("UPDATE project SET value = 1024 WHERE key = 'column_chunk_rows'")
        << QStringLiteral("the column chunks are not of this version's size");
}

void TestProjectStore::damagedChunksAreAClearError() {
    QFETCH(QString, damage);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.sondo"));
    QVERIFY(ProjectStore::write(path, randomProject(100, 9)).ok());
    {
        PlainSql sql(path);
        QVERIFY(sql.exec(damage));
    }
    const Result<Project> read = ProjectStore::read(path);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().toString(),
             path + QStringLiteral(": cannot read the answers: ") + message);
}

void TestProjectStore::savingAnOlderFileAddsItsChunks() {
    // The format-1 file has no chunks; saving the analysis state upgrades it and builds them.
    const QString fixture = QFINDTESTDATA("data/storage/project-v1.sondo");
    QVERIFY(!fixture.isEmpty());
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.sondo"));
    QVERIFY(QFile::copy(fixture, copy));
    QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY(ProjectStore::writeState(copy, sampleProject().state).ok());
    {
        PlainSql sql(copy);
        // Seven questions, the weights and the ids: one chunk each for eight respondents.
        QCOMPARE(sql.rows(QStringLiteral("SELECT count(*) FROM column_chunks")),
                 QStringList{QStringLiteral("9")});
        QCOMPARE(sql.rows(QStringLiteral("SELECT value FROM project WHERE key = 'respondents'")),
                 QStringList{QStringLiteral("8")});
        QVERIFY(sql.exec(QStringLiteral("DELETE FROM responses")));
    }
    const Result<Project> read = ProjectStore::read(copy);
    QVERIFY2(read.ok(), qPrintable(read.error().toString()));
    const QString diff = difference(sampleProject(), read.value());
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestProjectStore::readsCommittedVersion3FileFromItsChunks() {
    // The first format with column chunks, as committed (SONDO_WRITE_FIXTURES=1, 2026-12-06):
    // a later change to the chunks' bytes must still read it. Read from a copy whose wide table
    // is emptied, so the answers can only come from the chunks.
    const QString fixture = QFINDTESTDATA("data/storage/project-v3.sondo");
    QVERIFY(!fixture.isEmpty());
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("v3.sondo"));
    QVERIFY(QFile::copy(fixture, copy));
    QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));
    {
        PlainSql sql(copy);
        QCOMPARE(sql.rows(QStringLiteral("PRAGMA user_version")), QStringList{QStringLiteral("3")});
        QVERIFY(sql.exec(QStringLiteral("DELETE FROM responses")));
    }
    const Result<Project> read = ProjectStore::read(copy);
    QVERIFY2(read.ok(), qPrintable(read.error().toString()));
    const QString diff = difference(sampleProject(), read.value());
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestProjectStore::writeFixture() {
    // The generator of tests/data/storage/project-v<N>.sondo, run by hand when a format is added.
    if (qEnvironmentVariableIsEmpty("SONDO_WRITE_FIXTURES"))
        QSKIP("set SONDO_WRITE_FIXTURES=1 to write tests/data/storage/project-v<N>.sondo");
    const QString path = QStringLiteral(SONDO_SOURCE_DIR "/tests/data/storage/project-v%1.sondo")
                             .arg(ProjectStore::SchemaVersion);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    const Result<Done> written = ProjectStore::write(path, sampleProject());
    QVERIFY2(written.ok(), qPrintable(written.error().toString()));
}

void TestProjectStore::someAnswersOnly() {
    // A command that needs two questions loads their answers only: the same values as a full
    // read for those, nothing for the others, and no respondent ids.
    const Project p = randomProject(3000, 11);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.sondo"));
    QVERIFY(ProjectStore::write(path, p).ok());
    const Result<Project> whole = ProjectStore::read(path);
    const Result<Project> some = ProjectStore::read(path, {}, {false, true, true, false});
    QVERIFY(whole.ok() && some.ok());
    const ResponseMatrix& a = some.value().responses;
    const ResponseMatrix& w = whole.value().responses;
    QCOMPARE(a.respondentCount, 3000);
    QVERIFY(a.respondentIds.isEmpty());
    QVERIFY(sameDoubles(a.weights, w.weights));
    QVERIFY(sameDoubles(a.columns[1].values, w.columns[1].values));
    QCOMPARE(a.columns[2].selected, w.columns[2].selected);
    QCOMPARE(a.columns[2].answered, w.columns[2].answered);
    QVERIFY(a.columns[0].codes.empty());
    QVERIFY(a.columns[3].texts.isEmpty());
    QCOMPARE(some.value().survey.questions.size(), p.survey.questions.size());

    // No answers at all: how many respondents, read without going through them.
    const Result<Project> none = ProjectStore::read(path, {}, {false, false, false, false});
    QVERIFY(none.ok());
    QCOMPARE(none.value().responses.respondentCount, 3000);
    QVERIFY(none.value().responses.weights.empty());
}

void TestProjectStore::respondentIdsReadApart() {
    // The window reads a project's answers without the respondent ids (every question chosen)
    // and reads the ids when it first shows them: together the two reads give what one whole
    // read gives, from the committed
    // format-1 file (its wide table), the format-3 one (its chunks), and a project of two
    // chunks. A project that numbers its respondents has no ids to read.
    QTemporaryDir dir;
    const QString twoChunks = dir.filePath(QStringLiteral("two-chunks.sondo"));
    QVERIFY(ProjectStore::write(twoChunks, randomProject(70000, 5)).ok());
    for (const QString& path : {QFINDTESTDATA("data/storage/project-v1.sondo"),
                                QFINDTESTDATA("data/storage/project-v3.sondo"), twoChunks}) {
        QVERIFY(!path.isEmpty());
        const Result<Project> whole = ProjectStore::read(path);
        const Result<Project> answers =
            ProjectStore::readChosen(path, {}, [](const Survey& survey, const QJsonObject&) {
                return std::vector<bool>(size_t(survey.questions.size()), true);
            });
        const Result<QStringList> ids = ProjectStore::readRespondentIds(path);
        QVERIFY2(whole.ok() && answers.ok() && ids.ok(), qPrintable(path));
        QVERIFY(answers.value().responses.respondentIds.isEmpty());
        QVERIFY(!ids.value().isEmpty());
        QCOMPARE(ids.value(), whole.value().responses.respondentIds);
        Project rejoined = answers.value();
        rejoined.responses.respondentIds = ids.value();
        const QString diff = difference(whole.value(), rejoined);
        QVERIFY2(diff.isEmpty(), qPrintable(path + QStringLiteral(": ") + diff));
    }
    Project numbered = randomProject(5, 2);
    numbered.responses.respondentIds.clear();
    const QString path = dir.filePath(QStringLiteral("numbered.sondo"));
    QVERIFY(ProjectStore::write(path, numbered).ok());
    const Result<QStringList> none = ProjectStore::readRespondentIds(path);
    QVERIFY(none.ok());
    QVERIFY(none.value().isEmpty());
}

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"
