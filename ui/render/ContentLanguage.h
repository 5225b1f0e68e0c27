#pragma once

#include "model/Survey.h"

#include <QLocale>
#include <QString>
#include <QTranslator>

namespace sondo {

/**
 * The language of what a command writes into a file (a chart's notes, a report, slides), as
 * opposed to its messages to the terminal: Italian or English, the two catalogues Sondo ships.
 * While an object lives, Sondo's words come from that language's catalogue, whatever the
 * system's language; numbers follow locale() (Italian: "3,8").
 */
class ContentLanguage {
public:
    /** "it" or "en"; anything else is not a content language. */
    static bool isValid(const QString& code);
    /**
     * "it" or "en" for `option` ("it", "en" or "auto"): with "auto", the survey's own language
     * when it is Italian or English (SurveyLanguage), else the system's when Italian, else
     * English.
     */
    static QString resolve(const QString& option, const Survey& survey);

    explicit ContentLanguage(const QString& code);
    ~ContentLanguage();
    ContentLanguage(const ContentLanguage&) = delete;
    ContentLanguage& operator=(const ContentLanguage&) = delete;

    bool isItalian() const { return m_italian; }
    QLocale locale() const;

private:
    bool m_italian;
    QTranslator m_translator;
    bool m_installed = false;
};

} // namespace sondo
