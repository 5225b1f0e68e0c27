#!/usr/bin/env python3
"""Generates the bundled demo survey of Sondo.

A synthetic "Remote Working e Contact Center" survey of the Italian Club CMMC (contact-center
managers) during the Covid emergency of March 2020, written exactly as Google Forms exports an
Italian form's responses sheet as CSV: first column `Informazioni cronologiche` (dd/MM/yyyy H.mm.ss),
UTF-8 without BOM, comma-delimited, minimal quoting, checkbox answers joined with ", " in the form's
option order, LF line ends and no newline after the last row.

The respondents are invented; the figures are shaped to tell the story the Club published (two
thirds expect a permanent change, over 80% saw digital channels grow, over three quarters of the
staff worked remotely where remote work was introduced), and the segments matter (bigger contact
centres introduced remote work more often; public administration agrees less with the change).

Standard library only, one fixed seed: the output is byte-identical on every run.

Usage: make_demo_survey.py [OUT.csv]   (default: resources/demo/remote_working_contact_center.csv)
"""

import csv
import io
import math
import os
import random
import sys
from datetime import datetime, timedelta

SEED = 20200316
RESPONDENTS = 300

AGREE = [
    "Per niente d'accordo",
    "Poco d'accordo",
    "Né d'accordo né in disaccordo",
    "Abbastanza d'accordo",
    "Molto d'accordo",
]
SATISFIED = [
    "Per niente soddisfatto",
    "Poco soddisfatto",
    "Né soddisfatto né insoddisfatto",
    "Abbastanza soddisfatto",
    "Molto soddisfatto",
]

SECTORS = [
    ("Banche e assicurazioni", 18),
    ("Telecomunicazioni", 14),
    ("Utility ed energia", 13),
    ("Pubblica amministrazione", 14),
    ("Retail e e-commerce", 11),
    ("Outsourcer / BPO", 16),
    ("Sanità", 7),
    ("Altro", 7),
]
SIZES = ["Fino a 50 postazioni", "51-200 postazioni", "201-500 postazioni", "Oltre 500 postazioni"]
# Outsourcers run the big floors, the public administration and health the small ones.
SIZE_WEIGHTS = {
    "Outsourcer / BPO": [8, 22, 35, 35],
    "Telecomunicazioni": [12, 28, 30, 30],
    "Banche e assicurazioni": [20, 38, 26, 16],
    "Pubblica amministrazione": [40, 38, 15, 7],
    "Sanità": [45, 35, 15, 5],
}
SIZE_WEIGHTS_DEFAULT = [28, 36, 22, 14]
ROLES = [
    ("Direttore / Responsabile customer service", 22),
    ("Responsabile contact center", 34),
    ("Team leader / Supervisor", 20),
    ("Operations / Workforce management", 16),
    ("Altro", 8),
]
AREAS = [("Nord-Ovest", 36), ("Nord-Est", 20), ("Centro", 27), ("Sud e Isole", 17)]

GREW = ["Sì, molto", "Sì, in parte", "No, sono rimasti stabili", "No, sono diminuiti"]
CHANNELS = [
    ("Chat / live chat", 0.62),
    ("Email", 0.47),
    ("Social media", 0.31),
    ("App di messaggistica (WhatsApp, Telegram)", 0.44),
    ("Chatbot / assistente virtuale", 0.27),
    ("Videochiamata", 0.19),
    ("Self-service web", 0.35),
]
REMOTE = ["Sì, per tutto il personale", "Sì, per una parte del personale", "No"]
# Probability of (all staff, part of the staff, no) by contact-centre size.
REMOTE_BY_SIZE = [
    [0.20, 0.33, 0.47],
    [0.36, 0.44, 0.20],
    [0.52, 0.40, 0.08],
    [0.62, 0.35, 0.03],
]
EFFECTS = [
    ("Equilibrio vita-lavoro", 0.69),
    ("Continuità del servizio", 0.61),
    ("Produttività", 0.38),
    ("Coinvolgimento dei collaboratori", 0.26),
    ("Controllo e monitoraggio", 0.33),
    ("Costi", 0.21),
    ("Formazione a distanza", 0.29),
]

HEADER = [
    "Informazioni cronologiche",
    "Settore",
    "Dimensione del contact center",
    "Ruolo",
    "Area geografica",
    "L'emergenza Covid cambierà in modo permanente i modelli organizzativi del contact center",
    "I clienti hanno preso coscienza che gli strumenti digitali li servono meglio",
    "I clienti hanno bisogno di formazione per usare i canali digitali",
    "Durante l'emergenza i canali digitali sono cresciuti?",
    "Quali canali sono cresciuti di più?",
    "Avete introdotto il lavoro da remoto durante l'emergenza?",
    "Percentuale del personale che ha lavorato da remoto (%)",
    "Che cosa ha cambiato il lavoro da remoto?",
    "Quanto siete soddisfatti degli strumenti tecnologici per il lavoro da remoto?",
    "Ore di formazione a distanza per operatore (media mensile)",
    "Commenti e suggerimenti",
]

# Long free-text answers, each used at most once; commas, quotes and line breaks on purpose.
COMMENTS = [
    "Il lavoro da remoto ha funzionato meglio del previsto, ma serve una policy aziendale chiara.",
    "Abbiamo portato 400 operatori a casa in una settimana: non pensavamo fosse possibile.",
    "La vera difficoltà è stata la fornitura dei PC portatili, non la tecnologia di centralino.",
    "Serve un accordo sindacale sul lavoro agile, altrimenti tornare indietro sarà inevitabile.",
    "Il \"nuovo normale\" richiederà di ripensare la formazione degli operatori.",
    "I team leader fanno fatica a seguire le persone a distanza, soprattutto i nuovi assunti.",
    "Molti clienti anziani hanno chiamato per la prima volta la chat: andrebbero accompagnati.",
    "Ottima iniziativa del Club, sarebbe utile ripetere l'indagine tra sei mesi.",
    "La connettività domestica è il punto debole: in alcune zone del Sud la banda non basta.",
    "Abbiamo introdotto il chatbot in emergenza, ora dobbiamo migliorarne le risposte.",
    "Il monitoraggio della qualità da remoto è ancora tutto da inventare.",
    "Per la PA il problema è normativo prima che tecnologico.",
    "Gli operatori chiedono di restare in smart working almeno due giorni a settimana.",
    "Il volume di email è raddoppiato e i tempi di risposta sono peggiorati.\n"
    "Stiamo valutando strumenti di classificazione automatica.",
    "WhatsApp Business è diventato in pochi giorni il canale preferito dai nostri clienti.",
    "Sarebbe utile un confronto tra aziende sugli strumenti di workforce management da remoto.",
    "La sicurezza dei dati con le postazioni domestiche preoccupa il nostro ufficio compliance.",
    "Abbiamo scoperto che la produttività non è calata, anzi in alcuni turni è cresciuta.",
    "Il coinvolgimento delle persone è la sfida più grande: le riunioni su video stancano.",
    "Chiediamo al Club di promuovere linee guida condivise sul lavoro da remoto nei contact center.",
    "Nel nostro caso l'outsourcer non era pronto e abbiamo dovuto internalizzare parte del servizio.",
    "I clienti hanno apprezzato la videochiamata, soprattutto per le pratiche più complesse.",
    "Il self-service web ha assorbito molte richieste semplici, liberando gli operatori.",
    "Abbiamo dovuto rivedere tutti gli script: i clienti chiamavano spaventati, non per un servizio.",
    "La formazione a distanza funziona per i contenuti brevi, meno per l'affiancamento.",
    "Tornare in sede sarà complicato: le postazioni vanno distanziate e metà non basta.",
    "Il softphone ha dato problemi i primi giorni, poi tutto si è stabilizzato.",
    "Occorre investire sul benessere degli operatori, \"isolati\" a casa per settimane.",
    "Gli indicatori tradizionali (AHT, FCR) vanno ripensati per il lavoro da remoto.",
    "Abbiamo chiuso lo sportello fisico e aperto un canale di prenotazione online in tre giorni.",
    "Il cliente digitale c'era già, l'emergenza lo ha solo reso visibile.",
    "Ci è mancato un piano di continuità operativa scritto prima: ora lo abbiamo.",
    "Il cloud contact center si è dimostrato indispensabile; chi era on-premise ha sofferto.",
    "Le ore di formazione sono aumentate perché abbiamo formato anche il personale del back office.",
    "Chi lavora da casa con figli piccoli ha avuto grandi difficoltà, va tenuto in conto.",
    "Il dialogo con i sindacati è stato costruttivo, speriamo continui.",
    "Vorremmo capire come gli altri misurano la produttività degli operatori da remoto.",
    "Nei primi giorni il traffico telefonico è triplicato, poi si è assestato.",
    "Per noi della sanità il telefono resta il canale principale, il digitale è complementare.",
    "Alcuni clienti non sanno usare l'app e chiedono aiuto al telefono: serve educazione digitale.",
    "Un grazie a tutti gli operatori che hanno garantito il servizio in queste settimane.",
    "Il questionario è utile; aggiungerei una domanda sui costi sostenuti per l'emergenza.",
    "Abbiamo avuto difficoltà con la VPN: troppi accessi contemporanei.\nRisolto aumentando le licenze.",
    "La chat ha ridotto le chiamate del 20%, ma richiede operatori con una scrittura curata.",
    "Le persone vanno formate a lavorare per obiettivi, non per presenza.",
    "Il lavoro da remoto ha ridotto l'assenteismo in modo sorprendente.",
    "Alcuni processi richiedono ancora la carta: la digitalizzazione del back office è urgente.",
    "Le aziende clienti dell'outsourcer hanno chiesto garanzie sulla privacy, giustamente.",
    "Servono cuffie e sedie adeguate anche a casa: l'ergonomia non è un dettaglio.",
    "Il \"contact center diffuso\" è una realtà, non torneremo al modello di prima.",
    "Abbiamo usato la pausa forzata per fare formazione su prodotti e soft skills.",
    "I picchi di traffico vanno gestiti con una pianificazione più flessibile, anche su base oraria.",
    "Nessun problema tecnico rilevante, il vero tema è culturale.",
    "La comunicazione interna è stata fondamentale: un messaggio del direttore ogni mattina.",
    "Speriamo che il legislatore renda più semplice il lavoro agile anche dopo l'emergenza.",
    "Le chiamate sono diventate più lunghe e più emotive; gli operatori vanno supportati.",
    "Abbiamo attivato il callback automatico per ridurre le attese, con buoni risultati.",
    "Il supervisor da remoto deve diventare un coach: nuove competenze, nuova formazione.",
    "Gli strumenti di collaborazione (Teams, Zoom, Meet) hanno cambiato il modo di fare le riunioni.",
    "Difficile valutare ora, ne riparleremo a emergenza finita.",
    "Le utility hanno visto crescere le autoletture via app, un cambiamento che resterà.",
    "Gli operatori più giovani si sono adattati subito, quelli con più anzianità meno.",
]
# Short answers people leave over and over.
SHORT_COMMENTS = ["Nessuno", "Nessun commento", "Grazie", "Ottima iniziativa", "Grazie per l'iniziativa!", "-"]


def weighted(rng, pairs):
    labels = [p[0] for p in pairs]
    weights = [p[1] for p in pairs]
    return rng.choices(labels, weights=weights)[0]


def scale_answer(rng, labels, weights):
    return rng.choices(labels, weights=weights)[0]


def pick_many(rng, options, boost=None):
    """Checkbox answer: each option ticked independently, at least one; form order kept."""
    boost = boost or {}
    while True:
        chosen = [label for label, p in options if rng.random() < min(0.95, p * boost.get(label, 1.0))]
        if chosen:
            return ", ".join(chosen)


def italian_number(value):
    """A number as an Italian Google Sheet prints it: no thousands sign, decimal comma."""
    if value == int(value):
        return str(int(value))
    return ("%g" % value).replace(".", ",")


def make_rows(rng):
    # Invitation mailed on Monday 16 March: most answers in the first days, few at weekends, and
    # during office hours with a lunch dip.
    first_day = datetime(2020, 3, 16)
    day_weights = []
    for offset in range(16):
        day = first_day + timedelta(days=offset)
        weight = 100.0 * 0.78**offset + 4
        day_weights.append(weight * (0.25 if day.weekday() >= 5 else 1.0))
    stamps = []
    for _ in range(RESPONDENTS):
        day = first_day + timedelta(days=rng.choices(range(16), weights=day_weights)[0])
        hour = rng.gauss(10.8, 1.4) if rng.random() < 0.55 else rng.gauss(16.0, 2.2)
        seconds = int(min(max(hour, 7.0), 23.9) * 3600)
        stamps.append(day + timedelta(seconds=seconds))
    stamps.sort()

    comments = COMMENTS[:]
    rng.shuffle(comments)

    rows = []
    for stamp in stamps:
        sector = weighted(rng, SECTORS)
        size_index = rng.choices(range(4), weights=SIZE_WEIGHTS.get(sector, SIZE_WEIGHTS_DEFAULT))[0]
        size = SIZES[size_index]
        role = weighted(rng, ROLES)
        area = weighted(rng, AREAS)
        public = sector == "Pubblica amministrazione"

        change = scale_answer(rng, AGREE, [10, 22, 28, 28, 12] if public else [3, 8, 19, 42, 28])
        digital_better = scale_answer(rng, AGREE, [6, 16, 22, 38, 18])
        need_training = scale_answer(rng, AGREE, [3, 9, 16, 44, 28])

        grew = rng.choices(GREW, weights=[37, 47, 13, 3])[0]
        channels = ""
        if grew.startswith("Sì"):
            boost = {"Chatbot / assistente virtuale": 1.4, "Videochiamata": 0.8} if size_index >= 2 else {}
            channels = pick_many(rng, CHANNELS, boost)

        remote = rng.choices(REMOTE, weights=REMOTE_BY_SIZE[size_index])[0]
        percent = effects = satisfaction = ""
        if remote != "No":
            if remote == REMOTE[0]:
                value = rng.choices([100, 98, 95, 90], weights=[70, 5, 15, 10])[0]
            else:
                value = 5 * round(rng.triangular(30, 95, 82) / 5)
            percent = str(value)
            effects = pick_many(rng, EFFECTS)
            satisfaction = scale_answer(rng, SATISFIED, [4, 12, 20, 44, 20])

        # Remote training hours grow with the size of the floor; a few leave the number out.
        hours = ""
        if rng.random() > 0.06:
            raw = max(0.0, rng.gauss(2.0 + 1.1 * size_index, 1.4))
            step = 0.25 if rng.random() < 0.1 else 0.5
            hours = italian_number(round(raw / step) * step)

        comment = ""
        if rng.random() < 0.30:
            if comments and rng.random() < 0.85:
                comment = comments.pop()
            else:
                comment = rng.choice(SHORT_COMMENTS)

        rows.append(
            [
                "%s %d.%02d.%02d" % (stamp.strftime("%d/%m/%Y"), stamp.hour, stamp.minute, stamp.second),
                sector,
                size,
                role,
                area,
                change,
                digital_better,
                need_training,
                grew,
                channels,
                remote,
                percent,
                effects,
                satisfaction,
                hours,
                comment,
            ]
        )
    return rows


def chi_square_even_df(table):
    """Pearson chi-square and its p-value; the survival function is closed-form for even df."""
    rows = [r for r in table if sum(r)]
    cols = [j for j in range(len(rows[0])) if sum(r[j] for r in rows)]
    total = sum(sum(r) for r in rows)
    stat = 0.0
    for r in rows:
        for j in cols:
            expected = sum(r) * sum(x[j] for x in rows) / total
            stat += (r[j] - expected) ** 2 / expected
    df = (len(rows) - 1) * (len(cols) - 1)
    assert df % 2 == 0
    half = stat / 2
    p = math.exp(-half) * sum(half**k / math.factorial(k) for k in range(df // 2))
    return stat, df, p


def headline(rows):
    n = len(rows)
    col = {name: i for i, name in enumerate(HEADER)}

    def share(values, pred):
        values = [v for v in values if v != ""]
        return 100.0 * sum(1 for v in values if pred(v)) / len(values), len(values)

    change = [r[col[HEADER[5]]] for r in rows]
    top2, base = share(change, lambda v: v in AGREE[3:])
    print("Respondents: %d" % n)
    print("Permanent change, top-2-box: %.1f%% (base %d)" % (top2, base))
    pa = [r[5] for r in rows if r[1] == "Pubblica amministrazione"]
    rest = [r[5] for r in rows if r[1] != "Pubblica amministrazione"]
    print(
        "  Pubblica amministrazione %.1f%% (base %d) vs other sectors %.1f%% (base %d)"
        % (share(pa, lambda v: v in AGREE[3:]) + share(rest, lambda v: v in AGREE[3:]))
    )
    for i in (6, 7):
        print("%s, top-2-box: %.1f%%" % (HEADER[i], share([r[i] for r in rows], lambda v: v in AGREE[3:])[0]))
    grew, base = share([r[8] for r in rows], lambda v: v.startswith("Sì"))
    print("Digital channels grew (Sì, molto + Sì, in parte): %.1f%% (base %d)" % (grew, base))
    answered = [r[9] for r in rows if r[9]]
    print("Channels that grew most (base %d):" % len(answered))
    for label, _ in CHANNELS:
        print("  %-45s %.1f%%" % (label, 100.0 * sum(label in a for a in answered) / len(answered)))
    remote = [r[10] for r in rows]
    for label in REMOTE:
        print("Remote work %-32s %.1f%%" % (label + ":", 100.0 * remote.count(label) / n))
    percents = [int(r[11]) for r in rows if r[11]]
    print("Staff working remotely among introducers: mean %.1f%% (base %d)" % (sum(percents) / len(percents), len(percents)))
    effects = [r[12] for r in rows if r[12]]
    print("What remote work changed (base %d):" % len(effects))
    for label, _ in sorted(EFFECTS, key=lambda e: -sum(e[0] in a for a in effects)):
        print("  %-45s %.1f%%" % (label, 100.0 * sum(label in a for a in effects) / len(effects)))
    sat, base = share([r[13] for r in rows], lambda v: v in SATISFIED[3:])
    print("Satisfied with remote tools, top-2-box: %.1f%% (base %d)" % (sat, base))
    hours = [float(r[14].replace(",", ".")) for r in rows if r[14]]
    print("Remote training hours per operator: mean %.2f (base %d)" % (sum(hours) / len(hours), len(hours)))
    print("Comments: %d" % sum(1 for r in rows if r[15]))
    table = [[sum(1 for r in rows if r[2] == s and r[10] == x) for x in REMOTE] for s in SIZES]
    stat, df, p = chi_square_even_df(table)
    print("Remote work by size (all / part / no):")
    for s, counts in zip(SIZES, table):
        print("  %-22s %s  -> introduced %.1f%%" % (s, counts, 100.0 * (counts[0] + counts[1]) / sum(counts)))
    print("  chi-square %.2f, df %d, p = %.3g" % (stat, df, p))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "resources", "demo", "remote_working_contact_center.csv")
    rows = make_rows(random.Random(SEED))
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=",", quotechar='"', quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(rows)
    # Google Sheets ends the last row without a newline.
    text = buffer.getvalue()[:-1]
    with open(out, "wb") as f:
        f.write(text.encode("utf-8"))
    print("Wrote %s" % os.path.normpath(out))
    headline(rows)


if __name__ == "__main__":
    main()
