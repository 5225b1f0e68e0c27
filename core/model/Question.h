#pragma once

#include "model/OptionNet.h"
#include "model/QuestionType.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

namespace sondo {

/** One question of a survey as the analyst sees it: plain value. */
struct Question {
    /** Stable id in file order among analysable questions: "Q1", "Q2", … (metadata: "M1", …). */
    QString id;
    /** The survey tool's own code (LimeSurvey "G01Q05", Qualtrics "Q5_1") or the header text. */
    QString code;
    /** Full question text as the respondent read it. */
    QString text;
    QuestionType type = QuestionType::Text;
    /** Option labels in questionnaire or scale order (single, multiple, likert). */
    QStringList options;
    /**
     * Score of each option for means (Likert: 1..k along the scale). NaN marks an option that is
     * not on the scale ("Non so"), excluded from mean and top-2-box but still counted in the base.
     * Empty for non-Likert questions.
     */
    std::vector<double> scores;
    /** True for metadata columns (timestamps, tool ids, IP addresses): stored, never listed. */
    bool metadata = false;
    /**
     * The id of the QuestionGroup this question is an item of ("G2"), empty for a question on
     * its own. The item keeps its own id, options and answers.
     */
    QString group;
    /**
     * Options the analyst hid (a HideOption recode): no longer in `options`, their answers
     * counted as missing, named here so that tables and charts can say what left the base.
     */
    QStringList hiddenOptions;
    /** Nets the analyst defined (NetOption recodes), shown after the options. */
    QList<OptionNet> nets;

    bool isAnalysable() const { return !metadata && type != QuestionType::Identifier; }
};

} // namespace sondo
