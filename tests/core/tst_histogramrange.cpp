// Histograms of real numeric answers (issue 10 §2): the range comes from the bulk of the answers
// (1st to 99th percentile, widened to round numbers) and the chart says how many fall outside;
// years print without thousands separators; whole answers get whole bin widths. On a real Google
// Forms export (../shared/realdata/gforms_rstudio_2018_spanish_form_responses.tsv), imported by
// `sondo import` and read back through the SQLite driver.
//
// Oracle: R 4.2,
//   d <- read.delim(file, check.names = FALSE, quote = "\"", na.strings = "", encoding = "UTF-8")
// (Ids as Sondo gives them: the empty, unnamed column 28 is left out, so the file's 32nd and 37th
// questions are Q31 and Q36.)
//   Q31 "¿En qué año naciste?": x 280 answers, min 1909, max 1998,
//       quantile(x, c(.01, .99), type = 1) 1958 1998; sum(x < 1955) 1
//   Q7 "¿En qué año comenzaste a aprender R?": 284 answers, min 0, max 2018,
//       quantile type 1: 1999 2018; sum(x < 1999) 2 (a 0 and a 1997)
//   Q36 "… ¿cuántas personas …?": 262 answers, min 0, max 100, quantile type 1: 0 50;
//       sum(x > 50) 1
// (type 1 is the first value whose cumulative share reaches the probability, as Sondo reads it.)

#include "../common/SondoProcess.h"

#include "chart/ChartSpecBuilder.h"
#include "storage/ProjectStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace sondo;

class TestHistogramRange : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    Project m_project;

    ChartSpec chart(const QString& question) const {
        ChartOptions options;
        options.locale = QLocale::c();
        return ChartSpecBuilder::build(m_project.survey, m_project.responses,
                                       m_project.survey.findQuestion(question), options);
    }

private slots:
    void initTestCase() {
        const QString path = QStringLiteral(
            SONDO_SOURCE_DIR "/../shared/realdata/gforms_rstudio_2018_spanish_form_responses.tsv");
        QVERIFY2(QFile::exists(path), qPrintable(path + QStringLiteral(" is missing")));
        const QString project = m_dir.filePath(QStringLiteral("rstudio.sondo"));
        const auto run =
            test::runSondo({QStringLiteral("import"), path, QStringLiteral("-o"), project});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        auto read = ProjectStore::read(project);
        QVERIFY(read.ok());
        m_project = read.takeValue();
    }

    void birthYearsFromTheBulk() {
        const ChartSpec spec = chart(QStringLiteral("Q31"));
        QCOMPARE(spec.kind, ChartKind::Histogram);
        // 1958 widened down to a round 1955; 1998 up to 2000.
        QCOMPARE(spec.binEdges.first(), 1955.0);
        QCOMPARE(spec.binEdges.last(), 2000.0);
        QVERIFY(spec.notes.contains(QStringLiteral("1 answer(s) below 1955 not shown")));
        // Years without thousands separators, in the labels and in the summary note.
        QCOMPARE(spec.binEdgeLabels.first(), QStringLiteral("1955"));
        QVERIFY2(spec.notes.first().contains(QStringLiteral("Min–max: 1909–1998")),
                 qPrintable(spec.notes.first()));
        // The bars hold the other 279 answers: their counts add up to that.
        double counted = 0;
        for (double c : spec.series[0].counts)
            counted += c;
        QCOMPARE(counted, 279.0);
    }

    void startYearsOneBarEach() {
        const ChartSpec spec = chart(QStringLiteral("Q7"));
        // 1999 to 2018: twenty whole years, a bar each, labelled by the year.
        QCOMPARE(spec.categories.size(), 20);
        QCOMPARE(spec.categories.first(), QStringLiteral("1999"));
        QCOMPARE(spec.categories.last(), QStringLiteral("2018"));
        QVERIFY(spec.notes.contains(QStringLiteral("2 answer(s) below 1999 not shown")));
        QVERIFY2(spec.notes.first().startsWith(QStringLiteral("Mean: 2008.2")),
                 qPrintable(spec.notes.first()));
    }

    void countsInWholeBins() {
        const ChartSpec spec = chart(QStringLiteral("Q36"));
        QCOMPARE(spec.binEdges.first(), 0.0);
        QCOMPARE(spec.binEdges.last(), 50.0);
        for (int i = 1; i < spec.binEdges.size(); ++i) {
            const double width = spec.binEdges[i] - spec.binEdges[i - 1];
            QVERIFY2(width == std::round(width), qPrintable(QString::number(width)));
        }
        QVERIFY(spec.notes.contains(QStringLiteral("1 answer(s) above 50 not shown")));
    }
};

QTEST_GUILESS_MAIN(TestHistogramRange)
#include "tst_histogramrange.moc"
