#pragma once

#include "import/StructureChoices.h"
#include "import/definition/SurveyDefinition.h"
#include "model/QuestionType.h"

#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace sondo {

/** Everything the analyst (or `sondo import`) can say about how to read a file. */
struct ImportOptions {
    /** Answers given by at most this many respondents are write-ins, unless the analyst says. */
    static constexpr int kDefaultWriteInLimit = 2;

    /** auto, generic, google-forms, surveymonkey, limesurvey, qualtrics, … */
    QString format = QStringLiteral("auto");
    /** Empty = detect (BOM, valid UTF-8, else Windows-1252). */
    QString encoding;
    /** Null = sniff among , ; TAB |. */
    QChar delimiter;
    /** Worksheet of a workbook; empty = first non-empty. */
    QString sheet;
    /** QUESTION=TYPE overrides: key is an id (Q3), the tool's code, or the exact question text. */
    QList<QPair<QString, QuestionType>> typeOverrides;
    /** The survey's own definition (XLSForm, .qsf): texts, groups and options by code. */
    std::optional<SurveyDefinition> definition;
    /**
     * Keep only finished responses: leave out those the tool marks unfinished or as the
     * author's preview (ResponseCompletion). Off: they are kept and the report counts them.
     */
    bool completeOnly = false;
    /** The analyst's corrections of the structure read: metadata, groups split or made. */
    StructureChoices structure;
    /**
     * Answers given by at most this many respondents are write-ins, counted as "Other": the
     * pieces typed last in a checkbox's joined cells (JoinedAnswers), the rare answers of a
     * single choice (WriteInMerges); 0 keeps every answer apart. Unset: the project's saved
     * limit, else kDefaultWriteInLimit.
     */
    std::optional<int> writeInLimit;
    int writeInLimitOrDefault() const { return writeInLimit.value_or(kDefaultWriteInLimit); }
};

} // namespace sondo
