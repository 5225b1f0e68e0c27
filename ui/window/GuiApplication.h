#pragma once

#include <QString>

QT_BEGIN_NAMESPACE
class QApplication;
QT_END_NAMESPACE

namespace sondo {

/**
 * What every Sondo window needs from the application, whoever created it (the `sondo`
 * executable, a test, a benchmark): the resources of the static sondo_ui library, the bundled
 * font for the whole interface, the names QSettings and QStandardPaths use.
 */
class GuiApplication {
public:
    /** Registers ui.qrc (icons, embedded demo); sondo_ui is static, so nobody else does. */
    static void initResources();
    /** Names, icon and font of `app`; call once after constructing it. */
    static void setup(QApplication& app);
    /**
     * The bundled demo survey on disk: the installed or source copy when one is found next to the
     * executable, else the copy embedded in the binary written once to the application data
     * folder. Empty when neither works.
     */
    static QString demoSurveyPath();
};

/**
 * Runs the desktop window until it is closed and returns the exit code. Opens `fileToOpen` (a
 * survey export or a .sondo project) when it is not empty, else shows the start page.
 */
int runGui(int argc, char** argv, const QString& fileToOpen);

} // namespace sondo
