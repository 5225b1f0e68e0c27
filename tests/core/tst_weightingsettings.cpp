// The pieces that decide when the issue 11 statistics apply: which questions get NPS
// (NpsQuestion: a 0–10 scale and recommendation wording in five languages, never every numeric
// question) and the weighting saved in a project's state (WeightingSettings, Weighting). Expected
// values are hand-made: the questions below, and shares counted by hand.

#include "stats/NpsQuestion.h"
#include "stats/Weighting.h"
#include "stats/WeightingSettings.h"

#include <QTest>

using namespace sondo;

namespace {

Question question(const QString& text, QuestionType type, const QStringList& options = {}) {
    Question q;
    q.id = QStringLiteral("Q1");
    q.code = text;
    q.text = text;
    q.type = type;
    q.options = options;
    return q;
}

/** A numeric table whose rows are `values` (one respondent each). */
FrequencyTable numericTable(const QList<double>& values) {
    FrequencyTable table;
    table.type = QuestionType::Numeric;
    for (double v : values) {
        FrequencyRow row;
        row.label = QString::number(v);
        row.value = v;
        row.count = 1;
        row.unweightedCount = 1;
        table.rows.append(row);
    }
    return table;
}

} // namespace

class TestWeightingSettings : public QObject {
    Q_OBJECT

private slots:
    void npsWording_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("recognised");
        QTest::newRow("it consiglieresti")
            << "Quanto consiglieresti il nostro servizio a un amico?" << true;
        QTest::newRow("it raccomandare") << "Con quale probabilità ci raccomanderebbe?" << true;
        QTest::newRow("en") << "How likely are you to recommend us to a friend?" << true;
        QTest::newRow("de") << "Wie wahrscheinlich würden Sie uns weiterempfehlen?" << true;
        QTest::newRow("es") << "¿Recomendarías nuestra empresa?" << true;
        QTest::newRow("fr") << "Recommanderiez-vous notre société ?" << true;
        QTest::newRow("named NPS") << "NPS" << true;
        QTest::newRow("other 0-10 question") << "Quanto sei soddisfatto (0-10)?" << false;
        QTest::newRow("snps is not nps") << "snps" << false;
    }

    void npsWording() {
        QFETCH(QString, text);
        QFETCH(bool, recognised);
        const FrequencyTable table = numericTable({0, 3, 7, 9, 10});
        QCOMPARE(NpsQuestion::recognise(question(text, QuestionType::Numeric), table), recognised);
    }

    void npsScale() {
        const Question numeric =
            question(QStringLiteral("Would you recommend us?"), QuestionType::Numeric);
        QVERIFY(NpsQuestion::onZeroToTenScale(numeric, numericTable({0, 5, 10})));
        // Off the scale: 11, a fraction, a negative number.
        QVERIFY(!NpsQuestion::onZeroToTenScale(numeric, numericTable({0, 5, 11})));
        QVERIFY(!NpsQuestion::onZeroToTenScale(numeric, numericTable({0, 7.5})));
        QVERIFY(!NpsQuestion::onZeroToTenScale(numeric, numericTable({-1, 5})));
        QVERIFY(!NpsQuestion::onZeroToTenScale(numeric, numericTable({})));
        // Eleven options numbered 0 to 10 in order, bare or with words.
        QStringList options;
        for (int i = 0; i <= 10; ++i)
            options << (i == 0    ? QStringLiteral("0 - Per niente probabile")
                        : i == 10 ? QStringLiteral("10 - Estremamente probabile")
                                  : QString::number(i));
        QVERIFY(NpsQuestion::onZeroToTenScale(question({}, QuestionType::Single, options), {}));
        options.removeLast();
        QVERIFY(!NpsQuestion::onZeroToTenScale(question({}, QuestionType::Single, options), {}));
        // A five-point scale is no NPS scale.
        QVERIFY(!NpsQuestion::onZeroToTenScale(
            question({}, QuestionType::Likert, {"1", "2", "3", "4", "5"}), {}));
    }

    void settingsRoundTrip() {
        WeightingSettings settings;
        settings.method = WeightingSettings::Method::Raking;
        settings.targets.push_back({QStringLiteral("Q2"),
                                    {QStringLiteral("Uomo"), QStringLiteral("Donna")},
                                    {0.48, 0.52}});
        settings.trim = true;
        settings.lowerCap = 0.5;
        settings.upperCap = 3;
        QJsonObject state{{QStringLiteral("currentQuestion"), QStringLiteral("Q5")}};
        state = settings.storedIn(state);
        // The rest of the state is kept.
        QCOMPARE(state.value(u"currentQuestion").toString(), QStringLiteral("Q5"));
        const WeightingSettings read = WeightingSettings::fromState(state);
        QCOMPARE(read.method, WeightingSettings::Method::Raking);
        QCOMPARE(read.targets.size(), size_t(1));
        QCOMPARE(read.targets[0].options, settings.targets[0].options);
        QCOMPARE(read.targets[0].shares, settings.targets[0].shares);
        QVERIFY(read.trim);
        QCOMPARE(read.lowerCap, 0.5);
        QCOMPARE(read.upperCap, 3.0);
        // Switched off, the key goes.
        QVERIFY(!WeightingSettings{}.storedIn(state).contains(WeightingSettings::stateKey()));
        QVERIFY(!WeightingSettings::fromState({}).isActive());
    }

    void rakingTargetsByLabel() {
        Survey survey;
        survey.questions = {question(QStringLiteral("sesso"), QuestionType::Single,
                                     {QStringLiteral("Uomo"), QStringLiteral("Donna")})};
        WeightingSettings settings;
        settings.method = WeightingSettings::Method::Raking;
        // Given in another order than the options: stored by label, applied by index.
        settings.targets.push_back({QStringLiteral("Q1"),
                                    {QStringLiteral("Donna"), QStringLiteral("Uomo")},
                                    {0.52, 0.48}});
        const auto targets = Weighting::rakingTargets(survey, settings);
        QVERIFY(targets.ok());
        QCOMPARE(targets.value()[0].shares, (std::vector<double>{0.48, 0.52}));
        // Within ±0.001 of 1 is accepted (1.0005), beyond it not (1.002).
        settings.targets[0].shares = {0.5005, 0.5};
        QVERIFY(Weighting::rakingTargets(survey, settings).ok());
        settings.targets[0].shares = {0.502, 0.5};
        QVERIFY(!Weighting::rakingTargets(survey, settings).ok());
        settings.targets[0].options[0] = QStringLiteral("Altro");
        QVERIFY(Weighting::rakingTargets(survey, settings)
                    .error()
                    .message.contains(QStringLiteral("no option 'Altro'")));
    }
};

QTEST_GUILESS_MAIN(TestWeightingSettings)
#include "tst_weightingsettings.moc"
