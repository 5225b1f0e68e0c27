#include "window/WheelGuard.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

namespace sondo {

WheelGuard::WheelGuard(QObject* parent)
    : QObject(parent) {
    setObjectName(QStringLiteral("sondoWheelGuard"));
}

WheelGuard* WheelGuard::instance() {
    // Found among the application's children rather than kept in a static: no global state,
    // and a test's new QApplication gets a guard of its own.
    QCoreApplication* app = QCoreApplication::instance();
    if (!app)
        return nullptr;
    if (auto* guard = app->findChild<WheelGuard*>(QStringLiteral("sondoWheelGuard"),
                                                  Qt::FindDirectChildrenOnly))
        return guard;
    return new WheelGuard(app);
}

void WheelGuard::guardOne(QWidget* editor) {
    WheelGuard* guard = instance();
    if (!guard)
        return;
    // Installing twice would filter twice; removing first keeps it once.
    editor->removeEventFilter(guard);
    editor->installEventFilter(guard);
    if (editor->focusPolicy() == Qt::WheelFocus)
        editor->setFocusPolicy(Qt::StrongFocus);
}

void WheelGuard::protect(QWidget* widget) {
    if (!widget)
        return;
    if (qobject_cast<QComboBox*>(widget) || qobject_cast<QAbstractSpinBox*>(widget))
        guardOne(widget);
    for (QComboBox* box : widget->findChildren<QComboBox*>())
        guardOne(box);
    for (QAbstractSpinBox* box : widget->findChildren<QAbstractSpinBox*>())
        guardOne(box);
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Wheel) {
        auto* editor = qobject_cast<QWidget*>(watched);
        if (editor && !editor->hasFocus()) {
            // Ignored and filtered: the editor never sees it, and QApplication hands it on to the
            // parent, so the table or dialog under the mouse scrolls instead.
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace sondo
