#include "import/infer/ScaleLibrary.h"

#include <QMap>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <limits>

namespace sondo {

namespace {

/**
 * The known scales. One row per scale: points lowest first separated by ';', spellings of one
 * point separated by '|', the first spelling being the label shown when nobody chose the point.
 * When a questionnaire uses two spellings listed for the same point (a 6-point scale with both
 * "Spesso" and "Molto spesso"), that row does not match and a longer row can.
 */
struct ScaleRow {
    const char* language;
    const char* name;
    const char* points;
};

constexpr ScaleRow kScales[] = {
    // ---- Italian
    {"it", "it-agreement-4",
     "Per niente d'accordo|Per nulla d'accordo;Poco d'accordo;Abbastanza d'accordo;"
     "Molto d'accordo"},
    {"it", "it-agreement-5",
     "Per niente d'accordo|Per nulla d'accordo;Poco d'accordo;Abbastanza d'accordo;"
     "Molto d'accordo;Completamente d'accordo|Totalmente d'accordo|Pienamente d'accordo|"
     "Del tutto d'accordo"},
    // The 5-point unipolar scale with a neutral middle, as Google Forms questionnaires write it.
    {"it", "it-agreement-neutral-5",
     "Per niente d'accordo|Per nulla d'accordo;Poco d'accordo;Né d'accordo né in disaccordo;"
     "Abbastanza d'accordo;Molto d'accordo|Completamente d'accordo|Totalmente d'accordo"},
    {"it", "it-agreement-bipolar-5",
     "Fortemente in disaccordo|Totalmente in disaccordo|Completamente in disaccordo|"
     "Molto in disaccordo;In disaccordo|Parzialmente in disaccordo;"
     "Né d'accordo né in disaccordo|Neutrale|Indifferente|Incerto;"
     "D'accordo|Parzialmente d'accordo;"
     "Fortemente d'accordo|Totalmente d'accordo|Completamente d'accordo|Molto d'accordo"},
    {"it", "it-agreement-bipolar-4",
     "Fortemente in disaccordo|Totalmente in disaccordo|Completamente in disaccordo|"
     "Molto in disaccordo;In disaccordo|Parzialmente in disaccordo;"
     "D'accordo|Parzialmente d'accordo;"
     "Fortemente d'accordo|Totalmente d'accordo|Completamente d'accordo|Molto d'accordo"},
    {"it", "it-frequency-4", "Mai;Raramente|Qualche volta|A volte|Talvolta;Spesso;Sempre"},
    {"it", "it-frequency-5",
     "Mai;Raramente|Quasi mai|Di rado|Poche volte;"
     "A volte|Qualche volta|Talvolta|Ogni tanto|Occasionalmente;"
     "Spesso|Frequentemente|Molto spesso|Quasi sempre;Sempre"},
    {"it", "it-frequency-6",
     "Mai;Raramente|Quasi mai;A volte|Qualche volta|Talvolta|Ogni tanto;Spesso;"
     "Molto spesso|Quasi sempre;Sempre"},
    {"it", "it-importance-4",
     "Per niente importante|Per nulla importante|Non importante;Poco importante;"
     "Abbastanza importante;Molto importante"},
    {"it", "it-importance-5",
     "Per niente importante|Per nulla importante|Non importante;Poco importante;"
     "Abbastanza importante|Moderatamente importante;Molto importante;"
     "Estremamente importante|Fondamentale|Importantissimo"},
    {"it", "it-satisfaction-5",
     "Molto insoddisfatto|Molto insoddisfatta|Molto insoddisfatto/a;"
     "Insoddisfatto|Insoddisfatta|Insoddisfatto/a;"
     "Né soddisfatto né insoddisfatto|Né soddisfatta né insoddisfatta|"
     "Né soddisfatto/a né insoddisfatto/a|Neutrale;"
     "Soddisfatto|Soddisfatta|Soddisfatto/a;"
     "Molto soddisfatto|Molto soddisfatta|Molto soddisfatto/a"},
    {"it", "it-satisfaction-4",
     "Molto insoddisfatto|Molto insoddisfatta|Molto insoddisfatto/a;"
     "Insoddisfatto|Insoddisfatta|Insoddisfatto/a;"
     "Soddisfatto|Soddisfatta|Soddisfatto/a;"
     "Molto soddisfatto|Molto soddisfatta|Molto soddisfatto/a"},
    {"it", "it-satisfaction-unipolar-4",
     "Per niente soddisfatto|Per niente soddisfatta|Per nulla soddisfatto|"
     "Per niente soddisfatto/a;Poco soddisfatto|Poco soddisfatta|Poco soddisfatto/a;"
     "Abbastanza soddisfatto|Abbastanza soddisfatta|Abbastanza soddisfatto/a;"
     "Molto soddisfatto|Molto soddisfatta|Molto soddisfatto/a"},
    {"it", "it-satisfaction-unipolar-5",
     "Per niente soddisfatto|Per niente soddisfatta|Per nulla soddisfatto|"
     "Per niente soddisfatto/a;Poco soddisfatto|Poco soddisfatta|Poco soddisfatto/a;"
     "Abbastanza soddisfatto|Abbastanza soddisfatta|Abbastanza soddisfatto/a;"
     "Molto soddisfatto|Molto soddisfatta|Molto soddisfatto/a;"
     "Completamente soddisfatto|Completamente soddisfatta|Del tutto soddisfatto|"
     "Pienamente soddisfatto"},
    {"it", "it-satisfaction-neutral-5",
     "Per niente soddisfatto|Per niente soddisfatta|Per nulla soddisfatto|"
     "Per niente soddisfatto/a;Poco soddisfatto|Poco soddisfatta|Poco soddisfatto/a;"
     "Né soddisfatto né insoddisfatto|Né soddisfatta né insoddisfatta|"
     "Né soddisfatto/a né insoddisfatto/a;"
     "Abbastanza soddisfatto|Abbastanza soddisfatta|Abbastanza soddisfatto/a;"
     "Molto soddisfatto|Molto soddisfatta|Molto soddisfatto/a"},
    {"it", "it-likelihood-4",
     "Per niente probabile|Per nulla probabile;Poco probabile;Abbastanza probabile;"
     "Molto probabile"},
    {"it", "it-likelihood-5",
     "Molto improbabile|Per niente probabile;Improbabile|Poco probabile;"
     "Né probabile né improbabile|Incerto;Probabile|Abbastanza probabile;"
     "Molto probabile|Estremamente probabile"},
    {"it", "it-quantity-4", "Per niente|Per nulla|Niente;Poco;Abbastanza;Molto"},
    {"it", "it-quantity-5",
     "Per niente|Per nulla|Niente;Poco;Abbastanza;Molto;"
     "Moltissimo|Del tutto|Completamente|Tantissimo"},
    {"it", "it-quality-5",
     "Pessimo|Pessima|Molto scarso|Molto scarsa;Scarso|Scarsa|Insufficiente;"
     "Sufficiente|Discreto|Discreta|Nella media;Buono|Buona;Ottimo|Ottima|Eccellente"},

    // ---- English
    {"en", "en-agreement-4",
     "Strongly disagree|Completely disagree|Totally disagree;"
     "Disagree|Somewhat disagree|Tend to disagree|Mostly disagree;"
     "Agree|Somewhat agree|Tend to agree|Mostly agree;"
     "Strongly agree|Completely agree|Totally agree"},
    {"en", "en-agreement-5",
     "Strongly disagree|Completely disagree|Totally disagree;"
     "Disagree|Somewhat disagree|Tend to disagree|Mostly disagree;"
     "Neither agree nor disagree|Neither agree or disagree|Neither disagree nor agree|"
     "Neutral|Undecided;"
     "Agree|Somewhat agree|Tend to agree|Mostly agree;"
     "Strongly agree|Completely agree|Totally agree"},
    {"en", "en-agreement-7",
     "Strongly disagree|Completely disagree;Disagree;Somewhat disagree|Slightly disagree;"
     "Neither agree nor disagree|Neither agree or disagree|Neutral|Undecided;"
     "Somewhat agree|Slightly agree;Agree;Strongly agree|Completely agree"},
    {"en", "en-frequency-4",
     "Never;Sometimes|Rarely|Occasionally|Seldom;Often|Frequently|Usually;Always"},
    {"en", "en-frequency-5",
     "Never;Rarely|Seldom|Almost never;Sometimes|Occasionally;"
     "Often|Frequently|Usually|Very often|Most of the time;Always"},
    {"en", "en-frequency-6",
     "Never;Rarely|Seldom|Almost never;Sometimes|Occasionally;Often|Frequently;"
     "Very often|Almost always|Usually;Always"},
    {"en", "en-importance-4",
     "Not at all important|Not important at all|Not important;"
     "Slightly important|Somewhat important|Of little importance;"
     "Very important|Important;Extremely important"},
    {"en", "en-importance-5",
     "Not at all important|Not important at all|Not important;"
     "Slightly important|Of little importance|Low importance;"
     "Moderately important|Somewhat important;Very important|Important;"
     "Extremely important|Essential|Critical"},
    {"en", "en-importance-5b",
     "Not at all important|Not important;Slightly important|Somewhat important|"
     "Low importance;Moderately important|Neutral;Important;"
     "Very important|Extremely important"},
    {"en", "en-satisfaction-4",
     "Very dissatisfied|Extremely dissatisfied|Completely dissatisfied;"
     "Dissatisfied|Somewhat dissatisfied;Satisfied|Somewhat satisfied;"
     "Very satisfied|Extremely satisfied|Completely satisfied"},
    {"en", "en-satisfaction-5",
     "Very dissatisfied|Extremely dissatisfied|Completely dissatisfied;"
     "Dissatisfied|Somewhat dissatisfied;"
     "Neither satisfied nor dissatisfied|Neither satisfied or dissatisfied|"
     "Neither dissatisfied nor satisfied|Neutral;"
     "Satisfied|Somewhat satisfied;Very satisfied|Extremely satisfied|Completely satisfied"},
    {"en", "en-satisfaction-unipolar-5",
     "Not at all satisfied;Slightly satisfied;Moderately satisfied;Very satisfied;"
     "Extremely satisfied|Completely satisfied"},
    {"en", "en-likelihood-5",
     "Very unlikely|Extremely unlikely|Highly unlikely;Unlikely|Somewhat unlikely;"
     "Neither likely nor unlikely|Neither likely or unlikely|Neutral;"
     "Likely|Somewhat likely;Very likely|Extremely likely|Highly likely"},
    {"en", "en-likelihood-4",
     "Very unlikely|Extremely unlikely|Highly unlikely;Unlikely|Somewhat unlikely;"
     "Likely|Somewhat likely;Very likely|Extremely likely|Highly likely"},
    {"en", "en-likelihood-unipolar-5",
     "Not at all likely;Slightly likely;Moderately likely|Somewhat likely;Very likely;"
     "Extremely likely"},
    {"en", "en-likelihood-definitely-5",
     "Definitely not|Definitely will not|Definitely would not;"
     "Probably not|Probably will not|Probably would not;Might or might not|Maybe;"
     "Probably|Probably will|Probably would;Definitely|Definitely will|Definitely would"},
    {"en", "en-quantity-4",
     "Not at all;A little|A little bit|Slightly;Quite a bit|Somewhat|Moderately;"
     "Very much|A lot|A great deal"},
    {"en", "en-quantity-5",
     "Not at all;A little|A little bit|Slightly;Moderately|Somewhat;"
     "Quite a bit|Quite a lot|A lot;Very much|Extremely|A great deal"},
    {"en", "en-quality-4", "Poor;Fair;Good;Excellent"},
    {"en", "en-quality-5", "Poor;Fair;Good;Very good;Excellent"},
    {"en", "en-quality-5b", "Very poor;Poor;Fair|Average|Acceptable;Good;Excellent|Very good"},

    // ---- German
    {"de", "de-agreement-4",
     "Stimme überhaupt nicht zu|Stimme gar nicht zu|Stimme nicht zu;Stimme eher nicht zu;"
     "Stimme eher zu;Stimme voll und ganz zu|Stimme vollständig zu|Stimme voll zu|"
     "Stimme völlig zu|Stimme vollkommen zu|Stimme zu"},
    {"de", "de-agreement-5",
     "Stimme überhaupt nicht zu|Stimme gar nicht zu;Stimme eher nicht zu|Stimme nicht zu;"
     "Teils/teils|Weder noch|Neutral|Unentschieden|Stimme teilweise zu|"
     "Weder Zustimmung noch Ablehnung;Stimme eher zu|Stimme zu;"
     "Stimme voll und ganz zu|Stimme vollständig zu|Stimme voll zu|Stimme völlig zu|"
     "Stimme vollkommen zu"},
    {"de", "de-agreement-5b",
     "Stimme überhaupt nicht zu|Stimme gar nicht zu;Stimme nicht zu;"
     "Teils/teils|Weder noch|Neutral|Unentschieden;Stimme zu;"
     "Stimme voll und ganz zu|Stimme vollständig zu|Stimme völlig zu|Stimme voll zu"},
    {"de", "de-agreement-6",
     "Stimme überhaupt nicht zu|Stimme gar nicht zu;Stimme nicht zu;Stimme eher nicht zu;"
     "Stimme eher zu;Stimme zu;Stimme voll und ganz zu|Stimme vollständig zu|"
     "Stimme völlig zu|Stimme voll zu"},
    {"de", "de-applies-4",
     "Trifft überhaupt nicht zu|Trifft gar nicht zu|Trifft nicht zu;"
     "Trifft eher nicht zu|Trifft wenig zu;Trifft eher zu|Trifft überwiegend zu;"
     "Trifft voll und ganz zu|Trifft völlig zu|Trifft voll zu|Trifft vollständig zu|"
     "Trifft zu"},
    {"de", "de-applies-5",
     "Trifft überhaupt nicht zu|Trifft gar nicht zu;"
     "Trifft eher nicht zu|Trifft wenig zu|Trifft nicht zu;"
     "Teils/teils|Trifft teilweise zu|Weder noch;"
     "Trifft eher zu|Trifft überwiegend zu|Trifft zu;"
     "Trifft voll und ganz zu|Trifft völlig zu|Trifft voll zu|Trifft vollständig zu"},
    {"de", "de-frequency-4", "Nie|Niemals|Gar nicht;Selten;Oft|Häufig;Sehr oft|Sehr häufig|Immer"},
    {"de", "de-frequency-5",
     "Nie|Niemals;Selten;Manchmal|Gelegentlich|Ab und zu;Oft|Häufig|Meistens;"
     "Immer|Sehr oft|Sehr häufig|Ständig"},
    {"de", "de-frequency-rather-5",
     "Gar nicht|Nie|Überhaupt nicht;Selten;Eher selten;Eher häufig|Eher oft;"
     "Sehr häufig|Sehr oft"},
    {"de", "de-frequency-6",
     "Nie|Niemals;Sehr selten;Selten;Gelegentlich|Manchmal;Oft|Häufig;Sehr oft|Sehr häufig"},
    {"de", "de-frequency-6b",
     "Nie|Niemals;Selten;Manchmal|Gelegentlich;Oft|Häufig;Sehr oft|Sehr häufig|Meistens;"
     "Immer"},
    {"de", "de-importance-4",
     "Überhaupt nicht wichtig|Gar nicht wichtig|Völlig unwichtig|Unwichtig;"
     "Eher unwichtig|Weniger wichtig|Nicht so wichtig|Wenig wichtig;Eher wichtig|Wichtig;"
     "Sehr wichtig|Äußerst wichtig|Extrem wichtig"},
    {"de", "de-importance-5",
     "Überhaupt nicht wichtig|Gar nicht wichtig|Völlig unwichtig|Unwichtig;"
     "Eher unwichtig|Weniger wichtig|Nicht so wichtig|Wenig wichtig;"
     "Teils/teils|Mittelmäßig wichtig|Neutral|Weder noch;Eher wichtig|Wichtig;"
     "Sehr wichtig|Äußerst wichtig|Extrem wichtig"},
    {"de", "de-satisfaction-4",
     "Sehr unzufrieden|Völlig unzufrieden|Gar nicht zufrieden|Überhaupt nicht zufrieden;"
     "Unzufrieden|Eher unzufrieden|Weniger zufrieden;Zufrieden|Eher zufrieden;"
     "Sehr zufrieden|Völlig zufrieden|Vollkommen zufrieden"},
    {"de", "de-satisfaction-5",
     "Sehr unzufrieden|Völlig unzufrieden|Gar nicht zufrieden|Überhaupt nicht zufrieden;"
     "Unzufrieden|Eher unzufrieden|Weniger zufrieden;"
     "Teils/teils|Neutral|Weder zufrieden noch unzufrieden|Weder noch;"
     "Zufrieden|Eher zufrieden;Sehr zufrieden|Völlig zufrieden|Vollkommen zufrieden"},
    {"de", "de-likelihood-5",
     "Sehr unwahrscheinlich|Äußerst unwahrscheinlich;Unwahrscheinlich|Eher unwahrscheinlich;"
     "Teils/teils|Weder noch|Neutral|Weder wahrscheinlich noch unwahrscheinlich;"
     "Wahrscheinlich|Eher wahrscheinlich;Sehr wahrscheinlich|Äußerst wahrscheinlich"},
    {"de", "de-quantity-5",
     "Überhaupt nicht|Gar nicht;Wenig|Kaum|Ein wenig;Mittelmäßig|Teils/teils|Einigermaßen;"
     "Ziemlich|Stark|Viel;Sehr|Sehr stark|Sehr viel|Völlig"},
    {"de", "de-quality-5",
     "Sehr schlecht;Schlecht;Mittelmäßig|Befriedigend|Durchschnittlich|Teils/teils;Gut;"
     "Sehr gut"},

    // ---- Spanish
    {"es", "es-agreement-4",
     "Totalmente en desacuerdo|Muy en desacuerdo|Completamente en desacuerdo|"
     "Fuertemente en desacuerdo;En desacuerdo|Algo en desacuerdo|Parcialmente en desacuerdo;"
     "De acuerdo|Algo de acuerdo|Parcialmente de acuerdo;"
     "Totalmente de acuerdo|Muy de acuerdo|Completamente de acuerdo|Fuertemente de acuerdo"},
    {"es", "es-agreement-5",
     "Totalmente en desacuerdo|Muy en desacuerdo|Completamente en desacuerdo|"
     "Fuertemente en desacuerdo;En desacuerdo|Algo en desacuerdo|Parcialmente en desacuerdo;"
     "Ni de acuerdo ni en desacuerdo|Ni en acuerdo ni en desacuerdo|Neutral|Indiferente|"
     "Neutro;De acuerdo|Algo de acuerdo|Parcialmente de acuerdo;"
     "Totalmente de acuerdo|Muy de acuerdo|Completamente de acuerdo|Fuertemente de acuerdo"},
    {"es", "es-frequency-4",
     "Nunca;Rara vez|Raramente|Casi nunca|Pocas veces;"
     "A veces|Algunas veces|De vez en cuando|Ocasionalmente;"
     "Con frecuencia|Frecuentemente|A menudo|Casi siempre|Generalmente|Siempre"},
    {"es", "es-frequency-5",
     "Nunca;Rara vez|Raramente|Casi nunca|Pocas veces;"
     "A veces|Algunas veces|De vez en cuando|Ocasionalmente;"
     "Con frecuencia|Frecuentemente|A menudo|Casi siempre|Muchas veces|Generalmente;Siempre"},
    {"es", "es-importance-5",
     "Nada importante|Sin importancia|No es importante;Poco importante;"
     "Moderadamente importante|Algo importante|Medianamente importante|Neutral;"
     "Importante|Bastante importante;Muy importante|Extremadamente importante|"
     "Sumamente importante"},
    {"es", "es-satisfaction-5",
     "Muy insatisfecho|Muy insatisfecha|Nada satisfecho|Nada satisfecha;"
     "Insatisfecho|Insatisfecha|Poco satisfecho|Poco satisfecha;"
     "Ni satisfecho ni insatisfecho|Ni satisfecha ni insatisfecha|Neutral;"
     "Satisfecho|Satisfecha|Bastante satisfecho|Bastante satisfecha;"
     "Muy satisfecho|Muy satisfecha"},
    {"es", "es-likelihood-5",
     "Muy improbable|Nada probable;Improbable|Poco probable;"
     "Ni probable ni improbable|Neutral;Probable|Bastante probable;"
     "Muy probable|Extremadamente probable"},
    {"es", "es-quantity-4", "Nada;Poco;Bastante;Mucho"},
    {"es", "es-quantity-5", "Nada;Poco;Algo|Regular|Moderadamente;Bastante;Mucho|Muchísimo"},
    {"es", "es-quality-5",
     "Muy malo|Muy mala|Pésimo|Pésima;Malo|Mala;Regular|Aceptable;Bueno|Buena;"
     "Muy bueno|Muy buena|Excelente"},

    // ---- French
    {"fr", "fr-agreement-4",
     "Pas du tout d'accord;Plutôt pas d'accord|Pas d'accord|Plutôt en désaccord;"
     "Plutôt d'accord;Tout à fait d'accord|Totalement d'accord|Entièrement d'accord"},
    {"fr", "fr-agreement-5",
     "Pas du tout d'accord|Tout à fait en désaccord|Fortement en désaccord|"
     "Totalement en désaccord;Plutôt pas d'accord|Pas d'accord|Plutôt en désaccord|"
     "En désaccord;Ni d'accord ni pas d'accord|Ni d'accord ni en désaccord|Neutre;"
     "Plutôt d'accord|D'accord;Tout à fait d'accord|Totalement d'accord|Fortement d'accord|"
     "Entièrement d'accord"},
    {"fr", "fr-frequency-4", "Jamais;Rarement|Parfois;Souvent;Toujours|Très souvent"},
    {"fr", "fr-frequency-5",
     "Jamais;Rarement|Presque jamais;"
     "Parfois|De temps en temps|Quelquefois|Occasionnellement|De temps à autre;"
     "Souvent|Fréquemment|La plupart du temps|Très souvent;Toujours|Tout le temps"},
    {"fr", "fr-importance-4",
     "Pas du tout important|Pas important;Peu important;"
     "Assez important|Plutôt important|Important;Très important"},
    {"fr", "fr-importance-5",
     "Pas du tout important|Pas important;Peu important;Moyennement important|Neutre;"
     "Important|Assez important|Plutôt important;"
     "Très important|Extrêmement important|Essentiel"},
    {"fr", "fr-satisfaction-4",
     "Pas du tout satisfait|Pas du tout satisfaite|Très insatisfait|Très insatisfaite;"
     "Plutôt insatisfait|Plutôt insatisfaite|Peu satisfait|Peu satisfaite|Insatisfait|"
     "Insatisfaite|Plutôt pas satisfait;"
     "Plutôt satisfait|Plutôt satisfaite|Satisfait|Satisfaite|Assez satisfait|"
     "Assez satisfaite;Très satisfait|Très satisfaite|Tout à fait satisfait|"
     "Tout à fait satisfaite"},
    {"fr", "fr-satisfaction-5",
     "Pas du tout satisfait|Pas du tout satisfaite|Très insatisfait|Très insatisfaite;"
     "Plutôt insatisfait|Plutôt insatisfaite|Peu satisfait|Peu satisfaite|Insatisfait|"
     "Insatisfaite;Ni satisfait ni insatisfait|Ni satisfaite ni insatisfaite|Neutre;"
     "Plutôt satisfait|Plutôt satisfaite|Satisfait|Satisfaite|Assez satisfait;"
     "Très satisfait|Très satisfaite|Tout à fait satisfait|Tout à fait satisfaite"},
    {"fr", "fr-likelihood-5",
     "Très improbable|Pas du tout probable;Improbable|Peu probable;"
     "Ni probable ni improbable|Neutre;Probable|Assez probable|Plutôt probable;"
     "Très probable|Extrêmement probable"},
    {"fr", "fr-quantity-4", "Pas du tout;Un peu|Peu;Assez|Moyennement;Beaucoup"},
    {"fr", "fr-quantity-5",
     "Pas du tout;Un peu|Peu;Moyennement|Modérément|Assez;Beaucoup;"
     "Énormément|Extrêmement|Tout à fait"},
    {"fr", "fr-quality-5",
     "Très mauvais|Très mauvaise;Mauvais|Mauvaise|Médiocre;"
     "Moyen|Moyenne|Passable|Correct|Correcte;Bon|Bonne;"
     "Très bon|Très bonne|Excellent|Excellente"},
};

/** Answers that are not a point of any scale: kept as options after the scale, score NaN. */
constexpr const char* kNonSubstantive[] = {
    // it
    "Non so",
    "Non saprei",
    "Non so / Non rispondo",
    "Non sa",
    "Non sa / Non risponde",
    "Preferisco non rispondere",
    "Preferisco non dirlo",
    "Non applicabile",
    "Non pertinente",
    "Nessuna opinione",
    "Non ho un'opinione",
    "Senza opinione",
    "N/D",
    "ND",
    // en
    "Don't know",
    "Dont know",
    "Do not know",
    "I don't know",
    "Not sure",
    "Unsure",
    "No opinion",
    "Prefer not to say",
    "Prefer not to answer",
    "I prefer not to answer",
    "Not applicable",
    "N/A",
    "NA",
    "Can't say",
    "Cannot say",
    // de
    "Weiß nicht",
    "Weiss nicht",
    "Keine Angabe",
    "Keine Ahnung",
    "Kann ich nicht beurteilen",
    "Keine Meinung",
    "Nicht zutreffend",
    "Möchte ich nicht sagen",
    "k.A.",
    "Weiß ich nicht",
    // es
    "No sé",
    "No lo sé",
    "No sabe",
    "NS/NC",
    "No sabe / No contesta",
    "Prefiero no responder",
    "Prefiero no contestar",
    "No aplica",
    "No corresponde",
    "Sin opinión",
    // fr
    "Ne sais pas",
    "Je ne sais pas",
    "Ne sait pas",
    "Sans opinion",
    "Ne se prononce pas",
    "NSP",
    "Non concerné",
    "Pas concerné",
    "Non applicable",
    "Je préfère ne pas répondre",
    "Préfère ne pas répondre",
};

/** Openings of longer "don't know" answers ("No sé qué es el paquete tidyverse"). */
constexpr const char* kNonSubstantivePrefixes[] = {
    "Non so ",     "No sé ",          "I don't know ",   "Don't know ",
    "Weiß nicht ", "Weiß ich nicht ", "Je ne sais pas ", "Ne sais pas ",
};

bool isApostrophe(char16_t u) {
    return u == u'\'' || u == 0x2019 || u == 0x2018 || u == 0x0060 || u == 0x00B4 || u == 0x02BC;
}

// A number written as a whole scale point: "3", "10".
std::optional<int> bareNumber(QStringView s) {
    if (s.isEmpty() || s.size() > 2)
        return std::nullopt;
    int n = 0;
    for (QChar c : s) {
        if (c.unicode() < '0' || c.unicode() > '9')
            return std::nullopt;
        n = n * 10 + (c.unicode() - '0');
    }
    return n;
}

bool hasLetter(QStringView s) {
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.isLetter(); });
}

struct Numbered {
    int number = -1;
    QString label; // empty for a bare number
};

// "3", "1 - Per niente", "1 = Not at all", "(1) Mai", "1. Mai", "Per niente (1)", "Mai - 1".
std::optional<Numbered> parseNumbered(QStringView raw) {
    static const QString separators = QStringLiteral("-–—=:.)/");
    const QStringView s = raw.trimmed();
    if (auto n = bareNumber(s))
        return Numbered{*n, QString()};
    // Leading number.
    {
        QStringView t = s;
        if (t.startsWith(QLatin1Char('(')))
            t = t.mid(1);
        qsizetype k = 0;
        while (k < t.size() && k < 3 && t[k].unicode() >= '0' && t[k].unicode() <= '9')
            ++k;
        if (k >= 1 && k <= 2) {
            const auto n = bareNumber(t.left(k));
            QStringView rest = t.mid(k);
            const bool spaced = !rest.isEmpty() && rest.front().isSpace();
            rest = rest.trimmed();
            if (!rest.isEmpty() && separators.contains(rest.front())) {
                rest = rest.mid(1).trimmed();
                if (hasLetter(rest))
                    return Numbered{*n, s.toString()};
            } else if (spaced && hasLetter(rest) && rest.front().isLetter()) {
                return Numbered{*n, s.toString()};
            }
        }
    }
    // Trailing number: "Per niente (1)", "Per niente - 1".
    {
        QStringView t = s;
        bool paren = false;
        if (t.endsWith(QLatin1Char(')'))) {
            t.chop(1);
            paren = true;
        }
        qsizetype k = 0;
        while (k < t.size() && k < 3 && t[t.size() - 1 - k].unicode() >= '0' &&
               t[t.size() - 1 - k].unicode() <= '9')
            ++k;
        if (k >= 1 && k <= 2) {
            const auto n = bareNumber(t.right(k));
            QStringView rest = t.chopped(k).trimmed();
            if (paren) {
                if (!rest.endsWith(QLatin1Char('(')))
                    return std::nullopt;
                rest.chop(1);
            } else {
                if (rest.isEmpty() || !separators.contains(rest.back()))
                    return std::nullopt;
                rest.chop(1);
            }
            if (hasLetter(rest))
                return Numbered{*n, s.toString()};
        }
    }
    return std::nullopt;
}

// Lower-cases the first letter of a label when the column writes its labels that way.
QString adaptCase(const QString& label, bool lowerInitials) {
    if (!lowerInitials || label.isEmpty())
        return label;
    QString out = label;
    out[0] = out[0].toLower();
    return out;
}

} // namespace

ScaleLibrary::ScaleLibrary() {
    for (const ScaleRow& row : kScales) {
        Scale scale;
        scale.language = QString::fromLatin1(row.language);
        scale.name = QString::fromLatin1(row.name);
        const QStringList points = QString::fromUtf8(row.points).split(QLatin1Char(';'));
        for (const QString& point : points) {
            QStringList spellings = point.split(QLatin1Char('|'));
            for (QString& s : spellings)
                s = s.trimmed();
            scale.points.append(spellings);
        }
        m_scales.append(scale);
    }
    index();
}

ScaleLibrary::ScaleLibrary(QList<Scale> scales)
    : m_scales(std::move(scales)) {
    index();
}

void ScaleLibrary::index() {
    for (const char* s : kNonSubstantive)
        m_nonSubstantive.insert(normalize(QString::fromUtf8(s)));
    for (const char* s : kNonSubstantivePrefixes)
        m_nonSubstantivePrefixes.append(normalize(QString::fromUtf8(s)) + QLatin1Char(' '));
    for (int s = 0; s < m_scales.size(); ++s)
        for (int p = 0; p < m_scales[s].points.size(); ++p)
            for (const QString& spelling : m_scales[s].points[p]) {
                auto& list = m_index[normalize(spelling)];
                if (!list.contains(qMakePair(s, p)))
                    list.append(qMakePair(s, p));
            }
}

QString ScaleLibrary::normalize(QStringView label) {
    const QString decomposed = label.toString().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    bool afterApostrophe = false;
    for (QChar c : decomposed) {
        const char16_t u = c.unicode();
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (isApostrophe(u)) {
            // "d' accordo", "d ’accordo" and "d'accordo" are the same words.
            if (out.endsWith(QLatin1Char(' ')))
                out.chop(1);
            out += QLatin1Char('\'');
            pendingSpace = false;
            afterApostrophe = true;
            continue;
        }
        if (u == 0x00DF) { // ß: "Weiß" and "Weiss" are spelled both ways
            if (pendingSpace && !out.isEmpty() && !afterApostrophe)
                out += QLatin1Char(' ');
            out += QLatin1String("ss");
            pendingSpace = afterApostrophe = false;
            continue;
        }
        if (c.isLetterOrNumber()) {
            if (pendingSpace && !out.isEmpty() && !afterApostrophe)
                out += QLatin1Char(' ');
            out += c.toLower();
            pendingSpace = afterApostrophe = false;
            continue;
        }
        pendingSpace = true;
    }
    // A point number written with the label ("1 - Strongly disagree", "Mai (1)") is not part of
    // the label; a number alone ("2") or a range ("18 24") stays.
    auto isDigitAt = [&](int i) {
        return out[i].unicode() >= '0' && out[i].unicode() <= '9';
    };
    int k = 0;
    while (k < out.size() && k < 3 && isDigitAt(k))
        ++k;
    if (k >= 1 && k <= 2 && k + 1 < out.size() && out[k] == QLatin1Char(' ') &&
        out[k + 1].isLetter())
        out.remove(0, k + 1);
    k = 0;
    while (k < out.size() && k < 3 && isDigitAt(out.size() - 1 - k))
        ++k;
    if (k >= 1 && k <= 2 && out.size() - k - 2 >= 0 &&
        out[out.size() - k - 1] == QLatin1Char(' ') && out[out.size() - k - 2].isLetter())
        out.chop(k + 1);
    return out;
}

bool ScaleLibrary::isNonSubstantive(QStringView label) const {
    return isNonSubstantiveKey(normalize(label));
}

bool ScaleLibrary::isNonSubstantiveKey(const QString& key) const {
    if (key.isEmpty())
        return false;
    if (m_nonSubstantive.contains(key))
        return true;
    return std::any_of(m_nonSubstantivePrefixes.begin(), m_nonSubstantivePrefixes.end(),
                       [&](const QString& p) { return key.startsWith(p); });
}

std::optional<ScaleMatch> ScaleLibrary::match(const QStringList& values,
                                              const std::vector<qint64>& counts) const {
    if (auto m = matchText(values, counts))
        return m;
    return matchNumbered(values, counts);
}

std::optional<ScaleMatch> ScaleLibrary::matchText(const QStringList& values,
                                                  const std::vector<qint64>& counts) const {
    const int n = int(values.size());
    if (std::count_if(counts.begin(), counts.end(), [](qint64 c) { return c > 0; }) > kMaxDistinct)
        return std::nullopt;
    QStringList keys;
    keys.reserve(n);
    std::vector<bool> dontKnow(n, false);
    qint64 answered = 0;
    QList<int> candidates;
    for (int v = 0; v < n; ++v) {
        keys.append(counts[v] > 0 ? normalize(values[v]) : QString());
        if (counts[v] <= 0)
            continue;
        answered += counts[v];
        dontKnow[v] = isNonSubstantiveKey(keys[v]);
        const auto it = m_index.constFind(keys[v]);
        if (it == m_index.constEnd())
            continue;
        for (const auto& sp : *it)
            if (!candidates.contains(sp.first))
                candidates.append(sp.first);
    }
    std::sort(candidates.begin(), candidates.end());

    struct Candidate {
        int scale = -1;
        int unknown = 0;
        std::vector<int> pointOfValue;
    };
    std::optional<Candidate> best;
    for (int s : candidates) {
        const Scale& scale = m_scales[s];
        Candidate c;
        c.scale = s;
        c.pointOfValue.assign(n, -1);
        std::vector<QString> keyOfPoint(scale.points.size());
        int matchedPoints = 0;
        int otherUnknown = 0;
        qint64 otherCount = 0;
        bool conflict = false;
        for (int v = 0; v < n && !conflict; ++v) {
            if (counts[v] <= 0)
                continue;
            int point = -1;
            const auto it = m_index.constFind(keys[v]);
            if (it != m_index.constEnd())
                for (const auto& sp : *it)
                    if (sp.first == s) {
                        point = sp.second;
                        break;
                    }
            if (point < 0) {
                if (!dontKnow[v]) {
                    ++otherUnknown;
                    otherCount += counts[v];
                }
                continue;
            }
            // Two different answers on one point means this is a finer scale than the row.
            if (!keyOfPoint[point].isNull() && keyOfPoint[point] != keys[v]) {
                conflict = true;
                break;
            }
            if (keyOfPoint[point].isNull()) {
                keyOfPoint[point] = keys[v];
                ++matchedPoints;
            }
            c.pointOfValue[v] = point;
        }
        if (conflict || matchedPoints < 2)
            continue;
        // One stray answer is tolerated on a clearly recognised scale, if it is rare.
        if (otherUnknown > 1 ||
            (otherUnknown == 1 && (matchedPoints < 3 || otherCount * 10 > answered)))
            continue;
        c.unknown = otherUnknown;
        if (!best || c.unknown < best->unknown ||
            (c.unknown == best->unknown &&
             scale.points.size() < m_scales[best->scale].points.size()))
            best = std::move(c);
    }
    if (!best)
        return std::nullopt;

    const Scale& scale = m_scales[best->scale];
    const int k = int(scale.points.size());
    ScaleMatch out;
    out.scale = scale.name;
    out.optionOfValue.assign(n, -1);
    // Label of each point: the most frequent spelling used in the file, else the library's.
    std::vector<int> labelValue(k, -1);
    bool lowerInitials = true;
    for (int v = 0; v < n; ++v) {
        const int p = best->pointOfValue[v];
        if (p < 0)
            continue;
        if (labelValue[p] < 0 || counts[v] > counts[labelValue[p]])
            labelValue[p] = v;
        const QString& text = values[v];
        const auto first =
            std::find_if(text.begin(), text.end(), [](QChar c) { return c.isLetter(); });
        if (first != text.end() && first->isUpper())
            lowerInitials = false;
    }
    for (int p = 0; p < k; ++p) {
        out.options.append(labelValue[p] >= 0 ? values[labelValue[p]]
                                              : adaptCase(scale.points[p].first(), lowerInitials));
        out.scores.push_back(p + 1);
    }
    for (int v = 0; v < n; ++v)
        if (best->pointOfValue[v] >= 0)
            out.optionOfValue[v] = best->pointOfValue[v];
    // Answers off the scale follow it, in order of first appearance, and count in no mean.
    QHash<QString, int> extraByKey;
    for (int v = 0; v < n; ++v) {
        if (counts[v] <= 0 || best->pointOfValue[v] >= 0)
            continue;
        const auto it = extraByKey.constFind(keys[v]);
        if (it != extraByKey.constEnd()) {
            out.optionOfValue[v] = *it;
            continue;
        }
        extraByKey.insert(keys[v], int(out.options.size()));
        out.optionOfValue[v] = int(out.options.size());
        out.options.append(values[v]);
        out.scores.push_back(std::numeric_limits<double>::quiet_NaN());
    }
    return out;
}

std::optional<ScaleMatch> ScaleLibrary::matchNumbered(const QStringList& values,
                                                      const std::vector<qint64>& counts) const {
    const int n = int(values.size());
    if (std::count_if(counts.begin(), counts.end(), [](qint64 c) { return c > 0; }) > kMaxDistinct)
        return std::nullopt;
    std::vector<Numbered> parsed(n);
    std::vector<bool> extra(n, false);
    QMap<int, QString> labels; // number → label
    QSet<int> numbers;
    bool anyLabel = false;
    bool anyExtra = false;
    for (int v = 0; v < n; ++v) {
        if (counts[v] <= 0)
            continue;
        const auto p = parseNumbered(values[v]);
        if (!p) {
            if (!isNonSubstantive(values[v]))
                return std::nullopt;
            extra[v] = true;
            anyExtra = true;
            continue;
        }
        if (p->number > 10)
            return std::nullopt;
        parsed[v] = *p;
        numbers.insert(p->number);
        if (!p->label.isEmpty()) {
            anyLabel = true;
            const auto it = labels.constFind(p->number);
            if (it != labels.constEnd() && normalize(*it) != normalize(p->label))
                return std::nullopt;
            labels.insert(p->number, p->label);
        }
    }
    if (numbers.size() < 2)
        return std::nullopt;
    // Bare numbers are a numeric question unless a label or a "don't know" says it is a scale.
    if (!anyLabel && !(anyExtra && numbers.size() >= 3))
        return std::nullopt;
    int lo = *std::min_element(numbers.begin(), numbers.end());
    const int hi = *std::max_element(numbers.begin(), numbers.end());
    // Scales start at 0 or 1 even when nobody chose the bottom.
    if (lo > 1)
        lo = 1;
    if (hi - lo > 10)
        return std::nullopt;

    ScaleMatch out;
    out.scale = QStringLiteral("numbered");
    out.optionOfValue.assign(n, -1);
    for (int x = lo; x <= hi; ++x) {
        out.options.append(labels.value(x, QString::number(x)));
        out.scores.push_back(x);
    }
    QHash<QString, int> extraByKey;
    for (int v = 0; v < n; ++v) {
        if (counts[v] <= 0)
            continue;
        if (!extra[v]) {
            out.optionOfValue[v] = parsed[v].number - lo;
            continue;
        }
        const QString key = normalize(values[v]);
        const auto it = extraByKey.constFind(key);
        if (it != extraByKey.constEnd()) {
            out.optionOfValue[v] = *it;
            continue;
        }
        extraByKey.insert(key, int(out.options.size()));
        out.optionOfValue[v] = int(out.options.size());
        out.options.append(values[v]);
        out.scores.push_back(std::numeric_limits<double>::quiet_NaN());
    }
    return out;
}

} // namespace sondo
