#include "window/GuiApplication.h"

#include "render/FontLoader.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QStandardPaths>

// Q_INIT_RESOURCE declares a function and must stay outside any namespace.
static void initUiResources() {
    Q_INIT_RESOURCE(ui);
}

namespace sondo {

namespace {

const QString kDemoName = QStringLiteral("remote_working_contact_center.csv");

} // namespace

void GuiApplication::initResources() {
    initUiResources();
}

void GuiApplication::setup(QApplication& app) {
    initResources();
    app.setOrganizationName(QStringLiteral("Sondo"));
    app.setApplicationName(QStringLiteral("Sondo"));
    app.setApplicationDisplayName(QStringLiteral("Sondo"));
    app.setWindowIcon(QIcon(QStringLiteral(":/icons/sondo.svg")));
    // The interface uses the bundled font as the charts do, so what the analyst reads on screen
    // is what the exported picture shows, on any machine.
    QFont font(FontLoader::family());
    font.setPointSizeF(app.font().pointSizeF() > 0 ? app.font().pointSizeF() : 10);
    app.setFont(font);
}

QString GuiApplication::demoSurveyPath() {
    initResources();
    const QDir appDir(QCoreApplication::applicationDirPath());
    const QStringList candidates = {
        appDir.filePath(QStringLiteral("../share/sondo/demo/") + kDemoName),
        appDir.filePath(QStringLiteral("../resources/demo/") + kDemoName),
        appDir.filePath(QStringLiteral("../../resources/demo/") + kDemoName),
    };
    for (const QString& candidate : candidates)
        if (QFileInfo::exists(candidate))
            return QFileInfo(candidate).canonicalFilePath();

    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dataDir.isEmpty())
        return {};
    const QString target = QDir(dataDir).filePath(QStringLiteral("demo/") + kDemoName);
    QFile embedded(QStringLiteral(":/demo/") + kDemoName);
    if (!embedded.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = embedded.readAll();
    QFile existing(target);
    if (existing.open(QIODevice::ReadOnly) && existing.readAll() == bytes)
        return target;
    existing.close();
    QDir().mkpath(QFileInfo(target).absolutePath());
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(bytes) != bytes.size())
        return {};
    return target;
}

int runGui(int argc, char** argv, const QString& fileToOpen) {
    QApplication app(argc, argv);
    GuiApplication::setup(app);
    MainWindow window;
    window.show();
    if (!fileToOpen.isEmpty())
        window.openPath(fileToOpen);
    return app.exec();
}

} // namespace sondo
