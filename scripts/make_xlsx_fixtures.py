#!/usr/bin/env python3
"""Writes the XLSX test fixtures of tests/data/xlsx/ by hand (stdlib zipfile, XML as text).

Each workbook carries one family of quirks that real exports show: shared vs inline strings, rich
text runs, numbers, booleans, errors, dates in the 1900 and 1904 systems with built-in and custom
formats, gaps, several sheets with non-standard part names, merged header cells, and broken files.
The files are committed; run this again only to change them:

    python3 scripts/make_xlsx_fixtures.py
"""

import os
import zipfile
from xml.sax.saxutils import escape

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "data", "xlsx")
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def content_types(workbook_part, sheet_parts):
    overrides = [
        f'<Override PartName="/{workbook_part}" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    ]
    for part in sheet_parts:
        overrides.append(
            f'<Override PartName="/{part}" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        )
    return (
        XML_HEAD
        + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/'
        'vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>' + "".join(overrides) + "</Types>"
    )


def rels(entries):
    body = "".join(
        f'<Relationship Id="{rid}" Type="{REL_NS}/{kind}" Target="{target}"/>'
        for rid, kind, target in entries
    )
    return XML_HEAD + f'<Relationships xmlns="{PKG_REL_NS}">{body}</Relationships>'


def workbook(sheets, date1904=False, active_tab=None):
    """sheets: list of (name, rid, state or None); active_tab: index of the sheet shown on save."""
    pr = '<workbookPr date1904="1"/>' if date1904 else "<workbookPr/>"
    if active_tab is not None:
        pr += f'<bookViews><workbookView activeTab="{active_tab}"/></bookViews>'
    items = "".join(
        f'<sheet name="{escape(name)}" sheetId="{i + 1}" r:id="{rid}"'
        + (f' state="{state}"' if state else "")
        + "/>"
        for i, (name, rid, state) in enumerate(sheets)
    )
    return XML_HEAD + f'<workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}">{pr}<sheets>{items}</sheets></workbook>'


def styles(custom_formats, xf_formats):
    """custom_formats: {id: code}; xf_formats: numFmtId per cellXfs index."""
    fmts = "".join(
        f'<numFmt numFmtId="{fid}" formatCode="{escape(code, {chr(34): "&quot;"})}"/>'
        for fid, code in custom_formats.items()
    )
    xfs = "".join(f'<xf numFmtId="{fid}" fontId="0" fillId="0" borderId="0" xfId="0"/>' for fid in xf_formats)
    return (
        XML_HEAD + f'<styleSheet xmlns="{MAIN_NS}">'
        f'<numFmts count="{len(custom_formats)}">{fmts}</numFmts>'
        '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
        '<borders count="1"><border/></borders>'
        # A number format id in cellStyleXfs must not be taken for a cell format.
        '<cellStyleXfs count="1"><xf numFmtId="14" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        f'<cellXfs count="{len(xf_formats)}">{xfs}</cellXfs>'
        "</styleSheet>"
    )


def shared_strings(items):
    """items: raw inner XML of each <si>."""
    body = "".join(f"<si>{item}</si>" for item in items)
    return XML_HEAD + f'<sst xmlns="{MAIN_NS}" count="{len(items)}" uniqueCount="{len(items)}">{body}</sst>'


def sheet(rows_xml, extra=""):
    return XML_HEAD + f'<worksheet xmlns="{MAIN_NS}" xmlns:r="{REL_NS}"><sheetData>{rows_xml}</sheetData>{extra}</worksheet>'


def inline(ref, text, style=None):
    s = f' s="{style}"' if style is not None else ""
    return f'<c r="{ref}" t="inlineStr"{s}><is><t>{escape(text)}</t></is></c>'


def write_package(name, parts, stored=()):
    path = os.path.join(OUT, name)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for part, data in parts:
            kind = zipfile.ZIP_STORED if part in stored else zipfile.ZIP_DEFLATED
            z.writestr(zipfile.ZipInfo(part, date_time=(2024, 1, 1, 0, 0, 0)), data, compress_type=kind)
    return path


def simple_workbook(name, sheet_xml, shared=None, style_xml=None, date1904=False, stored=()):
    entries = [("rId1", "worksheet", "worksheets/sheet1.xml")]
    parts = [("xl/worksheets/sheet1.xml", sheet_xml)]
    if shared is not None:
        entries.append(("rId2", "sharedStrings", "sharedStrings.xml"))
        parts.append(("xl/sharedStrings.xml", shared_strings(shared)))
    if style_xml is not None:
        entries.append(("rId3", "styles", "styles.xml"))
        parts.append(("xl/styles.xml", style_xml))
    head = [
        ("[Content_Types].xml", content_types("xl/workbook.xml", ["xl/worksheets/sheet1.xml"])),
        ("_rels/.rels", rels([("rId1", "officeDocument", "xl/workbook.xml")])),
        ("xl/workbook.xml", workbook([("Foglio1", "rId1", None)], date1904)),
        ("xl/_rels/workbook.xml.rels", rels(entries)),
    ]
    return write_package(name, head + parts, stored)


# --- cells.xlsx: one quirk per row; column A names the case, column B holds the cell ------------
# cellXfs index → numFmtId. Built-in ids: 9 = 0%, 14 = m/d/yyyy, 21 = h:mm:ss, 22 = m/d/yy h:mm,
# 45 = mm:ss, 46 = [h]:mm:ss. Custom ids from 164.
CUSTOM = {
    164: "dd/mm/yyyy;@",
    165: "yyyy-mm-dd hh:mm:ss",
    166: "[$-410]d mmmm yyyy",
    167: '0 "days"',
    168: "[Red]0.00;[Blue]-0.00",
    169: "mm:ss",
    170: "#,##0.00_);\\(#,##0.00\\)",
    171: "[h]:mm",
}
XF = [0, 9, 14, 21, 22, 45, 46, 164, 165, 166, 167, 168, 169, 170, 171]
STYLE = {fid: i for i, fid in enumerate(XF)}

SHARED = [
    "<t>Sì, molto</t>",  # 0 plain with accents
    '<r><t xml:space="preserve">Molto </t></r><r><rPr><b/><sz val="11"/></rPr><t>d\'accordo</t></r>',  # 1 rich
    '<t xml:space="preserve">  spazi  </t>',  # 2 preserved spaces
    '<t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/>',  # 3 phonetic
    "<t>riga1_x000D_\nriga2</t>",  # 4 Excel's escape for a carriage return
    "<t>caso</t>",  # 5 header of column A
    "<t>valore</t>",  # 6 header of column B
]


def number(ref, value, fid=None):
    s = f' s="{STYLE[fid]}"' if fid is not None else ""
    return f'<c r="{ref}"{s}><v>{value}</v></c>'


# (case, raw XML of the B cell as a function of its reference)
CASES = [
    ("shared_plain", lambda r: f'<c r="{r}" t="s"><v>0</v></c>'),
    ("shared_rich", lambda r: f'<c r="{r}" t="s"><v>1</v></c>'),
    ("shared_space", lambda r: f'<c r="{r}" t="s"><v>2</v></c>'),
    ("shared_phonetic", lambda r: f'<c r="{r}" t="s"><v>3</v></c>'),
    ("shared_escape", lambda r: f'<c r="{r}" t="s"><v>4</v></c>'),
    ("inline_plain", lambda r: inline(r, "Perché no")),
    ("inline_rich", lambda r: f'<c r="{r}" t="inlineStr"><is><r><t>In</t></r><r><rPr><i/></rPr><t>linea</t></r></is></c>'),
    ("formula_string", lambda r: f'<c r="{r}" t="str"><f>"cal"&amp;"colato"</f><v>calcolato</v></c>'),
    ("formula_number", lambda r: f'<c r="{r}"><f>1+1</f><v>2</v></c>'),
    ("number_decimal", lambda r: number(r, "3.5")),
    ("number_integer", lambda r: number(r, "12")),
    ("number_exponent", lambda r: number(r, "1.5E-3")),
    ("number_artifact", lambda r: number(r, "0.30000000000000004")),
    ("number_large", lambda r: number(r, "1234567890123")),
    ("number_negative", lambda r: number(r, "-42.25")),
    ("number_trailing_zero", lambda r: number(r, "7.50")),
    ("number_percent_format", lambda r: number(r, "0.25", 9)),
    ("number_quoted_days", lambda r: number(r, "7", 167)),
    ("number_colour_format", lambda r: number(r, "2.5", 168)),
    ("number_escaped_format", lambda r: number(r, "1000", 170)),
    ("bool_true", lambda r: f'<c r="{r}" t="b"><v>1</v></c>'),
    ("bool_false", lambda r: f'<c r="{r}" t="b"><v>0</v></c>'),
    ("error_na", lambda r: f'<c r="{r}" t="e"><f>NA()</f><v>#N/A</v></c>'),
    ("date_builtin_14", lambda r: number(r, "45292", 14)),
    ("datetime_builtin_22", lambda r: number(r, "45292.5", 22)),
    ("time_builtin_21", lambda r: number(r, "0.75", 21)),
    ("time_builtin_45", lambda r: number(r, "0.00069444444444444447", 45)),
    ("elapsed_builtin_46", lambda r: number(r, "1.5", 46)),
    ("date_custom_ddmmyyyy", lambda r: number(r, "44197", 164)),
    ("datetime_custom_iso", lambda r: number(r, "44197.000011574077", 165)),
    ("date_custom_locale", lambda r: number(r, "36526", 166)),
    ("time_custom_mmss", lambda r: number(r, "0.0006944444444444445", 169)),
    ("elapsed_custom", lambda r: number(r, "2.25", 171)),
    ("date_lotus_59", lambda r: number(r, "59", 14)),
    ("date_lotus_60", lambda r: number(r, "60", 14)),
    ("date_lotus_61", lambda r: number(r, "61", 14)),
    ("date_formula", lambda r: f'<c r="{r}" s="{STYLE[14]}"><f>DATE(2023,12,31)</f><v>45291</v></c>'),
    ("empty_value", lambda r: f'<c r="{r}" t="s"/>'),
]


def make_cells():
    rows = ['<row r="1"><c r="A1" t="s"><v>5</v></c><c r="B1" t="s"><v>6</v></c></row>']
    for i, (case, cell) in enumerate(CASES):
        n = i + 2
        rows.append(f'<row r="{n}">{inline(f"A{n}", case)}{cell(f"B{n}")}</row>')
    simple_workbook("cells.xlsx", sheet("".join(rows)), SHARED, styles(CUSTOM, XF))


def make_1904():
    # Same serials read in the 1904 system: serial 0 is 1904-01-01.
    cases = [
        ("date_1904_zero", "0", 14),
        ("date_1904_builtin", "43830", 14),
        ("datetime_1904_custom", "43830.25", 165),
        ("time_1904", "0.5", 21),
    ]
    rows = []
    for i, (case, value, fid) in enumerate(cases):
        n = i + 1
        rows.append(f'<row r="{n}">{inline(f"A{n}", case)}{number(f"B{n}", value, fid)}</row>')
    simple_workbook("dates1904.xlsx", sheet("".join(rows)), None, styles(CUSTOM, XF), date1904=True)


def make_gaps():
    rows = [
        # Row 1: cells A, C, F (gaps in between), and column AB.
        '<row r="1">' + inline("A1", "a") + inline("C1", "c") + inline("F1", "f") + inline("AB1", "ab") + "</row>",
        # Row 2 has no r attributes at all: positions follow one another from A.
        "<row>" + '<c t="inlineStr"><is><t>x</t></is></c><c t="inlineStr"><is><t>y</t></is></c>' + "</row>",
        # Row 3 only has formatting: not a record.
        '<row r="3"><c r="A3" s="0"/><c r="B3" s="0"/></row>',
        # Rows 4 and 5 are missing; row 6 mixes a referenced cell and one without r after it.
        '<row r="6">' + inline("B6", "b6") + '<c t="inlineStr"><is><t>c6</t></is></c>' + "</row>",
        # A cell holding only spaces is blank like in CSV; the row still has a value in D.
        '<row r="7">' + inline("A7", "   ") + inline("D7", "d7") + "</row>",
    ]
    simple_workbook("gaps.xlsx", sheet("".join(rows)), None, None)


def make_two_sheets():
    # Sheet order: "Vuoto" (no cells), "Risposte" (data), "Note". The workbook part is not at
    # xl/workbook.xml, the relationship ids are not in sheet order and the part names do not match
    # the sheet positions, so only a reader that follows the relationships finds the right data.
    parts = [
        ("xl/worksheets/sheet1.xml", sheet('<row r="1">' + inline("A1", "Nota bene") + "</row>")),
        ("xl/worksheets/data.xml", sheet(
            '<row r="1">' + inline("A1", "Età") + inline("B1", "Regione") + "</row>"
            + '<row r="2"><c r="A2"><v>34</v></c>' + inline("B2", "Lazio") + "</row>"
            + '<row r="3"><c r="A3"><v>51</v></c>' + inline("B3", "Puglia") + "</row>"
        )),
        ("xl/worksheets/sheet3.xml", sheet("")),
    ]
    head = [
        ("[Content_Types].xml", content_types("xl/book.xml", [p for p, _ in parts])),
        ("_rels/.rels", rels([("rId1", "officeDocument", "xl/book.xml")])),
        ("xl/book.xml", workbook([("Vuoto", "rId7", None), ("Risposte", "rId3", None), ("Note", "rId1", None)])),
        ("xl/_rels/book.xml.rels", rels([
            ("rId1", "worksheet", "worksheets/sheet1.xml"),
            ("rId3", "worksheet", "/xl/worksheets/data.xml"),
            ("rId7", "worksheet", "worksheets/sheet3.xml"),
        ])),
    ]
    write_package("two_sheets.xlsx", head + parts)


def make_hidden_first():
    # A hidden lookup sheet before the data: the default is the first visible sheet with values.
    parts = [
        ("xl/worksheets/sheet1.xml", sheet('<row r="1">' + inline("A1", "lookup") + "</row>")),
        ("xl/worksheets/sheet2.xml", sheet('<row r="1">' + inline("A1", "dati") + "</row>")),
    ]
    head = [
        ("[Content_Types].xml", content_types("xl/workbook.xml", [p for p, _ in parts])),
        ("_rels/.rels", rels([("rId1", "officeDocument", "xl/workbook.xml")])),
        ("xl/workbook.xml", workbook([("Codici", "rId1", "hidden"), ("Dati", "rId2", None)])),
        ("xl/_rels/workbook.xml.rels", rels([
            ("rId1", "worksheet", "worksheets/sheet1.xml"),
            ("rId2", "worksheet", "worksheets/sheet2.xml"),
        ])),
    ]
    write_package("hidden_first.xlsx", head + parts)


def make_notes_first_active_data():
    # As in a real LimeSurvey workbook: a notes sheet first in tab order, the data sheet second
    # and shown when the file was saved. The default reads the data.
    parts = [
        ("xl/worksheets/sheet1.xml", sheet('<row r="1">' + inline("A1", "Pulizia tabella") + "</row>"
                                           + '<row r="2">' + inline("A2", "righe vuote tolte") + "</row>")),
        ("xl/worksheets/sheet2.xml", sheet(
            '<row r="1">' + inline("A1", "Settore") + inline("B1", "Ruolo") + "</row>"
            + '<row r="2">' + inline("A2", "Banche") + inline("B2", "Manager") + "</row>")),
    ]
    head = [
        ("[Content_Types].xml", content_types("xl/workbook.xml", [p for p, _ in parts])),
        ("_rels/.rels", rels([("rId1", "officeDocument", "xl/workbook.xml")])),
        ("xl/workbook.xml", workbook([("Note", "rId1", None), ("Dati", "rId2", None)], active_tab=1)),
        ("xl/_rels/workbook.xml.rels", rels([
            ("rId1", "worksheet", "worksheets/sheet1.xml"),
            ("rId2", "worksheet", "worksheets/sheet2.xml"),
        ])),
    ]
    write_package("active_tab.xlsx", head + parts)


def make_merged():
    # SurveyMonkey's XLSX: the question text sits in the first cell of a range merged across its
    # option columns (the covered cells exist, styled, without value), the options in row 2, and
    # "Respondent ID" merged down over both header rows.
    shared = ["<t>Respondent ID</t>", "<t>Quale piattaforma usa?</t>", "<t>Commenti</t>",
              "<t>Email</t>", "<t>Teams</t>", "<t>Zoom</t>", "<t>Open-Ended Response</t>"]
    rows = (
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" s="0"/>'
        '<c r="D1" s="0"/><c r="E1" t="s"><v>2</v></c></row>'
        '<row r="2"><c r="A2" s="0"/><c r="B2" t="s"><v>3</v></c><c r="C2" t="s"><v>4</v></c>'
        '<c r="D2" t="s"><v>5</v></c><c r="E2" t="s"><v>6</v></c></row>'
        '<row r="3"><c r="A3"><v>114</v></c><c r="B3" t="s"><v>3</v></c><c r="D3" t="s"><v>5</v></c></row>'
    )
    merges = '<mergeCells count="2"><mergeCell ref="B1:D1"/><mergeCell ref="A1:A2"/></mergeCells>'
    simple_workbook("merged.xlsx", sheet(rows, merges), shared, styles({}, [0]))


def make_broken():
    # Not a zip: a CSV saved with an .xlsx name.
    with open(os.path.join(OUT, "not_a_zip.xlsx"), "w", encoding="utf-8") as f:
        f.write("id;risposta\n1;Sì\n")

    # Truncated: the first two thirds of a valid workbook (the zip directory at the end is lost).
    with open(os.path.join(OUT, "cells.xlsx"), "rb") as f:
        data = f.read()
    with open(os.path.join(OUT, "truncated.xlsx"), "wb") as f:
        f.write(data[: len(data) * 2 // 3])

    # Malformed sheet XML: the end tag on line 4 does not match. The sheet is written with line
    # breaks so the position is meaningful: line 4 (after the XML declaration and the
    # <worksheet> line), the mismatched </x> ends at column 33.
    bad_sheet = (
        XML_HEAD
        + f'<worksheet xmlns="{MAIN_NS}"><sheetData>\n'
        + '<row r="1"><c r="A1"><v>1</v></c></row>\n'
        + '<row r="2"><c r="A2"><v>2</v></x></row>\n'
        + "</sheetData></worksheet>"
    )
    simple_workbook("malformed.xlsx", bad_sheet)

    # Damaged entry: stored (uncompressed) sheet with one byte changed after the CRC was computed.
    path = simple_workbook("crc_error.xlsx", sheet('<row r="1">' + inline("A1", "abcdef") + "</row>"),
                           stored={"xl/worksheets/sheet1.xml"})
    with open(path, "rb") as f:
        data = bytearray(f.read())
    at = data.find(b"abcdef")
    data[at] = ord("X")
    with open(path, "wb") as f:
        f.write(data)

    # A zip without a workbook: a word-processing document.
    write_package("no_workbook.xlsx", [
        ("[Content_Types].xml", content_types("word/document.xml", [])),
        ("_rels/.rels", XML_HEAD + f'<Relationships xmlns="{PKG_REL_NS}"><Relationship Id="rId1" '
         'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
         'Target="word/document.xml"/></Relationships>'),
        ("word/document.xml", XML_HEAD + "<document/>"),
    ])

    # An OpenDocument spreadsheet renamed .xlsx.
    write_package("spreadsheet.ods", [
        ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
        ("content.xml", XML_HEAD + "<office:document-content/>"),
    ], stored={"mimetype"})

    # OLE2 compound files: only their signature and directory names matter to the reader, which
    # tells a legacy .xls from a password-protected .xlsx (Excel wraps that in "EncryptedPackage").
    # These are stand-ins with a valid signature, not complete compound files.
    signature = bytes.fromhex("D0CF11E0A1B11AE1")
    header = signature + bytes(512 - len(signature))

    def dir_entry(name):
        raw = name.encode("utf-16-le") + b"\0\0"
        return raw + bytes(64 - len(raw)) + len(raw).to_bytes(2, "little") + bytes(128 - 66)

    with open(os.path.join(OUT, "legacy.xls"), "wb") as f:
        f.write(header + dir_entry("Root Entry") + dir_entry("Workbook") + bytes(256))
    with open(os.path.join(OUT, "encrypted.xlsx"), "wb") as f:
        f.write(header + dir_entry("Root Entry") + dir_entry("EncryptionInfo") + dir_entry("EncryptedPackage") + bytes(128))


def main():
    os.makedirs(OUT, exist_ok=True)
    make_cells()
    make_1904()
    make_gaps()
    make_two_sheets()
    make_notes_first_active_data()
    make_hidden_first()
    make_merged()
    make_broken()


if __name__ == "__main__":
    main()
