<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>sondo</name>
    <message>
        <source>Base: %1 of %2</source>
        <translation>Base: %1 di %2</translation>
    </message>
    <message>
        <source>Base: %1</source>
        <translation>Base: %1</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filtro: %1</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>Chi-square p &lt; %1</source>
        <translation>Chi-quadro p &lt; %1</translation>
    </message>
    <message>
        <source>Chi-square p = %1</source>
        <translation>Chi-quadro p = %1</translation>
    </message>
    <message>
        <source>(some expected counts are below 5: read with care)</source>
        <translation>(alcune frequenze attese sono sotto 5: leggere con cautela)</translation>
    </message>
    <message>
        <source>Multiple answers possible: percentages add up to more than 100%</source>
        <translation>Risposte multiple possibili: le percentuali sommano più di 100%</translation>
    </message>
    <message>
        <source>Top-2-box: %1</source>
        <translation>Top-2-box: %1</translation>
    </message>
    <message>
        <source>Mean: %1</source>
        <translation>Media: %1</translation>
    </message>
    <message>
        <source>Not shown: %1 (%2)</source>
        <translation>Non mostrato: %1 (%2)</translation>
    </message>
    <message>
        <source>Mean: %1 · Median: %2 · Min–max: %3–%4</source>
        <translation>Media: %1 · Mediana: %2 · Min–max: %3–%4</translation>
    </message>
    <message>
        <source>Question %1: ?</source>
        <translation>Domanda %1: ?</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonna %1</translation>
    </message>
    <message>
        <source>Empty header in column %1: named &quot;%2&quot;</source>
        <translation>Intestazione vuota nella colonna %1: chiamata &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Duplicated header &quot;%1&quot; in column %2: named &quot;%3&quot;</source>
        <translation>Intestazione &quot;%1&quot; ripetuta nella colonna %2: chiamata &quot;%3&quot;</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>file non trovato</translation>
    </message>
    <message>
        <source>unsupported file type “.%1”: expected .sav, .zsav, .por or .dta</source>
        <translation>tipo di file “.%1” non supportato: previsti .sav, .zsav, .por o .dta</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossibile aprire il file: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>il file è vuoto</translation>
    </message>
    <message>
        <source>not an SPSS data file (.sav)</source>
        <translation>non è un file di dati SPSS (.sav)</translation>
    </message>
    <message>
        <source>not a Stata data file (.dta)</source>
        <translation>non è un file di dati Stata (.dta)</translation>
    </message>
    <message>
        <source>cannot write a temporary file: %1</source>
        <translation>impossibile scrivere un file temporaneo: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
    <message>
        <source>cannot read the %1 file: it ends early, it is truncated or damaged (ReadStat: %2)</source>
        <translation>impossibile leggere il file %1: finisce prima del previsto, è troncato o danneggiato (ReadStat: %2)</translation>
    </message>
    <message>
        <source>cannot read the %1 file: it is damaged or uses a feature ReadStat does not know (ReadStat: %2)</source>
        <translation>impossibile leggere il file %1: è danneggiato o usa una funzione che ReadStat non conosce (ReadStat: %2)</translation>
    </message>
    <message>
        <source>could not look for multiple response sets in the dictionary</source>
        <translation>impossibile cercare gli insiemi di risposte multiple nel dizionario</translation>
    </message>
    <message>
        <source>multiple response set %1 names a variable the file does not have; it is left out</source>
        <translation>l&apos;insieme di risposte multiple %1 cita una variabile che il file non ha; viene tralasciato</translation>
    </message>
    <message>
        <source>malformed XML in %1 at line %2, column %3: %4</source>
        <translation>XML non valido in %1 alla riga %2, colonna %3: %4</translation>
    </message>
    <message>
        <source>the workbook is protected with a password; remove the password in Excel and save it again</source>
        <translation>la cartella di lavoro è protetta da password; togliere la password in Excel e salvarla di nuovo</translation>
    </message>
    <message>
        <source>this is an old .xls workbook; save it as .xlsx</source>
        <translation>è una vecchia cartella di lavoro .xls; salvarla come .xlsx</translation>
    </message>
    <message>
        <source>the workbook is damaged or truncated (its zip directory cannot be read)</source>
        <translation>la cartella di lavoro è danneggiata o troncata (non si riesce a leggerne l’indice zip)</translation>
    </message>
    <message>
        <source>not an XLSX workbook (the file is not a zip archive)</source>
        <translation>non è una cartella di lavoro XLSX (il file non è un archivio zip)</translation>
    </message>
    <message>
        <source>the workbook has no part %1</source>
        <translation>la cartella di lavoro non contiene la parte %1</translation>
    </message>
    <message>
        <source>cannot read %1 (zip error %2)</source>
        <translation>impossibile leggere %1 (errore zip %2)</translation>
    </message>
    <message>
        <source>%1 is damaged inside the zip (zip error %2)</source>
        <translation>%1 è danneggiato all’interno dello zip (errore zip %2)</translation>
    </message>
    <message>
        <source>this is an OpenDocument spreadsheet (.ods); save it as .xlsx</source>
        <translation>è un foglio di calcolo OpenDocument (.ods); salvarlo come .xlsx</translation>
    </message>
    <message>
        <source>this is a binary .xlsb workbook; save it as .xlsx</source>
        <translation>è una cartella di lavoro binaria .xlsb; salvarla come .xlsx</translation>
    </message>
    <message>
        <source>not an XLSX workbook: the zip holds no %1</source>
        <translation>non è una cartella di lavoro XLSX: lo zip non contiene %1</translation>
    </message>
    <message>
        <source>not an XLSX workbook: %1 holds no workbook</source>
        <translation>non è una cartella di lavoro XLSX: %1 non contiene una cartella di lavoro</translation>
    </message>
    <message>
        <source>the workbook has no part %1 for sheet “%2”</source>
        <translation>la cartella di lavoro non contiene la parte %1 del foglio “%2”</translation>
    </message>
    <message>
        <source>%1: invalid cell reference “%2”</source>
        <translation>%1: riferimento di cella non valido “%2”</translation>
    </message>
    <message>
        <source>%1: cell %2 refers to shared string %3, but the workbook has %4</source>
        <translation>%1: la cella %2 rimanda alla stringa condivisa %3, ma la cartella di lavoro ne ha %4</translation>
    </message>
    <message numerus="yes">
        <source>sheet “%1” has %n cell(s) holding a formula error, first at %2</source>
        <translation>
            <numerusform>il foglio “%1” ha %n cella con un errore di formula, in %2</numerusform>
            <numerusform>il foglio “%1” ha %n celle con un errore di formula, la prima in %2</numerusform>
        </translation>
    </message>
    <message>
        <source>the workbook has no sheet named “%1”; its sheets are: %2</source>
        <translation>la cartella di lavoro non ha un foglio chiamato “%1”; i suoi fogli sono: %2</translation>
    </message>
    <message>
        <source>sheet “%1” holds no values</source>
        <translation>il foglio “%1” non contiene valori</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>la cartella di lavoro non ha fogli</translation>
    </message>
    <message>
        <source>read sheet “%1”; the workbook also has: %2</source>
        <translation>letto il foglio “%1”; la cartella di lavoro contiene anche: %2</translation>
    </message>
    <message>
        <source>no sheet of the workbook holds any value</source>
        <translation>nessun foglio della cartella di lavoro contiene valori</translation>
    </message>
    <message>
        <source>not a Sondo project: the file is not an SQLite database or is damaged (%1)</source>
        <translation>non è un progetto Sondo: il file non è un database SQLite o è danneggiato (%1)</translation>
    </message>
    <message>
        <source>not a Sondo project: cannot read its version (%1)</source>
        <translation>non è un progetto Sondo: impossibile leggerne la versione (%1)</translation>
    </message>
    <message>
        <source>not a Sondo project: an SQLite database made by another program</source>
        <translation>non è un progetto Sondo: è un database SQLite creato da un altro programma</translation>
    </message>
    <message>
        <source>made by a newer version of Sondo (project format %1; this version reads up to %2): update Sondo to open it</source>
        <translation>creato da una versione più recente di Sondo (formato del progetto %1; questa versione legge fino al %2): aggiornare Sondo per aprirlo</translation>
    </message>
    <message>
        <source>not a Sondo project: its format version is %1</source>
        <translation>non è un progetto Sondo: la versione del suo formato è %1</translation>
    </message>
    <message>
        <source>cannot update the project to format %1: %2</source>
        <translation>impossibile aggiornare il progetto al formato %1: %2</translation>
    </message>
    <message>
        <source>cannot mark the project&apos;s format: %1</source>
        <translation>impossibile registrare il formato del progetto: %1</translation>
    </message>
    <message>
        <source>cannot save the project (%1): %2</source>
        <translation>impossibile salvare il progetto (%1): %2</translation>
    </message>
    <message>
        <source>cannot save the project: %1</source>
        <translation>impossibile salvare il progetto: %1</translation>
    </message>
    <message>
        <source>is a folder, not a project file</source>
        <translation>è una cartella, non un file di progetto</translation>
    </message>
    <message>
        <source>not a Sondo project: the file is not an SQLite database</source>
        <translation>non è un progetto Sondo: il file non è un database SQLite</translation>
    </message>
    <message>
        <source>cannot open the project: %1</source>
        <translation>impossibile aprire il progetto: %1</translation>
    </message>
    <message>
        <source>the project file is damaged: %1</source>
        <translation>il file di progetto è danneggiato: %1</translation>
    </message>
    <message>
        <source>the saved setting &quot;%1&quot; is unreadable and was left out</source>
        <translation>l’impostazione salvata &quot;%1&quot; è illeggibile ed è stata tralasciata</translation>
    </message>
    <message>
        <source>cannot save the project: a folder has this name</source>
        <translation>impossibile salvare il progetto: esiste una cartella con questo nome</translation>
    </message>
    <message>
        <source>cannot save the project: the folder %1 does not exist</source>
        <translation>impossibile salvare il progetto: la cartella %1 non esiste</translation>
    </message>
    <message>
        <source>cannot save the project: cannot create a file in %1: %2</source>
        <translation>impossibile salvare il progetto: impossibile creare un file in %1: %2</translation>
    </message>
    <message>
        <source>cannot save the analysis state: %1</source>
        <translation>impossibile salvare lo stato dell’analisi: %1</translation>
    </message>
    <message>
        <source>the project file needs the SQLite database driver</source>
        <translation>il file di progetto richiede il driver del database SQLite</translation>
    </message>
    <message>
        <source>cannot store the answers: %1</source>
        <translation>impossibile memorizzare le risposte: %1</translation>
    </message>
    <message>
        <source>cannot read the answers: %1</source>
        <translation>impossibile leggere le risposte: %1</translation>
    </message>
    <message>
        <source>too many respondents (%1)</source>
        <translation>troppi rispondenti (%1)</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>avviso: </translation>
    </message>
    <message>
        <source>Frequency table of one question.</source>
        <translation>Tabella di frequenza di una domanda.</translation>
    </message>
    <message>
        <source>A .sondo project or a survey export.</source>
        <translation>Un progetto .sondo o un’esportazione di indagine.</translation>
    </message>
    <message>
        <source>Question id, code or text.</source>
        <translation>Id, codice o testo della domanda.</translation>
    </message>
    <message>
        <source>Compare by the options of a segment question.</source>
        <translation>Confronta secondo le opzioni di una domanda di segmentazione.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Stampa in JSON.</translation>
    </message>
    <message>
        <source>Import a survey export into a Sondo project.</source>
        <translation>Importa l’esportazione di un’indagine in un progetto Sondo.</translation>
    </message>
    <message>
        <source>Survey export (CSV, TSV, XLSX, SAV…).</source>
        <translation>Esportazione dell’indagine (CSV, TSV, XLSX, SAV…).</translation>
    </message>
    <message>
        <source>Project file to write (default: FILE with .sondo).</source>
        <translation>File di progetto da scrivere (predefinito: FILE con .sondo).</translation>
    </message>
    <message>
        <source>the project would overwrite the survey file &apos;%1&apos;</source>
        <translation>il progetto sovrascriverebbe il file dell’indagine &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Imported %1 respondents and %2 questions from %3 (%4) into %5</source>
        <translation>Importati %1 rispondenti e %2 domande da %3 (%4) in %5</translation>
    </message>
    <message>
        <source>%1 respondents, %2 questions</source>
        <translation>%1 rispondenti, %2 domande</translation>
    </message>
    <message>
        <source>code: %1</source>
        <translation>codice: %1</translation>
    </message>
    <message>
        <source>List the questions of a project or survey file.</source>
        <translation>Elenca le domande di un progetto o di un file di indagine.</translation>
    </message>
    <message>
        <source>usage: sondo questions PROJECT [--json]</source>
        <translation>uso: sondo questions PROGETTO [--json]</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>impossibile scrivere il file: %1</translation>
    </message>
    <message>
        <source>cannot write the SPSS file: %1</source>
        <translation>impossibile scrivere il file SPSS: %1</translation>
    </message>
    <message>
        <source>Respondent ID</source>
        <translation>ID rispondente</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Selezionato</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Non selezionato</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;</source>
        <translation>codifica sconosciuta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>binary file: it is not text</source>
        <translation>file binario: non è testo</translation>
    </message>
    <message>
        <source>unusable delimiter &quot;%1&quot;: give one ASCII character other than a quote or a line break</source>
        <translation>separatore inutilizzabile &quot;%1&quot;: indicare un carattere ASCII diverso dalle virgolette e dall’a capo</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>è una cartella, non un file</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossibile leggere il file: %1</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 although it starts as UTF-8; it was read as Windows-1252 (give --encoding if that is wrong)</source>
        <translation>il file non è UTF-8 valido benché inizi come UTF-8; è stato letto come Windows-1252 (indicare --encoding se è sbagliato)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more rows with fewer cells than the header</source>
        <translation>
            <numerusform>… e altre %n righe con meno celle dell’intestazione</numerusform>
            <numerusform>… e altre %n righe con meno celle dell’intestazione</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more rows with more cells than the header</source>
        <translation>
            <numerusform>… e altre %n righe con più celle dell’intestazione</numerusform>
            <numerusform>… e altre %n righe con più celle dell’intestazione</numerusform>
        </translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>importazione annullata</translation>
    </message>
    <message>
        <source>unterminated quote: the quoted cell that starts here never ends</source>
        <translation>virgolette non chiuse: la cella tra virgolette che inizia qui non finisce mai</translation>
    </message>
    <message>
        <source>binary file: it contains NUL bytes, so it is not text</source>
        <translation>file binario: contiene byte NUL, quindi non è testo</translation>
    </message>
    <message>
        <source>row has %1 cells, the header has %2; the missing cells are left blank</source>
        <translation>la riga ha %1 celle, l’intestazione %2; le celle mancanti restano vuote</translation>
    </message>
    <message>
        <source>row has %1 cells, the header has %2; columns were added for the extra cells</source>
        <translation>la riga ha %1 celle, l’intestazione %2; sono state aggiunte colonne per le celle in più</translation>
    </message>
    <message>
        <source>multiple response set %1 shares variables with another set; its variables are read one by one</source>
        <translation>l&apos;insieme di risposte multiple %1 condivide variabili con un altro insieme; le sue variabili sono lette una per una</translation>
    </message>
    <message>
        <source>%1 respondents added, %2 changed, %3 removed</source>
        <translation>%1 rispondenti aggiunti, %2 modificati, %3 tolti</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 aggiunte</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 tolte</translation>
    </message>
    <message>
        <source>%1 changed type</source>
        <translation>%1 hanno cambiato tipo</translation>
    </message>
    <message>
        <source>; questions: %1</source>
        <translation>; domande: %1</translation>
    </message>
    <message>
        <source>Render the chart of one question, or of all, to PNG, SVG or PDF.</source>
        <translation>Disegna il grafico di una domanda, o di tutte, in PNG, SVG o PDF.</translation>
    </message>
    <message>
        <source>Question id, code or text (or --all).</source>
        <translation>Id, codice o testo della domanda (o --all).</translation>
    </message>
    <message>
        <source>Every question with a chart, one file each.</source>
        <translation>Ogni domanda con un grafico, un file ciascuna.</translation>
    </message>
    <message>
        <source>Output file (one question) or folder (--all).</source>
        <translation>File di uscita (una domanda) o cartella (--all).</translation>
    </message>
    <message>
        <source>Keep respondents who answered VALUE to QUESTION (OR within a question, AND across questions).</source>
        <translation>Tiene i rispondenti che hanno risposto VALORE a DOMANDA (OR nella stessa domanda, AND tra domande).</translation>
    </message>
    <message>
        <source>WxH in pixels, or newsletter (1200x675), square (1080x1080), a4.</source>
        <translation>LxA in pixel, oppure newsletter (1200x675), square (1080x1080), a4.</translation>
    </message>
    <message>
        <source>Pixel scale of PNG files: 1, 2 or 3.</source>
        <translation>Scala in pixel dei file PNG: 1, 2 o 3.</translation>
    </message>
    <message>
        <source>png, svg or pdf (default: from the file name, else png).</source>
        <translation>png, svg o pdf (predefinito: dal nome del file, altrimenti png).</translation>
    </message>
    <message>
        <source>Source note under the chart.</source>
        <translation>Nota sulla fonte sotto il grafico.</translation>
    </message>
    <message>
        <source>Bar order: questionnaire (default) or frequency.</source>
        <translation>Ordine delle barre: questionnaire (predefinito) o frequency.</translation>
    </message>
    <message>
        <source>Draw Likert scales as diverging bars.</source>
        <translation>Disegna le scale Likert come barre divergenti.</translation>
    </message>
    <message>
        <source>PNG without background.</source>
        <translation>PNG senza sfondo.</translation>
    </message>
    <message>
        <source>Leave out the question text.</source>
        <translation>Tralascia il testo della domanda.</translation>
    </message>
    <message>
        <source>Leave out the base and source note.</source>
        <translation>Tralascia la base e la nota sulla fonte.</translation>
    </message>
    <message>
        <source>bad --size &apos;%1&apos; (expected WxH, e.g. 1200x675, or newsletter, square, a4)</source>
        <translation>--size &apos;%1&apos; non valido (previsto LxA, es. 1200x675, oppure newsletter, square, a4)</translation>
    </message>
    <message>
        <source>bad --scale &apos;%1&apos; (expected 1, 2 or 3)</source>
        <translation>--scale &apos;%1&apos; non valido (previsto 1, 2 o 3)</translation>
    </message>
    <message>
        <source>bad --format &apos;%1&apos; (expected png, svg or pdf)</source>
        <translation>--format &apos;%1&apos; non valido (previsto png, svg o pdf)</translation>
    </message>
    <message>
        <source>bad --sort &apos;%1&apos; (expected questionnaire or frequency)</source>
        <translation>--sort &apos;%1&apos; non valido (previsto questionnaire o frequency)</translation>
    </message>
    <message>
        <source>%1 is a %2 question: it has no chart</source>
        <translation>%1 è una domanda %2: non ha un grafico</translation>
    </message>
    <message>
        <source>Write the answers, with labels, to a CSV file (UTF-8, for Excel) or an SPSS .sav.</source>
        <translation>Scrive le risposte, con le etichette, in un file CSV (UTF-8, per Excel) o in un .sav di SPSS.</translation>
    </message>
    <message>
        <source>File to write: .csv or .sav.</source>
        <translation>File da scrivere: .csv o .sav.</translation>
    </message>
    <message>
        <source>CSV: after each multiple-choice column, one 1/0 column per option.</source>
        <translation>CSV: dopo ogni colonna a scelta multipla, una colonna 1/0 per opzione.</translation>
    </message>
    <message>
        <source>-o %1: the file name must end in .csv or .sav</source>
        <translation>-o %1: il nome del file deve finire in .csv o .sav</translation>
    </message>
    <message>
        <source>the export would overwrite &apos;%1&apos;</source>
        <translation>l&apos;esportazione sovrascriverebbe &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Wrote %1 of %2 respondents and %3 questions to %4</source>
        <translation>Scritti %1 di %2 rispondenti e %3 domande in %4</translation>
    </message>
    <message>
        <source>Re-import FILE, a newer export of the same survey, into the existing project: questions keep their ids, the saved analysis state and the import options used before are kept, and what changed is reported.</source>
        <translation>Reimporta FILE, un’esportazione più recente della stessa indagine, nel progetto esistente: le domande mantengono i loro id, lo stato dell’analisi salvato e le opzioni di importazione usate prima restano, e viene riportato che cosa è cambiato.</translation>
    </message>
    <message>
        <source>Updated %1: %2</source>
        <translation>Aggiornato %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>the file is not valid UTF-8 (give --encoding if it has another encoding); invalid byte sequences replaced by �: %n</source>
        <translation>
            <numerusform>il file non è UTF-8 valido (indica --encoding se ha un’altra codifica); %n sequenza di byte non valida sostituita con �</numerusform>
            <numerusform>il file non è UTF-8 valido (indica --encoding se ha un’altra codifica); %n sequenze di byte non valide sostituite con �</numerusform>
        </translation>
    </message>
    <message>
        <source>its answers need %1 columns, more than the %2 a project file can hold</source>
        <translation>le sue risposte richiedono %1 colonne, più delle %2 che un file di progetto può contenere</translation>
    </message>
    <message>
        <source>cannot save the project: its questions changed while its answers were written</source>
        <translation>impossibile salvare il progetto: le domande sono cambiate mentre le risposte venivano scritte</translation>
    </message>
    <message>
        <source>a change this version of Sondo cannot read is kept but not applied: %1</source>
        <translation>una modifica che questa versione di Sondo non sa leggere è conservata ma non applicata: %1</translation>
    </message>
    <message>
        <source>cannot rename the option “%1” of %2 to “%3”: the survey has no such question</source>
        <translation>impossibile rinominare l’opzione “%1” di %2 in “%3”: il questionario non ha questa domanda</translation>
    </message>
    <message>
        <source>cannot rename the option “%1” of %2 to “%3”: the question has no such option</source>
        <translation>impossibile rinominare l’opzione “%1” di %2 in “%3”: la domanda non ha questa opzione</translation>
    </message>
    <message>
        <source>cannot rename the option “%1” of %2 to “%3”: the new label is empty</source>
        <translation>impossibile rinominare l’opzione “%1” di %2 in “%3”: la nuova etichetta è vuota</translation>
    </message>
    <message>
        <source>cannot rename the option “%1” of %2 to “%3”: another option already has that label</source>
        <translation>impossibile rinominare l’opzione “%1” di %2 in “%3”: un’altra opzione ha già questa etichetta</translation>
    </message>
    <message>
        <source>Base: %1 (weighted)</source>
        <translation>Base: %1 (ponderata)</translation>
    </message>
    <message>
        <source>Lines: 95% confidence intervals (Wilson)</source>
        <translation>Linee: intervalli di confidenza al 95% (Wilson)</translation>
    </message>
    <message>
        <source>Open answers: the %1 most frequent of %2 different answers</source>
        <translation>Risposte aperte: le %1 più frequenti di %2 risposte diverse</translation>
    </message>
    <message>
        <source>No chart for this type of question</source>
        <translation>Nessun grafico per questo tipo di domanda</translation>
    </message>
    <message>
        <source>Nobody in this selection answered the question</source>
        <translation>Nessuno in questa selezione ha risposto alla domanda</translation>
    </message>
    <message>
        <source>Compared by: %1</source>
        <translation>Confronto per: %1</translation>
    </message>
    <message>
        <source>Total (n = %1)</source>
        <translation>Totale (n = %1)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>%1 rare answers grouped as &quot;Other&quot;</source>
        <translation>%1 risposte rare raggruppate come &quot;Altro&quot;</translation>
    </message>
    <message>
        <source>Numbers written with both decimal marks (&quot;3,5&quot; and &quot;3.5&quot;)</source>
        <translation>Numeri scritti con entrambi i separatori decimali (&quot;3,5&quot; e &quot;3.5&quot;)</translation>
    </message>
    <message>
        <source>%1 cells are not dates, first &quot;%2&quot;: read as missing</source>
        <translation>%1 celle non sono date, la prima &quot;%2&quot;: lette come mancanti</translation>
    </message>
    <message>
        <source>Numbers except for &quot;%1&quot;: read as %2, not numeric</source>
        <translation>Numeri tranne &quot;%1&quot;: letta come %2, non numerica</translation>
    </message>
    <message>
        <source>%1 inflates to more than %2 MB, more than a workbook part may (the limit is sized for a 1,000,000-row export); it is refused</source>
        <translation>%1 si espande oltre %2 MB, più di quanto possa una parte della cartella di lavoro (il limite è pensato per un export di 1.000.000 di righe); è rifiutato</translation>
    </message>
    <message>
        <source>the workbook inflates to more than %1 MB; it is refused as too large</source>
        <translation>la cartella di lavoro si espande oltre %1 MB; è rifiutata perché troppo grande</translation>
    </message>
    <message>
        <source>%1 inflates to more than %2 times its compressed size, which real workbooks never do (a zip bomb?); it is refused</source>
        <translation>%1 si espande oltre %2 volte la sua dimensione compressa, cosa che le cartelle di lavoro reali non fanno mai (una zip bomb?); è rifiutato</translation>
    </message>
    <message>
        <source>%1: shared string %2 is longer than %3 characters</source>
        <translation>%1: la stringa condivisa %2 supera i %3 caratteri</translation>
    </message>
    <message>
        <source>the cell holds more than %1 characters; it is refused</source>
        <translation>la cella contiene più di %1 caratteri; è rifiutata</translation>
    </message>
    <message>
        <source>the sheet holds more than %1 cells; it is refused as too large</source>
        <translation>il foglio contiene più di %1 celle; è rifiutato perché troppo grande</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importazione annullata</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;</source>
        <translation>formato sconosciuto &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>file inesistente</translation>
    </message>
    <message>
        <source>is a folder, not a survey file</source>
        <translation>è una cartella, non un file di indagine</translation>
    </message>
    <message>
        <source>cannot keep a backup of the project as %1: %2</source>
        <translation>impossibile conservare una copia del progetto come %1: %2</translation>
    </message>
    <message>
        <source>the previous project could not be kept as %1: %2</source>
        <translation>il progetto precedente non è stato conservato come %1: %2</translation>
    </message>
    <message>
        <source>project in use by %1 (pid %2 on %3)</source>
        <translation>progetto in uso da %1 (pid %2 su %3)</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>un altro programma</translation>
    </message>
    <message>
        <source>project in use by another program (see %1)</source>
        <translation>progetto in uso da un altro programma (vedi %1)</translation>
    </message>
    <message>
        <source>cannot save the project: cannot create a file in %1: permission denied</source>
        <translation>impossibile salvare il progetto: impossibile creare un file in %1: permesso negato</translation>
    </message>
    <message>
        <source>cannot save the project: cannot create its lock file %1</source>
        <translation>impossibile salvare il progetto: impossibile creare il file di blocco %1</translation>
    </message>
    <message>
        <source>not a Sondo project (%1)</source>
        <translation>non è un progetto Sondo (%1)</translation>
    </message>
    <message>
        <source>the previous project cannot be kept as %1, which is not a Sondo project (%2)</source>
        <translation>il progetto precedente non può essere conservato come %1, che non è un progetto Sondo (%2)</translation>
    </message>
    <message>
        <source>replaced without a backup: %1</source>
        <translation>sostituito senza copia di riserva: %1</translation>
    </message>
    <message>
        <source>A project of this survey exists but cannot be opened: %1</source>
        <translation>Esiste un progetto di questa indagine ma non si riesce ad aprirlo: %1</translation>
    </message>
    <message>
        <source>no file</source>
        <translation>nessun file</translation>
    </message>
    <message>
        <source>an empty file</source>
        <translation>un file vuoto</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>una cartella</translation>
    </message>
    <message>
        <source>a Sondo project</source>
        <translation>un progetto Sondo</translation>
    </message>
    <message>
        <source>an SQLite database made by another program</source>
        <translation>un database SQLite creato da un altro programma</translation>
    </message>
    <message>
        <source>an SQLite database that cannot be read</source>
        <translation>un database SQLite illeggibile</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>un file di testo</translation>
    </message>
    <message>
        <source>a file of another kind</source>
        <translation>un file di altro tipo</translation>
    </message>
    <message>
        <source>a file Sondo may not read</source>
        <translation>un file che Sondo non può leggere</translation>
    </message>
    <message>
        <source>no such project to update (import without --update first)</source>
        <translation>nessun progetto da aggiornare (importare prima senza --update)</translation>
    </message>
    <message>
        <source>not a Sondo project: only a .sondo file can be updated</source>
        <translation>non è un progetto Sondo: si può aggiornare solo un file .sondo</translation>
    </message>
    <message>
        <source>the survey file and the project are the same file</source>
        <translation>il file dell’indagine e il progetto sono lo stesso file</translation>
    </message>
    <message>
        <source>--type %1=%2 is no longer applied: the survey no longer has that question</source>
        <translation>--type %1=%2 non è più applicato: l’indagine non ha più quella domanda</translation>
    </message>
    <message>
        <source>Raking needs at least one question with target shares.</source>
        <translation>Il raking richiede almeno una domanda con quote obiettivo.</translation>
    </message>
    <message>
        <source>Raking needs a tolerance above zero and at least one iteration.</source>
        <translation>Il raking richiede una tolleranza maggiore di zero e almeno un&apos;iterazione.</translation>
    </message>
    <message>
        <source>Trimming caps must satisfy 0 ≤ lower ≤ 1 ≤ upper (times the mean weight).</source>
        <translation>I limiti di trimming devono rispettare 0 ≤ inferiore ≤ 1 ≤ superiore (volte il peso medio).</translation>
    </message>
    <message>
        <source>There must be one starting weight per respondent.</source>
        <translation>Serve un peso iniziale per ogni rispondente.</translation>
    </message>
    <message>
        <source>Raking: no such question.</source>
        <translation>Raking: domanda inesistente.</translation>
    </message>
    <message>
        <source>Raking: %1 is not a single-choice question.</source>
        <translation>Raking: %1 non è una domanda a scelta singola.</translation>
    </message>
    <message>
        <source>Raking: %1 has targets twice.</source>
        <translation>Raking: %1 ha obiettivi due volte.</translation>
    </message>
    <message>
        <source>Raking: %1 has %2 options but %3 target shares.</source>
        <translation>Raking: %1 ha %2 opzioni ma %3 quote obiettivo.</translation>
    </message>
    <message>
        <source>Raking: the target shares of %1 must be numbers ≥ 0.</source>
        <translation>Raking: le quote obiettivo di %1 devono essere numeri ≥ 0.</translation>
    </message>
    <message>
        <source>Raking: the target shares of %1 add up to zero.</source>
        <translation>Raking: le quote obiettivo di %1 sommano a zero.</translation>
    </message>
    <message>
        <source>Raking: too many options across the raking questions.</source>
        <translation>Raking: troppe opzioni nelle domande di raking.</translation>
    </message>
    <message>
        <source>Raking: no respondent has a starting weight above zero.</source>
        <translation>Raking: nessun rispondente ha un peso iniziale maggiore di zero.</translation>
    </message>
    <message>
        <source>Raking: nobody answered %1.</source>
        <translation>Raking: nessuno ha risposto a %1.</translation>
    </message>
    <message>
        <source>Raking: %1 has a target for &quot;%2&quot;, which nobody chose.</source>
        <translation>Raking: %1 ha un obiettivo per &quot;%2&quot;, che nessuno ha scelto.</translation>
    </message>
    <message>
        <source>Raking: %1 has a target of 0 for &quot;%2&quot;, which %3 respondents chose.</source>
        <translation>Raking: %1 ha un obiettivo pari a 0 per &quot;%2&quot;, scelto da %3 rispondenti.</translation>
    </message>
    <message>
        <source>no question &apos;%1&apos;</source>
        <translation>nessuna domanda &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 is a %2 question: raking needs a single-choice question</source>
        <translation>%1 è una domanda di tipo %2: il raking richiede una domanda a scelta singola</translation>
    </message>
    <message>
        <source>%1 has no option &apos;%2&apos; (its options: %3)</source>
        <translation>%1 non ha l&apos;opzione &apos;%2&apos; (le sue opzioni: %3)</translation>
    </message>
    <message>
        <source>%1: the share of &apos;%2&apos; is negative</source>
        <translation>%1: la quota di &apos;%2&apos; è negativa</translation>
    </message>
    <message>
        <source>%1: the shares add up to %2, not 1</source>
        <translation>%1: le quote sommano a %2, non a 1</translation>
    </message>
    <message>
        <source>raking needs at least one question</source>
        <translation>il raking richiede almeno una domanda</translation>
    </message>
    <message>
        <source>No respondent has a usable weight (a number above zero).</source>
        <translation>Nessun rispondente ha un peso utilizzabile (un numero maggiore di zero).</translation>
    </message>
    <message>
        <source>No such question.</source>
        <translation>Domanda inesistente.</translation>
    </message>
    <message>
        <source>Weights must come from a numeric question; %1 is not numeric.</source>
        <translation>I pesi devono venire da una domanda numerica; %1 non è numerica.</translation>
    </message>
    <message>
        <source>Unknown chart format: use .png, .svg or .pdf</source>
        <translation>Formato del grafico sconosciuto: usare .png, .svg o .pdf</translation>
    </message>
    <message>
        <source>Could not render the chart</source>
        <translation>Impossibile disegnare il grafico</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>Impossibile scrivere il file: %1</translation>
    </message>
    <message>
        <source>Could not create the folder %1</source>
        <translation>Impossibile creare la cartella %1</translation>
    </message>
    <message>
        <source>The question&apos;s key finding as the subtitle.</source>
        <translation>Il risultato principale della domanda come sottotitolo.</translation>
    </message>
    <message>
        <source>Thin 95% confidence-interval lines on the bars.</source>
        <translation>Sottili linee degli intervalli di confidenza al 95% sulle barre.</translation>
    </message>
    <message>
        <source>Export layout: %1.</source>
        <translation>Struttura dell’esportazione: %1.</translation>
    </message>
    <message>
        <source>Text encoding (UTF-8, UTF-16LE, windows-1252, …); detected if absent.</source>
        <translation>Codifica del testo (UTF-8, UTF-16LE, windows-1252, …); rilevata se assente.</translation>
    </message>
    <message>
        <source>Cell delimiter: , ; | or tab; sniffed if absent.</source>
        <translation>Separatore delle celle: , ; | o tab; rilevato se assente.</translation>
    </message>
    <message>
        <source>Declare a question&apos;s type: single, multiple, likert, numeric, text, date or ignore. Repeatable.</source>
        <translation>Dichiara il tipo di una domanda: single, multiple, likert, numeric, text, date o ignore. Ripetibile.</translation>
    </message>
    <message>
        <source>Worksheet of a workbook to read.</source>
        <translation>Foglio della cartella di lavoro da leggere.</translation>
    </message>
    <message>
        <source>unknown --format &apos;%1&apos; (expected one of: %2)</source>
        <translation>--format &apos;%1&apos; sconosciuto (previsto uno di: %2)</translation>
    </message>
    <message>
        <source>unknown --delimiter &apos;%1&apos; (expected , ; | or tab)</source>
        <translation>--delimiter &apos;%1&apos; sconosciuto (previsti , ; | o tab)</translation>
    </message>
    <message>
        <source>bad --type &apos;%1&apos; (expected QUESTION=single|multiple|likert|numeric|text|date|ignore)</source>
        <translation>--type &apos;%1&apos; non valido (previsto DOMANDA=single|multiple|likert|numeric|text|date|ignore)</translation>
    </message>
    <message>
        <source>no question &apos;%1&apos; (see &apos;sondo questions&apos;)</source>
        <translation>nessuna domanda &apos;%1&apos; (vedere &apos;sondo questions&apos;)</translation>
    </message>
    <message>
        <source>--by needs a choice question; %1 is %2</source>
        <translation>--by richiede una domanda a scelta; %1 è %2</translation>
    </message>
    <message>
        <source>bad --where &apos;%1&apos;: %2 is a %3 question; filters take choice questions</source>
        <translation>--where &apos;%1&apos; non valido: %2 è una domanda %3; i filtri accettano domande a scelta</translation>
    </message>
    <message>
        <source>bad --where &apos;%1&apos;: %2 has no option &apos;%3&apos; (options: %4)</source>
        <translation>--where &apos;%1&apos; non valido: %2 non ha l’opzione &apos;%3&apos; (opzioni: %4)</translation>
    </message>
    <message>
        <source>Leave the project&apos;s saved weighting off.</source>
        <translation>Non applicare la ponderazione salvata nel progetto.</translation>
    </message>
    <message>
        <source>the saved weighting cannot be applied: %1 (change it with sondo weight, or use --unweighted)</source>
        <translation>la ponderazione salvata non può essere applicata: %1 (cambiala con sondo weight, o usa --unweighted)</translation>
    </message>
    <message>
        <source>Key findings written as sentences, for one question or all.</source>
        <translation>I risultati principali scritti come frasi, per una domanda o per tutte.</translation>
    </message>
    <message>
        <source>Question id, code or text (default: --all).</source>
        <translation>Id, codice o testo della domanda (predefinito: --all).</translation>
    </message>
    <message>
        <source>Every question (the default).</source>
        <translation>Tutte le domande (predefinito).</translation>
    </message>
    <message>
        <source>Language of the sentences: it (default) or en.</source>
        <translation>Lingua delle frasi: it (predefinita) o en.</translation>
    </message>
    <message>
        <source>bad --lang &apos;%1&apos; (expected it or en)</source>
        <translation>--lang &apos;%1&apos; non valido (atteso it o en)</translation>
    </message>
    <message>
        <source>Respondents: %1 · Base: %2 · Missing: %3</source>
        <translation>Rispondenti: %1 · Base: %2 · Mancanti: %3</translation>
    </message>
    <message>
        <source>Several answers possible: percentages of respondents who answered.</source>
        <translation>Più risposte possibili: percentuali dei rispondenti che hanno risposto.</translation>
    </message>
    <message>
        <source>Mean %1</source>
        <translation>Media %1</translation>
    </message>
    <message>
        <source>Median %1</source>
        <translation>Mediana %1</translation>
    </message>
    <message>
        <source>SD %1</source>
        <translation>DS %1</translation>
    </message>
    <message>
        <source>Min %1</source>
        <translation>Min %1</translation>
    </message>
    <message>
        <source>Max %1</source>
        <translation>Max %1</translation>
    </message>
    <message>
        <source>Top-2-box %1%</source>
        <translation>Top-2-box %1%</translation>
    </message>
    <message>
        <source>Weighted · Unweighted base: %1 · Effective base: %2</source>
        <translation>Ponderato · Base non ponderata: %1 · Base effettiva: %2</translation>
    </message>
    <message>
        <source>NPS %1 (95% CI %2 to %3) · Promoters %4% · Passives %5% · Detractors %6%</source>
        <translation>NPS %1 (IC 95% da %2 a %3) · Promotori %4% · Passivi %5% · Detrattori %6%</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opzione</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Conteggio</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Percentuale</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>By: %1 · %2</source>
        <translation>Per: %1 · %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Not tested (effective base below %1): %2.</source>
        <translation>Non testati (base effettiva sotto %1): %2.</translation>
    </message>
    <message>
        <source>Chi-square %1, df %2, p = %3</source>
        <translation>Chi-quadro %1, gdl %2, p = %3</translation>
    </message>
    <message>
        <source>, Cramér&apos;s V %1</source>
        <translation>, V di Cramér %1</translation>
    </message>
    <message>
        <source> (some expected counts below 5)</source>
        <translation> (alcune frequenze attese sotto 5)</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n voce</numerusform>
            <numerusform>%n voci</numerusform>
        </translation>
    </message>
    <message>
        <source>Respondents: %1</source>
        <translation>Rispondenti: %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Voce</translation>
    </message>
    <message>
        <source>Top-2</source>
        <translation>Top-2</translation>
    </message>
    <message>
        <source>%1 has no answers to chart</source>
        <translation>%1 non ha risposte da rappresentare</translation>
    </message>
    <message>
        <source>usage: sondo import FILE [-o PROJECT] [--update | --force] [--format …]</source>
        <translation>usage: sondo import FILE [-o PROJECT] [--update | --force] [--format …]</translation>
    </message>
    <message>
        <source>Replace PROJECT even when it is not a Sondo project (without --force, only a project is replaced, and kept as PROJECT.bak).</source>
        <translation>Sostituisce PROJECT anche se non è un progetto Sondo (senza --force si sostituisce solo un progetto, conservato come PROJECT.bak).</translation>
    </message>
    <message>
        <source>--update keeps the project and --force replaces it: use only one</source>
        <translation>--update conserva il progetto e --force lo sostituisce: usane solo uno</translation>
    </message>
    <message>
        <source>%1; use --force to replace it</source>
        <translation>%1; usa --force per sostituirlo</translation>
    </message>
    <message>
        <source>the previous project is kept as %1</source>
        <translation>il progetto precedente è conservato come %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n items)</source>
        <translation>
            <numerusform>(%n voce)</numerusform>
            <numerusform>(%n voci)</numerusform>
        </translation>
    </message>
    <message>
        <source>bad --rake &apos;%1&apos; (expected QUESTION=OPTION:SHARE,…)</source>
        <translation>--rake &apos;%1&apos; non valido (atteso DOMANDA=OPZIONE:QUOTA,…)</translation>
    </message>
    <message>
        <source>bad share &apos;%1&apos; in --rake (expected OPTION:0.2 or OPTION:20%)</source>
        <translation>quota &apos;%1&apos; non valida in --rake (atteso OPZIONE:0.2 o OPZIONE:20%)</translation>
    </message>
    <message>
        <source>Weighting off.</source>
        <translation>Ponderazione disattivata.</translation>
    </message>
    <message>
        <source>Weights from %1 (scaled to mean 1).</source>
        <translation>Pesi da %1 (riscalati a media 1).</translation>
    </message>
    <message numerus="yes">
        <source>Raking on %n question(s): %1 after %2 iteration(s).</source>
        <translation>
            <numerusform>Raking su %n domanda: %1 dopo %2 iterazioni.</numerusform>
            <numerusform>Raking su %n domande: %1 dopo %2 iterazioni.</numerusform>
        </translation>
    </message>
    <message>
        <source>converged</source>
        <translation>convergente</translation>
    </message>
    <message>
        <source>NOT converged</source>
        <translation>NON convergente</translation>
    </message>
    <message>
        <source>Respondents: %1 · Min weight %2 · Max weight %3 · Design effect %4 · Efficiency %5% · Effective base %6</source>
        <translation>Rispondenti: %1 · Peso minimo %2 · Peso massimo %3 · Effetto del disegno %4 · Efficienza %5% · Base effettiva %6</translation>
    </message>
    <message>
        <source>Left out (no usable weight): %1</source>
        <translation>Esclusi (nessun peso utilizzabile): %1</translation>
    </message>
    <message>
        <source>target %1%</source>
        <translation>obiettivo %1%</translation>
    </message>
    <message>
        <source>achieved %1%</source>
        <translation>ottenuto %1%</translation>
    </message>
    <message>
        <source>usage: sondo weight PROJECT (--column QUESTION | --rake &quot;QUESTION=OPTION:SHARE,…&quot;... [--trim MIN,MAX] | --off) [--json]</source>
        <translation>usage: sondo weight PROJECT (--column QUESTION | --rake &quot;QUESTION=OPTION:SHARE,…&quot;... [--trim MIN,MAX] | --off) [--json]</translation>
    </message>
    <message>
        <source>Set the project&apos;s weighting: a weight column, raking to target shares, or none. Saved in the project and applied by freq, chart and the window.</source>
        <translation>Imposta la ponderazione del progetto: una colonna di pesi, il raking su quote obiettivo, o nessuna. Salvata nel progetto e applicata da freq, chart e dalla finestra.</translation>
    </message>
    <message>
        <source>Weights from a numeric question (scaled to mean 1).</source>
        <translation>Pesi da una domanda numerica (riscalati a media 1).</translation>
    </message>
    <message>
        <source>Rake to target shares of a single-choice question (a share as 0.2 or 20%; one question&apos;s shares add up to 1). Repeat for up to five questions.</source>
        <translation>Raking su quote obiettivo di una domanda a scelta singola (una quota come 0.2 o 20%; le quote di una domanda sommano a 1). Ripetibile fino a cinque domande.</translation>
    </message>
    <message>
        <source>Cap raked weights to MIN..MAX times the mean (e.g. 0.2,5).</source>
        <translation>Limita i pesi a MIN..MAX volte la media (es. 0.2,5).</translation>
    </message>
    <message>
        <source>Switch weighting off.</source>
        <translation>Disattiva la ponderazione.</translation>
    </message>
    <message>
        <source>give one of --column, --rake or --off
%1</source>
        <translation>indica uno tra --column, --rake o --off
%1</translation>
    </message>
    <message>
        <source>--trim goes with --rake</source>
        <translation>--trim va usato con --rake</translation>
    </message>
    <message>
        <source>raking takes at most five questions</source>
        <translation>il raking accetta al massimo cinque domande</translation>
    </message>
    <message>
        <source>%1 is not a .sondo project: import it first (sondo import)</source>
        <translation>%1 non è un progetto .sondo: importalo prima (sondo import)</translation>
    </message>
    <message>
        <source>bad --trim &apos;%1&apos; (expected MIN,MAX with MIN ≤ 1 ≤ MAX, e.g. 0.2,5)</source>
        <translation>--trim &apos;%1&apos; non valido (atteso MIN,MAX con MIN ≤ 1 ≤ MAX, es. 0.2,5)</translation>
    </message>
    <message>
        <source>CSV: a cell that starts with =, +, -, @, a tab or a carriage return and is not a number is written with a &apos; in front, so that a spreadsheet shows it as text instead of running it as a formula. The .sav file keeps every text as it is.</source>
        <translation>CSV: una cella che inizia con =, +, -, @, una tabulazione o un ritorno a capo e non è un numero viene scritta con un &apos; davanti, così che un foglio di calcolo la mostri come testo invece di eseguirla come formula. Il file .sav conserva ogni testo così com&apos;è.</translation>
    </message>
    <message>
        <source>Base: %1 (weighted) · %2 interviews</source>
        <translation>Base: %1 (ponderata) · %2 interviste</translation>
    </message>
    <message>
        <source>Base: %1 (weighted) · %2 who answered (of %3)</source>
        <translation>Base: %1 (ponderata) · %2 che hanno risposto (su %3)</translation>
    </message>
    <message>
        <source>%1 who answered (of %2 in the filter)</source>
        <translation>%1 che hanno risposto (su %2 nel filtro)</translation>
    </message>
    <message>
        <source>Base: %1 who answered (of %2)</source>
        <translation>Base: %1 che hanno risposto (su %2)</translation>
    </message>
    <message>
        <source>Unweighted</source>
        <translation>Non ponderato</translation>
    </message>
    <message>
        <source>Unweighted: the saved weighting cannot be applied (%1)</source>
        <translation>Non ponderato: la ponderazione salvata non si può applicare (%1)</translation>
    </message>
    <message>
        <source>Unweighted (weighting switched off)</source>
        <translation>Non ponderato (ponderazione disattivata)</translation>
    </message>
    <message>
        <source>Weighted by %1 (weight column), eff. base %2</source>
        <translation>Ponderato con %1 (colonna dei pesi), base effettiva %2</translation>
    </message>
    <message>
        <source>Weighted: raking on 1 question, eff. base %1</source>
        <translation>Ponderato: raking su 1 domanda, base effettiva %1</translation>
    </message>
    <message>
        <source>Weighted: raking on %1 questions, eff. base %2</source>
        <translation>Ponderato: raking su %1 domande, base effettiva %2</translation>
    </message>
    <message>
        <source>Base: %1–%2</source>
        <translation>Base: %1–%2</translation>
    </message>
    <message>
        <source>Several answers possible: percentages of respondents who answered the item.</source>
        <translation>Più risposte possibili: percentuali dei rispondenti che hanno risposto alla voce.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>Deviazione standard</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimo</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Massimo</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>The %1 most frequent of %2 different answers.</source>
        <translation>Le %1 più frequenti di %2 risposte diverse.</translation>
    </message>
    <message>
        <source>Several answers allowed: percentages may add up to more than 100%.</source>
        <translation>Risposte multiple possibili: le percentuali possono sommare più di 100%.</translation>
    </message>
    <message>
        <source>Percent of each item&apos;s base.</source>
        <translation>Percentuali sulla base di ciascun elemento.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Indice</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Nota metodologica</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continua)</translation>
    </message>
    <message>
        <source>Survey report</source>
        <translation>Rapporto di indagine</translation>
    </message>
    <message>
        <source>Fieldwork: %1</source>
        <translation>Periodo di rilevazione: %1</translation>
    </message>
    <message>
        <source>none (every respondent)</source>
        <translation>nessuno (tutti i rispondenti)</translation>
    </message>
    <message>
        <source>Weighting: weighted (effective base %1)</source>
        <translation>Ponderazione: dati ponderati (base effettiva %1)</translation>
    </message>
    <message>
        <source>Weighting: none</source>
        <translation>Ponderazione: nessuna</translation>
    </message>
    <message>
        <source>Compared by: %1 · %2</source>
        <translation>Confronto per: %1 · %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fonte: %1</translation>
    </message>
    <message>
        <source>Percentages are of each question&apos;s base: the respondents who answered it. Blank answers are left out, so bases differ from question to question.</source>
        <translation>Le percentuali sono calcolate sulla base di ciascuna domanda: i rispondenti che hanno risposto. Le risposte vuote sono escluse, quindi la base cambia da domanda a domanda.</translation>
    </message>
    <message>
        <source>With %1 respondents the margin of error of a percentage is at most ±%2 points (95% confidence); it is larger for smaller bases.</source>
        <translation>Con %1 rispondenti il margine di errore di una percentuale è al massimo ±%2 punti (confidenza 95%); è più ampio per basi più piccole.</translation>
    </message>
    <message>
        <source>Counts are weighted; tests use the effective base.</source>
        <translation>I conteggi sono ponderati; i test usano la base effettiva.</translation>
    </message>
    <message>
        <source>unknown output type “.%1”: expected .csv or .sav</source>
        <translation>tipo di uscita “.%1” sconosciuto: previsti .csv o .sav</translation>
    </message>
    <message>
        <source>the answers do not match the questions of the survey</source>
        <translation>le risposte non corrispondono alle domande dell’indagine</translation>
    </message>
    <message>
        <source>--type %1: no question has this id, code or text</source>
        <translation>--type %1: nessuna domanda ha questo id, codice o testo</translation>
    </message>
    <message>
        <source>%1: its column is not in the table; read as unanswered</source>
        <translation>%1: la sua colonna non è nella tabella; letta come senza risposta</translation>
    </message>
    <message>
        <source>%1 has one column per mention: it can be multiple, text or id, not %2</source>
        <translation>%1 ha una colonna per menzione: può essere multipla, testo o id, non %2</translation>
    </message>
    <message>
        <source>%1 has one column per option: it can be multiple, text or id, not %2</source>
        <translation>%1 ha una colonna per opzione: può essere multipla, testo o id, non %2</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Opzione %1</translation>
    </message>
    <message>
        <source>%1, option &quot;%2&quot;: %3 cells such as &quot;%4&quot; are not yes/no flags; read as selected</source>
        <translation>%1, opzione &quot;%2&quot;: %3 celle come &quot;%4&quot; non sono indicatori sì/no; lette come selezionate</translation>
    </message>
    <message>
        <source>%1 cannot be read as a date: &quot;%2&quot; is not a date</source>
        <translation>%1 non si può leggere come data: &quot;%2&quot; non è una data</translation>
    </message>
    <message>
        <source>%1 cannot be read as numeric: &quot;%2&quot; is not a number</source>
        <translation>%1 non si può leggere come numerica: &quot;%2&quot; non è un numero</translation>
    </message>
    <message>
        <source>%1: the format says %2, but &quot;%3&quot; is not; read as %4</source>
        <translation>%1: il formato indica %2, ma &quot;%3&quot; non lo è; letta come %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>case %1, variable %2</source>
        <translation>caso %1, variabile %2</translation>
    </message>
    <message>
        <source>the row has more than %1 cells, more columns than a spreadsheet holds; the file is refused</source>
        <translation>la riga ha più di %1 celle, più colonne di quante ne contenga un foglio di calcolo; il file è rifiutato</translation>
    </message>
    <message>
        <source>Could not write the report</source>
        <translation>Impossibile scrivere il rapporto</translation>
    </message>
    <message>
        <source>The report file: .pdf, .odt or .html.</source>
        <translation>Il file del rapporto: .pdf, .odt o .html.</translation>
    </message>
    <message>
        <source>Questions and groups in report order, by comma (default: every question).</source>
        <translation>Domande e gruppi nell&apos;ordine del rapporto, separati da virgola (predefinito: tutte le domande).</translation>
    </message>
    <message>
        <source>Language: it (default) or en.</source>
        <translation>Lingua: it (predefinita) o en.</translation>
    </message>
    <message>
        <source>Title of the report (default: the survey&apos;s).</source>
        <translation>Titolo del rapporto (predefinito: quello dell&apos;indagine).</translation>
    </message>
    <message>
        <source>Source note under every chart and on the title page.</source>
        <translation>Nota sulla fonte sotto ogni grafico e nel frontespizio.</translation>
    </message>
    <message>
        <source>PDF page: a4 (default), a4-landscape or 16:9.</source>
        <translation>Pagina del PDF: a4 (predefinita), a4-landscape o 16:9.</translation>
    </message>
    <message>
        <source>bad output &apos;%1&apos; (expected a .pdf, .odt or .html file)</source>
        <translation>output &apos;%1&apos; non valido (atteso un file .pdf, .odt o .html)</translation>
    </message>
    <message>
        <source>bad --page &apos;%1&apos; (expected a4, a4-landscape or 16:9)</source>
        <translation>--page &apos;%1&apos; non valido (atteso a4, a4-landscape o 16:9)</translation>
    </message>
    <message>
        <source>--questions names no question</source>
        <translation>--questions non indica alcuna domanda</translation>
    </message>
    <message>
        <source>Cramér&apos;s V %1</source>
        <translation>V di Cramér %1</translation>
    </message>
    <message>
        <source>uncorrected</source>
        <translation>senza correzione</translation>
    </message>
    <message>
        <source>column proportions, %1, %2%</source>
        <translation>proporzioni di colonna, %1, %2%</translation>
    </message>
    <message>
        <source>No significant difference between the groups (%1)</source>
        <translation>Nessuna differenza significativa tra i gruppi (%1)</translation>
    </message>
    <message>
        <source>▲▼: significantly above or below the rest of the sample (%1)</source>
        <translation>▲▼: significativamente sopra o sotto il resto del campione (%1)</translation>
    </message>
    <message>
        <source>Letters: significantly higher than the groups with those letters (%1)</source>
        <translation>Lettere: significativamente più alto dei gruppi con quelle lettere (%1)</translation>
    </message>
    <message>
        <source>not tested (base below %1): %2</source>
        <translation>non testati (base inferiore a %1): %2</translation>
    </message>
    <message>
        <source>cannot band %1 at %2: the survey has no such question</source>
        <translation>impossibile suddividere %1 in classi a %2: il questionario non ha questa domanda</translation>
    </message>
    <message>
        <source>cannot band %1 at %2: the question is not numeric</source>
        <translation>impossibile suddividere %1 in classi a %2: la domanda non è numerica</translation>
    </message>
    <message>
        <source>cannot band %1: no cut points are given</source>
        <translation>impossibile suddividere %1 in classi: nessun punto di taglio indicato</translation>
    </message>
    <message>
        <source>cannot band %1 at %2: the cut points must be numbers in increasing order</source>
        <translation>impossibile suddividere %1 in classi a %2: i punti di taglio devono essere numeri crescenti</translation>
    </message>
    <message>
        <source>cannot make %1 %2: the survey has no such question</source>
        <translation>impossibile rendere %1 di tipo %2: il questionario non ha questa domanda</translation>
    </message>
    <message>
        <source>cannot make %1 %2: a %3 question cannot be changed so after the import (re-import with --type)</source>
        <translation>impossibile rendere %1 di tipo %2: una domanda %3 non si può cambiare così dopo l’importazione (reimporta con --type)</translation>
    </message>
    <message>
        <source>cannot hide the option “%1” of %2: the survey has no such question</source>
        <translation>impossibile nascondere l’opzione “%1” di %2: il questionario non ha questa domanda</translation>
    </message>
    <message>
        <source>cannot hide the option “%1” of %2: the question is not a choice question</source>
        <translation>impossibile nascondere l’opzione “%1” di %2: la domanda non è a scelta</translation>
    </message>
    <message>
        <source>cannot hide the option “%1” of %2: the question has no such option</source>
        <translation>impossibile nascondere l’opzione “%1” di %2: la domanda non ha questa opzione</translation>
    </message>
    <message>
        <source>cannot hide the option “%1” of %2: it is the last option shown</source>
        <translation>impossibile nascondere l’opzione “%1” di %2: è l’ultima opzione visibile</translation>
    </message>
    <message>
        <source>cannot merge “%1” of %2 into “%3”: the survey has no such question</source>
        <translation>impossibile unire “%1” di %2 in “%3”: il questionario non ha questa domanda</translation>
    </message>
    <message>
        <source>cannot merge “%1” of %2 into “%3”: the question is not a choice question</source>
        <translation>impossibile unire “%1” di %2 in “%3”: la domanda non è a scelta</translation>
    </message>
    <message>
        <source>cannot merge “%1” of %2 into “%3”: the new label is empty</source>
        <translation>impossibile unire “%1” di %2 in “%3”: la nuova etichetta è vuota</translation>
    </message>
    <message>
        <source>cannot merge “%1” of %2 into “%3”: the question has no option “%4”</source>
        <translation>impossibile unire “%1” di %2 in “%3”: la domanda non ha l’opzione “%4”</translation>
    </message>
    <message>
        <source>cannot merge “%1” of %2 into “%3”: a merge needs at least two different options</source>
        <translation>impossibile unire “%1” di %2 in “%3”: servono almeno due opzioni diverse</translation>
    </message>
    <message>
        <source>cannot put the options of %1 in the order “%2”: the survey has no such question</source>
        <translation>impossibile ordinare le opzioni di %1 come “%2”: il questionario non ha questa domanda</translation>
    </message>
    <message>
        <source>cannot put the options of %1 in the order “%2”: the question is not a choice question</source>
        <translation>impossibile ordinare le opzioni di %1 come “%2”: la domanda non è a scelta</translation>
    </message>
    <message>
        <source>cannot put the options of %1 in order: no option is named</source>
        <translation>impossibile ordinare le opzioni di %1: nessuna opzione indicata</translation>
    </message>
    <message>
        <source>cannot put the options of %1 in the order “%2”: the question has no option “%3”</source>
        <translation>impossibile ordinare le opzioni di %1 come “%2”: la domanda non ha l’opzione “%3”</translation>
    </message>
    <message>
        <source>cannot put the options of %1 in the order “%2”: “%3” is named twice</source>
        <translation>impossibile ordinare le opzioni di %1 come “%2”: “%3” è indicata due volte</translation>
    </message>
    <message>
        <source>Compared by %1: each group has a letter.</source>
        <translation>Confronto per %1: ogni gruppo ha una lettera.</translation>
    </message>
    <message>
        <source>recode %1 is kept but no longer applies: %2</source>
        <translation>la ricodifica %1 è conservata ma non si applica più: %2</translation>
    </message>
    <message>
        <source>column proportions z-test; means: Welch&apos;s t-test</source>
        <translation>test z sulle proporzioni di colonna; medie: test t di Welch</translation>
    </message>
    <message>
        <source>column proportions z-test</source>
        <translation>test z sulle proporzioni di colonna</translation>
    </message>
    <message>
        <source>Holm-corrected</source>
        <translation>correzione di Holm</translation>
    </message>
    <message>
        <source>Bonferroni-corrected</source>
        <translation>correzione di Bonferroni</translation>
    </message>
    <message>
        <source>not corrected for multiple comparisons</source>
        <translation>senza correzione per confronti multipli</translation>
    </message>
    <message>
        <source>▲▼: the group is significantly above or below the rest of the sample (%1; %2, %3%).</source>
        <translation>▲▼: il gruppo è significativamente sopra o sotto il resto del campione (%1; %2, %3%).</translation>
    </message>
    <message>
        <source>Letters: the group is significantly higher than the groups named (%1; %2, %3%).</source>
        <translation>Lettere: il gruppo è significativamente più alto dei gruppi indicati (%1; %2, %3%).</translation>
    </message>
    <message>
        <source>usage: sondo clean PROJECT QUESTION [--apply N[,N...]]... [--json]</source>
        <translation>uso: sondo clean PROGETTO DOMANDA [--apply N[,N...]]... [--json]</translation>
    </message>
    <message>
        <source>Answers of a question that are one answer spelled differently (case, spaces, accents, slips, one-letter abbreviations), numbered; --apply merges the chosen ones as recodes (undo with sondo recodes --remove).</source>
        <translation>Le risposte di una domanda che sono la stessa risposta scritta in modi diversi (maiuscole, spazi, accenti, refusi, abbreviazioni di una lettera), numerate; --apply unisce quelle scelte come ricodifiche (si annullano con sondo recodes --remove).</translation>
    </message>
    <message>
        <source>Merge proposal N as listed (repeatable, or N,N,...).</source>
        <translation>Unisce la proposta N dell&apos;elenco (ripetibile, o N,N,...).</translation>
    </message>
    <message>
        <source>bad --apply &apos;%1&apos; (expected proposal numbers)</source>
        <translation>--apply &apos;%1&apos; non valido (servono numeri di proposta)</translation>
    </message>
    <message>
        <source>%1 is a %2 question; clean takes single-choice and open-text questions</source>
        <translation>%1 è una domanda %2; clean accetta domande a scelta singola e a risposta aperta</translation>
    </message>
    <message>
        <source>%1 is an open-text question: its answers are no options to merge; re-import it as a choice question (sondo import --type %1=single)</source>
        <translation>%1 è una domanda aperta: le sue risposte non sono opzioni da unire; reimportala come domanda a scelta (sondo import --type %1=single)</translation>
    </message>
    <message>
        <source>no proposal %1 (there are %2)</source>
        <translation>nessuna proposta %1 (ce ne sono %2)</translation>
    </message>
    <message>
        <source>Merged %1 into “%2” (%3 respondents)</source>
        <translation>Unite %1 risposte in “%2” (%3 rispondenti)</translation>
    </message>
    <message>
        <source>%1: no answers to merge</source>
        <translation>%1: nessuna risposta da unire</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>1 respondent</source>
        <translation>1 rispondente</translation>
    </message>
    <message>
        <source>%1 respondents</source>
        <translation>%1 rispondenti</translation>
    </message>
    <message>
        <source>bad --where &apos;%1&apos;: expected QUESTION=VALUE (or QUESTION&gt;=N, QUESTION=A..B for a numeric question) with a question from &apos;sondo questions&apos;</source>
        <translation>--where &apos;%1&apos; non valido: serve DOMANDA=VALORE (o DOMANDA&gt;=N, DOMANDA=A..B per una domanda numerica) con una domanda di &apos;sondo questions&apos;</translation>
    </message>
    <message>
        <source>bad --where &apos;%1&apos;: %2 is numeric; write %2&gt;=N, %2&gt;N, %2&lt;=N, %2&lt;N, %2=N or %2=A..B with numbers</source>
        <translation>--where &apos;%1&apos; non valido: %2 è numerica; scrivi %2&gt;=N, %2&gt;N, %2&lt;=N, %2&lt;N, %2=N o %2=A..B con dei numeri</translation>
    </message>
    <message>
        <source>bad --where &apos;%1&apos;: %2 is a choice question; write %2=OPTION</source>
        <translation>--where &apos;%1&apos; non valido: %2 è una domanda a scelta; scrivi %2=OPZIONE</translation>
    </message>
    <message>
        <source>Keep respondents who answered VALUE to QUESTION. Repeat a question for OR; different questions combine with AND. Numeric questions take QUESTION&gt;=N, &gt;N, &lt;=N, &lt;N, =N or =A..B (ends included).</source>
        <translation>Tiene i rispondenti che hanno risposto VALORE a DOMANDA. Ripetere una domanda vale OR; domande diverse si combinano in AND. Le domande numeriche accettano DOMANDA&gt;=N, &gt;N, &lt;=N, &lt;N, =N o =A..B (estremi inclusi).</translation>
    </message>
    <message>
        <source>Confidence of the tests between --by groups: 90, 95 (default) or 99.</source>
        <translation>Confidenza dei test tra i gruppi di --by: 90, 95 (predefinita) o 99.</translation>
    </message>
    <message>
        <source>Correction for testing many pairs of groups: holm (default), bonferroni or none.</source>
        <translation>Correzione per il test di molte coppie di gruppi: holm (predefinita), bonferroni o none.</translation>
    </message>
    <message>
        <source>Test each group against the rest of the sample (▲▼) instead of every pair of groups (letters).</source>
        <translation>Confronta ogni gruppo con il resto del campione (▲▼) invece di ogni coppia di gruppi (lettere).</translation>
    </message>
    <message>
        <source>Groups with a smaller effective base are shown but not tested (default 30).</source>
        <translation>I gruppi con una base effettiva minore sono mostrati ma non testati (predefinito 30).</translation>
    </message>
    <message>
        <source>bad --level &apos;%1&apos; (expected 90, 95 or 99)</source>
        <translation>--level &apos;%1&apos; non valido (90, 95 o 99)</translation>
    </message>
    <message>
        <source>bad --adjust &apos;%1&apos; (expected holm, bonferroni or none)</source>
        <translation>--adjust &apos;%1&apos; non valido (holm, bonferroni o none)</translation>
    </message>
    <message>
        <source>bad --min-base &apos;%1&apos; (expected a number of 2 or more)</source>
        <translation>--min-base &apos;%1&apos; non valido (serve un numero da 2 in su)</translation>
    </message>
    <message>
        <source>usage: sondo findings PROJECT [QUESTION | --all] [--lang it|en] [--where QUESTION=VALUE]... [--by QUESTION [--level 90|95|99] [--adjust holm|bonferroni|none] [--min-base N]] [--unweighted] [--json]</source>
        <translation>uso: sondo findings PROGETTO [DOMANDA | --all] [--lang it|en] [--where DOMANDA=VALORE]... [--by DOMANDA [--level 90|95|99] [--adjust holm|bonferroni|none] [--min-base N]] [--unweighted] [--json]</translation>
    </message>
    <message>
        <source>usage: sondo freq PROJECT QUESTION [--where QUESTION=VALUE]... [--by QUESTION [--level 90|95|99] [--adjust holm|bonferroni|none] [--vs-rest] [--min-base N]] [--unweighted] [--json]</source>
        <translation>uso: sondo freq PROGETTO DOMANDA [--where DOMANDA=VALORE]... [--by DOMANDA [--level 90|95|99] [--adjust holm|bonferroni|none] [--vs-rest] [--min-base N]] [--unweighted] [--json]</translation>
    </message>
    <message>
        <source>Hidden, not in the base: %1</source>
        <translation>Nascoste, escluse dalla base: %1</translation>
    </message>
    <message>
        <source>bad --%1 &apos;%2&apos; (expected %3)</source>
        <translation>--%1 &apos;%2&apos; non valido (atteso %3)</translation>
    </message>
    <message>
        <source>--%1 is not available in this version</source>
        <translation>--%1 non è disponibile in questa versione</translation>
    </message>
    <message>
        <source>Add one recode to a question: saved in the project, applied by freq, chart, findings, report and the window; the imported answers are never changed. List or remove recodes with sondo recodes.</source>
        <translation>Aggiunge una ricodifica a una domanda: salvata nel progetto, applicata da freq, chart, findings, report e dalla finestra; le risposte importate non cambiano mai. Elenca o rimuovi le ricodifiche con sondo recodes.</translation>
    </message>
    <message>
        <source>The question (id, code or exact text).</source>
        <translation>La domanda (id, codice o testo esatto).</translation>
    </message>
    <message>
        <source>Merge options into one (a new label or one of theirs).</source>
        <translation>Unisce più opzioni in una (con una nuova etichetta o con una delle loro).</translation>
    </message>
    <message>
        <source>Rename an option.</source>
        <translation>Rinomina un’opzione.</translation>
    </message>
    <message>
        <source>Put these options first, in this order (on a scale: the scale&apos;s order).</source>
        <translation>Mette per prime queste opzioni, in quest’ordine (su una scala: l’ordine della scala).</translation>
    </message>
    <message>
        <source>Hide an option: its respondents leave the base.</source>
        <translation>Nasconde un’opzione: i suoi rispondenti escono dalla base.</translation>
    </message>
    <message>
        <source>Add a net: respondents who chose any of the options.</source>
        <translation>Aggiunge un net: i rispondenti che hanno scelto almeno una delle opzioni.</translation>
    </message>
    <message>
        <source>Change the question&apos;s type: single, multiple, scale, numeric, text or ignore.</source>
        <translation>Cambia il tipo della domanda: single, multiple, scale, numeric, text o ignore.</translation>
    </message>
    <message>
        <source>give one operation
%1</source>
        <translation>indica una sola operazione
%1</translation>
    </message>
    <message>
        <source>Recode %1 saved: %2 %3</source>
        <translation>Ricodifica %1 salvata: %2 %3</translation>
    </message>
    <message>
        <source>No recodes.</source>
        <translation>Nessuna ricodifica.</translation>
    </message>
    <message>
        <source>not applied: %1</source>
        <translation>non applicata: %1</translation>
    </message>
    <message>
        <source>usage: sondo recodes PROJECT [--json] [--remove N]</source>
        <translation>uso: sondo recodes PROGETTO [--json] [--remove N]</translation>
    </message>
    <message>
        <source>List the project&apos;s recodes, numbered from 1 in the order they apply, or remove one.</source>
        <translation>Elenca le ricodifiche del progetto, numerate da 1 nell’ordine in cui si applicano, o ne rimuove una.</translation>
    </message>
    <message>
        <source>Remove recode N (the later ones then apply to what the earlier ones make).</source>
        <translation>Rimuove la ricodifica N (le successive si applicano poi al risultato delle precedenti).</translation>
    </message>
    <message numerus="yes">
        <source>no recode %1: the project has %n recode(s)</source>
        <translation>
            <numerusform>nessuna ricodifica %1: il progetto ne ha %n</numerusform>
            <numerusform>nessuna ricodifica %1: il progetto ne ha %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed recode %1: %2 %3</source>
        <translation>Rimossa la ricodifica %1: %2 %3</translation>
    </message>
    <message>
        <source>rename %1 → %2</source>
        <translation>rinomina %1 → %2</translation>
    </message>
    <message>
        <source>merge %1 → %2</source>
        <translation>unisci %1 → %2</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>ordina %1</translation>
    </message>
    <message>
        <source>hide %1</source>
        <translation>nascondi %1</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>tipo %1</translation>
    </message>
    <message>
        <source>bands %1</source>
        <translation>classi %1</translation>
    </message>
    <message>
        <source>not readable by this version: %1</source>
        <translation>non leggibile da questa versione: %1</translation>
    </message>
    <message>
        <source>Margin of error: ±%1 points at %2% (effective base %3)</source>
        <translation>Margine di errore: ±%1 punti al %2% (base effettiva %3)</translation>
    </message>
    <message>
        <source>cannot create the package</source>
        <translation>impossibile creare il pacchetto</translation>
    </message>
    <message>
        <source>Total n</source>
        <translation>Totale n</translation>
    </message>
    <message>
        <source>Total %</source>
        <translation>Totale %</translation>
    </message>
    <message>
        <source>sig.</source>
        <translation>sig.</translation>
    </message>
    <message>
        <source>Unweighted base</source>
        <translation>Base non ponderata</translation>
    </message>
    <message>
        <source>Effective base</source>
        <translation>Base effettiva</translation>
    </message>
    <message>
        <source>all respondents</source>
        <translation>tutti i rispondenti</translation>
    </message>
    <message>
        <source>Weighting: the project&apos;s weights</source>
        <translation>Ponderazione: i pesi del progetto</translation>
    </message>
    <message>
        <source>Weighting: none (unweighted)</source>
        <translation>Ponderazione: nessuna (non ponderato)</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>The sample&apos;s margin of error in the notes (at --level).</source>
        <translation>Il margine di errore del campione nelle note (al livello di --level).</translation>
    </message>
    <message>
        <source>Tables as an Excel workbook: per question counts, column percentages, bases and significance letters, one sheet each or one banner sheet.</source>
        <translation>Tabelle in una cartella di lavoro Excel: per domanda conteggi, percentuali di colonna, basi e lettere di significatività, un foglio ciascuna o un unico foglio a bandiera.</translation>
    </message>
    <message>
        <source>usage: sondo tables PROJECT -o FILE.xlsx [--questions Q1,Q2,...] [--by QUESTION[,QUESTION...]] [--where QUESTION=VALUE]... [--banner] [--unweighted]</source>
        <translation>uso: sondo tables PROGETTO -o FILE.xlsx [--questions Q1,Q2,...] [--by DOMANDA[,DOMANDA...]] [--where DOMANDA=VALORE]... [--banner] [--unweighted]</translation>
    </message>
    <message>
        <source>The workbook file (.xlsx).</source>
        <translation>Il file della cartella di lavoro (.xlsx).</translation>
    </message>
    <message>
        <source>Questions in sheet order, by comma (default: every question but texts and dates).</source>
        <translation>Domande nell&apos;ordine dei fogli, separate da virgola (predefinito: tutte tranne testi e date).</translation>
    </message>
    <message>
        <source>One sheet: questions down, segments across.</source>
        <translation>Un solo foglio: domande in verticale, segmenti in orizzontale.</translation>
    </message>
    <message>
        <source>bad output &apos;%1&apos; (expected a .xlsx file)</source>
        <translation>output non valido &apos;%1&apos; (atteso un file .xlsx)</translation>
    </message>
    <message>
        <source>The %1 least chosen options are one bar, “Other”; the full list is in the table</source>
        <translation>Le %1 opzioni meno scelte sono una barra, «Altro»; l&apos;elenco completo è nella tabella</translation>
    </message>
    <message>
        <source>Other (%1 options)</source>
        <translation>Altro (%1 opzioni)</translation>
    </message>
    <message>
        <source>At most N bars for a choice question: the most chosen and one “Other (K options)” (default 12; 0: every option).</source>
        <translation>Al massimo N barre per una domanda a scelta: le più scelte e una «Altro (K opzioni)» (predefinito 12; 0: tutte le opzioni).</translation>
    </message>
    <message>
        <source>bad --top &apos;%1&apos; (expected 0 or a number from 2)</source>
        <translation>--top &apos;%1&apos; non valido (0 o un numero da 2 in su)</translation>
    </message>
    <message>
        <source>usage: sondo report PROJECT -o FILE.pdf|FILE.odt|FILE.html [--questions Q1,G3,...] [--where QUESTION=VALUE]... [--by QUESTION [--vs-rest] [--level 90|95|99] [--adjust holm|bonferroni|none] [--min-base N]] [--lang it|en] [--title TEXT] [--source TEXT] [--page a4|a4-landscape|16:9] [--unweighted]</source>
        <translation>uso: sondo report PROGETTO -o FILE.pdf|FILE.odt|FILE.html [--questions Q1,G3,...] [--where DOMANDA=VALORE]... [--by DOMANDA [--vs-rest] [--level 90|95|99] [--adjust holm|bonferroni|none] [--min-base N]] [--lang it|en] [--title TESTO] [--source TESTO] [--page a4|a4-landscape|16:9] [--unweighted]</translation>
    </message>
    <message>
        <source>The whole report: title page, method note, and per question its chart, key findings and table, as PDF, ODT or HTML (or, as .pptx, the slides of &apos;sondo slides&apos;).</source>
        <translation>Il rapporto completo: frontespizio, nota metodologica e per ogni domanda il grafico, i risultati principali e la tabella, in PDF, ODT o HTML (oppure, come .pptx, le slide di &apos;sondo slides&apos;).</translation>
    </message>
    <message>
        <source>A 16:9 PowerPoint deck: a title slide, then one slide per chart with its title, the chart, its key findings and the base and source in the footer. Opens in LibreOffice Impress and PowerPoint; the text stays editable.</source>
        <translation>Una presentazione PowerPoint 16:9: una slide di titolo, poi una slide per grafico con il titolo, il grafico, i risultati principali e la base e la fonte a piè di pagina. Si apre in LibreOffice Impress e PowerPoint; il testo resta modificabile.</translation>
    </message>
    <message>
        <source>usage: sondo slides PROJECT -o FILE.pptx [--questions Q1,G3,...] [--where QUESTION=VALUE]... [--by QUESTION [--vs-rest] [--level 90|95|99] [--adjust holm|bonferroni|none] [--min-base N]] [--lang it|en] [--title TEXT] [--source TEXT] [--unweighted]</source>
        <translation>uso: sondo slides PROGETTO -o FILE.pptx [--questions Q1,G3,...] [--where DOMANDA=VALORE]... [--by DOMANDA [--vs-rest] [--level 90|95|99] [--adjust holm|bonferroni|none] [--min-base N]] [--lang it|en] [--title TESTO] [--source TESTO] [--unweighted]</translation>
    </message>
    <message>
        <source>The deck (.pptx).</source>
        <translation>La presentazione (.pptx).</translation>
    </message>
    <message>
        <source>bad output &apos;%1&apos; (expected a .pptx file)</source>
        <translation>output non valido &apos;%1&apos; (serve un file .pptx)</translation>
    </message>
    <message>
        <source>low base</source>
        <translation>base bassa</translation>
    </message>
    <message>
        <source>Low base: interpret with care</source>
        <translation>Base bassa: interpretare con cautela</translation>
    </message>
    <message>
        <source>Bars labelled with counts: fewer than %1 answered</source>
        <translation>Barre con i conteggi: meno di %1 risposte</translation>
    </message>
    <message>
        <source>Welch&apos;s t-test of the means, %1, %2%</source>
        <translation>test t di Welch sulle medie, %1, %2%</translation>
    </message>
    <message>
        <source>z-test of the scores&apos; difference, %1, %2%</source>
        <translation>test z sulla differenza dei punteggi, %1, %2%</translation>
    </message>
    <message>
        <source>Bars: top-2-box, the share choosing one of the two highest points of the scale (base: everyone who answered)</source>
        <translation>Barre: top-2-box, la quota che sceglie uno dei due punti più alti della scala (base: tutti i rispondenti)</translation>
    </message>
    <message>
        <source>Bars: bottom-2-box, the share choosing one of the two lowest points of the scale (base: everyone who answered)</source>
        <translation>Barre: bottom-2-box, la quota che sceglie uno dei due punti più bassi della scala (base: tutti i rispondenti)</translation>
    </message>
    <message>
        <source>Bars: net, top-2-box minus bottom-2-box, in points; not tested between the groups</source>
        <translation>Barre: saldo, top-2-box meno bottom-2-box, in punti; non testato tra i gruppi</translation>
    </message>
    <message>
        <source>Bars: mean score on the scale&apos;s points (answers off the scale left out)</source>
        <translation>Barre: punteggio medio sui punti della scala (escluse le risposte fuori scala)</translation>
    </message>
    <message>
        <source>Bars: mean of the answers</source>
        <translation>Barre: media delle risposte</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) below %1 not shown</source>
        <translation>
            <numerusform>%n risposta sotto %1 non mostrata</numerusform>
            <numerusform>%n risposte sotto %1 non mostrate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) above %1 not shown</source>
        <translation>
            <numerusform>%n risposta sopra %1 non mostrata</numerusform>
            <numerusform>%n risposte sopra %1 non mostrate</numerusform>
        </translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>Detrattori (0–6)</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>Passivi (7–8)</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>Promotori (9–10)</translation>
    </message>
    <message>
        <source>NPS = % promoters − % detractors, from −100 to +100; %1: %2 to %3 (%4% interval)</source>
        <translation>NPS = % promotori − % detrattori, da −100 a +100; %1: da %2 a %3 (intervallo al %4%)</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) off the 0–10 scale left out</source>
        <translation>
            <numerusform>%n risposta fuori dalla scala 0–10 esclusa</numerusform>
            <numerusform>%n risposte fuori dalla scala 0–10 escluse</numerusform>
        </translation>
    </message>
    <message>
        <source>Language of the chart&apos;s words and numbers: it, en or auto (default: the survey&apos;s language).</source>
        <translation>Lingua di parole e numeri del grafico: it, en o auto (predefinita: la lingua del questionario).</translation>
    </message>
    <message>
        <source>With --all, also draw open-text questions as a chart of their most frequent answers (by default they are left out: their answers are a table).</source>
        <translation>Con --all, disegna anche le domande aperte come grafico delle risposte più frequenti (di norma sono escluse: le loro risposte sono una tabella).</translation>
    </message>
    <message>
        <source>What the chart shows: auto (default: a recommendation question&apos;s NPS, otherwise the answers), answers, nps, or with --by one bar per group of a scale&apos;s top2, bottom2, net or mean, or a number&apos;s mean, with its letters.</source>
        <translation>Che cosa mostra il grafico: auto (predefinito: l&apos;NPS di una domanda di raccomandazione, altrimenti le risposte), answers, nps, oppure con --by una barra per gruppo con top2, bottom2, net o media di una scala, o la media di un numero, con le lettere.</translation>
    </message>
    <message>
        <source>bad --lang &apos;%1&apos; (expected it, en or auto)</source>
        <translation>--lang non valido &apos;%1&apos; (serve it, en o auto)</translation>
    </message>
    <message>
        <source>bad --figure &apos;%1&apos; (expected auto, answers, nps, top2, bottom2, net or mean)</source>
        <translation>--figure non valido &apos;%1&apos; (serve auto, answers, nps, top2, bottom2, net o mean)</translation>
    </message>
    <message>
        <source>open-text questions not drawn (their answers are a table; --text-charts draws the most frequent): %1</source>
        <translation>domande aperte non disegnate (le loro risposte sono una tabella; --text-charts disegna le più frequenti): %1</translation>
    </message>
    <message>
        <source>bad --%1 &apos;%2&apos; (expected a whole number from 0)</source>
        <translation>--%1 non valido &apos;%2&apos; (serve un numero intero da 0)</translation>
    </message>
    <message>
        <source>The project&apos;s settings for every chart, report and the window: the small bases. Without options, prints them.</source>
        <translation>Le impostazioni del progetto per ogni grafico, rapporto e per la finestra: le basi piccole. Senza opzioni, le mostra.</translation>
    </message>
    <message>
        <source>usage: sondo settings PROJECT [--low-base N] [--counts-below N] [--json]</source>
        <translation>uso: sondo settings PROGETTO [--low-base N] [--counts-below N] [--json]</translation>
    </message>
    <message>
        <source>Under N respondents a chart or group says &quot;Low base: interpret with care&quot; and its bars are lighter (default 30; 0: never).</source>
        <translation>Sotto N rispondenti un grafico o un gruppo dice &quot;Base bassa: interpretare con cautela&quot; e le sue barre sono più chiare (predefinito 30; 0: mai).</translation>
    </message>
    <message>
        <source>Under N respondents bars are labelled with counts, not percentages (default 10; 0: never).</source>
        <translation>Sotto N rispondenti le barre riportano i conteggi, non le percentuali (predefinito 10; 0: mai).</translation>
    </message>
    <message>
        <source>Print the settings as JSON.</source>
        <translation>Stampa le impostazioni in JSON.</translation>
    </message>
    <message>
        <source>Low base: under %1 respondents</source>
        <translation>Base bassa: sotto %1 rispondenti</translation>
    </message>
    <message>
        <source>Counts instead of percentages: under %1 respondents</source>
        <translation>Conteggi invece di percentuali: sotto %1 rispondenti</translation>
    </message>
    <message>
        <source>Net: %1</source>
        <translation>Netto: %1</translation>
    </message>
    <message>
        <source>Nets: %1</source>
        <translation>Netti: %1</translation>
    </message>
    <message>
        <source>%1: outside the top-2-box and the mean</source>
        <translation>%1: fuori dal top-2-box e dalla media</translation>
    </message>
    <message>
        <source>%1: outside the mean</source>
        <translation>%1: fuori dalla media</translation>
    </message>
    <message>
        <source>Top-2-box by %1</source>
        <translation>Top-2-box per %1</translation>
    </message>
    <message>
        <source>“%1” by %2</source>
        <translation>«%1» per %2</translation>
    </message>
    <message>
        <source>%1 (p = %2)</source>
        <translation>%1 (p = %2)</translation>
    </message>
    <message>
        <source>Chi-square per item: no item differs significantly between the groups (p ≥ %1)</source>
        <translation>Chi quadrato per voce: nessuna voce differisce in modo significativo tra i gruppi (p ≥ %1)</translation>
    </message>
    <message>
        <source>Chi-square per item, significant differences between the groups: %1</source>
        <translation>Chi quadrato per voce, differenze significative tra i gruppi: %1</translation>
    </message>
    <message>
        <source>Top-2-box: percent of those who took a side, per group</source>
        <translation>Top-2-box: percentuale di chi ha preso posizione, per gruppo</translation>
    </message>
    <message>
        <source>cannot derive the segment %1: the survey already has a question with that id</source>
        <translation>impossibile derivare il segmento %1: il questionario ha già una domanda con quell&apos;id</translation>
    </message>
    <message>
        <source>cannot derive the segment %1: it has no group</source>
        <translation>impossibile derivare il segmento %1: non ha gruppi</translation>
    </message>
    <message>
        <source>cannot derive the segment %1: each group needs a label of its own (“%2”)</source>
        <translation>impossibile derivare il segmento %1: ogni gruppo deve avere un&apos;etichetta propria («%2»)</translation>
    </message>
    <message>
        <source>cannot derive the segment %1: the group “%2” names what the survey does not have</source>
        <translation>impossibile derivare il segmento %1: il gruppo «%2» nomina ciò che il questionario non ha</translation>
    </message>
    <message>
        <source>cannot add the net “%1” to %2: the survey has no such question</source>
        <translation>impossibile aggiungere il netto «%1» a %2: il questionario non ha questa domanda</translation>
    </message>
    <message>
        <source>cannot add the net “%1” to %2: only a single, multiple or scale question has nets</source>
        <translation>impossibile aggiungere il netto «%1» a %2: solo le domande a scelta singola, multipla o a scala hanno netti</translation>
    </message>
    <message>
        <source>cannot add the net “%1” to %2: a net gathers two options or more</source>
        <translation>impossibile aggiungere il netto «%1» a %2: un netto riunisce due o più opzioni</translation>
    </message>
    <message>
        <source>cannot add the net “%1” to %2: it has no option “%3”</source>
        <translation>impossibile aggiungere il netto «%1» a %2: non ha l&apos;opzione «%3»</translation>
    </message>
    <message>
        <source>cannot add the net “%1” to %2: the name is empty or already an option&apos;s or a net&apos;s</source>
        <translation>impossibile aggiungere il netto «%1» a %2: il nome è vuoto o è già di un&apos;opzione o di un netto</translation>
    </message>
    <message>
        <source>%1 = the others</source>
        <translation>%1 = gli altri</translation>
    </message>
    <message>
        <source>segment %1: %2</source>
        <translation>segmento %1: %2</translation>
    </message>
    <message>
        <source>net %1 = %2</source>
        <translation>netto %1 = %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished (%1)</source>
        <translation>
            <numerusform>%n non completata (%1)</numerusform>
            <numerusform>%n non completate (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n survey preview(s) (%1)</source>
        <translation>
            <numerusform>%n anteprima del questionario (%1)</numerusform>
            <numerusform>%n anteprime del questionario (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>left out with --complete-only: %1</source>
        <translation>escluse con --complete-only: %1</translation>
    </message>
    <message>
        <source>responses kept that are not complete: %1; --complete-only leaves them out</source>
        <translation>risposte incomplete mantenute: %1; --complete-only le esclude</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s) are test answers the tool generated (%1): kept</source>
        <translation>
            <numerusform>%n risposta è di prova, generata dallo strumento (%1): mantenuta</numerusform>
            <numerusform>%n risposte sono di prova, generate dallo strumento (%1): mantenute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) not in the survey definition %1: %2</source>
        <translation>
            <numerusform>%n colonna non è nella definizione del questionario %1: %2</numerusform>
            <numerusform>%n colonne non sono nella definizione del questionario %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>JSON non valido al byte %1: %2</translation>
    </message>
    <message>
        <source>the survey sheet has no &quot;type&quot; and &quot;name&quot; columns: not an XLSForm</source>
        <translation>il foglio survey non ha le colonne &quot;type&quot; e &quot;name&quot;: non è un XLSForm</translation>
    </message>
    <message>
        <source>%1 write-in answers (each given by at most %2 respondents) counted as &quot;Other&quot;</source>
        <translation>%1 risposte scritte a mano (ciascuna data da al massimo %2 rispondenti) contate come &quot;Altro&quot;</translation>
    </message>
    <message>
        <source>this is a survey definition (%1), not answers: import the answers exported by the tool, with --definition %2</source>
        <translation>questa è una definizione di questionario (%1), non risposte: importa le risposte esportate dallo strumento, con --definition %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n spellings)</source>
        <translation>
            <numerusform>%1 (%n grafia)</numerusform>
            <numerusform>%1 (%n grafie)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: answers that differ only in case or spacing are one option: %2 (sondo recodes lists these merges)</source>
        <translation>%1: le risposte che differiscono solo per maiuscole o spazi sono un&apos;unica opzione: %2 (sondo recodes elenca queste unioni)</translation>
    </message>
    <message>
        <source>usage: sondo chart PROJECT (QUESTION | --all) -o PATH [--where QUESTION=VALUE]... [--by QUESTION] [--size WxH] [--scale N] [--format png|svg|pdf] [--ci] [--finding] [--figure auto|answers|nps|top2|bottom2|net|mean] [--text-charts] [--items] [--lang it|en|auto] [--unweighted]</source>
        <translation>uso: sondo chart PROGETTO (DOMANDA | --all) -o PERCORSO [--where DOMANDA=VALORE]... [--by DOMANDA] [--size LxA] [--scale N] [--format png|svg|pdf] [--ci] [--finding] [--figure auto|answers|nps|top2|bottom2|net|mean] [--text-charts] [--items] [--lang it|en|auto] [--unweighted]</translation>
    </message>
    <message>
        <source>With --all, draw each item of a question group too (by default a group is one chart of all its items).</source>
        <translation>Con --all, disegna anche ogni voce di un gruppo di domande (di norma un gruppo è un solo grafico di tutte le sue voci).</translation>
    </message>
    <message>
        <source>Do not read a definition found beside FILE.</source>
        <translation>Non leggere una definizione trovata accanto a FILE.</translation>
    </message>
    <message>
        <source>Keep only finished responses: leave out those the tool marks unfinished (Qualtrics Finished, LimeSurvey submit date) or as a survey preview. Kept by --update.</source>
        <translation>Tieni solo le risposte completate: escludi quelle che lo strumento segna come non completate (Finished di Qualtrics, data di invio di LimeSurvey) o come anteprima. Mantenuto da --update.</translation>
    </message>
    <message>
        <source>%1 (%2) holds one value per respondent (an identifier): it cannot be counted, filtered or compared by</source>
        <translation>%1 (%2) ha un valore per rispondente (un identificativo): non si può contare, filtrare né usare per confrontare</translation>
    </message>
    <message>
        <source>usage: sondo export-data PROJECT -o FILE.csv|FILE.sav [--where QUESTION=VALUE]... [--option-columns] [--include-personal]</source>
        <translation>uso: sondo export-data PROGETTO -o FILE.csv|FILE.sav [--where DOMANDA=VALORE]... [--option-columns] [--include-personal]</translation>
    </message>
    <message>
        <source>Also write the columns that identify a person (IP address, e-mail, names, location, device), which are left out by default.</source>
        <translation>Scrivi anche le colonne che identificano una persona (indirizzo IP, e-mail, nomi, posizione, dispositivo), escluse di norma.</translation>
    </message>
    <message>
        <source>left out personal data: %1 (--include-personal writes them)</source>
        <translation>dati personali esclusi: %1 (--include-personal li scrive)</translation>
    </message>
    <message>
        <source>Top-2-box of each group (percent of those who took a side)</source>
        <translation>Top-2-box di ogni gruppo (percentuale di chi ha preso posizione)</translation>
    </message>
    <message>
        <source>Percent choosing “%1” in each group</source>
        <translation>Percentuale che sceglie «%1» in ogni gruppo</translation>
    </message>
    <message>
        <source>Chi-sq. p</source>
        <translation>p chi q.</translation>
    </message>
    <message>
        <source>personal data found: %1; export-data leaves it out unless --include-personal</source>
        <translation>dati personali trovati: %1; export-data li esclude salvo --include-personal</translation>
    </message>
    <message numerus="yes">
        <source>read the survey definition %1 (%n question(s))</source>
        <translation>
            <numerusform>letta la definizione del questionario %1 (%n domanda)</numerusform>
            <numerusform>letta la definizione del questionario %1 (%n domande)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Survey metadata (%n column(s))</source>
        <translation>
            <numerusform>Metadati del questionario (%n colonna)</numerusform>
            <numerusform>Metadati del questionario (%n colonne)</numerusform>
        </translation>
    </message>
    <message>
        <source>[personal]</source>
        <translation>[personale]</translation>
    </message>
    <message>
        <source>usage: sondo segment PROJECT NAME --group &quot;LABEL=QUESTION=VALUE[ &amp; QUESTION=VALUE]...&quot;...
                     [--rest LABEL] [--json]</source>
        <translation>uso: sondo segment PROGETTO NOME --group &quot;ETICHETTA=DOMANDA=VALORE[ &amp; DOMANDA=VALORE]...&quot;...
                     [--rest ETICHETTA] [--json]</translation>
    </message>
    <message>
        <source>Derive a segment from other questions: a new single-choice question (D1, D2, …), each respondent in the first group whose conditions they meet. Saved as a recode: sondo recodes lists it and --remove takes it out.</source>
        <translation>Deriva un segmento da altre domande: una nuova domanda a scelta singola (D1, D2, …), ogni rispondente nel primo gruppo di cui soddisfa le condizioni. Salvato come ricodifica: sondo recodes lo elenca e --remove lo toglie.</translation>
    </message>
    <message>
        <source>The segment&apos;s name.</source>
        <translation>Il nome del segmento.</translation>
    </message>
    <message>
        <source>A group: its label, then --where conditions joined by &quot; &amp; &quot;; QUESTION=A,B means either option (repeatable, in order).</source>
        <translation>Un gruppo: la sua etichetta, poi condizioni --where unite da &quot; &amp; &quot;; DOMANDA=A,B vuol dire l&apos;una o l&apos;altra opzione (ripetibile, in ordine).</translation>
    </message>
    <message>
        <source>Label of the respondents in no group (default: missing).</source>
        <translation>Etichetta dei rispondenti in nessun gruppo (di norma: mancanti).</translation>
    </message>
    <message>
        <source>the segment needs a name
%1</source>
        <translation>il segmento ha bisogno di un nome
%1</translation>
    </message>
    <message>
        <source>bad --group &apos;%1&apos; (expected &quot;LABEL=QUESTION=VALUE&quot;)</source>
        <translation>--group &apos;%1&apos; non valido (atteso &quot;ETICHETTA=DOMANDA=VALORE&quot;)</translation>
    </message>
    <message>
        <source>give at least one --group
%1</source>
        <translation>indica almeno un --group
%1</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Rispondenti</translation>
    </message>
    <message>
        <source>Multiple answers possible: counts add up to more than the base</source>
        <translation>Risposte multiple possibili: i conteggi sommano più della base</translation>
    </message>
    <message>
        <source>“Other” and the %1 least chosen options are one bar; the full list is in the table</source>
        <translation>“Altro” e le %1 opzioni meno scelte sono una sola barra; l&apos;elenco completo è nella tabella</translation>
    </message>
    <message>
        <source>Not shown, nobody answered: %1</source>
        <translation>Non mostrato, nessuno ha risposto: %1</translation>
    </message>
    <message>
        <source>cannot band %1 at &apos;%2&apos;: it has no numeric answers</source>
        <translation>impossibile suddividere %1 in fasce con &apos;%2&apos;: non ha risposte numeriche</translation>
    </message>
    <message>
        <source>usage: sondo recode PROJECT QUESTION (--merge &quot;A+B=NEW&quot; | --rename &quot;OLD=NEW&quot; |
                    --order &quot;A,B,C&quot; | --hide &quot;A&quot; | --net &quot;A+B=NAME&quot; |
                    --bands &quot;18,25,35,50,65&quot;|equal:N|width:W|quantiles:N |
                    --type TYPE) [--json]</source>
        <translation>uso: sondo recode PROGETTO DOMANDA (--merge &quot;A+B=NUOVA&quot; | --rename &quot;VECCHIA=NUOVA&quot; |
                    --order &quot;A,B,C&quot; | --hide &quot;A&quot; | --net &quot;A+B=NOME&quot; |
                    --bands &quot;18,25,35,50,65&quot;|equal:N|width:W|quantiles:N |
                    --type TIPO) [--json]</translation>
    </message>
    <message>
        <source>Band a numeric question into an ordered single choice: at these cut points, or at cuts chosen once from its answers (&quot;equal:4&quot; four bands of one round width, &quot;width:10&quot;, &quot;quantiles:4&quot; four of about equal size) and kept.</source>
        <translation>Suddivide una domanda numerica in fasce, come scelta singola ordinata: a questi punti di taglio, o a tagli scelti una volta dalle risposte (&quot;equal:4&quot; quattro fasce di un&apos;ampiezza tonda, &quot;width:10&quot;, &quot;quantiles:4&quot; quattro di numerosità simile) e poi conservati.</translation>
    </message>
    <message>
        <source>%1 (mean place %2)</source>
        <translation>%1 (posizione media %2)</translation>
    </message>
    <message>
        <source>A ranking: each bar shows the places an option was given, options in order of their mean place (1 = first)</source>
        <translation>Una classifica: ogni barra mostra le posizioni date a un&apos;opzione, opzioni in ordine di posizione media (1 = prima)</translation>
    </message>
    <message>
        <source>Items in order of their top-2-box, highest first</source>
        <translation>Voci in ordine di top-2-box, dalla più alta</translation>
    </message>
    <message>
        <source>Items in order of their first option, highest first</source>
        <translation>Voci in ordine della prima opzione, dalla più alta</translation>
    </message>
    <message>
        <source>Not shown: %1 (up to %2 of an item&apos;s answers)</source>
        <translation>Non mostrato: %1 (fino al %2 delle risposte di un elemento)</translation>
    </message>
    <message>
        <source>--group: %1 is not in the group: only choice questions of one kind, two or more, make a group</source>
        <translation>--group: %1 non è nel gruppo: un gruppo è fatto di due o più domande a scelta dello stesso tipo</translation>
    </message>
    <message>
        <source>not a survey definition (an XLSForm workbook, a Qualtrics .qsf or a LimeSurvey .lss)</source>
        <translation>non è la definizione di un questionario (una cartella XLSForm, un .qsf di Qualtrics o un .lss di LimeSurvey)</translation>
    </message>
    <message>
        <source>not a readable LimeSurvey structure: %1</source>
        <translation>struttura LimeSurvey non leggibile: %1</translation>
    </message>
    <message>
        <source>a LimeSurvey structure without questions</source>
        <translation>una struttura LimeSurvey senza domande</translation>
    </message>
    <message>
        <source>%1 %2: no column has this code or header text</source>
        <translation>%1 %2: nessuna colonna ha questo codice o testo d&apos;intestazione</translation>
    </message>
    <message>
        <source>%1 %2 is no longer applied: the file has no such column</source>
        <translation>%1 %2 non è più applicato: il file non ha questa colonna</translation>
    </message>
    <message>
        <source>The survey&apos;s definition (XLSForm workbook, Qualtrics .qsf or LimeSurvey .lss): question texts, groups and options in order, matched to the columns by code. A .qsf or .lss beside FILE with the same name is read without asking.</source>
        <translation>La definizione del questionario (cartella XLSForm, .qsf di Qualtrics o .lss di LimeSurvey): testi delle domande, gruppi e opzioni in ordine, abbinati alle colonne per codice. Un .qsf o .lss accanto a FILE con lo stesso nome viene letto senza chiedere.</translation>
    </message>
    <message>
        <source>Set a column aside as survey metadata: kept, usable in --where and --by, never charted by --all. COLUMN is its code or header text. Repeatable; kept by --update.</source>
        <translation>Mette da parte una colonna come metadato del questionario: conservata, usabile in --where e --by, mai disegnata da --all. COLONNA è il suo codice o testo d&apos;intestazione. Ripetibile; mantenuto da --update.</translation>
    </message>
    <message>
        <source>Read a column taken for metadata as a question. Repeatable; kept by --update.</source>
        <translation>Legge come domanda una colonna presa per metadato. Ripetibile; mantenuto da --update.</translation>
    </message>
    <message>
        <source>Read the items of the group COLUMN is in as questions of their own. Repeatable; kept by --update.</source>
        <translation>Legge gli elementi del gruppo di COLONNA come domande a sé. Ripetibile; mantenuto da --update.</translation>
    </message>
    <message>
        <source>Make the columns one group (a grid, or a multiple choice) under STEM, wherever they stand: choice questions of one kind. Repeatable; kept by --update.</source>
        <translation>Fa delle colonne un gruppo (una griglia o una scelta multipla) sotto STEM, dovunque si trovino: domande a scelta dello stesso tipo. Ripetibile; mantenuto da --update.</translation>
    </message>
    <message>
        <source>bad --group &apos;%1&apos; (expected STEM=COLUMN|COLUMN…, two columns or more)</source>
        <translation>--group &apos;%1&apos; non valido (atteso STEM=COLONNA|COLONNA…, due colonne o più)</translation>
    </message>
    <message>
        <source>the workbook is damaged: its zip directory does not hold together</source>
        <translation>la cartella di lavoro è danneggiata: il suo indice zip non è coerente</translation>
    </message>
    <message>
        <source>%1 (not applied)</source>
        <translation>%1 (non applicato)</translation>
    </message>
    <message>
        <source>%1 %2: not a question answered by one choice from a list</source>
        <translation>%1 %2: non è una domanda a cui si risponde con una scelta da un elenco</translation>
    </message>
    <message>
        <source>%1 %2: no answer “%3” (the answers are: %4)</source>
        <translation>%1 %2: nessuna risposta “%3” (le risposte sono: %4)</translation>
    </message>
    <message>
        <source>%1 %2: “%3” is named twice</source>
        <translation>%1 %2: “%3” è indicata due volte</translation>
    </message>
    <message>
        <source>%1 %2: a scale has two points or more</source>
        <translation>%1 %2: una scala ha due punti o più</translation>
    </message>
    <message>
        <source>Read COLUMN and every item of its group as a scale with these points, from the low (negative) end to the high (positive) end: they set the order, the top-2-box and the mean. Answers not named follow, off the scale (as &quot;Don&apos;t know&quot;). Repeatable; kept by --update.</source>
        <translation>Legge COLUMN e ogni voce del suo gruppo come una scala con questi punti, dall&apos;estremo basso (negativo) all&apos;estremo alto (positivo): ne fissano l&apos;ordine, il top-2-box e la media. Le risposte non indicate seguono, fuori scala (come &quot;Non so&quot;). Ripetibile; mantenuto da --update.</translation>
    </message>
    <message>
        <source>bad --scale-order &apos;%1&apos; (expected COLUMN=LOW|…|HIGH, two points or more)</source>
        <translation>--scale-order &apos;%1&apos; non valido (atteso COLUMN=BASSO|…|ALTO, due punti o più)</translation>
    </message>
    <message>
        <source>write-ins %1 → %2</source>
        <translation>risposte scritte %1 → %2</translation>
    </message>
    <message>
        <source>bad --write-ins &apos;%1&apos; (expected a number of respondents, 0 or more)</source>
        <translation>--write-ins &apos;%1&apos; non valido (atteso un numero di rispondenti, 0 o più)</translation>
    </message>
    <message>
        <source>%1: %2 answers given by at most %3 respondents each are write-ins, counted as &quot;%4&quot; (sondo recodes lists the merge; --write-ins 0 keeps them apart)</source>
        <translation>%1: %2 risposte date ciascuna al massimo da %3 rispondenti sono testi scritti, contati come &quot;%4&quot; (sondo recodes elenca l&apos;unione; --write-ins 0 le tiene separate)</translation>
    </message>
    <message>
        <source>Column %1 has no header and no answers: left out</source>
        <translation>La colonna %1 non ha intestazione né risposte: tralasciata</translation>
    </message>
    <message>
        <source>Answers given by at most N respondents each are write-ins typed in the form&apos;s &quot;Other&quot; box, counted together as &quot;Other&quot;: in a single choice answered by 100 or more (their texts kept; sondo recodes lists the merge), and the pieces typed last in a checkbox&apos;s joined cells. Default 2; 0 keeps every answer apart. Kept by --update.</source>
        <translation>Le risposte date al massimo da N rispondenti ciascuna sono testi scritti nella casella &quot;Altro&quot; del modulo, contati insieme come &quot;Altro&quot;: in una scelta singola con 100 risposte o più (i testi conservati; sondo recodes elenca l&apos;unione) e nei pezzi scritti per ultimi nelle celle unite di una domanda a caselle. Predefinito 2; 0 tiene separata ogni risposta. Mantenuto da --update.</translation>
    </message>
</context>
<context>
    <name>sondo::AnalysisDocks</name>
    <message>
        <source>Questions</source>
        <translation>Domande</translation>
    </message>
    <message>
        <source>Filter respondents</source>
        <translation>Filtra i rispondenti</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabella</translation>
    </message>
    <message>
        <source>Recodes</source>
        <translation>Ricodifiche</translation>
    </message>
</context>
<context>
    <name>sondo::ChartExports</name>
    <message>
        <source>This question has no chart to export.</source>
        <translation>Questa domanda non ha un grafico da esportare.</translation>
    </message>
    <message>
        <source>Chart copied: paste it into your newsletter or slides.</source>
        <translation>Grafico copiato: incollalo nella newsletter o nelle slide.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Salvato %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln chart(s) to %1</source>
        <translation>
            <numerusform>Esportato %Ln grafico in %1</numerusform>
            <numerusform>Esportati %Ln grafici in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sondo::ChartToolBar</name>
    <message>
        <source>Chart options</source>
        <translation>Opzioni del grafico</translation>
    </message>
    <message>
        <source>Compare by:</source>
        <translation>Confronta per:</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Nessun confronto</translation>
    </message>
    <message>
        <source>Break the chart down by the answers to another question</source>
        <translation>Suddividi il grafico secondo le risposte a un’altra domanda</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Ordine:</translation>
    </message>
    <message>
        <source>Questionnaire order</source>
        <translation>Ordine del questionario</translation>
    </message>
    <message>
        <source>By frequency</source>
        <translation>Per frequenza</translation>
    </message>
    <message>
        <source>Order of the options (Likert scales always keep their order)</source>
        <translation>Ordine delle opzioni (le scale Likert mantengono sempre il loro ordine)</translation>
    </message>
    <message>
        <source>Diverging Likert</source>
        <translation>Likert divergente</translation>
    </message>
    <message>
        <source>Show Likert scales as bars diverging from the neutral point</source>
        <translation>Mostra le scale Likert come barre che divergono dal punto neutro</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fonte:</translation>
    </message>
    <message>
        <source>Source note printed under every chart</source>
        <translation>Nota sulla fonte stampata sotto ogni grafico</translation>
    </message>
    <message>
        <source>e.g. Source: survey name, month year</source>
        <translation>es. Fonte: nome dell’indagine, mese anno</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Ponderato</translation>
    </message>
    <message>
        <source>Apply the project&apos;s weighting (%1)</source>
        <translation>Applica la ponderazione del progetto (%1)</translation>
    </message>
    <message>
        <source>This project has no weighting to apply (set one with sondo weight)</source>
        <translation>Questo progetto non ha una ponderazione da applicare (impostala con sondo weight)</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Lettere</translation>
    </message>
    <message>
        <source>Compared by a question: letter each bar with the groups it is significantly higher than (95%, Holm)</source>
        <translation>Con un confronto: accanto a ogni barra le lettere dei gruppi rispetto ai quali è significativamente più alta (95%, Holm)</translation>
    </message>
    <message>
        <source>Intervals</source>
        <translation>Intervalli</translation>
    </message>
    <message>
        <source>Thin 95% confidence-interval bars on the chart (Wilson)</source>
        <translation>Sottili barre degli intervalli di confidenza al 95% sul grafico (Wilson)</translation>
    </message>
    <message>
        <source>&amp;Weighted Figures</source>
        <translation>Dati &amp;ponderati</translation>
    </message>
    <message>
        <source>Significance &amp;Letters</source>
        <translation>&amp;Lettere di significatività</translation>
    </message>
    <message>
        <source>Confidence &amp;Intervals</source>
        <translation>&amp;Intervalli di confidenza</translation>
    </message>
</context>
<context>
    <name>sondo::CleanAnswersDialog</name>
    <message>
        <source>case or spacing</source>
        <translation>maiuscole o spazi</translation>
    </message>
    <message>
        <source>accents or punctuation</source>
        <translation>accenti o punteggiatura</translation>
    </message>
    <message>
        <source>spelling</source>
        <translation>ortografia</translation>
    </message>
    <message>
        <source>abbreviation</source>
        <translation>abbreviazione</translation>
    </message>
    <message>
        <source>Clean Answers</source>
        <translation>Pulisci risposte</translation>
    </message>
    <message>
        <source>No answers of this question look like one answer spelled differently.</source>
        <translation>Nessuna risposta di questa domanda sembra la stessa risposta scritta in modo diverso.</translation>
    </message>
    <message>
        <source>Tick the merges to make. Each becomes a recode: Edit &gt; Undo, or the Recodes panel, takes it back. The label an answer becomes can be edited.</source>
        <translation>Spunta le unioni da fare. Ognuna diventa una ricodifica: Modifica &gt; Annulla, o il pannello Ricodifiche, la toglie. L&apos;etichetta risultante si può modificare.</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Unisci in</translation>
    </message>
    <message>
        <source>Spellings</source>
        <translation>Grafie</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Rispondenti</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Unisci</translation>
    </message>
</context>
<context>
    <name>sondo::CompareMenus</name>
    <message>
        <source>&amp;Significance</source>
        <translation>&amp;Significatività</translation>
    </message>
    <message>
        <source>Chart &amp;Figure</source>
        <translation>&amp;Dato del grafico</translation>
    </message>
    <message>
        <source>Confidence level</source>
        <translation>Livello di confidenza</translation>
    </message>
    <message>
        <source>Correction for many pairs</source>
        <translation>Correzione per confronti multipli</translation>
    </message>
    <message>
        <source>Groups compared</source>
        <translation>Gruppi confrontati</translation>
    </message>
    <message>
        <source>Minimum effective base to test</source>
        <translation>Base effettiva minima per il test</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Holm (default)</source>
        <translation>Holm (predefinita)</translation>
    </message>
    <message>
        <source>Bonferroni</source>
        <translation>Bonferroni</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuna</translation>
    </message>
    <message>
        <source>Every pair: letters of the groups beaten</source>
        <translation>Ogni coppia: lettere dei gruppi superati</translation>
    </message>
    <message>
        <source>Each group against the rest: ▲ above, ▼ below</source>
        <translation>Ogni gruppo contro il resto: ▲ sopra, ▼ sotto</translation>
    </message>
    <message>
        <source>%1 respondents</source>
        <translation>%1 rispondenti</translation>
    </message>
    <message>
        <source>Automatic: NPS for a recommendation question, else the answers</source>
        <translation>Automatico: NPS per una domanda di raccomandazione, altrimenti le risposte</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Risposte</translation>
    </message>
    <message>
        <source>NPS: detractors, passives, promoters</source>
        <translation>NPS: detrattori, passivi, promotori</translation>
    </message>
    <message>
        <source>Top-2-box per group</source>
        <translation>Top-2-box per gruppo</translation>
    </message>
    <message>
        <source>Bottom-2-box per group</source>
        <translation>Bottom-2-box per gruppo</translation>
    </message>
    <message>
        <source>Net (top-2 − bottom-2) per group</source>
        <translation>Saldo (top-2 − bottom-2) per gruppo</translation>
    </message>
    <message>
        <source>Mean per group</source>
        <translation>Media per gruppo</translation>
    </message>
</context>
<context>
    <name>sondo::ExportDialog</name>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixel</translation>
    </message>
    <message>
        <source>vector, one page</source>
        <translation>vettoriale, una pagina</translation>
    </message>
    <message>
        <source>vector, editable text</source>
        <translation>vettoriale, testo modificabile</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Esporta il grafico</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>File %1 (*.%2)</translation>
    </message>
    <message>
        <source>Export all charts to</source>
        <translation>Esporta tutti i grafici in</translation>
    </message>
    <message>
        <source>Export the chart of &lt;b&gt;%1&lt;/b&gt; as a picture for a newsletter, a slide or a report.</source>
        <translation>Esporta il grafico di &lt;b&gt;%1&lt;/b&gt; come immagine per una newsletter, una slide o un rapporto.</translation>
    </message>
    <message>
        <source>Export all charts</source>
        <translation>Esporta tutti i grafici</translation>
    </message>
    <message numerus="yes">
        <source>Export the charts of all %Ln question(s) into one folder, one file each named after the question. The preview shows the current one.</source>
        <translation>
            <numerusform>Esporta il grafico della domanda in una cartella, un file con il nome della domanda. L’anteprima mostra quello attuale.</numerusform>
            <numerusform>Esporta i grafici di tutte le %Ln domande in una cartella, un file ciascuno con il nome della domanda. L’anteprima mostra quello attuale.</numerusform>
        </translation>
    </message>
    <message>
        <source>Newsletter (1200 × 675)</source>
        <translation>Newsletter (1200 × 675)</translation>
    </message>
    <message>
        <source>Square (1080 × 1080)</source>
        <translation>Quadrato (1080 × 1080)</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 orizzontale</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Dimensione personalizzata</translation>
    </message>
    <message>
        <source>Transparent background</source>
        <translation>Sfondo trasparente</translation>
    </message>
    <message>
        <source>Title and filter</source>
        <translation>Titolo e filtro</translation>
    </message>
    <message>
        <source>Notes, base and source</source>
        <translation>Note, base e fonte</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Dimensione:</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Scala:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostra:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Cartella:</translation>
    </message>
    <message>
        <source>PNG only: 2× is sharp on high-resolution screens</source>
        <translation>Solo PNG: 2× è nitido sugli schermi ad alta risoluzione</translation>
    </message>
    <message>
        <source>The survey&apos;s language</source>
        <translation>La lingua del questionario</translation>
    </message>
    <message>
        <source>The language of the chart&apos;s notes, “Base”, “Other” and numbers, whatever the window&apos;s language</source>
        <translation>La lingua delle note del grafico, di “Base”, “Altro” e dei numeri, qualunque sia la lingua della finestra</translation>
    </message>
    <message>
        <source>Chart language:</source>
        <translation>Lingua del grafico:</translation>
    </message>
</context>
<context>
    <name>sondo::FilterChipsBar</name>
    <message>
        <source>Remove this filter</source>
        <translation>Togli questo filtro</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Togli il filtro %1</translation>
    </message>
    <message>
        <source>No filter: all respondents</source>
        <translation>Nessun filtro: tutti i rispondenti</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Togli tutti</translation>
    </message>
    <message>
        <source>Remove every filter</source>
        <translation>Togli tutti i filtri</translation>
    </message>
</context>
<context>
    <name>sondo::FilterPanel</name>
    <message>
        <source>Search filters</source>
        <translation>Cerca nei filtri</translation>
    </message>
    <message>
        <source>Tick options to keep only the respondents who chose them.</source>
        <translation>Spunta le opzioni per tenere solo i rispondenti che le hanno scelte.</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opzione</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Rispondenti</translation>
    </message>
    <message>
        <source>Rename Option…</source>
        <translation>Rinomina l’opzione…</translation>
    </message>
</context>
<context>
    <name>sondo::FindingsPanel</name>
    <message>
        <source>… and %1 more (Copy takes them all)</source>
        <translation>… e altri %1 (Copia li prende tutti)</translation>
    </message>
    <message>
        <source>Key findings</source>
        <translation>Risultati principali</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copy the key findings as text</source>
        <translation>Copia i risultati principali come testo</translation>
    </message>
</context>
<context>
    <name>sondo::FrequencyTableModel</name>
    <message>
        <source>Wilson 95% confidence interval of the percentage, on the effective base</source>
        <translation>Intervallo di confidenza di Wilson al 95% della percentuale, sulla base effettiva</translation>
    </message>
    <message>
        <source>Respondents who gave the answer, whatever their weight</source>
        <translation>Rispondenti che hanno dato la risposta, qualunque sia il loro peso</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>Count (weighted)</source>
        <translation>Conteggio (ponderato)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Conteggio</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>95% CI low</source>
        <translation>IC 95% inf.</translation>
    </message>
    <message>
        <source>95% CI high</source>
        <translation>IC 95% sup.</translation>
    </message>
    <message>
        <source>Unweighted n</source>
        <translation>n non ponderato</translation>
    </message>
    <message>
        <source>%1: percent of the group&apos;s base (%2); letters: groups it is significantly higher than</source>
        <translation>%1: percentuale sulla base del gruppo (%2); lettere: gruppi rispetto ai quali è significativamente più alto</translation>
    </message>
    <message>
        <source>Net: respondents who chose any of its options, each counted once</source>
        <translation>Netto: rispondenti che hanno scelto una qualsiasi delle sue opzioni, contati una volta</translation>
    </message>
    <message>
        <source>Net: %1</source>
        <translation>Netto: %1</translation>
    </message>
</context>
<context>
    <name>sondo::ImportFlow</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Re-import a newer export</source>
        <translation>Reimporta un export più recente</translation>
    </message>
    <message>
        <source>Survey exports (%1)</source>
        <translation>Esportazioni di indagini (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>Surveys and projects (%1)</source>
        <translation>Indagini e progetti (%1)</translation>
    </message>
    <message>
        <source>Sondo projects (*.sondo)</source>
        <translation>Progetti Sondo (*.sondo)</translation>
    </message>
    <message>
        <source>Open a survey or project</source>
        <translation>Apri un’indagine o un progetto</translation>
    </message>
    <message>
        <source>Demo survey</source>
        <translation>Indagine dimostrativa</translation>
    </message>
    <message>
        <source>The demo survey could not be found or unpacked.</source>
        <translation>Non è stato possibile trovare o estrarre l’indagine dimostrativa.</translation>
    </message>
    <message>
        <source>Please wait: %1</source>
        <translation>Attendere: %1</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Impossibile aprire</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 non esiste.</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Apertura di %1</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lettura di %1</translation>
    </message>
    <message>
        <source>%1 is neither a survey export Sondo reads (%2) nor a Sondo project.</source>
        <translation>%1 non è né un’esportazione di indagine che Sondo legge (%2) né un progetto Sondo.</translation>
    </message>
    <message>
        <source>Updating %1</source>
        <translation>Aggiornamento di %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Annullato: non è stato cambiato nulla.</translation>
    </message>
    <message>
        <source>The survey file has changed</source>
        <translation>Il file dell’indagine è cambiato</translation>
    </message>
    <message>
        <source>%1 has changed since its project was made.</source>
        <translation>%1 è cambiato da quando è stato creato il suo progetto.</translation>
    </message>
    <message>
        <source>Update the project with the new answers? Questions keep their ids, and your filters and chart options are kept. Or open the project as it was.</source>
        <translation>Aggiornare il progetto con le nuove risposte? Le domande mantengono i loro id e i filtri e le opzioni dei grafici restano. Oppure aprire il progetto com’era.</translation>
    </message>
    <message>
        <source>Update the project</source>
        <translation>Aggiorna il progetto</translation>
    </message>
    <message>
        <source>Open it as it was</source>
        <translation>Aprilo com’era</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Importazione annullata.</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importazione di %1</translation>
    </message>
</context>
<context>
    <name>sondo::ImportPreviewDialog</name>
    <message>
        <source>Generic table</source>
        <translation>Tabella generica</translation>
    </message>
    <message>
        <source>none (not a text file)</source>
        <translation>nessuno (non è un file di testo)</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Virgola (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Punto e virgola (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulazione</translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation>Barra verticale (|)</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>Esportato da</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codifica</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Separatore</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Rispondenti</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Domande</translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s):</source>
        <translation>
            <numerusform>%Ln avviso:</numerusform>
            <numerusform>%Ln avvisi:</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importa %1</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Domanda</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Options or example answers</source>
        <translation>Opzioni o risposte di esempio</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Save the project as</source>
        <translation>Salva il progetto come</translation>
    </message>
    <message>
        <source>Sondo projects (*.sondo)</source>
        <translation>Progetti Sondo (*.sondo)</translation>
    </message>
    <message>
        <source>Save the project as:</source>
        <translation>Salva il progetto come:</translation>
    </message>
    <message>
        <source>The project file Sondo makes; the survey file is never changed</source>
        <translation>Il file di progetto che Sondo crea; il file dell’indagine non viene mai modificato</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Metadata, personal</source>
        <translation>Metadati, personali</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadati</translation>
    </message>
    <message>
        <source>Kept in the project, not charted; usable as a filter or a segment</source>
        <translation>Conservati nel progetto, non in grafico; utilizzabili come filtro o segmento</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n items)</source>
        <translation>
            <numerusform>%1 (%n voce)</numerusform>
            <numerusform>%1 (%n voci)</numerusform>
        </translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Parte di</translation>
    </message>
    <message>
        <source>Keep only finished responses (leave out those the survey tool marks unfinished, and its previews)</source>
        <translation>Tieni solo le risposte completate (escludi quelle che lo strumento segna come non completate, e le sue anteprime)</translation>
    </message>
    <message numerus="yes">
        <source>%n spelling(s) to merge</source>
        <translation>
            <numerusform>%n grafia da unire</numerusform>
            <numerusform>%n grafie da unire</numerusform>
        </translation>
    </message>
    <message>
        <source>Likely the same answer spelled differently:</source>
        <translation>Probabilmente la stessa risposta scritta in modo diverso:</translation>
    </message>
    <message>
        <source>Accept, edit or reject each with Edit &gt; Clean Answers after the import; answers that differ only in case or spacing are merged by the import.</source>
        <translation>Accetta, modifica o rifiuta ciascuna con Modifica &gt; Pulisci risposte dopo l&apos;importazione; le risposte che differiscono solo per maiuscole o spazi sono unite dall&apos;importazione.</translation>
    </message>
    <message>
        <source>A question</source>
        <translation>Una domanda</translation>
    </message>
    <message>
        <source>New group: %1</source>
        <translation>Nuovo gruppo: %1</translation>
    </message>
    <message>
        <source>On its own</source>
        <translation>A sé</translation>
    </message>
    <message>
        <source>Your choice; read as a question on its own</source>
        <translation>Scelta tua; letta come domanda a sé</translation>
    </message>
    <message>
        <source>Your choice; read as: %1</source>
        <translation>Scelta tua; letta come: %1</translation>
    </message>
    <message>
        <source>Make a group</source>
        <translation>Crea un gruppo</translation>
    </message>
    <message numerus="yes">
        <source>The group&apos;s stem (the question its %n items answer):</source>
        <translation>
            <numerusform>Il testo del gruppo (la domanda a cui risponde il suo elemento):</numerusform>
            <numerusform>Il testo del gruppo (la domanda a cui rispondono i suoi %n elementi):</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected columns:</source>
        <translation>Colonne selezionate:</translation>
    </message>
    <message>
        <source>Set aside as metadata</source>
        <translation>Metti da parte come metadati</translation>
    </message>
    <message>
        <source>Kept in the project as a filter or a segment, never charted</source>
        <translation>Conservate nel progetto come filtro o segmento, mai disegnate</translation>
    </message>
    <message>
        <source>Read as a question</source>
        <translation>Leggi come domanda</translation>
    </message>
    <message>
        <source>Split the group</source>
        <translation>Dividi il gruppo</translation>
    </message>
    <message>
        <source>The group&apos;s items become questions of their own</source>
        <translation>Gli elementi del gruppo diventano domande a sé</translation>
    </message>
    <message>
        <source>Make a group…</source>
        <translation>Crea un gruppo…</translation>
    </message>
    <message>
        <source>The selected questions become the items of one grid or multiple choice</source>
        <translation>Le domande selezionate diventano gli elementi di una griglia o di una scelta multipla</translation>
    </message>
    <message>
        <source>Your scale order</source>
        <translation>Tuo ordine della scala</translation>
    </message>
    <message>
        <source>%1 · your scale order</source>
        <translation>%1 · tuo ordine della scala</translation>
    </message>
    <message>
        <source>Scale, low end first: %1</source>
        <translation>Scala, dall&apos;estremo basso: %1</translation>
    </message>
    <message>
        <source>Check what Sondo found in &lt;b&gt;%1&lt;/b&gt;. If a question was read as the wrong type, choose the right one before importing; select rows to set columns aside as metadata, split a group or make one, or put a scale in order. Your choices are kept when the project is updated from a newer export.</source>
        <translation>Controlla che cosa Sondo ha trovato in &lt;b&gt;%1&lt;/b&gt;. Se una domanda è stata letta con il tipo sbagliato, scegli quello giusto prima di importare; seleziona le righe per mettere da parte colonne come metadati, dividere un gruppo o crearne uno, o mettere in ordine una scala. Le tue scelte restano quando il progetto viene aggiornato da un&apos;esportazione più recente.</translation>
    </message>
    <message>
        <source>Scale order…</source>
        <translation>Ordine della scala…</translation>
    </message>
    <message>
        <source>Put the answers of the selected question, or of its whole group, in the scale&apos;s order</source>
        <translation>Mette le risposte della domanda selezionata, o di tutto il suo gruppo, nell&apos;ordine della scala</translation>
    </message>
    <message numerus="yes">
        <source>Answers given by %n respondent(s) or fewer, typed in the form&apos;s “Other” box; counted together as “Other”, their texts kept:</source>
        <translation>
            <numerusform>Risposte date da %n rispondente o meno, scritte nella casella “Altro” del modulo; contate insieme come “Altro”, i testi conservati:</numerusform>
            <numerusform>Risposte date da %n rispondenti o meno, scritte nella casella “Altro” del modulo; contate insieme come “Altro”, i testi conservati:</numerusform>
        </translation>
    </message>
    <message>
        <source>Answers given by at most</source>
        <translation>Risposte date al massimo da</translation>
    </message>
    <message>
        <source>Other (%1 write-ins)</source>
        <translation>Altro (%1 risposte scritte)</translation>
    </message>
    <message>
        <source>respondents are write-ins, counted as “Other” (0 keeps every answer apart)</source>
        <translation>rispondenti sono testi scritti, contati come “Altro” (0 tiene separata ogni risposta)</translation>
    </message>
    <message>
        <source>Answers typed in a form&apos;s “Other” box: in single choices answered by %1 or more, and the pieces typed last in checkbox answers</source>
        <translation>Risposte scritte nella casella “Altro” di un modulo: nelle scelte singole con %1 risposte o più, e i pezzi scritti per ultimi nelle risposte a caselle</translation>
    </message>
</context>
<context>
    <name>sondo::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Come il sistema (%1)</translation>
    </message>
</context>
<context>
    <name>sondo::LockBanner</name>
    <message>
        <source>Read-only for now: %1. The figures are shown, but changes to the view are not saved into the project until it is free.</source>
        <translation>Per ora in sola lettura: %1. I dati sono mostrati, ma le modifiche alla vista non vengono salvate nel progetto finché non è libero.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Save the view into the project now</source>
        <translation>Salva ora la vista nel progetto</translation>
    </message>
</context>
<context>
    <name>sondo::MainActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annulla %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Ripeti %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Domanda</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Apri…</translation>
    </message>
    <message>
        <source>Open a survey export or a Sondo project</source>
        <translation>Apri l’esportazione di un’indagine o un progetto Sondo</translation>
    </message>
    <message>
        <source>&amp;Re-import a Newer Export…</source>
        <translation>&amp;Reimporta un export più recente…</translation>
    </message>
    <message>
        <source>Update this project with a newer export of the same survey, keeping question ids, filters and chart options</source>
        <translation>Aggiorna questo progetto con un export più recente della stessa indagine, mantenendo id delle domande, filtri e opzioni dei grafici</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Survey</source>
        <translation>Apri l’indagine &amp;dimostrativa</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>&amp;Esporta il grafico…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Export this chart as PNG, SVG or PDF (%1)</source>
        <translation>Esporta questo grafico in PNG, SVG o PDF (%1)</translation>
    </message>
    <message>
        <source>Export &amp;All Charts…</source>
        <translation>Esporta &amp;tutti i grafici…</translation>
    </message>
    <message>
        <source>Export all</source>
        <translation>Esporta tutti</translation>
    </message>
    <message>
        <source>Export the chart of every question into a folder</source>
        <translation>Esporta il grafico di ogni domanda in una cartella</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>&amp;Copia il grafico</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copy this chart as a picture, to paste elsewhere (%1)</source>
        <translation>Copia questo grafico come immagine, da incollare altrove (%1)</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Chiudi il progetto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Re&amp;name Option…</source>
        <translation>Ri&amp;nomina l’opzione…</translation>
    </message>
    <message>
        <source>Give an option of this question another label on charts, filters and exports</source>
        <translation>Dai a un’opzione di questa domanda un’altra etichetta in grafici, filtri ed esportazioni</translation>
    </message>
    <message>
        <source>&amp;Previous Question</source>
        <translation>Domanda &amp;precedente</translation>
    </message>
    <message>
        <source>&amp;Next Question</source>
        <translation>Domanda &amp;successiva</translation>
    </message>
    <message>
        <source>&amp;Find Question…</source>
        <translation>&amp;Trova domanda…</translation>
    </message>
    <message>
        <source>&amp;Clear All Filters</source>
        <translation>Togli tutti i &amp;filtri</translation>
    </message>
    <message>
        <source>&amp;About Sondo</source>
        <translation>&amp;Informazioni su Sondo</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Nessun file recente</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Svuota l’elenco</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Esporta &amp;rapporto…</translation>
    </message>
    <message>
        <source>About Sondo</source>
        <translation>Informazioni su Sondo</translation>
    </message>
    <message>
        <source>Imports survey exports, counts the answers and draws charts for newsletters. Charts use the DejaVu Sans font and the Okabe–Ito colours, readable with colour blindness.</source>
        <translation>Importa le esportazioni delle indagini, conta le risposte e disegna grafici per le newsletter. I grafici usano il carattere DejaVu Sans e i colori Okabe–Ito, leggibili anche da chi non distingue i colori.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Copy &amp;Table</source>
        <translation>Copia &amp;tabella</translation>
    </message>
    <message>
        <source>Copy this question&apos;s table, to paste into Excel as cells or into Word as a table (%1)</source>
        <translation>Copia la tabella di questa domanda, da incollare in Excel come celle o in Word come tabella (%1)</translation>
    </message>
    <message>
        <source>Every question&apos;s chart, key findings and table in one PDF, ODT or HTML report, or as PowerPoint slides</source>
        <translation>Grafico, risultati principali e tabella di ogni domanda in un unico rapporto PDF, ODT o HTML, oppure in slide PowerPoint</translation>
    </message>
    <message>
        <source>Export &amp;Tables…</source>
        <translation>Esporta &amp;tabelle…</translation>
    </message>
    <message>
        <source>Every question&apos;s counts, percentages, bases and letters as an Excel workbook</source>
        <translation>Conteggi, percentuali, basi e lettere di ogni domanda in una cartella di lavoro Excel</translation>
    </message>
    <message>
        <source>C&amp;lean Answers…</source>
        <translation>Pu&amp;lisci le risposte…</translation>
    </message>
    <message>
        <source>Merge the answers of this question that are one answer spelled differently (accents, slips, abbreviations)</source>
        <translation>Unisci le risposte di questa domanda che sono la stessa risposta scritta in modo diverso (accenti, refusi, abbreviazioni)</translation>
    </message>
</context>
<context>
    <name>sondo::MainWindow</name>
    <message numerus="yes">
        <source>Opened with %Ln warning(s).</source>
        <translation>
            <numerusform>Aperto con %Ln avviso.</numerusform>
            <numerusform>Aperto con %Ln avvisi.</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>No longer in the survey, left out of the saved view: %1</source>
        <translation>Non più presenti nell’indagine, tolti dalla vista salvata: %1</translation>
    </message>
    <message>
        <source>Could not save the view in the project: %1</source>
        <translation>Impossibile salvare la vista nel progetto: %1</translation>
    </message>
    <message>
        <source>Project updated: %1</source>
        <translation>Progetto aggiornato: %1</translation>
    </message>
    <message>
        <source>Changes that no longer fit the survey were left out: %1</source>
        <translation>Modifiche che non corrispondono più all’indagine, tralasciate: %1</translation>
    </message>
    <message>
        <source>Key findings copied: paste them into your text.</source>
        <translation>Risultati principali copiati: incollali nel tuo testo.</translation>
    </message>
    <message>
        <source>Table copied: paste it into Excel as cells or into Word as a table.</source>
        <translation>Tabella copiata: incollala in Excel come celle o in Word come tabella.</translation>
    </message>
</context>
<context>
    <name>sondo::ProjectDocument</name>
    <message>
        <source>There is no such option to rename.</source>
        <translation>Questa opzione da rinominare non esiste.</translation>
    </message>
    <message>
        <source>Rename option</source>
        <translation>rinomina dell’opzione</translation>
    </message>
    <message>
        <source>There is no such recode to remove.</source>
        <translation>Non c&apos;è una ricodifica simile da togliere.</translation>
    </message>
    <message>
        <source>Remove recode %1</source>
        <translation>Togli la ricodifica %1</translation>
    </message>
</context>
<context>
    <name>sondo::QuestionListModel</name>
    <message>
        <source>Answered by %1 respondents in the filter</source>
        <translation>Hanno risposto %1 rispondenti del filtro</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Domanda</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Respondents in the filter who answered</source>
        <translation>Rispondenti del filtro che hanno risposto</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n voce</numerusform>
            <numerusform>%n voci</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to %1 respondents in the filter answered an item</source>
        <translation>Fino a %1 rispondenti nel filtro hanno risposto a una voce</translation>
    </message>
</context>
<context>
    <name>sondo::QuestionNavigator</name>
    <message>
        <source>Search questions</source>
        <translation>Cerca domande</translation>
    </message>
    <message>
        <source>Type part of a question&apos;s id or text; Up and Down move through the matches</source>
        <translation>Scrivi parte dell’id o del testo di una domanda; Su e Giù scorrono i risultati</translation>
    </message>
</context>
<context>
    <name>sondo::RecodesPanel</name>
    <message>
        <source>Changes to the answers as imported, applied in this order. Removing one can be undone (Edit &gt; Undo).</source>
        <translation>Modifiche alle risposte importate, applicate in quest&apos;ordine. Toglierne una si può annullare (Modifica &gt; Annulla).</translation>
    </message>
    <message>
        <source>No recodes. Merges made at import, options renamed here and changes made with sondo recode or sondo clean are listed here.</source>
        <translation>Nessuna ricodifica. Qui compaiono le unioni fatte all&apos;importazione, le opzioni rinominate qui e le modifiche fatte con sondo recode o sondo clean.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Togli</translation>
    </message>
    <message>
        <source>Take the selected recode out: the answers show as before it</source>
        <translation>Togli la ricodifica selezionata: le risposte tornano come prima di essa</translation>
    </message>
</context>
<context>
    <name>sondo::RenameOptionDialog</name>
    <message>
        <source>Rename Option</source>
        <translation>Rinomina l’opzione</translation>
    </message>
    <message>
        <source>Option:</source>
        <translation>Opzione:</translation>
    </message>
    <message>
        <source>New label:</source>
        <translation>Nuova etichetta:</translation>
    </message>
</context>
<context>
    <name>sondo::ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Esporta rapporto</translation>
    </message>
    <message>
        <source>All respondents</source>
        <translation>Tutti i rispondenti</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filtro: %1</translation>
    </message>
    <message>
        <source>Compared by %1</source>
        <translation>Confronto per %1</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Ponderato</translation>
    </message>
    <message>
        <source>A4 portrait</source>
        <translation>A4 verticale</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 orizzontale</translation>
    </message>
    <message>
        <source>16:9 (slides)</source>
        <translation>16:9 (diapositive)</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Seleziona tutto</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Deseleziona tutto</translation>
    </message>
    <message>
        <source>Tick what goes in; drag to change the order.</source>
        <translation>Spunta cosa includere; trascina per cambiare l&apos;ordine.</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titolo:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Lingua:</translation>
    </message>
    <message>
        <source>Page (PDF):</source>
        <translation>Pagina (PDF):</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Scegli il file…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 (grid of %n question(s))</source>
        <translation>
            <numerusform>%1 · %2 (griglia di %n domande)</numerusform>
            <numerusform>%1 · %2 (griglia di %n domande)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sondo::ReportExport</name>
    <message>
        <source>Export Report</source>
        <translation>Esporta rapporto</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Salvato %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
    <message>
        <source>Choose a report file ending in .pdf, .odt, .html or .pptx.</source>
        <translation>Scegli un file di rapporto che termini in .pdf, .odt, .html o .pptx.</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text (*.odt);;Web page (*.html);;PowerPoint slides (*.pptx)</source>
        <translation>PDF (*.pdf);;Testo OpenDocument (*.odt);;Pagina web (*.html);;Slide PowerPoint (*.pptx)</translation>
    </message>
</context>
<context>
    <name>sondo::ScaleOrderDialog</name>
    <message>
        <source>Scale order</source>
        <translation>Ordine della scala</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Put the answers in the scale&apos;s order, from its low end (disagree, never, poor) at the top to its high end (agree, always, excellent) at the bottom: the order sets the chart, the mean and the top-2-box. Untick answers that are not points of the scale, such as “Don&apos;t know”: they are kept, after the scale.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Metti le risposte nell&apos;ordine della scala, dall&apos;estremo basso (in disaccordo, mai, scarso) in alto all&apos;estremo alto (d&apos;accordo, sempre, eccellente) in basso: l&apos;ordine decide il grafico, la media e il top-2-box. Togli la spunta alle risposte che non sono punti della scala, come “Non so”: restano, dopo la scala.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Sposta su</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Sposta giù</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Inverti</translation>
    </message>
    <message>
        <source>Turns the scale round: its high end becomes its low end</source>
        <translation>Capovolge la scala: il suo estremo alto diventa quello basso</translation>
    </message>
</context>
<context>
    <name>sondo::StartPage</name>
    <message>
        <source>Survey results as clear charts, ready for the newsletter</source>
        <translation>I risultati delle indagini in grafici chiari, pronti per la newsletter</translation>
    </message>
    <message>
        <source>Open a survey or project…</source>
        <translation>Apri un’indagine o un progetto…</translation>
    </message>
    <message>
        <source>CSV, TSV or Excel exports of Google Forms, SurveyMonkey, LimeSurvey, Qualtrics, Microsoft Forms and KoboToolbox, SPSS files, or a .sondo project.</source>
        <translation>Esportazioni CSV, TSV o Excel di Google Moduli, SurveyMonkey, LimeSurvey, Qualtrics, Microsoft Forms e KoboToolbox, file SPSS o un progetto .sondo.</translation>
    </message>
    <message>
        <source>Try the demo survey</source>
        <translation>Prova l’indagine dimostrativa</translation>
    </message>
    <message>
        <source>&quot;Remote Working e Contact Center&quot;: 300 invented respondents, as Google Forms exports them.</source>
        <translation>&quot;Remote Working e Contact Center&quot;: 300 rispondenti inventati, come li esporta Google Moduli.</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Recenti</translation>
    </message>
    <message>
        <source>Files you open appear here.</source>
        <translation>Qui compaiono i file che apri.</translation>
    </message>
    <message>
        <source>Tip: drop a survey file or a project anywhere on this window.</source>
        <translation>Suggerimento: trascina un file di indagine o un progetto in un punto qualsiasi di questa finestra.</translation>
    </message>
</context>
<context>
    <name>sondo::SurveyEdits</name>
    <message>
        <source>Cannot rename the option</source>
        <translation>Impossibile rinominare l’opzione</translation>
    </message>
    <message>
        <source>Rename “%1”…</source>
        <translation>Rinomina “%1”…</translation>
    </message>
    <message>
        <source>Clean answers of %1</source>
        <translation>Pulisci le risposte di %1</translation>
    </message>
    <message>
        <source>Cannot merge the answers</source>
        <translation>Impossibile unire le risposte</translation>
    </message>
</context>
<context>
    <name>sondo::TablesExport</name>
    <message>
        <source>Choose a workbook file ending in .xlsx.</source>
        <translation>Scegli un file di cartella di lavoro che termini in .xlsx.</translation>
    </message>
    <message>
        <source>Excel workbook, a sheet per question (*.xlsx)</source>
        <translation>Cartella di lavoro Excel, un foglio per domanda (*.xlsx)</translation>
    </message>
    <message>
        <source>Excel workbook, one banner sheet (*.xlsx)</source>
        <translation>Cartella di lavoro Excel, un solo foglio a banner (*.xlsx)</translation>
    </message>
    <message>
        <source>Export Tables</source>
        <translation>Esporta tabelle</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Salvato %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
</context>
<context>
    <name>sondo::TextAnswersModel</name>
    <message>
        <source>Respondent</source>
        <translation>Rispondente</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Risposta</translation>
    </message>
</context>
<context>
    <name>sondo::TextAnswersView</name>
    <message numerus="yes">
        <source>%Ln answer(s)</source>
        <translation>
            <numerusform>%Ln risposta</numerusform>
            <numerusform>%Ln risposte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es) for &quot;%1&quot;</source>
        <translation>
            <numerusform>%Ln risultato per &quot;%1&quot;</numerusform>
            <numerusform>%Ln risultati per &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>Search the answers</source>
        <translation>Cerca nelle risposte</translation>
    </message>
</context>
<context>
    <name>sondo::TypeIcons</name>
    <message>
        <source>Single choice</source>
        <translation>Scelta singola</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Scelta multipla</translation>
    </message>
    <message>
        <source>Likert scale</source>
        <translation>Scala Likert</translation>
    </message>
    <message>
        <source>Numeric</source>
        <translation>Numerica</translation>
    </message>
    <message>
        <source>Open text</source>
        <translation>Testo libero</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignorata</translation>
    </message>
</context>
</TS>
