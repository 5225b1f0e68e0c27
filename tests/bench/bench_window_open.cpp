// How long the window takes to open a saved project and draw its first chart, and the memory it
// holds then: what the analyst waits for after double-clicking a .sondo file. Each round opens a
// fresh copy, as first opened after the import: the window saves its state on closing. Times from
// the window shown to the first chart painted (the project read in the background, the session set
// up, the chart built and painted into an image), in a few rounds, each in a fresh window; prints
// each round and the median, and the process's peak resident memory.
//
//   bench_window_open PROJECT.sondo [rounds=3]

#include "window/ChartView.h"
#include "window/GuiApplication.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

using namespace sondo;

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    GuiApplication::setup(app);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_window_open PROJECT.sondo [rounds=3]\n");
        return 1;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    std::vector<qint64> times;
    for (int r = 0; r < rounds; ++r) {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("project.sondo"));
        if (!QFile::copy(path, copy)) {
            std::fprintf(stderr, "cannot copy %s\n", qPrintable(path));
            return 2;
        }
        MainWindow window;
        window.resize(1440, 900);
        window.show();
        QApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        QEventLoop loop;
        bool failed = false;
        QObject::connect(&window, &MainWindow::projectOpened, &loop, &QEventLoop::quit);
        QObject::connect(&window, &MainWindow::openFailed, &loop, [&](const QString& message) {
            std::fprintf(stderr, "%s\n", qPrintable(message));
            failed = true;
            loop.quit();
        });
        window.openPath(copy);
        loop.exec();
        if (failed)
            return 2;
        if (window.chartView()->renderToImage().isNull()) {
            std::fprintf(stderr, "no chart painted\n");
            return 2;
        }
        times.push_back(timer.elapsed());
        std::printf("round %d: first chart painted after %lld ms\n", r + 1, times.back());
    }
    std::sort(times.begin(), times.end());
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("median %lld ms, peak memory %ld MB\n", times[times.size() / 2],
                usage.ru_maxrss / 1024);
    return 0;
}
