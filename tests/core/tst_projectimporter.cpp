// Importing straight into a project file (ProjectService::importInto, `sondo import`). A large
// file is stored while it is still being read, coded from its first rows; these tests make sure
// that what ends up in the project is exactly what importing the whole file first gives, also
// when answers only met late in the file change how a question reads, and that a file that fails
// late leaves the old project untouched.
//
// The files are written by the test with a fixed pattern (no randomness); the expected counts
// follow from the pattern and are worked out in the comments.

#include "../common/ProjectComparison.h"
#include "../common/TestFiles.h"
#include "import/SurveyImporter.h"
#include "project/ProjectService.h"
#include "storage/ProjectStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace sondo;

namespace {

/** More rows than ProjectImporter reads before it starts storing (50,000). */
constexpr int Rows = 60000;

const QStringList Areas = {"Nord-Ovest", "Nord-Est", "Centro", "Sud e Isole"};
const QStringList Agreement = {"Per niente d'accordo", "Poco d'accordo",
                               "Né d'accordo né in disaccordo", "Abbastanza d'accordo",
                               "Molto d'accordo"};
const QStringList Channels = {"Chat", "Email", "Social media", "Videochiamata"};

/** What to change in the generated file, from which row on. */
struct Twist {
    int fromRow = Rows + 1;    ///< 1-based respondent from which the twist applies
    QString newArea;           ///< an area nobody chose before
    QString numberText;        ///< a cell that is not a number in the numeric column
    QString newChannel;        ///< a channel nobody chose before
    bool unterminated = false; ///< the last row opens a quote that never closes
    bool latin1 = false;       ///< row `fromRow` has a Windows-1252 byte in a UTF-8 file
};

QString cellOf(const QString& text) {
    if (!text.contains(u',') && !text.contains(u'"'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

/**
 * Respondent r (1-based): id R<r>, area Areas[r % 4], agreement Agreement[r % 5], hours
 * (r % 9) * 0.5 written with a decimal comma (blank when r % 7 == 0), a date one minute apart,
 * channels: Channels[k] chosen when (r >> k) & 1 (blank when none), a comment every 10th row.
 */
QByteArray surveyCsv(const Twist& twist = {}) {
    QString out =
        QStringLiteral("ID risposta,Data,Area,Accordo,Ore di formazione,Canali,Commento\n");
    const QDateTime start(QDate(2020, 3, 16), QTime(8, 0), Qt::UTC);
    for (int r = 1; r <= Rows; ++r) {
        const bool twisted = r >= twist.fromRow;
        QStringList cells;
        cells << QStringLiteral("R%1").arg(r, 6, 10, QLatin1Char('0'));
        cells << start.addSecs(60LL * r).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        cells << (twisted && !twist.newArea.isEmpty() && r % 2 == 0 ? twist.newArea : Areas[r % 4]);
        cells << Agreement[r % 5];
        QString hours = r % 7 == 0 ? QString() : QString::number((r % 9) * 0.5).replace(u'.', u',');
        if (twisted && !twist.numberText.isEmpty() && r == twist.fromRow)
            hours = twist.numberText;
        cells << hours;
        QStringList chosen;
        for (int k = 0; k < Channels.size(); ++k)
            if ((r >> k) & 1)
                chosen << Channels[k];
        if (twisted && !twist.newChannel.isEmpty() && r % 3 == 0)
            chosen << twist.newChannel;
        cells << chosen.join(QStringLiteral(", "));
        cells << (r % 10 == 0 ? QStringLiteral("Commento numero %1, più o meno").arg(r)
                              : QString());
        if (twist.latin1 && r == twist.fromRow)
            cells.last() = QStringLiteral("Caff@LATIN1@");
        for (QString& cell : cells)
            cell = cellOf(cell);
        out += cells.join(u',') + u'\n';
    }
    if (twist.unterminated)
        out += QStringLiteral("R999999,2020-04-01 10:00:00,Centro,\"Molto d'accordo,1,Chat,\n");
    // "è" as Windows-1252 writes it: a byte that cannot be UTF-8 where it stands.
    return out.toUtf8().replace("@LATIN1@", "\xE8");
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return QString();
    return path;
}

using test::sha256;

/** Project read back from `path`; fails the test when it cannot be read. */
Project readProject(const QString& path) {
    Result<Project> read = ProjectStore::read(path);
    if (!read.ok())
        qWarning() << read.error().toString();
    return read.ok() ? read.takeValue() : Project{};
}

/** Compares two projects' questions and every respondent's answers. */
void compareProjects(const Project& actual, const Project& expected) {
    test::compareSurveys(actual.survey, expected.survey);
    if (!QTest::currentTestFailed())
        test::compareAnswers(actual.responses, expected.responses);
}

/** The project made by importing the whole file in memory first, then writing it. */
Project wholeFileProject(const QString& source, const QString& target) {
    Result<Project> imported = SurveyImporter::importFile(source, ImportOptions{});
    if (!imported.ok() || !ProjectStore::write(target, imported.value()).ok())
        return Project{};
    return readProject(target);
}

int questionIndex(const Survey& survey, const QString& text) {
    for (int q = 0; q < survey.questions.size(); ++q)
        if (survey.questions[q].text == text)
            return q;
    return -1;
}

} // namespace

class TestProjectImporter : public QObject {
    Q_OBJECT

private slots:
    void storedWhileReadEqualsWholeFileImport_data();
    void storedWhileReadEqualsWholeFileImport();
    void failureLateInTheFileLeavesProjectUntouched();
    void encodingFoundWrongLateReadsEverythingAgain();
};

void TestProjectImporter::storedWhileReadEqualsWholeFileImport_data() {
    QTest::addColumn<int>("fromRow");
    QTest::addColumn<QString>("newArea");
    QTest::addColumn<QString>("numberText");
    QTest::addColumn<QString>("newChannel");
    QTest::newRow("same answers throughout") << Rows + 1 << QString() << QString() << QString();
    // Past row 50,000: what the first rows said no longer holds, and the project must show it.
    QTest::newRow("new option late") << 55001 << QStringLiteral("Estero") << QString() << QString();
    QTest::newRow("a number column gets text late")
        << 59000 << QString() << QStringLiteral("non so") << QString();
    QTest::newRow("new channel late") << 52000 << QString() << QString() << QStringLiteral("Fax");
    QTest::newRow("twist within the first rows")
        << 20000 << QStringLiteral("Estero") << QString() << QStringLiteral("Fax");
}

void TestProjectImporter::storedWhileReadEqualsWholeFileImport() {
    QFETCH(int, fromRow);
    QFETCH(QString, newArea);
    QFETCH(QString, numberText);
    QFETCH(QString, newChannel);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Twist twist;
    twist.fromRow = fromRow;
    twist.newArea = newArea;
    twist.numberText = numberText;
    twist.newChannel = newChannel;
    const QString source = writeFile(dir, QStringLiteral("survey.csv"), surveyCsv(twist));
    QVERIFY(!source.isEmpty());

    const QString streamedPath = dir.filePath(QStringLiteral("streamed.sondo"));
    const Result<ImportSummary> summary =
        ProjectService::importInto(source, streamedPath, ImportOptions{});
    QVERIFY2(summary.ok(), qPrintable(summary.error().toString()));
    QCOMPARE(summary.value().respondents, Rows);
    const Project streamed = readProject(streamedPath);
    // The reader hashes the chunks it reads, on a thread of its own: the file's SHA-256 all the
    // same (checked with Qt's own implementation).
    QCOMPARE(streamed.imports.constLast().sha256.toLatin1(), sha256(source).toHex());
    const Project whole = wholeFileProject(source, dir.filePath(QStringLiteral("whole.sondo")));
    compareProjects(streamed, whole);
    if (QTest::currentTestFailed())
        return;

    // And by the pattern itself: ids from the id column, the late option counted.
    QCOMPARE(streamed.responses.respondentIds.first(), QStringLiteral("R000001"));
    QCOMPARE(streamed.responses.respondentIds.last(), QStringLiteral("R060000"));
    const int area = questionIndex(streamed.survey, QStringLiteral("Area"));
    QVERIFY(area >= 0);
    const Question& areaQuestion = streamed.survey.questions[area];
    QCOMPARE(areaQuestion.type, QuestionType::Single);
    if (!newArea.isEmpty()) {
        // Even rows from `fromRow` on chose the new area.
        const int code = int(areaQuestion.options.indexOf(newArea)) + 1;
        QVERIFY(code > 0);
        const auto& codes = streamed.responses.columns[size_t(area)].codes;
        QCOMPARE(int(std::count(codes.begin(), codes.end(), code)), Rows / 2 - (fromRow - 1) / 2);
    }
    const int hours = questionIndex(streamed.survey, QStringLiteral("Ore di formazione"));
    QCOMPARE(streamed.survey.questions[hours].type,
             numberText.isEmpty() ? QuestionType::Numeric : QuestionType::Single);
    if (numberText.isEmpty()) {
        // Respondent 3 wrote "1,5" (3 % 9 = 3, times 0.5): a decimal comma.
        QCOMPARE(streamed.responses.columns[size_t(hours)].values[2], 1.5);
    }
    const int channels = questionIndex(streamed.survey, QStringLiteral("Canali"));
    QCOMPARE(streamed.survey.questions[channels].type, QuestionType::Multiple);
    QCOMPARE(streamed.survey.questions[channels].options.size(),
             Channels.size() + (newChannel.isEmpty() ? 0 : 1));
}

void TestProjectImporter::failureLateInTheFileLeavesProjectUntouched() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString good = writeFile(dir, QStringLiteral("good.csv"), surveyCsv());
    const QString project = dir.filePath(QStringLiteral("survey.sondo"));
    QVERIFY(ProjectService::importInto(good, project, ImportOptions{}).ok());
    const QByteArray before = sha256(project);
    QVERIFY(!before.isEmpty());

    // The quote opened on the last line never closes: the error comes after 60,000 rows were
    // already stored in the new file.
    Twist twist;
    twist.unterminated = true;
    const QString bad = writeFile(dir, QStringLiteral("bad.csv"), surveyCsv(twist));
    const Result<ImportSummary> failed = ProjectService::importInto(bad, project, ImportOptions{});
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().line, qint64(Rows + 2));
    QVERIFY2(failed.error().message.contains(QStringLiteral("quote")),
             qPrintable(failed.error().message));
    QCOMPARE(sha256(project), before);
    // No temporary file is left beside the project.
    const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(left, (QStringList{QStringLiteral("bad.csv"), QStringLiteral("good.csv"),
                                QStringLiteral("survey.sondo")}));
}

void TestProjectImporter::encodingFoundWrongLateReadsEverythingAgain() {
    // Until row 58,000 the file reads as UTF-8 ("più"); there a byte only Windows-1252 explains
    // turns up, and the whole file is read again as Windows-1252. Rows stored from the first
    // reading must not survive: every "più" now reads "piÃ¹", as the whole-file import says.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Twist twist;
    twist.fromRow = 58000;
    twist.latin1 = true;
    const QString source = writeFile(dir, QStringLiteral("survey.csv"), surveyCsv(twist));
    const QString streamedPath = dir.filePath(QStringLiteral("streamed.sondo"));
    const Result<ImportSummary> summary =
        ProjectService::importInto(source, streamedPath, ImportOptions{});
    QVERIFY2(summary.ok(), qPrintable(summary.error().toString()));
    QCOMPARE(summary.value().record.encoding, QStringLiteral("windows-1252"));
    // The checksum is of the second reading only, which read the whole file.
    QCOMPARE(summary.value().record.sha256.toLatin1(), sha256(source).toHex());
    const Project streamed = readProject(streamedPath);
    compareProjects(streamed,
                    wholeFileProject(source, dir.filePath(QStringLiteral("whole.sondo"))));
    const int comment = questionIndex(streamed.survey, QStringLiteral("Commento"));
    QVERIFY(comment >= 0);
    QCOMPARE(streamed.responses.columns[size_t(comment)].texts[9],
             QStringLiteral("Commento numero 10, pi\u00C3\u00B9 o meno"));
    QCOMPARE(streamed.responses.columns[size_t(comment)].texts[57999],
             QStringLiteral("Caff\u00E8"));
}

QTEST_GUILESS_MAIN(TestProjectImporter)
#include "tst_projectimporter.moc"
