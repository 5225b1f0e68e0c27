#pragma once

#include "model/Survey.h"

#include <QLocale>

namespace sondo {

/**
 * The language a questionnaire is written in, guessed from the words of its questions and
 * options: the share of each language's commonest short words (articles, prepositions,
 * pronouns) among them. Italian, English, German, Spanish and French; AnyLanguage when the
 * text is too short or no language stands out. Charts speak it by default.
 */
class SurveyLanguage {
public:
    static QLocale::Language detect(const Survey& survey);
};

} // namespace sondo
