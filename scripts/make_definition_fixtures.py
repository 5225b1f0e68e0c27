#!/usr/bin/env python3
"""Writes the survey-definition fixtures of tests/data/definitions/ by hand.

- kobo_pulse.csv: a KoboToolbox CSV export without its system columns: groups the form builder
  named itself (group_ab12cd3/...), answers stored as choice names (sa, a, n, d, sd).
- kobo_pulse_xlsform.xlsx: its XLSForm (survey and choices sheets, stdlib zipfile, XML as text).
  The agreement list is written from "Strongly agree" down, as many forms do; a gender choice
  nobody picked; a page group whose questions (gender, country) share no options.
- qualtrics_legacy_fruit.csv + .qsf: a 2017 "legacy" Qualtrics export (three header rows, the
  third a Python dict {'ImportId': ...}) whose answers are codes only, and its definition: a
  single choice and a matrix whose codes run 1 = Strongly agree ... 5 = Strongly disagree; a
  multiple choice spread over one column per choice holding "1" ("Question-Choice" texts).
- limesurvey_club.csv + .lss: a LimeSurvey export with "question code" headers and answer codes
  (A1, A2 …, Y for a ticked option), and its survey structure in the layout of LimeSurvey 4 and
  later (texts in *_l10ns sections); limesurvey_club_ls3.lss is the same structure in the layout
  of LimeSurvey 2-3 (texts in the rows, one row per language), with an English translation that
  must not be read. A list in its own order, a multiple choice with Other, an agreement array, a
  number, a display text.

The files are committed; run this again only to change them:

    python3 scripts/make_definition_fixtures.py [kobo] [qualtrics] [limesurvey]
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_xlsx_fixtures as x  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "data", "definitions")


def col(i):
    return chr(ord("A") + i)


def sheet_of(rows):
    xml = ""
    for r, row in enumerate(rows, start=1):
        cells = "".join(x.inline(f"{col(c)}{r}", v) for c, v in enumerate(row) if v != "")
        xml += f'<row r="{r}">{cells}</row>'
    return x.sheet(xml)


def write_xlsform(path, survey, choices):
    parts = [
        ("xl/worksheets/sheet1.xml", sheet_of(survey)),
        ("xl/worksheets/sheet2.xml", sheet_of(choices)),
    ]
    head = [
        ("[Content_Types].xml", x.content_types("xl/workbook.xml", [p for p, _ in parts])),
        ("_rels/.rels", x.rels([("rId1", "officeDocument", "xl/workbook.xml")])),
        ("xl/workbook.xml", x.workbook([("survey", "rId1", None), ("choices", "rId2", None)])),
        ("xl/_rels/workbook.xml.rels", x.rels([
            ("rId1", "worksheet", "worksheets/sheet1.xml"),
            ("rId2", "worksheet", "worksheets/sheet2.xml"),
        ])),
    ]
    x.OUT = OUT
    x.write_package(os.path.basename(path), head + parts)


def make_kobo():
    survey = [
        ["type", "name", "label::English (en)"],
        ["start", "start", ""],
        ["begin_group", "group_ab12cd3", "Your service"],
        ["select_one agree", "speed", "Answers come quickly"],
        ["select_one agree", "quality", "Answers solve my problem"],
        ["select_one agree", "courtesy", "Staff are courteous"],
        ["end_group", "", ""],
        ["begin_group", "group_ef45gh6", "About you"],
        ["select_one gender", "gender", "Gender"],
        ["select_one country", "country", "Country"],
        ["end_group", "", ""],
    ]
    choices = [
        ["list_name", "name", "label::English (en)"],
        ["agree", "sa", "Strongly agree"],
        ["agree", "a", "Agree"],
        ["agree", "n", "Neither agree nor disagree"],
        ["agree", "d", "Disagree"],
        ["agree", "sd", "Strongly disagree"],
        ["gender", "f", "Woman"],
        ["gender", "m", "Man"],
        ["gender", "x", "Another identity"],
        ["country", "it", "Italy"],
        ["country", "fr", "France"],
    ]
    write_xlsform(os.path.join(OUT, "kobo_pulse_xlsform.xlsx"), survey, choices)
    header = ["start", "group_ab12cd3/speed", "group_ab12cd3/quality", "group_ab12cd3/courtesy",
              "group_ef45gh6/gender", "group_ef45gh6/country"]
    rows = [
        ["2024-03-01T10:00:00", "sa", "a", "sa", "f", "it"],
        ["2024-03-01T10:05:00", "a", "a", "n", "m", "it"],
        ["2024-03-01T11:00:00", "a", "d", "a", "f", "fr"],
        ["2024-03-02T09:00:00", "sd", "n", "sa", "m", "it"],
        ["2024-03-02T09:30:00", "n", "sd", "a", "f", "fr"],
        ["2024-03-02T12:00:00", "sa", "a", "", "f", "it"],
    ]
    with open(os.path.join(OUT, "kobo_pulse.csv"), "w", encoding="utf-8", newline="") as f:
        for row in [header] + rows:
            f.write(";".join(row) + "\r\n")


def make_qualtrics():
    # q4_again is a side-by-side matrix: column set 1 (yes/no per channel), set 2 (a reason
    # from a drop-down per channel), "TAG#SET_ROW".
    header1 = ["ResponseID", "Status", "q1_channel", "q2_sat_1", "q2_sat_2", "q3_help_1",
               "q3_help_2", "q3_help_3", "q4_again#1_1", "q4_again#1_2", "q4_again#2_1",
               "q4_again#2_2"]
    header2 = ["ResponseID", "Status", "Which channel did you use?",
               "How much do you agree?-The agent understood me",
               "How much do you agree?-The wait was short",
               "Where else did you look for help?-A friend",
               "Where else did you look for help?-The website",
               "Where else did you look for help?-Nowhere",
               "How was each channel?-Would you use it again?-Phone",
               "How was each channel?-Would you use it again?-Chat",
               "How was each channel?-Why?-Phone",
               "How was each channel?-Why?-Chat"]
    header3 = ["{'ImportId': 'responseId'}", "{'ImportId': 'status'}", "{'ImportId': 'QID1'}",
               "{'ImportId': 'QID2-1'}", "{'ImportId': 'QID2-2'}", "{'ImportId': 'QID3-1'}",
               "{'ImportId': 'QID3-2'}", "{'ImportId': 'QID3-3'}", "{'ImportId': 'QID4#1-1'}",
               "{'ImportId': 'QID4#1-2'}", "{'ImportId': 'QID4#2-1'}", "{'ImportId': 'QID4#2-2'}"]
    rows = [
        ["R_1", "0", "1", "1", "2", "1", "1", "", "1", "2", "1", "3"],
        ["R_2", "0", "2", "2", "4", "", "1", "", "1", "1", "2", "2"],
        ["R_3", "0", "1", "1", "5", "", "", "1", "2", "1", "3", "1"],
        ["R_4", "0", "-1", "3", "1", "1", "", "", "1", "", "1", ""],
        ["R_5", "0", "1", "5", "2", "", "1", "", "2", "2", "3", "3"],
    ]
    with open(os.path.join(OUT, "qualtrics_legacy_fruit.csv"), "w", encoding="utf-8",
              newline="") as f:
        for row in [header1, header2, header3] + rows:
            f.write(",".join('"' + c + '"' for c in row) + "\r\n")
    qsf = {
        "SurveyEntry": {"SurveyID": "SV_test", "SurveyName": "Service"},
        "SurveyElements": [
            {"Element": "BL", "Payload": []},
            {"Element": "SQ", "Payload": {
                "DataExportTag": "q1_channel", "QuestionType": "MC", "Selector": "SAVR",
                "QuestionText": "Which <b>channel</b> did you use?",
                "Choices": {"1": {"Display": "Phone"}, "2": {"Display": "Chat"},
                            "3": {"Display": "E-mail"}, "4": {"Display": "Social media"}},
                "ChoiceOrder": ["1", "2", "3", "4"],
                # Recoded values as Qualtrics writes them: strings, "-1" for an opt-out.
                "RecodeValues": {"1": 1, "2": 2, "3": 3, "4": "-1"}}},
            {"Element": "SQ", "Payload": {
                "DataExportTag": "q2_sat", "QuestionType": "Matrix", "Selector": "Likert",
                "SubSelector": "SingleAnswer",
                "QuestionText": "How much do you agree?",
                "Choices": {"1": {"Display": "The agent understood me"},
                            "2": {"Display": "The wait was short"}},
                "ChoiceOrder": ["1", "2"],
                "Answers": {"1": {"Display": "Strongly agree"}, "2": {"Display": "Agree"},
                            "3": {"Display": "Neither agree nor disagree"},
                            "4": {"Display": "Disagree"}, "5": {"Display": "Strongly disagree"}},
                "AnswerOrder": [1, 2, 3, 4, 5]}},
            {"Element": "SQ", "Payload": {
                "DataExportTag": "q4_again", "QuestionType": "SBS", "Selector": "SBSMatrix",
                "QuestionText": "How was each channel?",
                "Choices": {"1": {"Display": "Phone"}, "2": {"Display": "Chat"}},
                "ChoiceOrder": ["1", "2"],
                "AdditionalQuestions": {
                    "1": {"QuestionText": "Would you use it again?", "QuestionType": "Matrix",
                          "Selector": "Likert", "SubSelector": "SingleAnswer",
                          "DataExportTag": "q4_again#1",
                          "Choices": {"1": {"Display": "Phone"}, "2": {"Display": "Chat"}},
                          "Answers": {"1": {"Display": "Yes"}, "2": {"Display": "No"}},
                          "AnswerOrder": None, "RecodeValues": []},
                    "2": {"QuestionText": "Why?", "QuestionType": "Matrix",
                          "Selector": "Likert", "SubSelector": "DL",
                          "DataExportTag": "q4_again#2",
                          "Choices": {"1": {"Display": "Phone"}, "2": {"Display": "Chat"}},
                          "Answers": {"1": {"Display": "Fast"}, "2": {"Display": "Friendly"},
                                      "3": {"Display": "Other"}},
                          "AnswerOrder": None,
                          "RecodeValues": {"1": "1", "2": "2", "3": "3"}}}}},
        ],
    }
    with open(os.path.join(OUT, "qualtrics_legacy_fruit.qsf"), "w", encoding="utf-8") as f:
        json.dump(qsf, f, indent=1)


def xml_section(name, fields, rows):
    out = f"  <{name}>\n   <fields>\n"
    out += "".join(f"    <fieldname>{f}</fieldname>\n" for f in fields)
    out += "   </fields>\n   <rows>\n"
    for row in rows:
        out += "    <row>\n"
        for f, v in zip(fields, row):
            out += f"     <{f}><![CDATA[{v}]]></{f}>\n"
        out += "    </row>\n"
    return out + f"   </rows>\n  </{name}>\n"


def make_limesurvey():
    header = ["id", "submitdate", "lastpage", "startlanguage", "seed", "G01Q01", "G01Q02[SQ001]",
              "G01Q02[SQ002]", "G01Q02[SQ003]", "G01Q02[other]", "G01Q03[SQ001]",
              "G01Q03[SQ002]", "G02Q04"]
    answers = [
        ["A2", "Y", "Y", "", "", "A4", "A3", "12"],
        ["A3", "Y", "", "Y", "", "A3", "A3", "5"],
        ["A2", "", "Y", "", "Social", "A4", "A2", "20"],
        ["A4", "Y", "Y", "Y", "", "A3", "A4", "8"],
        ["A1", "", "", "Y", "", "A1", "A2", "15"],
        ["A3", "Y", "Y", "", "", "A4", "A4", "3"],
        ["A2", "Y", "", "", "", "A2", "A1", "25"],
        ["A3", "", "Y", "Y", "", "A3", "A3", "10"],
        ["A4", "Y", "Y", "Y", "WhatsApp", "A4", "A4", "7"],
        ["A2", "Y", "", "Y", "", "A3", "A2", "18"],
        ["A3", "", "Y", "", "", "A4", "A3", "4"],
        ["A1", "Y", "", "", "", "A2", "A2", "30"],
    ]
    with open(os.path.join(OUT, "limesurvey_club.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(",".join(header) + "\r\n")
        for i, row in enumerate(answers, start=1):
            meta = [str(i), f"2020-05-{i:02d} 10:00:00", "2", "it", str(1000 + i)]
            f.write(",".join(meta + row) + "\r\n")

    groups = [(1, 0, "Il lavoro da remoto", "Remote work"), (2, 1, "Su di te", "About you")]
    # qid, parent, gid, type, title, order, Italian text, English text
    questions = [
        (10, 0, 1, "L", "G01Q01", 1, "<p>Quanti operatori lavorano <b>da remoto</b>?</p>",
         "How many agents work remotely?"),
        (11, 0, 1, "M", "G01Q02", 2, "Quali canali sono cresciuti?", "Which channels grew?"),
        (12, 0, 1, "F", "G01Q03", 3, "Quanto è d&#039;accordo?", "How much do you agree?"),
        (14, 0, 2, "X", "G02Q05", 2, "Grazie!", "Thank you!"),
        (13, 0, 2, "N", "G02Q04", 1, "Anni di esperienza", "Years of experience"),
    ]
    subquestions = [
        (21, 11, 1, "T", "SQ001", 1, "Email", "E-mail"),
        (22, 11, 1, "T", "SQ002", 2, "Chat", "Chat"),
        (23, 11, 1, "T", "SQ003", 3, "Telefono", "Phone"),
        (32, 12, 1, "T", "SQ002", 2, "Il lavoro da remoto resterà", "Remote work will stay"),
        (31, 12, 1, "T", "SQ001", 1, "L&#039;emergenza cambia i modelli organizzativi",
         "The emergency changes organisational models"),
    ]
    # aid, qid, code, order, Italian, English
    answer_rows = [
        (1, 10, "A1", 1, "Nessuno", "None"),
        (2, 10, "A2", 2, "Meno della metà", "Less than half"),
        (4, 10, "A4", 4, "Tutti", "All"),
        (3, 10, "A3", 3, "Più della metà", "More than half"),
        (5, 12, "A1", 1, "Per niente d&#039;accordo", "Strongly disagree"),
        (6, 12, "A2", 2, "Poco d&#039;accordo", "Disagree"),
        (7, 12, "A3", 3, "Abbastanza d&#039;accordo", "Agree"),
        (8, 12, "A4", 4, "Molto d&#039;accordo", "Strongly agree"),
    ]
    head = ('<?xml version="1.0" encoding="UTF-8"?>\n<document>\n'
            " <LimeSurveyDocType>Survey</LimeSurveyDocType>\n")

    # LimeSurvey 4 and later: texts in *_l10ns sections, both languages.
    doc = head + " <DBVersion>600</DBVersion>\n <languages>\n  <language>it</language>\n" \
        "  <language>en</language>\n </languages>\n"
    doc += xml_section("answers", ["aid", "qid", "code", "sortorder", "scale_id"],
                       [(a, q, c, o, 0) for a, q, c, o, _, _ in answer_rows])
    doc += xml_section("answer_l10ns", ["id", "aid", "answer", "language"],
                       [(2 * a + k, a, t, lang) for a, _, _, _, it, en in answer_rows
                        for k, (t, lang) in enumerate([(en, "en"), (it, "it")])])
    doc += xml_section("groups", ["gid", "sid", "group_order"],
                       [(g, 4711, o) for g, o, _, _ in groups])
    doc += xml_section("group_l10ns", ["id", "gid", "group_name", "language"],
                       [(2 * g + k, g, t, lang) for g, _, it, en in groups
                        for k, (t, lang) in enumerate([(en, "en"), (it, "it")])])
    fields = ["qid", "parent_qid", "sid", "gid", "type", "title", "question_order", "scale_id"]
    doc += xml_section("questions", fields,
                       [(q, p, 4711, g, t, c, o, 0) for q, p, g, t, c, o, _, _ in questions])
    doc += xml_section("subquestions", fields,
                       [(q, p, 4711, g, t, c, o, 0) for q, p, g, t, c, o, _, _ in subquestions])
    doc += xml_section("question_l10ns", ["id", "qid", "question", "help", "language"],
                       [(2 * q + k, q, t, "", lang)
                        for q, _, _, _, _, _, it, en in questions + subquestions
                        for k, (t, lang) in enumerate([(en, "en"), (it, "it")])])
    doc += xml_section("surveys", ["sid", "language", "additional_languages"],
                       [(4711, "it", "en")])
    with open(os.path.join(OUT, "limesurvey_club.lss"), "w", encoding="utf-8") as f:
        f.write(doc + "</document>\n")

    # LimeSurvey 2-3: the texts in the rows, a row per language (English first: the base
    # language comes from the survey's settings, not from the order of the rows).
    doc = head + " <DBVersion>359</DBVersion>\n <languages>\n  <language>en</language>\n" \
        "  <language>it</language>\n </languages>\n"
    doc += xml_section("answers", ["qid", "code", "answer", "sortorder", "language", "scale_id"],
                       [(q, c, t, o, lang, 0) for _, q, c, o, it, en in answer_rows
                        for t, lang in [(en, "en"), (it, "it")]])
    doc += xml_section("groups", ["gid", "sid", "group_name", "group_order", "language"],
                       [(g, 4711, t, o, lang) for g, o, it, en in groups
                        for t, lang in [(en, "en"), (it, "it")]])
    fields = ["qid", "parent_qid", "sid", "gid", "type", "title", "question", "question_order",
              "language", "scale_id"]
    doc += xml_section("questions", fields,
                       [(q, p, 4711, g, ty, c, t, o, lang, 0)
                        for q, p, g, ty, c, o, it, en in questions
                        for t, lang in [(en, "en"), (it, "it")]])
    doc += xml_section("subquestions", fields,
                       [(q, p, 4711, g, ty, c, t, o, lang, 0)
                        for q, p, g, ty, c, o, it, en in subquestions
                        for t, lang in [(en, "en"), (it, "it")]])
    doc += xml_section("surveys", ["sid", "language", "additional_languages"],
                       [(4711, "it", "en")])
    with open(os.path.join(OUT, "limesurvey_club_ls3.lss"), "w", encoding="utf-8") as f:
        f.write(doc + "</document>\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    wanted = sys.argv[1:] or ["kobo", "qualtrics", "limesurvey"]
    if "kobo" in wanted:
        make_kobo()
    if "qualtrics" in wanted:
        make_qualtrics()
    if "limesurvey" in wanted:
        make_limesurvey()


if __name__ == "__main__":
    main()
