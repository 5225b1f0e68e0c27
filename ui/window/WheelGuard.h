#pragma once

#include <QObject>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace sondo {

/**
 * Keeps combo boxes and spin boxes from changing on the mouse wheel unless they have the
 * keyboard focus: a wheel over an unfocused editor is handed on to what holds it (the table or
 * dialog scrolls), so that scrolling an import preview never turns a question's type from Single
 * choice into Date. The editors no longer take the focus from the wheel either (Qt::StrongFocus);
 * a click or Tab gives it, and then the wheel works as usual.
 */
class WheelGuard : public QObject {
    Q_OBJECT
public:
    /** The guard of this application (one, parented to the application object). */
    static WheelGuard* instance();
    /**
     * Guards `widget` if it is a combo box or spin box, and every such child it has now. Editors
     * added later to `widget` need a call of their own.
     */
    static void protect(QWidget* widget);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit WheelGuard(QObject* parent);
    static void guardOne(QWidget* editor);
};

} // namespace sondo
