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

The files are committed; run this again only to change them:

    python3 scripts/make_definition_fixtures.py
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


def main():
    os.makedirs(OUT, exist_ok=True)
    make_kobo()
    make_qualtrics()


if __name__ == "__main__":
    main()
