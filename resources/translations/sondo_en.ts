<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>sondo</name>
    <message>
        <source>Base: %1 of %2</source>
        <translation>Base: %1 of %2</translation>
    </message>
    <message>
        <source>Base: %1</source>
        <translation>Base: %1</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>Chi-square p &lt; %1</source>
        <translation>Chi-square p &lt; %1</translation>
    </message>
    <message>
        <source>Chi-square p = %1</source>
        <translation>Chi-square p = %1</translation>
    </message>
    <message>
        <source>(some expected counts are below 5: read with care)</source>
        <translation>(some expected counts are below 5: read with care)</translation>
    </message>
    <message>
        <source>Multiple answers possible: percentages add up to more than 100%</source>
        <translation>Multiple answers possible: percentages add up to more than 100%</translation>
    </message>
    <message>
        <source>Top-2-box: %1</source>
        <translation>Top-2-box: %1</translation>
    </message>
    <message>
        <source>Mean: %1</source>
        <translation>Mean: %1</translation>
    </message>
    <message>
        <source>Not shown: %1 (%2)</source>
        <translation>Not shown: %1 (%2)</translation>
    </message>
    <message>
        <source>Mean: %1 · Median: %2 · Min–max: %3–%4</source>
        <translation>Mean: %1 · Median: %2 · Min–max: %3–%4</translation>
    </message>
    <message>
        <source>Question %1: ?</source>
        <translation>Question %1: ?</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>Empty header in column %1: named &quot;%2&quot;</source>
        <translation>Empty header in column %1: named &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Duplicated header &quot;%1&quot; in column %2: named &quot;%3&quot;</source>
        <translation>Duplicated header &quot;%1&quot; in column %2: named &quot;%3&quot;</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>file not found</translation>
    </message>
    <message>
        <source>unsupported file type “.%1”: expected .sav, .zsav, .por or .dta</source>
        <translation>unsupported file type “.%1”: expected .sav, .zsav, .por or .dta</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>cannot open the file: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>not an SPSS data file (.sav)</source>
        <translation>not an SPSS data file (.sav)</translation>
    </message>
    <message>
        <source>not a Stata data file (.dta)</source>
        <translation>not a Stata data file (.dta)</translation>
    </message>
    <message>
        <source>cannot write a temporary file: %1</source>
        <translation>cannot write a temporary file: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>cannot read the %1 file: it ends early, it is truncated or damaged (ReadStat: %2)</source>
        <translation>cannot read the %1 file: it ends early, it is truncated or damaged (ReadStat: %2)</translation>
    </message>
    <message>
        <source>cannot read the %1 file: it is damaged or uses a feature ReadStat does not know (ReadStat: %2)</source>
        <translation>cannot read the %1 file: it is damaged or uses a feature ReadStat does not know (ReadStat: %2)</translation>
    </message>
    <message>
        <source>could not look for multiple response sets in the dictionary</source>
        <translation>could not look for multiple response sets in the dictionary</translation>
    </message>
    <message>
        <source>multiple response set %1 names a variable the file does not have; it is left out</source>
        <translation>multiple response set %1 names a variable the file does not have; it is left out</translation>
    </message>
    <message>
        <source>malformed XML in %1 at line %2, column %3: %4</source>
        <translation>malformed XML in %1 at line %2, column %3: %4</translation>
    </message>
    <message>
        <source>the workbook is protected with a password; remove the password in Excel and save it again</source>
        <translation>the workbook is protected with a password; remove the password in Excel and save it again</translation>
    </message>
    <message>
        <source>this is an old .xls workbook; save it as .xlsx</source>
        <translation>this is an old .xls workbook; save it as .xlsx</translation>
    </message>
    <message>
        <source>the workbook is damaged or truncated (its zip directory cannot be read)</source>
        <translation>the workbook is damaged or truncated (its zip directory cannot be read)</translation>
    </message>
    <message>
        <source>not an XLSX workbook (the file is not a zip archive)</source>
        <translation>not an XLSX workbook (the file is not a zip archive)</translation>
    </message>
    <message>
        <source>the workbook has no part %1</source>
        <translation>the workbook has no part %1</translation>
    </message>
    <message>
        <source>cannot read %1 (zip error %2)</source>
        <translation>cannot read %1 (zip error %2)</translation>
    </message>
    <message>
        <source>%1 is damaged inside the zip (zip error %2)</source>
        <translation>%1 is damaged inside the zip (zip error %2)</translation>
    </message>
    <message>
        <source>this is an OpenDocument spreadsheet (.ods); save it as .xlsx</source>
        <translation>this is an OpenDocument spreadsheet (.ods); save it as .xlsx</translation>
    </message>
    <message>
        <source>this is a binary .xlsb workbook; save it as .xlsx</source>
        <translation>this is a binary .xlsb workbook; save it as .xlsx</translation>
    </message>
    <message>
        <source>not an XLSX workbook: the zip holds no %1</source>
        <translation>not an XLSX workbook: the zip holds no %1</translation>
    </message>
    <message>
        <source>not an XLSX workbook: %1 holds no workbook</source>
        <translation>not an XLSX workbook: %1 holds no workbook</translation>
    </message>
    <message>
        <source>the workbook has no part %1 for sheet “%2”</source>
        <translation>the workbook has no part %1 for sheet “%2”</translation>
    </message>
    <message>
        <source>%1: invalid cell reference “%2”</source>
        <translation>%1: invalid cell reference “%2”</translation>
    </message>
    <message>
        <source>%1: cell %2 refers to shared string %3, but the workbook has %4</source>
        <translation>%1: cell %2 refers to shared string %3, but the workbook has %4</translation>
    </message>
    <message numerus="yes">
        <source>sheet “%1” has %n cell(s) holding a formula error, first at %2</source>
        <translation>
            <numerusform>sheet “%1” has %n cell holding a formula error, at %2</numerusform>
            <numerusform>sheet “%1” has %n cells holding a formula error, first at %2</numerusform>
        </translation>
    </message>
    <message>
        <source>the workbook has no sheet named “%1”; its sheets are: %2</source>
        <translation>the workbook has no sheet named “%1”; its sheets are: %2</translation>
    </message>
    <message>
        <source>sheet “%1” holds no values</source>
        <translation>sheet “%1” holds no values</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>the workbook has no sheets</translation>
    </message>
    <message>
        <source>read sheet “%1”; the workbook also has: %2</source>
        <translation>read sheet “%1”; the workbook also has: %2</translation>
    </message>
    <message>
        <source>no sheet of the workbook holds any value</source>
        <translation>no sheet of the workbook holds any value</translation>
    </message>
    <message>
        <source>not a Sondo project: the file is not an SQLite database or is damaged (%1)</source>
        <translation>not a Sondo project: the file is not an SQLite database or is damaged (%1)</translation>
    </message>
    <message>
        <source>not a Sondo project: cannot read its version (%1)</source>
        <translation>not a Sondo project: cannot read its version (%1)</translation>
    </message>
    <message>
        <source>not a Sondo project: an SQLite database made by another program</source>
        <translation>not a Sondo project: an SQLite database made by another program</translation>
    </message>
    <message>
        <source>made by a newer version of Sondo (project format %1; this version reads up to %2): update Sondo to open it</source>
        <translation>made by a newer version of Sondo (project format %1; this version reads up to %2): update Sondo to open it</translation>
    </message>
    <message>
        <source>not a Sondo project: its format version is %1</source>
        <translation>not a Sondo project: its format version is %1</translation>
    </message>
    <message>
        <source>cannot update the project to format %1: %2</source>
        <translation>cannot update the project to format %1: %2</translation>
    </message>
    <message>
        <source>cannot mark the project&apos;s format: %1</source>
        <translation>cannot mark the project&apos;s format: %1</translation>
    </message>
    <message>
        <source>cannot save the project (%1): %2</source>
        <translation>cannot save the project (%1): %2</translation>
    </message>
    <message>
        <source>cannot save the project: %1</source>
        <translation>cannot save the project: %1</translation>
    </message>
    <message>
        <source>is a folder, not a project file</source>
        <translation>is a folder, not a project file</translation>
    </message>
    <message>
        <source>not a Sondo project: the file is not an SQLite database</source>
        <translation>not a Sondo project: the file is not an SQLite database</translation>
    </message>
    <message>
        <source>cannot open the project: %1</source>
        <translation>cannot open the project: %1</translation>
    </message>
    <message>
        <source>the project file is damaged: %1</source>
        <translation>the project file is damaged: %1</translation>
    </message>
    <message>
        <source>the saved setting &quot;%1&quot; is unreadable and was left out</source>
        <translation>the saved setting &quot;%1&quot; is unreadable and was left out</translation>
    </message>
    <message>
        <source>cannot save the project: a folder has this name</source>
        <translation>cannot save the project: a folder has this name</translation>
    </message>
    <message>
        <source>cannot save the project: the folder %1 does not exist</source>
        <translation>cannot save the project: the folder %1 does not exist</translation>
    </message>
    <message>
        <source>cannot save the project: cannot create a file in %1: %2</source>
        <translation>cannot save the project: cannot create a file in %1: %2</translation>
    </message>
    <message>
        <source>cannot save the analysis state: %1</source>
        <translation>cannot save the analysis state: %1</translation>
    </message>
    <message>
        <source>the project file needs the SQLite database driver</source>
        <translation>the project file needs the SQLite database driver</translation>
    </message>
    <message>
        <source>cannot store the answers: %1</source>
        <translation>cannot store the answers: %1</translation>
    </message>
    <message>
        <source>cannot read the answers: %1</source>
        <translation>cannot read the answers: %1</translation>
    </message>
    <message>
        <source>too many respondents (%1)</source>
        <translation>too many respondents (%1)</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>warning: </translation>
    </message>
    <message>
        <source>Frequency table of one question.</source>
        <translation>Frequency table of one question.</translation>
    </message>
    <message>
        <source>A .sondo project or a survey export.</source>
        <translation>A .sondo project or a survey export.</translation>
    </message>
    <message>
        <source>Question id, code or text.</source>
        <translation>Question id, code or text.</translation>
    </message>
    <message>
        <source>Compare by the options of a segment question.</source>
        <translation>Compare by the options of a segment question.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>Import a survey export into a Sondo project.</source>
        <translation>Import a survey export into a Sondo project.</translation>
    </message>
    <message>
        <source>Survey export (CSV, TSV, XLSX, SAV…).</source>
        <translation>Survey export (CSV, TSV, XLSX, SAV…).</translation>
    </message>
    <message>
        <source>Project file to write (default: FILE with .sondo).</source>
        <translation>Project file to write (default: FILE with .sondo).</translation>
    </message>
    <message>
        <source>the project would overwrite the survey file &apos;%1&apos;</source>
        <translation>the project would overwrite the survey file &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Imported %1 respondents and %2 questions from %3 (%4) into %5</source>
        <translation>Imported %1 respondents and %2 questions from %3 (%4) into %5</translation>
    </message>
    <message>
        <source>%1 respondents, %2 questions</source>
        <translation>%1 respondents, %2 questions</translation>
    </message>
    <message>
        <source>code: %1</source>
        <translation>code: %1</translation>
    </message>
    <message>
        <source>List the questions of a project or survey file.</source>
        <translation>List the questions of a project or survey file.</translation>
    </message>
    <message>
        <source>usage: sondo questions PROJECT [--json]</source>
        <translation>usage: sondo questions PROJECT [--json]</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>cannot write the file: %1</translation>
    </message>
    <message>
        <source>cannot write the SPSS file: %1</source>
        <translation>cannot write the SPSS file: %1</translation>
    </message>
    <message>
        <source>Respondent ID</source>
        <translation>Respondent ID</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Selected</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Not selected</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;</source>
        <translation>unknown encoding &quot;%1&quot;</translation>
    </message>
    <message>
        <source>binary file: it is not text</source>
        <translation>binary file: it is not text</translation>
    </message>
    <message>
        <source>unusable delimiter &quot;%1&quot;: give one ASCII character other than a quote or a line break</source>
        <translation>unusable delimiter &quot;%1&quot;: give one ASCII character other than a quote or a line break</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>this is a folder, not a file</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 although it starts as UTF-8; it was read as Windows-1252 (give --encoding if that is wrong)</source>
        <translation>the file is not valid UTF-8 although it starts as UTF-8; it was read as Windows-1252 (give --encoding if that is wrong)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more rows with fewer cells than the header</source>
        <translation>
            <numerusform>… and %n more rows with fewer cells than the header</numerusform>
            <numerusform>… and %n more rows with fewer cells than the header</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more rows with more cells than the header</source>
        <translation>
            <numerusform>… and %n more rows with more cells than the header</numerusform>
            <numerusform>… and %n more rows with more cells than the header</numerusform>
        </translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>import cancelled</translation>
    </message>
    <message>
        <source>unterminated quote: the quoted cell that starts here never ends</source>
        <translation>unterminated quote: the quoted cell that starts here never ends</translation>
    </message>
    <message>
        <source>binary file: it contains NUL bytes, so it is not text</source>
        <translation>binary file: it contains NUL bytes, so it is not text</translation>
    </message>
    <message>
        <source>row has %1 cells, the header has %2; the missing cells are left blank</source>
        <translation>row has %1 cells, the header has %2; the missing cells are left blank</translation>
    </message>
    <message>
        <source>row has %1 cells, the header has %2; columns were added for the extra cells</source>
        <translation>row has %1 cells, the header has %2; columns were added for the extra cells</translation>
    </message>
    <message>
        <source>multiple response set %1 shares variables with another set; its variables are read one by one</source>
        <translation>multiple response set %1 shares variables with another set; its variables are read one by one</translation>
    </message>
    <message>
        <source>%1 respondents added, %2 changed, %3 removed</source>
        <translation>%1 respondents added, %2 changed, %3 removed</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 added</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 removed</translation>
    </message>
    <message>
        <source>%1 changed type</source>
        <translation>%1 changed type</translation>
    </message>
    <message>
        <source>; questions: %1</source>
        <translation>; questions: %1</translation>
    </message>
    <message>
        <source>Render the chart of one question, or of all, to PNG, SVG or PDF.</source>
        <translation>Render the chart of one question, or of all, to PNG, SVG or PDF.</translation>
    </message>
    <message>
        <source>Question id, code or text (or --all).</source>
        <translation>Question id, code or text (or --all).</translation>
    </message>
    <message>
        <source>Every question with a chart, one file each.</source>
        <translation>Every question with a chart, one file each.</translation>
    </message>
    <message>
        <source>Output file (one question) or folder (--all).</source>
        <translation>Output file (one question) or folder (--all).</translation>
    </message>
    <message>
        <source>Keep respondents who answered VALUE to QUESTION (OR within a question, AND across questions).</source>
        <translation>Keep respondents who answered VALUE to QUESTION (OR within a question, AND across questions).</translation>
    </message>
    <message>
        <source>WxH in pixels, or newsletter (1200x675), square (1080x1080), a4.</source>
        <translation>WxH in pixels, or newsletter (1200x675), square (1080x1080), a4.</translation>
    </message>
    <message>
        <source>Pixel scale of PNG files: 1, 2 or 3.</source>
        <translation>Pixel scale of PNG files: 1, 2 or 3.</translation>
    </message>
    <message>
        <source>png, svg or pdf (default: from the file name, else png).</source>
        <translation>png, svg or pdf (default: from the file name, else png).</translation>
    </message>
    <message>
        <source>Source note under the chart.</source>
        <translation>Source note under the chart.</translation>
    </message>
    <message>
        <source>Bar order: questionnaire (default) or frequency.</source>
        <translation>Bar order: questionnaire (default) or frequency.</translation>
    </message>
    <message>
        <source>Draw Likert scales as diverging bars.</source>
        <translation>Draw Likert scales as diverging bars.</translation>
    </message>
    <message>
        <source>PNG without background.</source>
        <translation>PNG without background.</translation>
    </message>
    <message>
        <source>Leave out the question text.</source>
        <translation>Leave out the question text.</translation>
    </message>
    <message>
        <source>Leave out the base and source note.</source>
        <translation>Leave out the base and source note.</translation>
    </message>
    <message>
        <source>bad --size &apos;%1&apos; (expected WxH, e.g. 1200x675, or newsletter, square, a4)</source>
        <translation>bad --size &apos;%1&apos; (expected WxH, e.g. 1200x675, or newsletter, square, a4)</translation>
    </message>
    <message>
        <source>bad --scale &apos;%1&apos; (expected 1, 2 or 3)</source>
        <translation>bad --scale &apos;%1&apos; (expected 1, 2 or 3)</translation>
    </message>
    <message>
        <source>bad --format &apos;%1&apos; (expected png, svg or pdf)</source>
        <translation>bad --format &apos;%1&apos; (expected png, svg or pdf)</translation>
    </message>
    <message>
        <source>bad --sort &apos;%1&apos; (expected questionnaire or frequency)</source>
        <translation>bad --sort &apos;%1&apos; (expected questionnaire or frequency)</translation>
    </message>
    <message>
        <source>%1 is a %2 question: it has no chart</source>
        <translation>%1 is a %2 question: it has no chart</translation>
    </message>
    <message>
        <source>Write the answers, with labels, to a CSV file (UTF-8, for Excel) or an SPSS .sav.</source>
        <translation>Write the answers, with labels, to a CSV file (UTF-8, for Excel) or an SPSS .sav.</translation>
    </message>
    <message>
        <source>File to write: .csv or .sav.</source>
        <translation>File to write: .csv or .sav.</translation>
    </message>
    <message>
        <source>CSV: after each multiple-choice column, one 1/0 column per option.</source>
        <translation>CSV: after each multiple-choice column, one 1/0 column per option.</translation>
    </message>
    <message>
        <source>-o %1: the file name must end in .csv or .sav</source>
        <translation>-o %1: the file name must end in .csv or .sav</translation>
    </message>
    <message>
        <source>the export would overwrite &apos;%1&apos;</source>
        <translation>the export would overwrite &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Wrote %1 of %2 respondents and %3 questions to %4</source>
        <translation>Wrote %1 of %2 respondents and %3 questions to %4</translation>
    </message>
    <message>
        <source>Re-import FILE, a newer export of the same survey, into the existing project: questions keep their ids, the saved analysis state and the import options used before are kept, and what changed is reported.</source>
        <translation>Re-import FILE, a newer export of the same survey, into the existing project: questions keep their ids, the saved analysis state and the import options used before are kept, and what changed is reported.</translation>
    </message>
    <message>
        <source>Updated %1: %2</source>
        <translation>Updated %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>the file is not valid UTF-8 (give --encoding if it has another encoding); invalid byte sequences replaced by �: %n</source>
        <translation>
            <numerusform>the file is not valid UTF-8 (give --encoding if it has another encoding); %n invalid byte sequence replaced by �</numerusform>
            <numerusform>the file is not valid UTF-8 (give --encoding if it has another encoding); %n invalid byte sequences replaced by �</numerusform>
        </translation>
    </message>
    <message>
        <source>its answers need %1 columns, more than the %2 a project file can hold</source>
        <translation>its answers need %1 columns, more than the %2 a project file can hold</translation>
    </message>
    <message>
        <source>cannot save the project: its questions changed while its answers were written</source>
        <translation>cannot save the project: its questions changed while its answers were written</translation>
    </message>
    <message>
        <source>a change this version of Sondo cannot read is kept but not applied: %1</source>
        <translation>a change this version of Sondo cannot read is kept but not applied: %1</translation>
    </message>
    <message>
        <source>cannot rename the option “%1” of %2 to “%3”: the survey has no such question</source>
        <translation>cannot rename the option “%1” of %2 to “%3”: the survey has no such question</translation>
    </message>
    <message>
        <source>cannot rename the option “%1” of %2 to “%3”: the question has no such option</source>
        <translation>cannot rename the option “%1” of %2 to “%3”: the question has no such option</translation>
    </message>
    <message>
        <source>cannot rename the option “%1” of %2 to “%3”: the new label is empty</source>
        <translation>cannot rename the option “%1” of %2 to “%3”: the new label is empty</translation>
    </message>
    <message>
        <source>cannot rename the option “%1” of %2 to “%3”: another option already has that label</source>
        <translation>cannot rename the option “%1” of %2 to “%3”: another option already has that label</translation>
    </message>
    <message>
        <source>Base: %1 (weighted)</source>
        <translation>Base: %1 (weighted)</translation>
    </message>
    <message>
        <source>Lines: 95% confidence intervals (Wilson)</source>
        <translation>Lines: 95% confidence intervals (Wilson)</translation>
    </message>
    <message>
        <source>Open answers: the %1 most frequent of %2 different answers</source>
        <translation>Open answers: the %1 most frequent of %2 different answers</translation>
    </message>
    <message>
        <source>No chart for this type of question</source>
        <translation>No chart for this type of question</translation>
    </message>
    <message>
        <source>Nobody in this selection answered the question</source>
        <translation>Nobody in this selection answered the question</translation>
    </message>
    <message>
        <source>Compared by: %1</source>
        <translation>Compared by: %1</translation>
    </message>
    <message>
        <source>Total (n = %1)</source>
        <translation>Total (n = %1)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>%1 rare answers grouped as &quot;Other&quot;</source>
        <translation>%1 rare answers grouped as &quot;Other&quot;</translation>
    </message>
    <message>
        <source>Numbers written with both decimal marks (&quot;3,5&quot; and &quot;3.5&quot;)</source>
        <translation>Numbers written with both decimal marks (&quot;3,5&quot; and &quot;3.5&quot;)</translation>
    </message>
    <message>
        <source>%1 cells are not dates, first &quot;%2&quot;: read as missing</source>
        <translation>%1 cells are not dates, first &quot;%2&quot;: read as missing</translation>
    </message>
    <message>
        <source>Numbers except for &quot;%1&quot;: read as %2, not numeric</source>
        <translation>Numbers except for &quot;%1&quot;: read as %2, not numeric</translation>
    </message>
    <message>
        <source>%1 inflates to more than %2 MB, more than a workbook part may (the limit is sized for a 1,000,000-row export); it is refused</source>
        <translation>%1 inflates to more than %2 MB, more than a workbook part may (the limit is sized for a 1,000,000-row export); it is refused</translation>
    </message>
    <message>
        <source>the workbook inflates to more than %1 MB; it is refused as too large</source>
        <translation>the workbook inflates to more than %1 MB; it is refused as too large</translation>
    </message>
    <message>
        <source>%1 inflates to more than %2 times its compressed size, which real workbooks never do (a zip bomb?); it is refused</source>
        <translation>%1 inflates to more than %2 times its compressed size, which real workbooks never do (a zip bomb?); it is refused</translation>
    </message>
    <message>
        <source>%1: shared string %2 is longer than %3 characters</source>
        <translation>%1: shared string %2 is longer than %3 characters</translation>
    </message>
    <message>
        <source>the cell holds more than %1 characters; it is refused</source>
        <translation>the cell holds more than %1 characters; it is refused</translation>
    </message>
    <message>
        <source>the sheet holds more than %1 cells; it is refused as too large</source>
        <translation>the sheet holds more than %1 cells; it is refused as too large</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;</source>
        <translation>unknown format &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source>is a folder, not a survey file</source>
        <translation>is a folder, not a survey file</translation>
    </message>
    <message>
        <source>cannot keep a backup of the project as %1: %2</source>
        <translation>cannot keep a backup of the project as %1: %2</translation>
    </message>
    <message>
        <source>the previous project could not be kept as %1: %2</source>
        <translation>the previous project could not be kept as %1: %2</translation>
    </message>
    <message>
        <source>project in use by %1 (pid %2 on %3)</source>
        <translation>project in use by %1 (pid %2 on %3)</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>another program</translation>
    </message>
    <message>
        <source>project in use by another program (see %1)</source>
        <translation>project in use by another program (see %1)</translation>
    </message>
    <message>
        <source>cannot save the project: cannot create a file in %1: permission denied</source>
        <translation>cannot save the project: cannot create a file in %1: permission denied</translation>
    </message>
    <message>
        <source>cannot save the project: cannot create its lock file %1</source>
        <translation>cannot save the project: cannot create its lock file %1</translation>
    </message>
    <message>
        <source>not a Sondo project (%1)</source>
        <translation>not a Sondo project (%1)</translation>
    </message>
    <message>
        <source>the previous project cannot be kept as %1, which is not a Sondo project (%2)</source>
        <translation>the previous project cannot be kept as %1, which is not a Sondo project (%2)</translation>
    </message>
    <message>
        <source>replaced without a backup: %1</source>
        <translation>replaced without a backup: %1</translation>
    </message>
    <message>
        <source>A project of this survey exists but cannot be opened: %1</source>
        <translation>A project of this survey exists but cannot be opened: %1</translation>
    </message>
    <message>
        <source>no file</source>
        <translation>no file</translation>
    </message>
    <message>
        <source>an empty file</source>
        <translation>an empty file</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>a folder</translation>
    </message>
    <message>
        <source>a Sondo project</source>
        <translation>a Sondo project</translation>
    </message>
    <message>
        <source>an SQLite database made by another program</source>
        <translation>an SQLite database made by another program</translation>
    </message>
    <message>
        <source>an SQLite database that cannot be read</source>
        <translation>an SQLite database that cannot be read</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>a text file</translation>
    </message>
    <message>
        <source>a file of another kind</source>
        <translation>a file of another kind</translation>
    </message>
    <message>
        <source>a file Sondo may not read</source>
        <translation>a file Sondo may not read</translation>
    </message>
    <message>
        <source>no such project to update (import without --update first)</source>
        <translation>no such project to update (import without --update first)</translation>
    </message>
    <message>
        <source>not a Sondo project: only a .sondo file can be updated</source>
        <translation>not a Sondo project: only a .sondo file can be updated</translation>
    </message>
    <message>
        <source>the survey file and the project are the same file</source>
        <translation>the survey file and the project are the same file</translation>
    </message>
    <message>
        <source>--type %1=%2 is no longer applied: the survey no longer has that question</source>
        <translation>--type %1=%2 is no longer applied: the survey no longer has that question</translation>
    </message>
    <message>
        <source>Raking needs at least one question with target shares.</source>
        <translation>Raking needs at least one question with target shares.</translation>
    </message>
    <message>
        <source>Raking needs a tolerance above zero and at least one iteration.</source>
        <translation>Raking needs a tolerance above zero and at least one iteration.</translation>
    </message>
    <message>
        <source>Trimming caps must satisfy 0 ≤ lower ≤ 1 ≤ upper (times the mean weight).</source>
        <translation>Trimming caps must satisfy 0 ≤ lower ≤ 1 ≤ upper (times the mean weight).</translation>
    </message>
    <message>
        <source>There must be one starting weight per respondent.</source>
        <translation>There must be one starting weight per respondent.</translation>
    </message>
    <message>
        <source>Raking: no such question.</source>
        <translation>Raking: no such question.</translation>
    </message>
    <message>
        <source>Raking: %1 is not a single-choice question.</source>
        <translation>Raking: %1 is not a single-choice question.</translation>
    </message>
    <message>
        <source>Raking: %1 has targets twice.</source>
        <translation>Raking: %1 has targets twice.</translation>
    </message>
    <message>
        <source>Raking: %1 has %2 options but %3 target shares.</source>
        <translation>Raking: %1 has %2 options but %3 target shares.</translation>
    </message>
    <message>
        <source>Raking: the target shares of %1 must be numbers ≥ 0.</source>
        <translation>Raking: the target shares of %1 must be numbers ≥ 0.</translation>
    </message>
    <message>
        <source>Raking: the target shares of %1 add up to zero.</source>
        <translation>Raking: the target shares of %1 add up to zero.</translation>
    </message>
    <message>
        <source>Raking: too many options across the raking questions.</source>
        <translation>Raking: too many options across the raking questions.</translation>
    </message>
    <message>
        <source>Raking: no respondent has a starting weight above zero.</source>
        <translation>Raking: no respondent has a starting weight above zero.</translation>
    </message>
    <message>
        <source>Raking: nobody answered %1.</source>
        <translation>Raking: nobody answered %1.</translation>
    </message>
    <message>
        <source>Raking: %1 has a target for &quot;%2&quot;, which nobody chose.</source>
        <translation>Raking: %1 has a target for &quot;%2&quot;, which nobody chose.</translation>
    </message>
    <message>
        <source>Raking: %1 has a target of 0 for &quot;%2&quot;, which %3 respondents chose.</source>
        <translation>Raking: %1 has a target of 0 for &quot;%2&quot;, which %3 respondents chose.</translation>
    </message>
    <message>
        <source>no question &apos;%1&apos;</source>
        <translation>no question &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 is a %2 question: raking needs a single-choice question</source>
        <translation>%1 is a %2 question: raking needs a single-choice question</translation>
    </message>
    <message>
        <source>%1 has no option &apos;%2&apos; (its options: %3)</source>
        <translation>%1 has no option &apos;%2&apos; (its options: %3)</translation>
    </message>
    <message>
        <source>%1: the share of &apos;%2&apos; is negative</source>
        <translation>%1: the share of &apos;%2&apos; is negative</translation>
    </message>
    <message>
        <source>%1: the shares add up to %2, not 1</source>
        <translation>%1: the shares add up to %2, not 1</translation>
    </message>
    <message>
        <source>raking needs at least one question</source>
        <translation>raking needs at least one question</translation>
    </message>
    <message>
        <source>No respondent has a usable weight (a number above zero).</source>
        <translation>No respondent has a usable weight (a number above zero).</translation>
    </message>
    <message>
        <source>No such question.</source>
        <translation>No such question.</translation>
    </message>
    <message>
        <source>Weights must come from a numeric question; %1 is not numeric.</source>
        <translation>Weights must come from a numeric question; %1 is not numeric.</translation>
    </message>
    <message>
        <source>Unknown chart format: use .png, .svg or .pdf</source>
        <translation>Unknown chart format: use .png, .svg or .pdf</translation>
    </message>
    <message>
        <source>Could not render the chart</source>
        <translation>Could not render the chart</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>Could not write the file: %1</translation>
    </message>
    <message>
        <source>Could not create the folder %1</source>
        <translation>Could not create the folder %1</translation>
    </message>
    <message>
        <source>The question&apos;s key finding as the subtitle.</source>
        <translation>The question&apos;s key finding as the subtitle.</translation>
    </message>
    <message>
        <source>Thin 95% confidence-interval lines on the bars.</source>
        <translation>Thin 95% confidence-interval lines on the bars.</translation>
    </message>
    <message>
        <source>Export layout: %1.</source>
        <translation>Export layout: %1.</translation>
    </message>
    <message>
        <source>Text encoding (UTF-8, UTF-16LE, windows-1252, …); detected if absent.</source>
        <translation>Text encoding (UTF-8, UTF-16LE, windows-1252, …); detected if absent.</translation>
    </message>
    <message>
        <source>Cell delimiter: , ; | or tab; sniffed if absent.</source>
        <translation>Cell delimiter: , ; | or tab; sniffed if absent.</translation>
    </message>
    <message>
        <source>Declare a question&apos;s type: single, multiple, likert, numeric, text, date or ignore. Repeatable.</source>
        <translation>Declare a question&apos;s type: single, multiple, likert, numeric, text, date or ignore. Repeatable.</translation>
    </message>
    <message>
        <source>Worksheet of a workbook to read.</source>
        <translation>Worksheet of a workbook to read.</translation>
    </message>
    <message>
        <source>unknown --format &apos;%1&apos; (expected one of: %2)</source>
        <translation>unknown --format &apos;%1&apos; (expected one of: %2)</translation>
    </message>
    <message>
        <source>unknown --delimiter &apos;%1&apos; (expected , ; | or tab)</source>
        <translation>unknown --delimiter &apos;%1&apos; (expected , ; | or tab)</translation>
    </message>
    <message>
        <source>bad --type &apos;%1&apos; (expected QUESTION=single|multiple|likert|numeric|text|date|ignore)</source>
        <translation>bad --type &apos;%1&apos; (expected QUESTION=single|multiple|likert|numeric|text|date|ignore)</translation>
    </message>
    <message>
        <source>no question &apos;%1&apos; (see &apos;sondo questions&apos;)</source>
        <translation>no question &apos;%1&apos; (see &apos;sondo questions&apos;)</translation>
    </message>
    <message>
        <source>--by needs a choice question; %1 is %2</source>
        <translation>--by needs a choice question; %1 is %2</translation>
    </message>
    <message>
        <source>bad --where &apos;%1&apos;: %2 is a %3 question; filters take choice questions</source>
        <translation>bad --where &apos;%1&apos;: %2 is a %3 question; filters take choice questions</translation>
    </message>
    <message>
        <source>bad --where &apos;%1&apos;: %2 has no option &apos;%3&apos; (options: %4)</source>
        <translation>bad --where &apos;%1&apos;: %2 has no option &apos;%3&apos; (options: %4)</translation>
    </message>
    <message>
        <source>Leave the project&apos;s saved weighting off.</source>
        <translation>Leave the project&apos;s saved weighting off.</translation>
    </message>
    <message>
        <source>the saved weighting cannot be applied: %1 (change it with sondo weight, or use --unweighted)</source>
        <translation>the saved weighting cannot be applied: %1 (change it with sondo weight, or use --unweighted)</translation>
    </message>
    <message>
        <source>Key findings written as sentences, for one question or all.</source>
        <translation>Key findings written as sentences, for one question or all.</translation>
    </message>
    <message>
        <source>Question id, code or text (default: --all).</source>
        <translation>Question id, code or text (default: --all).</translation>
    </message>
    <message>
        <source>Every question (the default).</source>
        <translation>Every question (the default).</translation>
    </message>
    <message>
        <source>Language of the sentences: it (default) or en.</source>
        <translation>Language of the sentences: it (default) or en.</translation>
    </message>
    <message>
        <source>bad --lang &apos;%1&apos; (expected it or en)</source>
        <translation>bad --lang &apos;%1&apos; (expected it or en)</translation>
    </message>
    <message>
        <source>Respondents: %1 · Base: %2 · Missing: %3</source>
        <translation>Respondents: %1 · Base: %2 · Missing: %3</translation>
    </message>
    <message>
        <source>Several answers possible: percentages of respondents who answered.</source>
        <translation>Several answers possible: percentages of respondents who answered.</translation>
    </message>
    <message>
        <source>Mean %1</source>
        <translation>Mean %1</translation>
    </message>
    <message>
        <source>Median %1</source>
        <translation>Median %1</translation>
    </message>
    <message>
        <source>SD %1</source>
        <translation>SD %1</translation>
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
        <translation>Weighted · Unweighted base: %1 · Effective base: %2</translation>
    </message>
    <message>
        <source>NPS %1 (95% CI %2 to %3) · Promoters %4% · Passives %5% · Detractors %6%</source>
        <translation>NPS %1 (95% CI %2 to %3) · Promoters %4% · Passives %5% · Detractors %6%</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Percent</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>By: %1 · %2</source>
        <translation>By: %1 · %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Not tested (effective base below %1): %2.</source>
        <translation>Not tested (effective base below %1): %2.</translation>
    </message>
    <message>
        <source>Chi-square %1, df %2, p = %3</source>
        <translation>Chi-square %1, df %2, p = %3</translation>
    </message>
    <message>
        <source>, Cramér&apos;s V %1</source>
        <translation>, Cramér&apos;s V %1</translation>
    </message>
    <message>
        <source> (some expected counts below 5)</source>
        <translation> (some expected counts below 5)</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n items</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Respondents: %1</source>
        <translation>Respondents: %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Top-2</source>
        <translation>Top-2</translation>
    </message>
    <message>
        <source>%1 has no answers to chart</source>
        <translation>%1 has no answers to chart</translation>
    </message>
    <message>
        <source>usage: sondo import FILE [-o PROJECT] [--update | --force] [--format …]</source>
        <translation>usage: sondo import FILE [-o PROJECT] [--update | --force] [--format …]</translation>
    </message>
    <message>
        <source>Replace PROJECT even when it is not a Sondo project (without --force, only a project is replaced, and kept as PROJECT.bak).</source>
        <translation>Replace PROJECT even when it is not a Sondo project (without --force, only a project is replaced, and kept as PROJECT.bak).</translation>
    </message>
    <message>
        <source>--update keeps the project and --force replaces it: use only one</source>
        <translation>--update keeps the project and --force replaces it: use only one</translation>
    </message>
    <message>
        <source>%1; use --force to replace it</source>
        <translation>%1; use --force to replace it</translation>
    </message>
    <message>
        <source>the previous project is kept as %1</source>
        <translation>the previous project is kept as %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n items)</source>
        <translation>
            <numerusform>(%n items)</numerusform>
            <numerusform>(%n items)</numerusform>
        </translation>
    </message>
    <message>
        <source>bad --rake &apos;%1&apos; (expected QUESTION=OPTION:SHARE,…)</source>
        <translation>bad --rake &apos;%1&apos; (expected QUESTION=OPTION:SHARE,…)</translation>
    </message>
    <message>
        <source>bad share &apos;%1&apos; in --rake (expected OPTION:0.2 or OPTION:20%)</source>
        <translation>bad share &apos;%1&apos; in --rake (expected OPTION:0.2 or OPTION:20%)</translation>
    </message>
    <message>
        <source>Weighting off.</source>
        <translation>Weighting off.</translation>
    </message>
    <message>
        <source>Weights from %1 (scaled to mean 1).</source>
        <translation>Weights from %1 (scaled to mean 1).</translation>
    </message>
    <message numerus="yes">
        <source>Raking on %n question(s): %1 after %2 iteration(s).</source>
        <translation>
            <numerusform>Raking on %n question(s): %1 after %2 iteration(s).</numerusform>
            <numerusform>Raking on %n question(s): %1 after %2 iteration(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>converged</source>
        <translation>converged</translation>
    </message>
    <message>
        <source>NOT converged</source>
        <translation>NOT converged</translation>
    </message>
    <message>
        <source>Respondents: %1 · Min weight %2 · Max weight %3 · Design effect %4 · Efficiency %5% · Effective base %6</source>
        <translation>Respondents: %1 · Min weight %2 · Max weight %3 · Design effect %4 · Efficiency %5% · Effective base %6</translation>
    </message>
    <message>
        <source>Left out (no usable weight): %1</source>
        <translation>Left out (no usable weight): %1</translation>
    </message>
    <message>
        <source>target %1%</source>
        <translation>target %1%</translation>
    </message>
    <message>
        <source>achieved %1%</source>
        <translation>achieved %1%</translation>
    </message>
    <message>
        <source>usage: sondo weight PROJECT (--column QUESTION | --rake &quot;QUESTION=OPTION:SHARE,…&quot;... [--trim MIN,MAX] | --off) [--json]</source>
        <translation>usage: sondo weight PROJECT (--column QUESTION | --rake &quot;QUESTION=OPTION:SHARE,…&quot;... [--trim MIN,MAX] | --off) [--json]</translation>
    </message>
    <message>
        <source>Set the project&apos;s weighting: a weight column, raking to target shares, or none. Saved in the project and applied by freq, chart and the window.</source>
        <translation>Set the project&apos;s weighting: a weight column, raking to target shares, or none. Saved in the project and applied by freq, chart and the window.</translation>
    </message>
    <message>
        <source>Weights from a numeric question (scaled to mean 1).</source>
        <translation>Weights from a numeric question (scaled to mean 1).</translation>
    </message>
    <message>
        <source>Rake to target shares of a single-choice question (a share as 0.2 or 20%; one question&apos;s shares add up to 1). Repeat for up to five questions.</source>
        <translation>Rake to target shares of a single-choice question (a share as 0.2 or 20%; one question&apos;s shares add up to 1). Repeat for up to five questions.</translation>
    </message>
    <message>
        <source>Cap raked weights to MIN..MAX times the mean (e.g. 0.2,5).</source>
        <translation>Cap raked weights to MIN..MAX times the mean (e.g. 0.2,5).</translation>
    </message>
    <message>
        <source>Switch weighting off.</source>
        <translation>Switch weighting off.</translation>
    </message>
    <message>
        <source>give one of --column, --rake or --off
%1</source>
        <translation>give one of --column, --rake or --off
%1</translation>
    </message>
    <message>
        <source>--trim goes with --rake</source>
        <translation>--trim goes with --rake</translation>
    </message>
    <message>
        <source>raking takes at most five questions</source>
        <translation>raking takes at most five questions</translation>
    </message>
    <message>
        <source>%1 is not a .sondo project: import it first (sondo import)</source>
        <translation>%1 is not a .sondo project: import it first (sondo import)</translation>
    </message>
    <message>
        <source>bad --trim &apos;%1&apos; (expected MIN,MAX with MIN ≤ 1 ≤ MAX, e.g. 0.2,5)</source>
        <translation>bad --trim &apos;%1&apos; (expected MIN,MAX with MIN ≤ 1 ≤ MAX, e.g. 0.2,5)</translation>
    </message>
    <message>
        <source>CSV: a cell that starts with =, +, -, @, a tab or a carriage return and is not a number is written with a &apos; in front, so that a spreadsheet shows it as text instead of running it as a formula. The .sav file keeps every text as it is.</source>
        <translation>CSV: a cell that starts with =, +, -, @, a tab or a carriage return and is not a number is written with a &apos; in front, so that a spreadsheet shows it as text instead of running it as a formula. The .sav file keeps every text as it is.</translation>
    </message>
    <message>
        <source>Base: %1 (weighted) · %2 interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base: %1 (weighted) · %2 who answered (of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 who answered (of %2 in the filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base: %1 who answered (of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unweighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unweighted: the saved weighting cannot be applied (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unweighted (weighting switched off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted by %1 (weight column), eff. base %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted: raking on 1 question, eff. base %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted: raking on %1 questions, eff. base %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base: %1–%2</source>
        <translation type="unfinished">Base: %1–%2</translation>
    </message>
    <message>
        <source>Several answers possible: percentages of respondents who answered the item.</source>
        <translation type="unfinished">Several answers possible: percentages of respondents who answered the item.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished">Answer</translation>
    </message>
    <message>
        <source>The %1 most frequent of %2 different answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several answers allowed: percentages may add up to more than 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent of each item&apos;s base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fieldwork: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (every respondent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighting: weighted (effective base %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighting: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared by: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentages are of each question&apos;s base: the respondents who answered it. Blank answers are left out, so bases differ from question to question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1 respondents the margin of error of a percentage is at most ±%2 points (95% confidence); it is larger for smaller bases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts are weighted; tests use the effective base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown output type “.%1”: expected .csv or .sav</source>
        <translation type="unfinished">unknown output type “.%1”: expected .csv or .sav</translation>
    </message>
    <message>
        <source>the answers do not match the questions of the survey</source>
        <translation type="unfinished">the answers do not match the questions of the survey</translation>
    </message>
    <message>
        <source>--type %1: no question has this id, code or text</source>
        <translation type="unfinished">--type %1: no question has this id, code or text</translation>
    </message>
    <message>
        <source>%1: its column is not in the table; read as unanswered</source>
        <translation type="unfinished">%1: its column is not in the table; read as unanswered</translation>
    </message>
    <message>
        <source>%1 has one column per mention: it can be multiple, text or id, not %2</source>
        <translation type="unfinished">%1 has one column per mention: it can be multiple, text or id, not %2</translation>
    </message>
    <message>
        <source>%1 has one column per option: it can be multiple, text or id, not %2</source>
        <translation type="unfinished">%1 has one column per option: it can be multiple, text or id, not %2</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation type="unfinished">Option %1</translation>
    </message>
    <message>
        <source>%1, option &quot;%2&quot;: %3 cells such as &quot;%4&quot; are not yes/no flags; read as selected</source>
        <translation type="unfinished">%1, option &quot;%2&quot;: %3 cells such as &quot;%4&quot; are not yes/no flags; read as selected</translation>
    </message>
    <message>
        <source>%1 cannot be read as a date: &quot;%2&quot; is not a date</source>
        <translation type="unfinished">%1 cannot be read as a date: &quot;%2&quot; is not a date</translation>
    </message>
    <message>
        <source>%1 cannot be read as numeric: &quot;%2&quot; is not a number</source>
        <translation type="unfinished">%1 cannot be read as numeric: &quot;%2&quot; is not a number</translation>
    </message>
    <message>
        <source>%1: the format says %2, but &quot;%3&quot; is not; read as %4</source>
        <translation type="unfinished">%1: the format says %2, but &quot;%3&quot; is not; read as %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>case %1, variable %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has more than %1 cells, more columns than a spreadsheet holds; the file is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report file: .pdf, .odt or .html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions and groups in report order, by comma (default: every question).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: it (default) or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the report (default: the survey&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source note under every chart and on the title page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF page: a4 (default), a4-landscape or 16:9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad output &apos;%1&apos; (expected a .pdf, .odt or .html file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad --page &apos;%1&apos; (expected a4, a4-landscape or 16:9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--questions names no question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramér&apos;s V %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncorrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column proportions, %1, %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No significant difference between the groups (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲▼: significantly above or below the rest of the sample (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters: significantly higher than the groups with those letters (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tested (base below %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot band %1 at %2: the survey has no such question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot band %1 at %2: the question is not numeric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot band %1: no cut points are given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot band %1 at %2: the cut points must be numbers in increasing order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make %1 %2: the survey has no such question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make %1 %2: a %3 question cannot be changed so after the import (re-import with --type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot hide the option “%1” of %2: the survey has no such question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot hide the option “%1” of %2: the question is not a choice question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot hide the option “%1” of %2: the question has no such option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot hide the option “%1” of %2: it is the last option shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot merge “%1” of %2 into “%3”: the survey has no such question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot merge “%1” of %2 into “%3”: the question is not a choice question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot merge “%1” of %2 into “%3”: the new label is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot merge “%1” of %2 into “%3”: the question has no option “%4”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot merge “%1” of %2 into “%3”: a merge needs at least two different options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot put the options of %1 in the order “%2”: the survey has no such question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot put the options of %1 in the order “%2”: the question is not a choice question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot put the options of %1 in order: no option is named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot put the options of %1 in the order “%2”: the question has no option “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot put the options of %1 in the order “%2”: “%3” is named twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared by %1: each group has a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recode %1 is kept but no longer applies: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column proportions z-test; means: Welch&apos;s t-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column proportions z-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holm-corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonferroni-corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not corrected for multiple comparisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲▼: the group is significantly above or below the rest of the sample (%1; %2, %3%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters: the group is significantly higher than the groups named (%1; %2, %3%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sondo clean PROJECT QUESTION [--apply N[,N...]]... [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers of a question that are one answer spelled differently (case, spaces, accents, slips, one-letter abbreviations), numbered; --apply merges the chosen ones as recodes (undo with sondo recodes --remove).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge proposal N as listed (repeatable, or N,N,...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad --apply &apos;%1&apos; (expected proposal numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 question; clean takes single-choice and open-text questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an open-text question: its answers are no options to merge; re-import it as a choice question (sondo import --type %1=single)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no proposal %1 (there are %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged %1 into “%2” (%3 respondents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answers to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 respondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad --where &apos;%1&apos;: expected QUESTION=VALUE (or QUESTION&gt;=N, QUESTION=A..B for a numeric question) with a question from &apos;sondo questions&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad --where &apos;%1&apos;: %2 is numeric; write %2&gt;=N, %2&gt;N, %2&lt;=N, %2&lt;N, %2=N or %2=A..B with numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad --where &apos;%1&apos;: %2 is a choice question; write %2=OPTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep respondents who answered VALUE to QUESTION. Repeat a question for OR; different questions combine with AND. Numeric questions take QUESTION&gt;=N, &gt;N, &lt;=N, &lt;N, =N or =A..B (ends included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence of the tests between --by groups: 90, 95 (default) or 99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction for testing many pairs of groups: holm (default), bonferroni or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test each group against the rest of the sample (▲▼) instead of every pair of groups (letters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups with a smaller effective base are shown but not tested (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad --level &apos;%1&apos; (expected 90, 95 or 99)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad --adjust &apos;%1&apos; (expected holm, bonferroni or none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad --min-base &apos;%1&apos; (expected a number of 2 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sondo findings PROJECT [QUESTION | --all] [--lang it|en] [--where QUESTION=VALUE]... [--by QUESTION [--level 90|95|99] [--adjust holm|bonferroni|none] [--min-base N]] [--unweighted] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sondo freq PROJECT QUESTION [--where QUESTION=VALUE]... [--by QUESTION [--level 90|95|99] [--adjust holm|bonferroni|none] [--vs-rest] [--min-base N]] [--unweighted] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden, not in the base: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad --%1 &apos;%2&apos; (expected %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is not available in this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one recode to a question: saved in the project, applied by freq, chart, findings, report and the window; the imported answers are never changed. List or remove recodes with sondo recodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question (id, code or exact text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge options into one (a new label or one of theirs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename an option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put these options first, in this order (on a scale: the scale&apos;s order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide an option: its respondents leave the base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a net: respondents who chose any of the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the question&apos;s type: single, multiple, scale, numeric, text or ignore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one operation
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recode %1 saved: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sondo recodes PROJECT [--json] [--remove N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the project&apos;s recodes, numbered from 1 in the order they apply, or remove one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove recode N (the later ones then apply to what the earlier ones make).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no recode %1: the project has %n recode(s)</source>
        <translation>
            <numerusform>no recode %1: the project has %n recode</numerusform>
            <numerusform>no recode %1: the project has %n recodes</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed recode %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hide %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bands %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not readable by this version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin of error: ±%1 points at %2% (effective base %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unweighted base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighting: the project&apos;s weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighting: none (unweighted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample&apos;s margin of error in the notes (at --level).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables as an Excel workbook: per question counts, column percentages, bases and significance letters, one sheet each or one banner sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sondo tables PROJECT -o FILE.xlsx [--questions Q1,Q2,...] [--by QUESTION[,QUESTION...]] [--where QUESTION=VALUE]... [--banner] [--unweighted]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook file (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions in sheet order, by comma (default: every question but texts and dates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One sheet: questions down, segments across.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad output &apos;%1&apos; (expected a .xlsx file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 least chosen options are one bar, “Other”; the full list is in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (%1 options)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N bars for a choice question: the most chosen and one “Other (K options)” (default 12; 0: every option).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad --top &apos;%1&apos; (expected 0 or a number from 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sondo report PROJECT -o FILE.pdf|FILE.odt|FILE.html [--questions Q1,G3,...] [--where QUESTION=VALUE]... [--by QUESTION [--vs-rest] [--level 90|95|99] [--adjust holm|bonferroni|none] [--min-base N]] [--lang it|en] [--title TEXT] [--source TEXT] [--page a4|a4-landscape|16:9] [--unweighted]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole report: title page, method note, and per question its chart, key findings and table, as PDF, ODT or HTML (or, as .pptx, the slides of &apos;sondo slides&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 16:9 PowerPoint deck: a title slide, then one slide per chart with its title, the chart, its key findings and the base and source in the footer. Opens in LibreOffice Impress and PowerPoint; the text stays editable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sondo slides PROJECT -o FILE.pptx [--questions Q1,G3,...] [--where QUESTION=VALUE]... [--by QUESTION [--vs-rest] [--level 90|95|99] [--adjust holm|bonferroni|none] [--min-base N]] [--lang it|en] [--title TEXT] [--source TEXT] [--unweighted]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deck (.pptx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad output &apos;%1&apos; (expected a .pptx file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low base: interpret with care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars labelled with counts: fewer than %1 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welch&apos;s t-test of the means, %1, %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z-test of the scores&apos; difference, %1, %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars: top-2-box, the share choosing one of the two highest points of the scale (base: everyone who answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars: bottom-2-box, the share choosing one of the two lowest points of the scale (base: everyone who answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars: net, top-2-box minus bottom-2-box, in points; not tested between the groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars: mean score on the scale&apos;s points (answers off the scale left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars: mean of the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) below %1 not shown</source>
        <translation>
            <numerusform>%n answer below %1 not shown</numerusform>
            <numerusform>%n answers below %1 not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) above %1 not shown</source>
        <translation>
            <numerusform>%n answer above %1 not shown</numerusform>
            <numerusform>%n answers above %1 not shown</numerusform>
        </translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS = % promoters − % detractors, from −100 to +100; %1: %2 to %3 (%4% interval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) off the 0–10 scale left out</source>
        <translation>
            <numerusform>%n answer off the 0–10 scale left out</numerusform>
            <numerusform>%n answers off the 0–10 scale left out</numerusform>
        </translation>
    </message>
    <message>
        <source>Language of the chart&apos;s words and numbers: it, en or auto (default: the survey&apos;s language).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --all, also draw open-text questions as a chart of their most frequent answers (by default they are left out: their answers are a table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the chart shows: auto (default: a recommendation question&apos;s NPS, otherwise the answers), answers, nps, or with --by one bar per group of a scale&apos;s top2, bottom2, net or mean, or a number&apos;s mean, with its letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad --lang &apos;%1&apos; (expected it, en or auto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad --figure &apos;%1&apos; (expected auto, answers, nps, top2, bottom2, net or mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open-text questions not drawn (their answers are a table; --text-charts draws the most frequent): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad --%1 &apos;%2&apos; (expected a whole number from 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s settings for every chart, report and the window: the small bases. Without options, prints them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sondo settings PROJECT [--low-base N] [--counts-below N] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under N respondents a chart or group says &quot;Low base: interpret with care&quot; and its bars are lighter (default 30; 0: never).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under N respondents bars are labelled with counts, not percentages (default 10; 0: never).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the settings as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low base: under %1 respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts instead of percentages: under %1 respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: outside the top-2-box and the mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: outside the mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-2-box by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (p = %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi-square per item: no item differs significantly between the groups (p ≥ %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi-square per item, significant differences between the groups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-2-box: percent of those who took a side, per group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot derive the segment %1: the survey already has a question with that id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot derive the segment %1: it has no group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot derive the segment %1: each group needs a label of its own (“%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot derive the segment %1: the group “%2” names what the survey does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add the net “%1” to %2: the survey has no such question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add the net “%1” to %2: only a single, multiple or scale question has nets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add the net “%1” to %2: a net gathers two options or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add the net “%1” to %2: it has no option “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add the net “%1” to %2: the name is empty or already an option&apos;s or a net&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished (%1)</source>
        <translation>
            <numerusform>%n unfinished (%1)</numerusform>
            <numerusform>%n unfinished (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n survey preview(s) (%1)</source>
        <translation>
            <numerusform>%n survey preview (%1)</numerusform>
            <numerusform>%n survey previews (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>left out with --complete-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responses kept that are not complete: %1; --complete-only leaves them out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n response(s) are test answers the tool generated (%1): kept</source>
        <translation>
            <numerusform>%n response is a test answer the tool generated (%1): kept</numerusform>
            <numerusform>%n responses are test answers the tool generated (%1): kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) not in the survey definition %1: %2</source>
        <translation>
            <numerusform>%n column not in the survey definition %1: %2</numerusform>
            <numerusform>%n columns not in the survey definition %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the survey sheet has no &quot;type&quot; and &quot;name&quot; columns: not an XLSForm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 write-in answers (each given by at most %2 respondents) counted as &quot;Other&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a survey definition (%1), not answers: import the answers exported by the tool, with --definition %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n spellings)</source>
        <translation>
            <numerusform>%1 (%n spelling)</numerusform>
            <numerusform>%1 (%n spellings)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: answers that differ only in case or spacing are one option: %2 (sondo recodes lists these merges)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sondo chart PROJECT (QUESTION | --all) -o PATH [--where QUESTION=VALUE]... [--by QUESTION] [--size WxH] [--scale N] [--format png|svg|pdf] [--ci] [--finding] [--figure auto|answers|nps|top2|bottom2|net|mean] [--text-charts] [--items] [--lang it|en|auto] [--unweighted]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --all, draw each item of a question group too (by default a group is one chart of all its items).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not read a definition found beside FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only finished responses: leave out those the tool marks unfinished (Qualtrics Finished, LimeSurvey submit date) or as a survey preview. Kept by --update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) holds one value per respondent (an identifier): it cannot be counted, filtered or compared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sondo export-data PROJECT -o FILE.csv|FILE.sav [--where QUESTION=VALUE]... [--option-columns] [--include-personal]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the columns that identify a person (IP address, e-mail, names, location, device), which are left out by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out personal data: %1 (--include-personal writes them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-2-box of each group (percent of those who took a side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent choosing “%1” in each group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chi-sq. p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal data found: %1; export-data leaves it out unless --include-personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>read the survey definition %1 (%n question(s))</source>
        <translation>
            <numerusform>read the survey definition %1 (%n question)</numerusform>
            <numerusform>read the survey definition %1 (%n questions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Survey metadata (%n column(s))</source>
        <translation>
            <numerusform>Survey metadata (%n column)</numerusform>
            <numerusform>Survey metadata (%n columns)</numerusform>
        </translation>
    </message>
    <message>
        <source>[personal]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sondo segment PROJECT NAME --group &quot;LABEL=QUESTION=VALUE[ &amp; QUESTION=VALUE]...&quot;...
                     [--rest LABEL] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derive a segment from other questions: a new single-choice question (D1, D2, …), each respondent in the first group whose conditions they meet. Saved as a recode: sondo recodes lists it and --remove takes it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group: its label, then --where conditions joined by &quot; &amp; &quot;; QUESTION=A,B means either option (repeatable, in order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label of the respondents in no group (default: missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the segment needs a name
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad --group &apos;%1&apos; (expected &quot;LABEL=QUESTION=VALUE&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at least one --group
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation type="unfinished">Respondents</translation>
    </message>
    <message>
        <source>Multiple answers possible: counts add up to more than the base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Other” and the %1 least chosen options are one bar; the full list is in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown, nobody answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot band %1 at &apos;%2&apos;: it has no numeric answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sondo recode PROJECT QUESTION (--merge &quot;A+B=NEW&quot; | --rename &quot;OLD=NEW&quot; |
                    --order &quot;A,B,C&quot; | --hide &quot;A&quot; | --net &quot;A+B=NAME&quot; |
                    --bands &quot;18,25,35,50,65&quot;|equal:N|width:W|quantiles:N |
                    --type TYPE) [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band a numeric question into an ordered single choice: at these cut points, or at cuts chosen once from its answers (&quot;equal:4&quot; four bands of one round width, &quot;width:10&quot;, &quot;quantiles:4&quot; four of about equal size) and kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (mean place %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ranking: each bar shows the places an option was given, options in order of their mean place (1 = first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items in order of their top-2-box, highest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items in order of their first option, highest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown: %1 (up to %2 of an item&apos;s answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--group: %1 is not in the group: only choice questions of one kind, two or more, make a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a survey definition (an XLSForm workbook, a Qualtrics .qsf or a LimeSurvey .lss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable LimeSurvey structure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a LimeSurvey structure without questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: no column has this code or header text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is no longer applied: the file has no such column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survey&apos;s definition (XLSForm workbook, Qualtrics .qsf or LimeSurvey .lss): question texts, groups and options in order, matched to the columns by code. A .qsf or .lss beside FILE with the same name is read without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a column aside as survey metadata: kept, usable in --where and --by, never charted by --all. COLUMN is its code or header text. Repeatable; kept by --update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a column taken for metadata as a question. Repeatable; kept by --update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the items of the group COLUMN is in as questions of their own. Repeatable; kept by --update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the columns one group (a grid, or a multiple choice) under STEM, wherever they stand: choice questions of one kind. Repeatable; kept by --update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad --group &apos;%1&apos; (expected STEM=COLUMN|COLUMN…, two columns or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is damaged: its zip directory does not hold together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not applied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: not a question answered by one choice from a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: no answer “%3” (the answers are: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: “%3” is named twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: a scale has two points or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read COLUMN and every item of its group as a scale with these points, from the low (negative) end to the high (positive) end: they set the order, the top-2-box and the mean. Answers not named follow, off the scale (as &quot;Don&apos;t know&quot;). Repeatable; kept by --update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad --scale-order &apos;%1&apos; (expected COLUMN=LOW|…|HIGH, two points or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write-ins %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad --write-ins &apos;%1&apos; (expected a number of respondents, 0 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 answers given by at most %3 respondents each are write-ins, counted as &quot;%4&quot; (sondo recodes lists the merge; --write-ins 0 keeps them apart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 has no header and no answers: left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers given by at most N respondents each are write-ins typed in the form&apos;s &quot;Other&quot; box, counted together as &quot;Other&quot;: in a single choice answered by 100 or more (their texts kept; sondo recodes lists the merge), and the pieces typed last in a checkbox&apos;s joined cells. Default 2; 0 keeps every answer apart. Kept by --update.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sondo::AnalysisDocks</name>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Filter respondents</source>
        <translation>Filter respondents</translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recodes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sondo::ChartExports</name>
    <message>
        <source>This question has no chart to export.</source>
        <translation>This question has no chart to export.</translation>
    </message>
    <message>
        <source>Chart copied: paste it into your newsletter or slides.</source>
        <translation>Chart copied: paste it into your newsletter or slides.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln chart(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln chart to %1</numerusform>
            <numerusform>Exported %Ln charts to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sondo::ChartToolBar</name>
    <message>
        <source>Chart options</source>
        <translation>Chart options</translation>
    </message>
    <message>
        <source>Compare by:</source>
        <translation>Compare by:</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>No comparison</translation>
    </message>
    <message>
        <source>Break the chart down by the answers to another question</source>
        <translation>Break the chart down by the answers to another question</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Order:</translation>
    </message>
    <message>
        <source>Questionnaire order</source>
        <translation>Questionnaire order</translation>
    </message>
    <message>
        <source>By frequency</source>
        <translation>By frequency</translation>
    </message>
    <message>
        <source>Order of the options (Likert scales always keep their order)</source>
        <translation>Order of the options (Likert scales always keep their order)</translation>
    </message>
    <message>
        <source>Diverging Likert</source>
        <translation>Diverging Likert</translation>
    </message>
    <message>
        <source>Show Likert scales as bars diverging from the neutral point</source>
        <translation>Show Likert scales as bars diverging from the neutral point</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Source note printed under every chart</source>
        <translation>Source note printed under every chart</translation>
    </message>
    <message>
        <source>e.g. Source: survey name, month year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the project&apos;s weighting (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no weighting to apply (set one with sondo weight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared by a question: letter each bar with the groups it is significantly higher than (95%, Holm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thin 95% confidence-interval bars on the chart (Wilson)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weighted Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Significance &amp;Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence &amp;Intervals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sondo::CleanAnswersDialog</name>
    <message>
        <source>case or spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accents or punctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abbreviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers of this question look like one answer spelled differently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the merges to make. Each becomes a recode: Edit &gt; Undo, or the Recodes panel, takes it back. The label an answer becomes can be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spellings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation type="unfinished">Respondents</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sondo::CompareMenus</name>
    <message>
        <source>&amp;Significance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart &amp;Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction for many pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum effective base to test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holm (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonferroni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every pair: letters of the groups beaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each group against the rest: ▲ above, ▼ below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: NPS for a recommendation question, else the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS: detractors, passives, promoters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-2-box per group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom-2-box per group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net (top-2 − bottom-2) per group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean per group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sondo::ExportDialog</name>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>vector, one page</source>
        <translation>vector, one page</translation>
    </message>
    <message>
        <source>vector, editable text</source>
        <translation>vector, editable text</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 files (*.%2)</translation>
    </message>
    <message>
        <source>Export all charts to</source>
        <translation>Export all charts to</translation>
    </message>
    <message>
        <source>Export the chart of &lt;b&gt;%1&lt;/b&gt; as a picture for a newsletter, a slide or a report.</source>
        <translation>Export the chart of &lt;b&gt;%1&lt;/b&gt; as a picture for a newsletter, a slide or a report.</translation>
    </message>
    <message>
        <source>Export all charts</source>
        <translation>Export all charts</translation>
    </message>
    <message numerus="yes">
        <source>Export the charts of all %Ln question(s) into one folder, one file each named after the question. The preview shows the current one.</source>
        <translation>
            <numerusform>Export the chart of the question into a folder, in a file named after the question. The preview shows the current one.</numerusform>
            <numerusform>Export the charts of all %Ln questions into one folder, one file each named after the question. The preview shows the current one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Newsletter (1200 × 675)</source>
        <translation>Newsletter (1200 × 675)</translation>
    </message>
    <message>
        <source>Square (1080 × 1080)</source>
        <translation>Square (1080 × 1080)</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 landscape</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Custom size</translation>
    </message>
    <message>
        <source>Transparent background</source>
        <translation>Transparent background</translation>
    </message>
    <message>
        <source>Title and filter</source>
        <translation>Title and filter</translation>
    </message>
    <message>
        <source>Notes, base and source</source>
        <translation>Notes, base and source</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Scale:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>PNG only: 2× is sharp on high-resolution screens</source>
        <translation>PNG only: 2× is sharp on high-resolution screens</translation>
    </message>
    <message>
        <source>The survey&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the chart&apos;s notes, “Base”, “Other” and numbers, whatever the window&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sondo::FilterChipsBar</name>
    <message>
        <source>Remove this filter</source>
        <translation>Remove this filter</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Remove filter %1</translation>
    </message>
    <message>
        <source>No filter: all respondents</source>
        <translation>No filter: all respondents</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Clear all</translation>
    </message>
    <message>
        <source>Remove every filter</source>
        <translation>Remove every filter</translation>
    </message>
</context>
<context>
    <name>sondo::FilterPanel</name>
    <message>
        <source>Search filters</source>
        <translation>Search filters</translation>
    </message>
    <message>
        <source>Tick options to keep only the respondents who chose them.</source>
        <translation>Tick options to keep only the respondents who chose them.</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <source>Rename Option…</source>
        <translation>Rename Option…</translation>
    </message>
</context>
<context>
    <name>sondo::FindingsPanel</name>
    <message>
        <source>… and %1 more (Copy takes them all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished">Copy</translation>
    </message>
    <message>
        <source>Copy the key findings as text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sondo::FrequencyTableModel</name>
    <message>
        <source>Wilson 95% confidence interval of the percentage, on the effective base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents who gave the answer, whatever their weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished">Answer</translation>
    </message>
    <message>
        <source>Count (weighted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished">Count</translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% CI low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% CI high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unweighted n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: percent of the group&apos;s base (%2); letters: groups it is significantly higher than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net: respondents who chose any of its options, each counted once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sondo::ImportFlow</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Re-import a newer export</source>
        <translation>Re-import a newer export</translation>
    </message>
    <message>
        <source>Survey exports (%1)</source>
        <translation>Survey exports (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Surveys and projects (%1)</source>
        <translation>Surveys and projects (%1)</translation>
    </message>
    <message>
        <source>Sondo projects (*.sondo)</source>
        <translation>Sondo projects (*.sondo)</translation>
    </message>
    <message>
        <source>Open a survey or project</source>
        <translation>Open a survey or project</translation>
    </message>
    <message>
        <source>Demo survey</source>
        <translation>Demo survey</translation>
    </message>
    <message>
        <source>The demo survey could not be found or unpacked.</source>
        <translation>The demo survey could not be found or unpacked.</translation>
    </message>
    <message>
        <source>Please wait: %1</source>
        <translation>Please wait: %1</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Opening %1</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Reading %1</translation>
    </message>
    <message>
        <source>%1 is neither a survey export Sondo reads (%2) nor a Sondo project.</source>
        <translation>%1 is neither a survey export Sondo reads (%2) nor a Sondo project.</translation>
    </message>
    <message>
        <source>Updating %1</source>
        <translation>Updating %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Cancelled: nothing was changed.</translation>
    </message>
    <message>
        <source>The survey file has changed</source>
        <translation>The survey file has changed</translation>
    </message>
    <message>
        <source>%1 has changed since its project was made.</source>
        <translation>%1 has changed since its project was made.</translation>
    </message>
    <message>
        <source>Update the project with the new answers? Questions keep their ids, and your filters and chart options are kept. Or open the project as it was.</source>
        <translation>Update the project with the new answers? Questions keep their ids, and your filters and chart options are kept. Or open the project as it was.</translation>
    </message>
    <message>
        <source>Update the project</source>
        <translation>Update the project</translation>
    </message>
    <message>
        <source>Open it as it was</source>
        <translation>Open it as it was</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import cancelled.</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importing %1</translation>
    </message>
</context>
<context>
    <name>sondo::ImportPreviewDialog</name>
    <message>
        <source>Generic table</source>
        <translation>Generic table</translation>
    </message>
    <message>
        <source>none (not a text file)</source>
        <translation>none (not a text file)</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Comma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semicolon (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation>Vertical bar (|)</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>Exported by</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Delimiter</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s):</source>
        <translation>
            <numerusform>%Ln warning:</numerusform>
            <numerusform>%Ln warnings:</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Options or example answers</source>
        <translation>Options or example answers</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save the project as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sondo projects (*.sondo)</source>
        <translation type="unfinished">Sondo projects (*.sondo)</translation>
    </message>
    <message>
        <source>Save the project as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file Sondo makes; the survey file is never changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata, personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the project, not charted; usable as a filter or a segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n items)</source>
        <translation>
            <numerusform>%1 (%n item)</numerusform>
            <numerusform>%1 (%n items)</numerusform>
        </translation>
    </message>
    <message>
        <source>Part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only finished responses (leave out those the survey tool marks unfinished, and its previews)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n spelling(s) to merge</source>
        <translation>
            <numerusform>%n spelling to merge</numerusform>
            <numerusform>%n spellings to merge</numerusform>
        </translation>
    </message>
    <message>
        <source>Likely the same answer spelled differently:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept, edit or reject each with Edit &gt; Clean Answers after the import; answers that differ only in case or spacing are merged by the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice; read as a question on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice; read as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The group&apos;s stem (the question its %n items answer):</source>
        <translation>
            <numerusform>The group&apos;s stem (the question its item answers):</numerusform>
            <numerusform>The group&apos;s stem (the question its %n items answer):</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside as metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the project as a filter or a segment, never charted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s items become questions of their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected questions become the items of one grid or multiple choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your scale order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · your scale order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale, low end first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what Sondo found in &lt;b&gt;%1&lt;/b&gt;. If a question was read as the wrong type, choose the right one before importing; select rows to set columns aside as metadata, split a group or make one, or put a scale in order. Your choices are kept when the project is updated from a newer export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the answers of the selected question, or of its whole group, in the scale&apos;s order</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Answers given by %n respondent(s) or fewer, typed in the form&apos;s “Other” box; counted together as “Other”, their texts kept:</source>
        <translation>
            <numerusform>Answers given by %n respondent or fewer, typed in the form&apos;s “Other” box; counted together as “Other”, their texts kept:</numerusform>
            <numerusform>Answers given by %n respondents or fewer, typed in the form&apos;s “Other” box; counted together as “Other”, their texts kept:</numerusform>
        </translation>
    </message>
    <message>
        <source>Answers given by at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (%1 write-ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>respondents are write-ins, counted as “Other” (0 keeps every answer apart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers typed in a form&apos;s “Other” box: in single choices answered by %1 or more, and the pieces typed last in checkbox answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sondo::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>As the system (%1)</translation>
    </message>
</context>
<context>
    <name>sondo::LockBanner</name>
    <message>
        <source>Read-only for now: %1. The figures are shown, but changes to the view are not saved into the project until it is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the view into the project now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sondo::MainActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Question</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open a survey export or a Sondo project</source>
        <translation>Open a survey export or a Sondo project</translation>
    </message>
    <message>
        <source>&amp;Re-import a Newer Export…</source>
        <translation>&amp;Re-import a Newer Export…</translation>
    </message>
    <message>
        <source>Update this project with a newer export of the same survey, keeping question ids, filters and chart options</source>
        <translation>Update this project with a newer export of the same survey, keeping question ids, filters and chart options</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Survey</source>
        <translation>Open the &amp;Demo Survey</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>&amp;Export Chart…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export this chart as PNG, SVG or PDF (%1)</source>
        <translation>Export this chart as PNG, SVG or PDF (%1)</translation>
    </message>
    <message>
        <source>Export &amp;All Charts…</source>
        <translation>Export &amp;All Charts…</translation>
    </message>
    <message>
        <source>Export all</source>
        <translation>Export all</translation>
    </message>
    <message>
        <source>Export the chart of every question into a folder</source>
        <translation>Export the chart of every question into a folder</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>&amp;Copy Chart</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy this chart as a picture, to paste elsewhere (%1)</source>
        <translation>Copy this chart as a picture, to paste elsewhere (%1)</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Close Project</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Re&amp;name Option…</source>
        <translation>Re&amp;name Option…</translation>
    </message>
    <message>
        <source>Give an option of this question another label on charts, filters and exports</source>
        <translation>Give an option of this question another label on charts, filters and exports</translation>
    </message>
    <message>
        <source>&amp;Previous Question</source>
        <translation>&amp;Previous Question</translation>
    </message>
    <message>
        <source>&amp;Next Question</source>
        <translation>&amp;Next Question</translation>
    </message>
    <message>
        <source>&amp;Find Question…</source>
        <translation>&amp;Find Question…</translation>
    </message>
    <message>
        <source>&amp;Clear All Filters</source>
        <translation>&amp;Clear All Filters</translation>
    </message>
    <message>
        <source>&amp;About Sondo</source>
        <translation>&amp;About Sondo</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No recent files</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Clear the list</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Sondo</source>
        <translation type="unfinished">About Sondo</translation>
    </message>
    <message>
        <source>Imports survey exports, counts the answers and draws charts for newsletters. Charts use the DejaVu Sans font and the Okabe–Ito colours, readable with colour blindness.</source>
        <translation type="unfinished">Imports survey exports, counts the answers and draws charts for newsletters. Charts use the DejaVu Sans font and the Okabe–Ito colours, readable with colour blindness.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Close</translation>
    </message>
    <message>
        <source>Copy &amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this question&apos;s table, to paste into Excel as cells or into Word as a table (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every question&apos;s chart, key findings and table in one PDF, ODT or HTML report, or as PowerPoint slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Tables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every question&apos;s counts, percentages, bases and letters as an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lean Answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the answers of this question that are one answer spelled differently (accents, slips, abbreviations)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sondo::MainWindow</name>
    <message numerus="yes">
        <source>Opened with %Ln warning(s).</source>
        <translation>
            <numerusform>Opened with %Ln warning.</numerusform>
            <numerusform>Opened with %Ln warnings.</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>No longer in the survey, left out of the saved view: %1</source>
        <translation>No longer in the survey, left out of the saved view: %1</translation>
    </message>
    <message>
        <source>Could not save the view in the project: %1</source>
        <translation>Could not save the view in the project: %1</translation>
    </message>
    <message>
        <source>Project updated: %1</source>
        <translation>Project updated: %1</translation>
    </message>
    <message>
        <source>Changes that no longer fit the survey were left out: %1</source>
        <translation>Changes that no longer fit the survey were left out: %1</translation>
    </message>
    <message>
        <source>Key findings copied: paste them into your text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table copied: paste it into Excel as cells or into Word as a table.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sondo::ProjectDocument</name>
    <message>
        <source>There is no such option to rename.</source>
        <translation>There is no such option to rename.</translation>
    </message>
    <message>
        <source>Rename option</source>
        <translation>Rename option</translation>
    </message>
    <message>
        <source>There is no such recode to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove recode %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sondo::QuestionListModel</name>
    <message>
        <source>Answered by %1 respondents in the filter</source>
        <translation>Answered by %1 respondents in the filter</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Respondents in the filter who answered</source>
        <translation>Respondents in the filter who answered</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to %1 respondents in the filter answered an item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sondo::QuestionNavigator</name>
    <message>
        <source>Search questions</source>
        <translation>Search questions</translation>
    </message>
    <message>
        <source>Type part of a question&apos;s id or text; Up and Down move through the matches</source>
        <translation>Type part of a question&apos;s id or text; Up and Down move through the matches</translation>
    </message>
</context>
<context>
    <name>sondo::RecodesPanel</name>
    <message>
        <source>Changes to the answers as imported, applied in this order. Removing one can be undone (Edit &gt; Undo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recodes. Merges made at import, options renamed here and changes made with sondo recode or sondo clean are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected recode out: the answers show as before it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sondo::RenameOptionDialog</name>
    <message>
        <source>Rename Option</source>
        <translation>Rename Option</translation>
    </message>
    <message>
        <source>Option:</source>
        <translation>Option:</translation>
    </message>
    <message>
        <source>New label:</source>
        <translation>New label:</translation>
    </message>
</context>
<context>
    <name>sondo::ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation type="unfinished">Filter: %1</translation>
    </message>
    <message>
        <source>Compared by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation type="unfinished">A4 landscape</translation>
    </message>
    <message>
        <source>16:9 (slides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what goes in; drag to change the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page (PDF):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 (grid of %n question(s))</source>
        <translation>
            <numerusform>%1 · %2 (grid of %n question)</numerusform>
            <numerusform>%1 · %2 (grid of %n questions)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sondo::ReportExport</name>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished">Saved %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished">Export failed</translation>
    </message>
    <message>
        <source>Choose a report file ending in .pdf, .odt, .html or .pptx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text (*.odt);;Web page (*.html);;PowerPoint slides (*.pptx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sondo::ScaleOrderDialog</name>
    <message>
        <source>Scale order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Put the answers in the scale&apos;s order, from its low end (disagree, never, poor) at the top to its high end (agree, always, excellent) at the bottom: the order sets the chart, the mean and the top-2-box. Untick answers that are not points of the scale, such as “Don&apos;t know”: they are kept, after the scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns the scale round: its high end becomes its low end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sondo::StartPage</name>
    <message>
        <source>Survey results as clear charts, ready for the newsletter</source>
        <translation>Survey results as clear charts, ready for the newsletter</translation>
    </message>
    <message>
        <source>Open a survey or project…</source>
        <translation>Open a survey or project…</translation>
    </message>
    <message>
        <source>CSV, TSV or Excel exports of Google Forms, SurveyMonkey, LimeSurvey, Qualtrics, Microsoft Forms and KoboToolbox, SPSS files, or a .sondo project.</source>
        <translation>CSV, TSV or Excel exports of Google Forms, SurveyMonkey, LimeSurvey, Qualtrics, Microsoft Forms and KoboToolbox, SPSS files, or a .sondo project.</translation>
    </message>
    <message>
        <source>Try the demo survey</source>
        <translation>Try the demo survey</translation>
    </message>
    <message>
        <source>&quot;Remote Working e Contact Center&quot;: 300 invented respondents, as Google Forms exports them.</source>
        <translation>&quot;Remote Working e Contact Center&quot;: 300 invented respondents, as Google Forms exports them.</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Recent</translation>
    </message>
    <message>
        <source>Files you open appear here.</source>
        <translation>Files you open appear here.</translation>
    </message>
    <message>
        <source>Tip: drop a survey file or a project anywhere on this window.</source>
        <translation>Tip: drop a survey file or a project anywhere on this window.</translation>
    </message>
</context>
<context>
    <name>sondo::SurveyEdits</name>
    <message>
        <source>Cannot rename the option</source>
        <translation type="unfinished">Cannot rename the option</translation>
    </message>
    <message>
        <source>Rename “%1”…</source>
        <translation type="unfinished">Rename “%1”…</translation>
    </message>
    <message>
        <source>Clean answers of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot merge the answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sondo::TablesExport</name>
    <message>
        <source>Choose a workbook file ending in .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook, a sheet per question (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook, one banner sheet (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished">Saved %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished">Export failed</translation>
    </message>
</context>
<context>
    <name>sondo::TextAnswersModel</name>
    <message>
        <source>Respondent</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
</context>
<context>
    <name>sondo::TextAnswersView</name>
    <message numerus="yes">
        <source>%Ln answer(s)</source>
        <translation>
            <numerusform>%Ln answer</numerusform>
            <numerusform>%Ln answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es) for &quot;%1&quot;</source>
        <translation>
            <numerusform>%Ln match for &quot;%1&quot;</numerusform>
            <numerusform>%Ln matches for &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>Search the answers</source>
        <translation>Search the answers</translation>
    </message>
</context>
<context>
    <name>sondo::TypeIcons</name>
    <message>
        <source>Single choice</source>
        <translation>Single choice</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Multiple choice</translation>
    </message>
    <message>
        <source>Likert scale</source>
        <translation>Likert scale</translation>
    </message>
    <message>
        <source>Numeric</source>
        <translation>Numeric</translation>
    </message>
    <message>
        <source>Open text</source>
        <translation>Open text</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignored</translation>
    </message>
</context>
</TS>
