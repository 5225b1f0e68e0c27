#include "import/infer/ScaleTable.h"

namespace sondo {

namespace {

constexpr ScaleTable::Row kScales[] = {
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
    // Interest, of a topic ("interessante") or of the respondent ("interessato").
    {"it", "it-interest-4",
     "Per niente interessante|Per nulla interessante|Non interessante;Poco interessante;"
     "Abbastanza interessante;Molto interessante"},
    {"it", "it-interest-5",
     "Per niente interessante|Per nulla interessante|Non interessante;Poco interessante;"
     "Abbastanza interessante;Molto interessante;Estremamente interessante|Interessantissimo"},
    {"it", "it-interested-4",
     "Per niente interessato|Per niente interessata|Per niente interessato/a|"
     "Per nulla interessato|Non interessato;Poco interessato|Poco interessata|"
     "Poco interessato/a;Abbastanza interessato|Abbastanza interessata|Abbastanza interessato/a;"
     "Molto interessato|Molto interessata|Molto interessato/a"},

    // Three points, as short questionnaires and KoboToolbox forms write them: with only these
    // answers in a column, a 5-point scale would invent the two ends nobody could choose.
    {"it", "it-agreement-3",
     "In disaccordo|Disaccordo|Non d'accordo;Né d'accordo né in disaccordo|Neutrale|Indifferente;"
     "D'accordo|In accordo"},
    {"it", "it-satisfaction-3",
     "Insoddisfatto|Insoddisfatta|Insoddisfatto/a;"
     "Né soddisfatto né insoddisfatto|Né soddisfatto/a né insoddisfatto/a|Neutrale;"
     "Soddisfatto|Soddisfatta|Soddisfatto/a"},
    {"it", "it-likelihood-3",
     "Improbabile|Poco probabile;Né probabile né improbabile|Neutrale;Probabile"},

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
    // Four points without "Always": "Never, Rarely, Occasionally, Usually" is a whole scale.
    {"en", "en-frequency-4b",
     "Never|Almost never;Rarely|Seldom;Sometimes|Occasionally;Often|Usually|Frequently"},
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
    {"en", "en-interest-5",
     "Not at all interested|Not interested;Slightly interested|A little interested;"
     "Moderately interested|Somewhat interested;Very interested;Extremely interested"},
    {"en", "en-interest-4",
     "Not at all interested|Not interested;Not very interested|Slightly interested;"
     "Somewhat interested|Fairly interested;Very interested"},
    {"en", "en-interesting-5",
     "Not at all interesting|Not interesting;Slightly interesting;"
     "Moderately interesting|Somewhat interesting;Very interesting;Extremely interesting"},

    {"en", "en-agreement-3",
     "Disagree;Neither agree nor disagree|Neither agree or disagree|Neutral|Undecided;Agree"},
    {"en", "en-satisfaction-3",
     "Dissatisfied|Unsatisfied;"
     "Neither satisfied nor dissatisfied|Neither dissatisfied nor satisfied|Neutral;Satisfied"},
    {"en", "en-likelihood-3",
     "Unlikely;Neither likely nor unlikely|Neither likely or unlikely|Neutral;Likely"},
    {"en", "en-quality-3", "Poor|Bad;Average|Fair|OK;Good"},
    // Liking, as food and product tests ask it ("Please rank each food": Enjoy / Ambivalent /
    // Dislike / Never tried it).
    {"en", "en-liking-3",
     "Dislike|Don't like|Do not like;Ambivalent|Neutral|Indifferent|Neither like nor dislike;"
     "Like|Enjoy"},
    {"en", "en-liking-5",
     "Dislike a lot|Strongly dislike|Dislike very much;Dislike|Dislike somewhat|Somewhat dislike;"
     "Neither like nor dislike|Ambivalent|Neutral|Indifferent;Like|Like somewhat|Somewhat like;"
     "Like a lot|Strongly like|Like very much|Love it|Love"},

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
    // The LimeSurvey scicom export writes Nicht, Kaum, Mäßig, (plain) Interessant, Sehr.
    {"de", "de-interest-5",
     "Nicht interessant|Gar nicht interessant|Überhaupt nicht interessant|Uninteressant;"
     "Kaum interessant|Wenig interessant|Eher uninteressant;"
     "Mäßig interessant|Etwas interessant|Mittelmäßig interessant;"
     "Interessant|Eher interessant|Ziemlich interessant;Sehr interessant"},
    {"de", "de-interested-5",
     "Überhaupt nicht interessiert|Gar nicht interessiert|Nicht interessiert;"
     "Wenig interessiert|Kaum interessiert;Mittelmäßig interessiert|Etwas interessiert;"
     "Ziemlich interessiert|Interessiert;Sehr interessiert"},

    {"de", "de-agreement-3",
     "Stimme nicht zu|Lehne ab;Teils/teils|Weder noch|Neutral|Unentschieden;Stimme zu"},
    {"de", "de-satisfaction-3",
     "Unzufrieden;Weder zufrieden noch unzufrieden|Teils/teils|Weder noch|Neutral;Zufrieden"},
    {"de", "de-likelihood-3",
     "Unwahrscheinlich;Weder wahrscheinlich noch unwahrscheinlich|Teils/teils|Weder noch|Neutral;"
     "Wahrscheinlich"},

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
    {"es", "es-interest-5",
     "Nada interesado|Nada interesada|Nada interesante;Poco interesado|Poco interesada|"
     "Poco interesante;Algo interesado|Algo interesada|Algo interesante;"
     "Bastante interesado|Bastante interesada|Bastante interesante;"
     "Muy interesado|Muy interesada|Muy interesante"},

    {"es", "es-agreement-3",
     "En desacuerdo|Desacuerdo;Ni de acuerdo ni en desacuerdo|Ni en acuerdo ni en desacuerdo|"
     "Neutral|Indiferente;De acuerdo"},
    {"es", "es-satisfaction-3",
     "Insatisfecho|Insatisfecha;Ni satisfecho ni insatisfecho|Ni satisfecha ni "
     "insatisfecha|Neutral;"
     "Satisfecho|Satisfecha"},
    {"es", "es-likelihood-3",
     "Improbable|Poco probable;Ni probable ni improbable|Neutral;Probable"},

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
    {"fr", "fr-interest-4",
     "Pas du tout intéressé|Pas du tout intéressée|Pas du tout intéressant;"
     "Peu intéressé|Peu intéressée|Peu intéressant;"
     "Assez intéressé|Assez intéressée|Plutôt intéressé|Plutôt intéressant|Assez intéressant;"
     "Très intéressé|Très intéressée|Très intéressant"},
    {"fr", "fr-agreement-3",
     "Pas d'accord|En désaccord;Ni d'accord ni pas d'accord|Neutre;D'accord"},
    {"fr", "fr-satisfaction-3",
     "Insatisfait|Insatisfaite|Mécontent|Mécontente;Ni satisfait ni insatisfait|Neutre;"
     "Satisfait|Satisfaite"},
    {"fr", "fr-likelihood-3", "Peu probable|Improbable;Ni probable ni improbable|Neutre;Probable"},
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
    // A liking or satisfaction question about something not everyone has had.
    "Never tried it",
    "Never tried",
    "Haven't tried it",
    "Have not tried it",
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

} // namespace

std::span<const ScaleTable::Row> ScaleTable::scales() {
    return kScales;
}

std::span<const char* const> ScaleTable::nonSubstantive() {
    return kNonSubstantive;
}

std::span<const char* const> ScaleTable::nonSubstantivePrefixes() {
    return kNonSubstantivePrefixes;
}

} // namespace sondo
