#pragma once

#include <QHash>
#include <QStringList>
#include <QTranslator>

namespace sondo {

/**
 * A QTranslator that also finds core's strings when lupdate filed them under another context.
 *
 * Core translates with QCoreApplication::translate("sondo", …), but where a file wraps that call
 * in a local `tr()` helper, lupdate files the string under the enclosing class
 * ("sondo::ChartSpecBuilder") and a plain lookup in "sondo" misses it. When a lookup in "sondo"
 * fails, this translator looks the source text up in every context of the catalogue (read from
 * the .ts it was compiled from), so charts and messages made in core still come out translated.
 */
class ContextFallbackTranslator : public QTranslator {
    Q_OBJECT
public:
    explicit ContextFallbackTranslator(QObject* parent = nullptr);

    /** Loads the compiled `qmPath` and the fallback table from the catalogue `tsPath`. */
    bool loadCatalogue(const QString& qmPath, const QString& tsPath);

    QString translate(const char* context, const char* sourceText,
                      const char* disambiguation = nullptr, int n = -1) const override;
    bool isEmpty() const override;

    /** Number of source texts the fallback knows. */
    qsizetype fallbackSize() const { return m_fallback.size(); }

private:
    /** Key: source text, U+001F, disambiguation. Value: the translation's forms (one unless
     *  plural). */
    QHash<QString, QStringList> m_fallback;
};

} // namespace sondo
