// How fast the window answers, on 100,000 respondents shaped like the demo survey:
// - question switch: the navigator moves, the chart is rebuilt and painted;
// - filter toggle: a filter option is ticked or unticked, bases and chart are recomputed and the
//   chart painted;
// - export of every chart of the demo as PNG.
// Painting goes into a QImage (the offscreen platform draws nothing by itself), so each figure
// includes a real paint of the whole chart. Prints median and 95th percentile in milliseconds.
// Targets: switch and toggle < 50 ms; all demo exports < 1 s.
//
//   bench_ui [respondents=100000] [repeats=50]

#include "analysis/AnalysisSession.h"
#include "findings/KeyFindings.h"
#include "import/SurveyImporter.h"
#include "render/ChartExporter.h"
#include "render/ChartScene.h"
#include "window/ChartView.h"
#include "window/GuiApplication.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <random>

using namespace sondo;

namespace {

Question makeQuestion(int number, const QString& text, QuestionType type,
                      const QStringList& options = {}) {
    Question q;
    q.id = QStringLiteral("Q%1").arg(number);
    q.code = text;
    q.text = text;
    q.type = type;
    q.options = options;
    if (type == QuestionType::Likert)
        for (int i = 0; i < options.size(); ++i)
            q.scores.push_back(i + 1);
    return q;
}

/** A survey like the demo (segments, Likert grids, multiple choice, numbers, comments). */
Project makeProject(int n) {
    const QStringList agree = {"Per niente d'accordo", "Poco d'accordo",
                               "Né d'accordo né in disaccordo", "Abbastanza d'accordo",
                               "Molto d'accordo"};
    const QStringList satisfied = {"Per niente soddisfatto", "Poco soddisfatto",
                                   "Né soddisfatto né insoddisfatto", "Abbastanza soddisfatto",
                                   "Molto soddisfatto"};
    const QStringList channels = {"Email",
                                  "Chat / live chat",
                                  "App di messaggistica (WhatsApp, Telegram)",
                                  "Chatbot / assistente virtuale",
                                  "Social network",
                                  "Videochiamata",
                                  "Area clienti / app"};
    Project p;
    Survey& s = p.survey;
    s.title = QStringLiteral("Bench");
    int k = 0;
    s.questions << makeQuestion(++k, "Settore", QuestionType::Single,
                                {"Banche", "Assicurazioni", "Telecomunicazioni", "Utility",
                                 "Pubblica amministrazione", "Retail", "Altro"});
    s.questions << makeQuestion(++k, "Dimensione del contact center", QuestionType::Single,
                                {"Fino a 50 postazioni", "51-200 postazioni", "201-500 postazioni",
                                 "Oltre 500 postazioni"});
    s.questions << makeQuestion(
        ++k, "Ruolo", QuestionType::Single,
        {"Direttore", "Responsabile operations", "Team leader", "Consulente", "Altro"});
    s.questions << makeQuestion(++k, "Area geografica", QuestionType::Single,
                                {"Nord-Ovest", "Nord-Est", "Centro", "Sud e isole"});
    for (const char* text : {"L'emergenza cambierà in modo permanente i modelli organizzativi",
                             "I clienti hanno preso coscienza degli strumenti digitali",
                             "I clienti hanno bisogno di formazione"})
        s.questions << makeQuestion(++k, text, QuestionType::Likert, agree);
    s.questions << makeQuestion(++k, "Durante l'emergenza i canali digitali sono cresciuti?",
                                QuestionType::Single,
                                {"Sì, molto", "Sì, in parte", "No", "Non so"});
    s.questions << makeQuestion(++k, "Quali canali sono cresciuti di più?", QuestionType::Multiple,
                                channels);
    s.questions << makeQuestion(
        ++k, "Avete introdotto il lavoro da remoto?", QuestionType::Single,
        {"Sì, per tutto il personale", "Sì, per parte del personale", "No"});
    s.questions << makeQuestion(++k, "Percentuale del personale da remoto (%)",
                                QuestionType::Numeric);
    s.questions << makeQuestion(++k, "Che cosa ha cambiato il lavoro da remoto?",
                                QuestionType::Multiple, channels);
    s.questions << makeQuestion(++k, "Quanto siete soddisfatti degli strumenti?",
                                QuestionType::Likert, satisfied);
    s.questions << makeQuestion(++k, "Ore di formazione a distanza per operatore",
                                QuestionType::Numeric);
    s.questions << makeQuestion(++k, "Commenti e suggerimenti", QuestionType::Text);

    std::mt19937 random(20200316);
    std::uniform_real_distribution<double> unit(0, 1);
    ResponseMatrix& r = p.responses;
    r.respondentCount = n;
    r.weights.assign(std::size_t(n), 1.0);
    r.respondentIds.reserve(n);
    for (int i = 0; i < n; ++i)
        r.respondentIds.append(QString::number(i + 1));
    r.columns.resize(std::size_t(s.questions.size()));
    const QStringList comments = {"Più formazione per gli operatori", "Ottima esperienza",
                                  "Servono strumenti migliori", "La connessione è un problema",
                                  "Continuare con il lavoro agile"};
    for (int q = 0; q < s.questions.size(); ++q) {
        const Question& question = s.questions[q];
        AnswerColumn& c = r.columns[std::size_t(q)];
        switch (question.type) {
        case QuestionType::Single:
        case QuestionType::Likert: {
            c.codes.resize(std::size_t(n));
            const int options = int(question.options.size());
            for (int i = 0; i < n; ++i) {
                // Skewed towards the later options, with 5% blanks.
                const double u = unit(random);
                c.codes[std::size_t(i)] =
                    u < 0.05 ? 0
                             : 1 + std::min(options - 1, int(std::sqrt(unit(random)) * options));
            }
            break;
        }
        case QuestionType::Multiple: {
            c.answered.resize(std::size_t(n));
            c.selected.assign(question.options.size(), std::vector<std::uint8_t>(std::size_t(n)));
            for (int i = 0; i < n; ++i) {
                c.answered[std::size_t(i)] = unit(random) < 0.85;
                if (!c.answered[std::size_t(i)])
                    continue;
                for (std::size_t o = 0; o < c.selected.size(); ++o)
                    c.selected[o][std::size_t(i)] = unit(random) < 0.6 / double(o + 1) + 0.1;
            }
            break;
        }
        case QuestionType::Numeric:
            c.values.resize(std::size_t(n));
            for (int i = 0; i < n; ++i)
                c.values[std::size_t(i)] = unit(random) < 0.1
                                               ? std::nan("")
                                               : std::round(100 * unit(random) * unit(random));
            break;
        case QuestionType::Text:
            c.texts.reserve(n);
            for (int i = 0; i < n; ++i)
                c.texts.append(unit(random) < 0.3 ? comments[i % comments.size()] : QString());
            break;
        default:
            break;
        }
    }
    return p;
}

struct Figures {
    double median = 0;
    double p95 = 0;
};

Figures summarise(std::vector<double> ms) {
    std::sort(ms.begin(), ms.end());
    Figures f;
    f.median = ms[ms.size() / 2];
    f.p95 = ms[std::min(ms.size() - 1, std::size_t(std::ceil(0.95 * double(ms.size()))) - 1)];
    return f;
}

/** Forces a full paint of the chart as shown. */
void paint(const MainWindow& window) {
    const QImage image = window.chartView()->renderToImage();
    if (image.isNull())
        std::fprintf(stderr, "nothing painted\n");
}

/** The three slowest switches of `slowest` (time → question), to say which make the p95. */
void printSlowest(const MainWindow& window, const std::map<double, int>& slowest) {
    auto slow = slowest.rbegin();
    for (int k = 0; k < 3 && slow != slowest.rend(); ++k, ++slow) {
        const Question& q = window.session().survey().questions[slow->second];
        std::printf("  slow switch: %s (%s) %.1f ms\n", qPrintable(q.id),
                    qPrintable(questionTypeName(q.type)), slow->first);
    }
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    GuiApplication::setup(app);
    const int respondents = argc > 1 ? std::atoi(argv[1]) : 100000;
    const int repeats = argc > 2 ? std::atoi(argv[2]) : 50;

    QElapsedTimer timer;
    timer.start();
    Project project = makeProject(respondents);
    std::printf("generated %d respondents x %lld questions in %lld ms\n", respondents,
                qint64(project.survey.questions.size()), timer.elapsed());

    MainWindow window;
    window.resize(1440, 900);
    window.show();
    QApplication::processEvents(); // the benchmark's own loop, not the window's: lays it out
    timer.restart();
    window.setProject(std::move(project), QString());
    paint(window);
    std::printf("window shows the project in %lld ms (chart view %dx%d)\n", timer.elapsed(),
                window.chartView()->viewport()->width(), window.chartView()->viewport()->height());

    // Chart questions only: the open comments show a table, timed on its own below.
    QList<int> charts;
    int text = -1;
    for (int q : window.session().analysableQuestions()) {
        if (window.session().isTextQuestion(q))
            text = q;
        else
            charts.append(q);
    }

    std::vector<double> switches;
    std::map<double, int> slowest; // time → question, to say which ones make the p95
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer t;
        t.start();
        const int question = charts[(i + 1) % charts.size()];
        window.showQuestion(question);
        paint(window);
        switches.push_back(double(t.nsecsElapsed()) / 1e6);
        slowest[switches.back()] = question;
    }
    const Figures sw = summarise(switches);
    std::printf("question switch + paint:  median %.1f ms, p95 %.1f ms (%d switches)\n", sw.median,
                sw.p95, repeats);
    printSlowest(window, slowest);

    std::vector<double> toggles;
    window.showQuestion(charts[4]);
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer t;
        t.start();
        window.setFilterOption(0, i % 3, (i / 3) % 2 == 0);
        paint(window);
        toggles.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    const Figures tg = summarise(toggles);
    std::printf("filter toggle + paint:    median %.1f ms, p95 %.1f ms (%d toggles, up to %lld "
                "of %d respondents kept)\n",
                tg.median, tg.p95, repeats, window.session().filteredRespondents(), respondents);

    window.clearFilter();
    window.setCompareBy(0);
    std::vector<double> compared;
    slowest.clear();
    for (int i = 0; i < std::min(repeats, 20); ++i) {
        QElapsedTimer t;
        t.start();
        const int question = charts[(i + 1) % charts.size()];
        window.showQuestion(question);
        paint(window);
        compared.push_back(double(t.nsecsElapsed()) / 1e6);
        slowest[compared.back()] = question;
    }
    const Figures cp = summarise(compared);
    std::printf("switch compared by Settore: median %.1f ms, p95 %.1f ms\n", cp.median, cp.p95);
    printSlowest(window, slowest);
    window.setCompareBy(-1);

    if (text >= 0) {
        QElapsedTimer t;
        t.start();
        window.showQuestion(text);
        std::printf("open-text question (%lld answers in the table): %.1f ms\n",
                    window.session().answeredCount(text), double(t.nsecsElapsed()) / 1e6);
    }

    // Every chart of the demo survey, as "Export all" writes them.
    auto demo = SurveyImporter::importFile(GuiApplication::demoSurveyPath(), {});
    if (!demo.ok()) {
        std::fprintf(stderr, "demo: %s\n", qPrintable(demo.error().toString()));
        return 1;
    }
    AnalysisSession session(demo.takeValue());
    {
        // Key findings of every demo question, as `sondo findings --all` writes them (issue 11:
        // under 50 ms), alone and compared by Q2 (size, four groups), median of 21 runs each.
        const Survey& survey = session.survey();
        const ResponseMatrix& responses = session.responses();
        const int bySize = survey.findQuestion(QStringLiteral("Q2"));
        for (const int segment : {-1, bySize}) {
            std::vector<double> ms;
            qint64 sentences = 0;
            for (int run = 0; run < 21; ++run) {
                QElapsedTimer t;
                t.start();
                sentences = 0;
                for (int q = 0; q < survey.questions.size(); ++q)
                    if (survey.questions[q].isAnalysable() && q != segment)
                        sentences += KeyFindings::of(survey, responses, q, FindingLanguage::Italian,
                                                     {}, segment)
                                         .size();
                ms.push_back(double(t.nsecsElapsed()) / 1e6);
            }
            std::sort(ms.begin(), ms.end());
            std::printf("findings of every demo question%s: %lld sentences, median %.1f ms\n",
                        segment >= 0 ? " by Q2" : "", sentences, ms[ms.size() / 2]);
        }
    }
    QTemporaryDir out;
    for (int scale : {1, 2}) {
        ExportOptions options;
        options.size = ChartExporter::presetSize(SizePreset::Newsletter);
        options.scale = scale;
        QElapsedTimer t;
        t.start();
        const QList<ChartSpec> specs = session.allCharts();
        const auto written =
            ChartExporter::exportAll(specs, out.path(), ExportFormat::Png, options);
        const qint64 ms = t.elapsed();
        if (!written.ok()) {
            std::fprintf(stderr, "export: %s\n", qPrintable(written.error().toString()));
            return 1;
        }
        std::printf("export all %lld demo charts as PNG 1200x675 at %dx: %lld ms\n",
                    qint64(written.value().size()), scale, ms);
    }
    return 0;
}
