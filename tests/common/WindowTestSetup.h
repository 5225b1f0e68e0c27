#pragma once

// What the window suites share: settings of the run's own (so two runs at once, say in two
// locales, never rewrite each other's recent files and language) and opening a project in the
// real window, on its worker thread, as a double click on a recent file does.

#include "window/GuiApplication.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace sondo::test {

/**
 * Sets the application up as `sondo` does, with its settings in `settingsDir` (cleared) and the
 * interface in `language`. False when `settingsDir` is not usable.
 */
inline bool setUpWindowSuite(const QTemporaryDir& settingsDir,
                             const QString& language = QStringLiteral("en")) {
    QStandardPaths::setTestModeEnabled(true);
    // Names first: they decide which settings file QSettings uses.
    GuiApplication::setup(*qApp);
    if (!settingsDir.isValid())
        return false;
    for (const auto format : {QSettings::NativeFormat, QSettings::IniFormat})
        QSettings::setPath(format, QSettings::UserScope, settingsDir.path());
    QSettings().clear();
    QSettings().setValue(QStringLiteral("ui/language"), language);
    return true;
}

/** Opens the `.sondo` project at `path` in `window` and waits for it (at most `timeoutMs`). */
inline bool openProjectIn(MainWindow& window, const QString& path, int timeoutMs = 30000) {
    QSignalSpy opened(&window, &MainWindow::projectOpened);
    window.openPath(path);
    // The outcome is checked just after, by what the wait was for.
    (void)QTest::qWaitFor([&] { return !opened.isEmpty(); }, timeoutMs);
    return !opened.isEmpty() && window.session().hasProject();
}

} // namespace sondo::test
