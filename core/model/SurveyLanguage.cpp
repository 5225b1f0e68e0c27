#include "model/SurveyLanguage.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <array>

namespace sondo {

namespace {

struct Stopwords {
    QLocale::Language language;
    QSet<QString> words;
};

const std::array<Stopwords, 5>& stopwords() {
    // Words of two to four letters that are common in questionnaires and rare in the other
    // four languages ("in", "a", "e" are shared, so left out).
    static const std::array<Stopwords, 5> lists = {{
        {QLocale::Italian, {"il",  "lo",  "la",  "gli",   "le",   "di",    "del",   "della", "che",
                            "per", "con", "non", "sono",  "nel",  "nella", "quale", "quali", "come",
                            "più", "tuo", "tua", "suo",   "sua",  "ha",    "hai",   "degli", "alla",
                            "dal", "una", "uno", "molto", "poco", "anni"}},
        {QLocale::English, {"the",  "and",  "of",   "to",   "you",  "your", "is",   "are",
                            "how",  "what", "with", "for",  "do",   "did",  "have", "which",
                            "very", "not",  "this", "that", "from", "or",   "would"}},
        {QLocale::German, {"der", "die", "das",  "und",  "ist",   "sie",  "ich",  "nicht",
                           "mit", "wie", "was",  "für",  "auf",   "ein",  "eine", "den",
                           "dem", "zu",  "sehr", "oder", "haben", "sind", "bitte"}},
        {QLocale::Spanish,
         {"el",  "los", "las", "del", "que", "por", "con",  "para", "una",    "es",   "cómo",
          "qué", "muy", "sus", "tu",  "su",  "más", "nada", "años", "usaste", "otro", "otra"}},
        {QLocale::French,
         {"le",  "les", "des", "du",   "et", "est", "vous", "votre", "pour", "avec",   "une",
          "que", "qui", "pas", "très", "ne", "au",  "aux",  "sur",   "quel", "quelle", "êtes"}},
    }};
    return lists;
}

} // namespace

QLocale::Language SurveyLanguage::detect(const Survey& survey) {
    static const QRegularExpression word(QStringLiteral("[\\p{L}]+"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    QHash<QLocale::Language, int> hits;
    int words = 0;
    auto count = [&](const QString& text) {
        auto it = word.globalMatch(text.toLower());
        while (it.hasNext()) {
            const QString w = it.next().captured();
            ++words;
            for (const Stopwords& list : stopwords())
                if (list.words.contains(w))
                    ++hits[list.language];
        }
    };
    for (const Question& q : survey.questions) {
        if (q.metadata)
            continue;
        count(q.text);
        for (const QString& option : q.options)
            count(option);
    }
    QLocale::Language best = QLocale::AnyLanguage;
    int bestHits = 0;
    int second = 0;
    for (auto it = hits.cbegin(); it != hits.cend(); ++it) {
        if (it.value() > bestHits) {
            second = bestHits;
            bestHits = it.value();
            best = it.key();
        } else if (it.value() > second) {
            second = it.value();
        }
    }
    // A language stands out: a few of its words at least, and twice the runner-up's.
    if (bestHits < 3 || bestHits < 2 * second || words < 5)
        return QLocale::AnyLanguage;
    return best;
}

} // namespace sondo
