#pragma once

#include <QLocale>
#include <QObject>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QTranslator;
QT_END_NAMESPACE

namespace sondo {

/**
 * The language of the interface: Italian or English, following the system unless the analyst
 * chose one (remembered in QSettings). Installing a translation sends every widget a
 * QEvent::LanguageChange, on which it retranslates itself.
 */
class Translator : public QObject {
    Q_OBJECT
public:
    explicit Translator(QObject* parent = nullptr);
    ~Translator() override;

    /** Language codes the interface is translated into: "en", "it". */
    static QStringList languages();
    /** The language's name in itself ("English", "Italiano"). */
    static QString nativeName(const QString& code);
    /** "it" when the system locale is Italian, else "en". */
    static QString systemLanguage();

    /** The language in use. */
    QString language() const { return m_language; }
    /** What the analyst chose: a code, or empty for "as the system". */
    QString preference() const;
    /** The locale numbers on charts follow in the current language. */
    QLocale locale() const;

public slots:
    /** Remembers `code` (empty: follow the system) and switches to it. */
    void setPreference(const QString& code);
    /** Switches to `code` for this session only; false when there is no such translation. */
    bool apply(const QString& code);

signals:
    void languageChanged(const QString& code);

private:
    QTranslator* m_translator = nullptr;
    QString m_language;
};

} // namespace sondo
