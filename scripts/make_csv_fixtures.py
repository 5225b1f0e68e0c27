#!/usr/bin/env python3
"""Writes the delimited-text fixtures of tests/data/csv/ byte for byte.

The fixtures need exact bytes (Windows-1252, UTF-16, byte order marks, CR-only and mixed line
ends, NUL bytes), which editors and git settings easily change, so they are made here and
committed together with this script. Run it from anywhere:

    python3 scripts/make_csv_fixtures.py

The realistic ones (small surveys of 5-12 respondents) are meant for end-to-end import tests too.
"""

import pathlib
import random

OUT = pathlib.Path(__file__).resolve().parent.parent / "tests" / "data" / "csv"


def write(name, data):
    (OUT / name).write_bytes(data)


def text(name, content, encoding="utf-8", bom=b""):
    write(name, bom + content.encode(encoding))


def main():
    OUT.mkdir(parents=True, exist_ok=True)

    # Quoted cells spanning lines with LF, CRLF and CR inside, doubled quotes, an empty quoted
    # cell; the records themselves end in LF. Record lines: 1, 2, 4, 6, 10, 11.
    text("quoted_multiline.csv",
         "id,nome,commento,voto\n"
         "1,Anna,\"Ottimo servizio,\nmolto cortese\",5\n"
         "2,Jürgen,\"Er sagte \"\"grüß Gott\"\"\r\nund ging\",4\n"
         "3,Chloé,\"Prima riga\rseconda riga\r\n\nquarta\",3\n"
         "4,Niccolò,\"\"\"Citazione\"\" iniziale\",2\n"
         "5,Zoë,\"\",1\n")

    # Quote quirks seen in hand-edited files: quotes inside unquoted cells stay literal, text
    # after a closing quote is kept, a quote after a space is literal, """" is one quote.
    text("quote_quirks.csv",
         "campo,valore\n"
         "pollici,5\" schermo\n"
         "dopo,\"Roma\" centro\n"
         "spazio, \"non quotato\"\n"
         "virgolette,\"\"\"\"\n"
         "vuoto,\"\"\n")

    # An Italian survey as Excel saves it on an Italian Windows: Windows-1252, ';', CRLF,
    # decimal commas, typographic quotes, dashes, ellipsis and € (all in 0x80-0x9F, where
    # Windows-1252 differs from Latin-1), one blank answer, a quoted cell holding ';'.
    rows = [
        "ID;Data;Genere;Età;Regione;Soddisfazione;Spesa mensile (€);Voto;Canali;Commento",
        "1;03/02/2025;Donna;34;Lombardia;Molto soddisfatto;125,50;8,5;Televisione, Radio;"
        "“Ottimo” – niente da aggiungere",
        "2;03/02/2025;Uomo;51;Lazio;Abbastanza soddisfatto;80;7;Giornali;Un po’ caro…",
        "3;04/02/2025;Donna;27;Sicilia;Poco soddisfatto;42,75;5,5;Social network;"
        "\"Sì; però più veloce\"",
        "4;04/02/2025;Uomo;45;Veneto;Molto soddisfatto;210;9;Televisione;",
        "5;05/02/2025;Non binario;38;Piemonte;Per niente soddisfatto;15,20;3;Radio, Podcast;"
        "Perché così lento — non so",
        "6;05/02/2025;Donna;62;Emilia-Romagna;Abbastanza soddisfatto;99,90;7,5;Giornali, Radio;"
        "Qualità buona, prezzo € 10 in più",
        "7;06/02/2025;Uomo;19;Toscana;Abbastanza soddisfatto;0;6;Social network, Podcast;"
        "Ho pagato 0 €",
        "8;06/02/2025;Donna;55;Puglia;Molto soddisfatto;1.250,00;10;Televisione, Giornali;"
        "L’abbonamento è ottimo",
    ]
    text("semicolon_cp1252_decimal_comma.csv", "\r\n".join(rows) + "\r\n", "cp1252")

    # A German survey exported as "Unicode text" (Excel's UTF-16LE with BOM, TAB, CRLF), with
    # a quoted cell holding a TAB and an emoji outside the BMP (a surrogate pair in UTF-16).
    rows = [
        "Nr\tAlter\tGeschlecht\tZufriedenheit\tBundesland\tAnmerkung",
        "1\t34\tweiblich\tsehr zufrieden\tBayern\tGrüße aus München",
        "2\t47\tmännlich\teher zufrieden\tHessen\t",
        "3\t29\tdivers\tteils/teils\tSachsen\t\"Preis: 12 €\tzu hoch\"",
        "4\t58\tweiblich\teher unzufrieden\tBerlin\tLieferung dauerte zu lange 😞",
        "5\t22\tmännlich\tsehr zufrieden\tNordrhein-Westfalen\tAlles größtenteils gut",
        "6\t41\tweiblich\tsehr unzufrieden\tThüringen\tÄrgerlich: Rückerstattung fehlt",
    ]
    text("utf16le_tab.tsv", "\r\n".join(rows) + "\r\n", "utf-16-le", b"\xff\xfe")

    # UTF-16BE with BOM, ',' and LF; Italian with an emoji.
    text("utf16be_bom.csv",
         "id,città,giudizio\n"
         "1,Forlì,\"Bello, ma caro 😀\"\n"
         "2,Cantù,Così così\n"
         "3,Sanremo,Perfetto\n",
         "utf-16-be", b"\xfe\xff")

    # UTF-16LE without a BOM: recognised by its zero bytes.
    text("utf16le_nobom.csv", "id;nome\n1;Müller\n2;Groß\n", "utf-16-le")

    # LimeSurvey-like: UTF-8 with BOM, ';', LF, two header rows (the question above a block of
    # blank cells, then the sub-items), Ja/Nein per option, a decimal comma.
    text("utf8_bom_semicolon.csv",
         "Welchen Hintergrund haben Sie?;;;Wie häufig nutzen Sie Skizzen?;Zufriedenheit (0–10)\n"
         "Maschinenbau;Elektrotechnik;Informatik;;\n"
         "Ja;Nein;Nein;eher häufig;7,5\n"
         "Nein;Ja;Ja;gar nicht;6\n"
         "Nein;Nein;Ja;sehr häufig;9,25\n"
         "Ja;Ja;Nein;eher selten;\n"
         "Nein;Nein;Nein;eher häufig;8\n",
         bom=b"\xef\xbb\xbf")

    # Google Forms (Italian account): ',' with headers full of '|' and ';', quoted checkbox
    # answers joined by ", ", timestamps like "24/11/2025 15.57.55". A sniffer that counts
    # characters in the first line picks '|'.
    header = ("Informazioni cronologiche,A quale fascia d'età appartieni?,"
              "Specializzazione | Velocità | Qualità | Privacy | Costo (SCELTA 1),"
              "Specializzazione | Velocità | Qualità | Privacy | Costo (SCELTA 2),"
              "Quali strumenti usi? (uno o più; anche nessuno),"
              "Quanto spendi al mese? | in euro,Commenti")
    rows = [
        header,
        "24/11/2025 15.57.55,18 - 24,Codice - Veloce - Ottimale - Bassa - 15€,"
        "Assistente - Lento - Sufficiente - Alta - 20€,\"ChatGPT, Copilot\",20,",
        "24/11/2025 16.02.11,25 - 34,Assistente - Veloce - Sufficiente - Alta - 25€,"
        "Codice - Lento - Ottimale - Bassa - 15€,ChatGPT,0,Nessun commento",
        "25/11/2025 09.14.03,35 - 44,Codice - Lento - Ottimale - Alta - 20€,"
        "Codice - Veloce - Ottimale - Alta - 20€,\"Copilot, Gemini, Claude\",45,"
        "\"Interessante, ma lungo\"",
        "25/11/2025 11.40.27,18 - 24,Prod. di contenuti - Veloce - Ottimale - Bassa - 15€,"
        "Prod. di contenuti - Lento - Ottimale - Alta - 15€,,0,",
        "26/11/2025 18.05.50,45 - 54,Assistente - Lento - Sufficiente - Bassa - 25€,"
        "Codice - Veloce - Sufficiente - Bassa - 20€,\"Gemini\",10,Più domande | meno scelte",
        "27/11/2025 08.30.00,25 - 34,Codice - Veloce - Sufficiente - Alta - 15€,"
        "Assistente - Veloce - Ottimale - Alta - 25€,\"ChatGPT, Claude\",30,\"Tutto \"\"ok\"\"\"",
    ]
    text("pipe_in_header.csv", "\n".join(rows) + "\n")

    # Old Mac line ends: CR only, with a CR inside a quoted cell.
    text("cr_only.csv",
         "domanda,risposta\r"
         "\"Sì, certo\rdavvero\",1\r"
         "No,2\r"
         "Forse,3\r")

    # CRLF, LF and CR mixed; the last record has no line end.
    text("mixed_line_endings.csv", "a,b\r\n1,2\n3,4\r5,6")

    # Short rows, long rows with blank extras (fine) and with data in them (columns added),
    # a blank line and a line of delimiters in the middle, blank lines at the end.
    text("ragged.csv",
         "id,q1,q2,q3\n"   # 1
         "1,a,b,c\n"       # 2
         "2,a,b\n"         # 3 short
         "3,a,b,c,,\n"     # 4 long, blank extras
         "\n"              # 5 skipped
         "4,a,b,c\n"       # 6
         ",,,\n"           # 7 skipped
         "5,a,b,c,x\n"     # 8 long: data in column 5
         "6,a,b,c,,y\n"    # 9 long: data in column 6
         "7,a,b,c\n"       # 10
         "\n\n\n")

    # 30 short and 25 long rows: 20 warnings of each kind, then one summary each.
    lines = ["id,q1,q2"]
    lines += [f"{i},x" for i in range(1, 31)]
    lines += [f"{i},x,y,z" for i in range(31, 56)]
    text("ragged_many.csv", "\n".join(lines) + "\n")

    # A quote that opens on line 3, column 3 and never closes.
    text("unterminated_quote.csv",
         "id,nome,commento\n"
         "1,Anna,ok\n"
         "2,Luca,\"non chiude\n"
         "più righe\n"
         "3,Marta,ok\n")

    # The unclosed quote opens on line 3 after a two-line cell of the same record (line 2).
    text("unterminated_quote_late.csv",
         "id,a,b\n"
         "1,\"due\nrighe\",\"aperta\n"
         "fino alla fine")

    text("empty.csv", "")
    text("whitespace_only.csv", "  \r\n\t\n \n")
    write("bom_only.csv", b"\xef\xbb\xbf")

    # What a renamed binary looks like: a ZIP header (an XLSX) and compressed bytes.
    rng = random.Random(42)
    write("binary.csv", b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" +
          bytes(rng.randrange(256) for _ in range(600)))

    # Text with one stray NUL byte in line 3, column 2.
    write("nul_in_text.csv", b"a,b\n1,2\n3,x\x00y\n4,5\n")

    # One column; the quoted comma must not split it.
    text("one_column.csv", "Commento\nBello\nBrutto\n\"Sì, bello\"\n")

    # Valid UTF-8 ("Età", "Sì") before a Windows-1252 byte (0xE9 "é") further on: the file is
    # not UTF-8 as a whole, so all of it is Windows-1252, and the reader warns.
    write("invalid_utf8_late.csv",
          "domanda,risposta\nEtà,34\nSì,no\n".encode("utf-8") + b"Perch\xe9,boh\n")

    # UTF-8 BOM but one invalid byte: the BOM wins, the byte becomes U+FFFD, with a warning.
    write("utf8_bom_invalid.csv", b"\xef\xbb\xbfa;b\n1;caf\xe9\n2;t\xc3\xa8\n")

    # RStudio-survey-like TSV (Google Sheets): UTF-8, TAB, CRLF, an empty and a duplicated
    # header, checkbox answers joined with ", ", Spanish.
    rows = [
        "Marca temporal\t¿Cuántos años tienes?\t\t¿Qué lenguajes usas?\t¿Qué lenguajes usas?",
        "12/13/2018 11:06:09\t25-34\t\tR, Python\tSí",
        "12/13/2018 11:06:31\t35-44\tnota\tR\tNo",
        "12/13/2018 11:09:02\t18-24\t\tR, SQL, Julia\tSí",
        "12/13/2018 11:15:47\t45-54\t\tExcel, R\tTal vez",
        "12/13/2018 12:01:10\t25-34\t\tPython\tNo sé",
    ]
    text("tab_crlf_dup_headers.tsv", "\r\n".join(rows) + "\r\n")


if __name__ == "__main__":
    main()
