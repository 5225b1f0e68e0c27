#!/usr/bin/env bash
# Writes the SPSS and Stata test fixtures of tests/data/spss/ with PSPP (pspp) and R's foreign
# package (Rscript, Debian package r-cran-foreign). The files are committed, so neither tool is
# needed to build or test; run this again only to change them:
#
#     bash scripts/make_spss_fixtures.sh           # every fixture
#     bash scripts/make_spss_fixtures.sh profile   # only profile.sav
#     bash scripts/make_spss_fixtures.sh reversed  # only reversed_agreement.sav
#
# It also prints PSPP's FREQUENCIES of the survey, which is where the expected counts in
# tests/core/tst_statreader.cpp come from.
set -euo pipefail

OUT="$(cd "$(dirname "$0")/.." && pwd)/tests/data/spss"
mkdir -p "$OUT"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"

# --- profile.sav: what the SPSS format profile groups (tests/core/tst_spssprofile.cpp). Dichotomy
# variables whose labels share a stem ("Q - Option", "Q: Option", "Q [Option]"), a grid of rated
# items, a lone dichotomy, a respondent id, a dichotomy set counting 2 (so "1" means not chosen)
# and a category set. No case names one category twice, so each option's count in the category
# set is the sum of its FREQUENCIES over mot1..mot3 (PSPP 1.6 has no MULT RESPONSE).
write_profile_fixture() {
cat > profile.sps <<'SPS'
DATA LIST LIST /respid (F4.0) eta (F3.0) soc_fb (F1.0) soc_ig (F1.0) soc_tt (F1.0)
  news_tv (F1.0) news_web (F1.0) app_map (F1.0) app_bank (F1.0) app_meteo (F1.0)
  sod_prezzo (F1.0) sod_qual (F1.0) privacy (F1.0) pr_a (F1.0) pr_b (F1.0) pr_c (F1.0)
  mot1 (F1.0) mot2 (F1.0) mot3 (F1.0).
BEGIN DATA
101 34 1 1 0  1 0  1 1 0  4 5  1  2 1 1  1 2 .
102 45 0 1 1  0 1  0 0 0  3 3  1  1 1 2  2 . .
103 29 1 0 0  1 1  1 0 1  5 4  0  2 2 1  3 1 2
104 52 0 0 0  0 0  0 1 1  2 2  1  1 1 1  . . .
105 38 1 1 1  . .  1 1 1  4 4  1  2 1 2  1 . .
106 61 . . .  1 0  0 0 0  1 2  0  . . .  2 3 .
107 23 0 1 0  0 1  1 0 0  5 5  1  1 2 1  1 3 2
108 47 1 0 0  1 1  0 0 1  3 4  1  2 2 2  2 1 .
109 33 0 0 1  0 0  1 1 0  4 3  0  1 1 1  . . .
110 56 1 1 0  1 0  0 1 0  2 1  1  2 1 1  3 . .
111 41 0 1 0  0 1  1 0 1  4 5  1  1 2 1  1 2 3
112 27 1 0 1  1 1  0 0 0  3 3  0  2 1 2  2 . .
END DATA.
VARIABLE LABELS respid 'Respondent ID' /eta 'Eta'
  /soc_fb 'Social usati - Facebook' /soc_ig 'Social usati - Instagram'
  /soc_tt 'Social usati - TikTok'
  /news_tv 'Fonti di notizie: TV' /news_web 'Fonti di notizie: Web'
  /app_map 'App installate [Mappe]' /app_bank 'App installate [Banca]'
  /app_meteo 'App installate [Meteo]'
  /sod_prezzo 'Soddisfazione - Prezzo' /sod_qual 'Soddisfazione - Qualita'
  /privacy 'Consensi - Privacy'
  /pr_a 'Prodotto A' /pr_b 'Prodotto B' /pr_c 'Prodotto C'
  /mot1 'Primo motivo' /mot2 'Secondo motivo' /mot3 'Terzo motivo'.
VALUE LABELS soc_fb soc_ig soc_tt 0 'Not selected' 1 'Selected'
  /app_map app_bank app_meteo 0 'No' 1 'Si'
  /sod_prezzo sod_qual 1 'Per niente' 2 'Poco' 3 'Abbastanza' 4 'Molto' 5 'Moltissimo'
  /mot1 mot2 mot3 1 'Prezzo' 2 'Qualita' 3 'Servizio' 4 'Marca'.
MRSETS /MDGROUP NAME=$prodotti LABEL='Prodotti acquistati' VARIABLES=pr_a pr_b pr_c VALUE=2
  /MCGROUP NAME=$motivi LABEL='Motivi di acquisto' VARIABLES=mot1 mot2 mot3.
SAVE OUTFILE='profile.sav'.
FREQUENCIES soc_fb soc_ig soc_tt news_tv news_web app_map app_bank app_meteo privacy
  pr_a pr_b pr_c mot1 mot2 mot3.
SPS
pspp profile.sps
cp profile.sav "$OUT/"
}
# --- reversed_agreement.sav: an agreement scale coded from the agree end (1 = Strongly agree …
# 5 = Strongly disagree), as many SPSS files are (tests/core/tst_scalepolarity.cpp). Eight
# cases; PSPP's FREQUENCIES below gives the counts per code: 1→3, 2→2, 3→1, 4→1, 5→1.
write_reversed_fixture() {
cat > reversed.sps <<'SPS'
DATA LIST LIST /id (F2.0) q1 (F1.0).
BEGIN DATA
1 1
2 2
3 1
4 3
5 5
6 2
7 1
8 4
END DATA.
VARIABLE LABELS q1 'The service meets my needs'.
VALUE LABELS q1 1 'Strongly agree' 2 'Agree' 3 'Neither agree nor disagree' 4 'Disagree'
  5 'Strongly disagree'.
VARIABLE LEVEL q1 (ORDINAL).
SAVE OUTFILE='reversed_agreement.sav'.
FREQUENCIES q1.
SPS
pspp reversed.sps
cp reversed_agreement.sav "$OUT/"
}
if [ "${1:-}" = profile ]; then
    # Only the profile fixture: the others stay byte for byte as committed.
    write_profile_fixture
    exit 0
fi
if [ "${1:-}" = reversed ]; then
    write_reversed_fixture
    exit 0
fi
write_profile_fixture
write_reversed_fixture

# --- survey.sav / .zsav / .por: labels, value label order, user and system missing, strings,
# dates, a long variable name and multiple response sets. ASCII only: the portable format's
# character set has no accented letters (see latin_* below for those).
cat > survey.sps <<'EOF'
DATA LIST LIST /id (F3.0) sesso (F1.0) soddisf (F1.0) eta (F3.0) reddito (F8.2) citta (A20)
  canale (A1) commento (A40) intervista (DATE11) usa_email (F1.0) usa_telefono (F1.0)
  usa_chat (F1.0) motivo1 (F1.0) motivo2 (F1.0).
BEGIN DATA
1  1 4 34 1250.50 "Milano"  "E" "Tutto bene"          "03-MAR-2024" 1 0 0 1 2
2  2 3 .  1300    "Napoli"  "T" ""                    "04-MAR-2024" 0 1 0 2 .
3  9 8 51 .       ""        "E" "Cosi cosi"           "05-MAR-2024" 1 1 0 3 1
4  2 4 28 980.25  "Torino"  "X" ""                    "05-MAR-2024" 0 0 1 1 .
5  1 1 45 2100    "Milano"  "N" "Troppo lento"        "06-MAR-2024" 1 0 1 2 3
6  2 2 39 1500    "Bari"    "T" ""                    "06-MAR-2024" 1 1 1 . .
7  1 9 62 .       "Napoli"  "E" ""                    "07-MAR-2024" 0 0 0 . .
8  .  4 23 870     "Milano"  ""  "Ottimo"              "07-MAR-2024" 1 0 0 1 .
9  2 3 .  1420.75 "Torino"  "T" ""                    "08-MAR-2024" 0 1 0 2 1
10 2 4 31 1100    "Milano"  "E" ""                    "08-MAR-2024" 1 0 0 1 .
END DATA.
VARIABLE LABELS sesso 'Sesso' /soddisf 'Quanto e soddisfatto del servizio?' /eta 'Eta'
  /reddito 'Reddito mensile' /citta 'Citta di residenza' /canale 'Canale preferito'
  /intervista 'Data intervista' /usa_email 'Email' /usa_telefono 'Telefono' /usa_chat 'Chat'
  /motivo1 'Primo motivo' /motivo2 'Secondo motivo'.
* Labels deliberately defined out of code order; 5 and 3 (Altro) are never chosen.
VALUE LABELS sesso 1 'Uomo' 2 'Donna' 3 'Altro' 9 'Preferisco non rispondere'
  /soddisf 4 'Molto' 1 'Per niente' 3 'Abbastanza' 2 'Poco' 5 'Moltissimo' 8 'Non so'
  /canale 'T' 'Telefono' 'E' 'Email' 'C' 'Chat' 'N' 'Nessuno'
  /usa_email usa_telefono usa_chat 0 'No' 1 'Si'
  /motivo1 motivo2 1 'Prezzo' 2 'Qualita' 3 'Servizio'.
MISSING VALUES sesso (9) /soddisf (8 THRU 9) /canale ('N').
VARIABLE LEVEL sesso canale (NOMINAL) /soddisf (ORDINAL) /eta reddito (SCALE).
MRSETS /MDGROUP NAME=$canali LABEL='Canali usati' VARIABLES=usa_email usa_telefono usa_chat
  VALUE=1
  /MCGROUP NAME=$motivi LABEL='Motivi della scelta' VARIABLES=motivo1 motivo2.
SAVE OUTFILE='survey.sav'.
SAVE OUTFILE='survey.zsav' /ZCOMPRESSED.
EXPORT OUTFILE='survey.por'.
FREQUENCIES sesso soddisf canale citta usa_email.
DISPLAY DICTIONARY.
EOF
pspp survey.sps

# --- latin_utf8.sav (UTF-8 declared) and latin_cp1252.sav (Windows-1252, as old SPSS versions
# wrote: no character encoding record, only the code page 1252 in the machine integer record).
cat > latin.sps <<'EOF'
DATA LIST LIST /id (F2.0) citta (A16) voto (F1.0) costo (F4.0) m_a (F1.0) m_b (F1.0).
BEGIN DATA
1 "Forlì" 1 10 1 0
2 "Cantù" 2 20 1 1
3 "Ñandú" 1 30 0 0
END DATA.
VARIABLE LABELS citta 'Città di residenza' /voto 'Perché?' /costo 'Costo (€)'.
VALUE LABELS voto 1 'Sì' 2 'Così così' /m_a 1 'Città' /m_b 1 'Paese'.
* Options named by each variable's label of the counted value (record subtype 19).
MRSETS /MDGROUP NAME=$luoghi LABEL='Luoghi visitati più spesso' CATEGORYLABELS=COUNTEDVALUES
  VARIABLES=m_a m_b VALUE=1.
SAVE OUTFILE='latin_utf8.sav'.
EOF
pspp latin.sps
{ echo "SET LOCALE='windows-1252'."; cat latin.sps; } | sed "s/latin_utf8.sav/latin_cp1252_raw.sav/" > latin1252.sps
pspp latin1252.sps

# Drop the character encoding record (type 7, subtype 20) so only the code page remains.
python3 - latin_cp1252_raw.sav latin_cp1252.sav <<'EOF'
import struct, sys
data = open(sys.argv[1], "rb").read()
pos = 176  # end of the file header
out = bytearray(data[:pos])
while True:
    rec_type = struct.unpack_from("<i", data, pos)[0]
    if rec_type == 2:
        start = pos
        _, width, has_label, n_missing = struct.unpack_from("<iiii", data, pos)
        pos += 32
        if has_label:
            length = struct.unpack_from("<i", data, pos)[0]
            pos += 4 + (length + 3) // 4 * 4
        pos += abs(n_missing) * 8
        out += data[start:pos]
    elif rec_type == 3:
        start = pos
        count = struct.unpack_from("<i", data, pos + 4)[0]
        pos += 8
        for _ in range(count):
            length = data[pos + 8]
            pos += 8 + (length + 8) // 8 * 8
        var_count = struct.unpack_from("<i", data, pos + 4)[0]
        pos += 8 + 4 * var_count
        out += data[start:pos]
    elif rec_type == 6:
        start = pos
        lines = struct.unpack_from("<i", data, pos + 4)[0]
        pos += 8 + 80 * lines
        out += data[start:pos]
    elif rec_type == 7:
        start = pos
        subtype, size, count = struct.unpack_from("<iii", data, pos + 4)
        pos += 16 + size * count
        if subtype != 20:
            out += data[start:pos]
    elif rec_type == 999:
        out += data[pos:]
        break
    else:
        sys.exit(f"unexpected record type {rec_type}")
assert b"WINDOWS-1252" not in out
open(sys.argv[2], "wb").write(out)
EOF

# --- survey.dta (Stata 10 format, from R's foreign): factor levels become value labels 1..k in
# level order (the unused "Moltissimo" included), NA is Stata's system missing, a Date column is
# stored as days since 1960 (foreign leaves it the display format %9.0g; the step after R gives it
# Stata's date format %td). foreign refuses empty strings, so the blank city is a single space.
# Stata before 14 declares no encoding: strings are written in Windows-1252.
Rscript - <<'EOF'
library(foreign)
to1252 <- function(x) iconv(x, "UTF-8", "CP1252")
df <- data.frame(
  id = 1:6,
  soddisf = factor(c("Molto", "Poco", NA, "Abbastanza", "Molto", "Per niente"),
                   levels = c("Per niente", "Poco", "Abbastanza", "Molto", "Moltissimo")),
  eta = c(34, NA, 51, 28, 45, 39),
  reddito = c(1250.5, 1300, NA, 980.25, 2100, 1500),
  citta = to1252(c("Forlì", "Cantù", " ", "Milano", "Forlì", "Napoli")),
  intervista = as.Date(c("2024-03-03", "2024-03-04", "2024-03-05", NA, "2024-03-06", "2024-03-06")),
  stringsAsFactors = FALSE)
attr(df, "var.labels") <- to1252(c("Identificativo", "Quanto è soddisfatto?", "Età",
                                   "Reddito mensile", "Città", "Data intervista"))
write.dta(df, "survey.dta", version = 10L)
EOF
python3 - survey.dta <<'EOF'
import sys
path = sys.argv[1]
data = bytearray(open(path, "rb").read())
# dta 114 keeps one 49-byte display format per variable, in variable order: citta (%6s) is fifth,
# intervista sixth.
at = data.find(b"%6s\0")
assert at > 0
data[at + 49:at + 98] = b"%td".ljust(49, b"\0")
open(path, "wb").write(data)
EOF

cp survey.sav survey.zsav survey.por latin_utf8.sav latin_cp1252.sav survey.dta "$OUT/"

# --- damaged inputs
# Cut inside the dictionary, and inside the data (a download that stopped short).
head -c 700 survey.sav > "$OUT/truncated.sav"
head -c $(( $(stat -c %s survey.sav) - 30 )) survey.sav > "$OUT/truncated_data.sav"
head -c 400 survey.dta > "$OUT/truncated.dta"
printf 'id;risposta\n1;Si\n' > "$OUT/not_spss.sav"
printf 'placeholder\n' > "$OUT/survey.sas7bdat"
ls -l "$OUT"
