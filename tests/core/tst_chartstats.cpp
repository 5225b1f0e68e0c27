// Issue 11 on the chart specification: the letters of significantly lower groups beside the
// bars, Wilson error bars and the weighted base in the footer, on tests/data/stats/panel.csv
// (PanelFixture.h). Oracles:
// - letters: tst_significance.cpp's multipleChoiceQuestion, R:
//     a <- !is.na(d$canali); h <- a & grepl(o, ifelse(a, d$canali, ""))
//     lett(tapply(h, settore, sum), tapply(a, settore, sum))   # Chat: Banche (A) > PA (F)
// - intervals: R prop.test(x, n, correct = FALSE)$conf.int, with x and n counted here by a plain
//   loop over the answers (Wilson's formula written out below is the same interval);
// - weighted base: the sum of `peso` over those who answered, by the same loop.

#include "PanelFixture.h"

#include "chart/ChartSpecBuilder.h"

#include <QTest>
#include <cmath>

using namespace panel;

namespace {

/** R: prop.test(x, n, correct = FALSE)$conf.int, as percent. */
std::pair<double, double> wilson(double x, double n) {
    const double z = 1.959963984540054;
    const double p = x / n;
    const double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
    const double half = z * std::sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n);
    return {100 * (centre - half), 100 * (centre + half)};
}

} // namespace

class TestChartStats : public QObject {
    Q_OBJECT

private:
    Fixture m_f = load();

private slots:
    void lettersBesideTheBars_data() {
        QTest::addColumn<bool>("byFrequency");
        QTest::newRow("questionnaire order") << false;
        QTest::newRow("by frequency") << true;
    }

    void lettersBesideTheBars() {
        QFETCH(bool, byFrequency);
        ChartOptions options;
        options.significance = true;
        options.sortByFrequency = byFrequency;
        ChartScope scope;
        scope.segment = Settore;
        const ChartSpec spec =
            ChartSpecBuilder::build(m_f.survey, m_f.responses, Canali, options, scope);
        QCOMPARE(spec.kind, ChartKind::GroupedBars);
        QCOMPARE(spec.series.size(), 7);
        const qsizetype chat = spec.categories.indexOf(QStringLiteral("Chat"));
        QVERIFY(chat >= 0);
        for (int k = 0; k < spec.series.size(); ++k) {
            QCOMPARE(spec.series[k].letters.size(), spec.categories.size());
            for (int i = 0; i < spec.categories.size(); ++i)
                QCOMPARE(spec.series[k].letters[i],
                         k == 0 && i == chat ? QStringLiteral("F") : QString());
        }
        // The legend names each group's letter; a note explains them.
        QVERIFY(spec.series[0].name.startsWith(QStringLiteral("A · Banche")));
        QVERIFY(spec.series[5].name.startsWith(QStringLiteral("F · PA")));
        QVERIFY(spec.notes.join(u'\n').contains(QStringLiteral("Letters")));

        // Without the option the chart is as before: no letters, no note.
        const ChartSpec plain =
            ChartSpecBuilder::build(m_f.survey, m_f.responses, Canali, ChartOptions{}, scope);
        QVERIFY(plain.series[0].letters.isEmpty());
        QVERIFY(!plain.notes.join(u'\n').contains(QStringLiteral("Letters")));
    }

    void wilsonErrorBars() {
        ChartOptions options;
        options.intervals = true;
        const ChartSpec spec =
            ChartSpecBuilder::build(m_f.survey, m_f.responses, Sesso, options, {});
        QCOMPARE(spec.kind, ChartKind::HorizontalBars);
        double n = 0, uomo = 0;
        for (int r = 0; r < m_f.responses.respondentCount; ++r) {
            const int code = m_f.responses.columns[Sesso].codes[r];
            n += code > 0;
            uomo += code == 1;
        }
        const auto [low, high] = wilson(uomo, n);
        const qsizetype i = spec.categories.indexOf(QStringLiteral("Uomo"));
        COMPARE_NEAR(spec.series[0].intervalLow.value(i), low);
        COMPARE_NEAR(spec.series[0].intervalHigh.value(i), high);
        QVERIFY(spec.valueAxisMax >= high);
        QVERIFY(spec.notes.join(u'\n').contains(QStringLiteral("Wilson")));
    }

    void weightedFooter() {
        Fixture f = load();
        double base = 0;
        for (int r = 0; r < f.responses.respondentCount; ++r) {
            if (std::isnan(f.peso[size_t(r)]))
                f.peso[size_t(r)] = 0; // as WeightVector leaves them
            if (f.responses.columns[Sesso].codes[r] > 0)
                base += f.peso[size_t(r)];
        }
        f.responses.weights = f.peso;
        ChartOptions options;
        options.weighted = true;
        options.locale = QLocale::c();
        const ChartSpec spec = ChartSpecBuilder::build(f.survey, f.responses, Sesso, options, {});
        QCOMPARE(spec.footer, QStringLiteral("Base: %1 (weighted)").arg(qRound64(base)));
    }
};

QTEST_GUILESS_MAIN(TestChartStats)
#include "tst_chartstats.moc"
