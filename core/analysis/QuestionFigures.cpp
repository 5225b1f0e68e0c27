#include "analysis/QuestionFigures.h"

#include "base/CoreText.h"

namespace sondo {

QuestionFigures QuestionFigures::compute(const Survey& survey, const ResponseMatrix& responses,
                                         int question, const RespondentMask& mask, bool filtered,
                                         const FrequencyTable* table,
                                         std::optional<qint64> unfiltered) {
    QuestionFigures figures;
    figures.table = table && table->question == question
                        ? *table
                        : FrequencyTable::compute(survey, responses, question, mask);
    figures.inference = FrequencyInference::compute(survey, responses, figures.table, mask);
    figures.respondentsInScope = figures.table.respondents;
    // As ChartSpecBuilder counts the footer's "of" figure: everyone, no mask.
    if (filtered)
        figures.unfilteredBase =
            unfiltered ? *unfiltered
                       : FrequencyTable::compute(survey, responses, question).unweightedBase;
    return figures;
}

QString QuestionFigures::baseText(bool weighted, const QLocale& locale) const {
    const qint64 answered = table.unweightedBase;
    const bool everyone = answered >= respondentsInScope;
    // The chart's footer says "Base: N (weighted)" with the weighted base, "Base: N" otherwise:
    // the header leads with the same figure.
    if (weighted) {
        const QString base = locale.toString(qRound64(table.base));
        if (everyone)
            return CoreText::tr("Base: %1 (weighted) \u00b7 %2 interviews")
                .arg(base, locale.toString(answered));
        return CoreText::tr("Base: %1 (weighted) \u00b7 %2 who answered (of %3)")
            .arg(base, locale.toString(answered), locale.toString(respondentsInScope));
    }
    if (unfilteredBase >= 0) {
        const QString footer = CoreText::tr("Base: %1 of %2")
                                   .arg(locale.toString(answered), locale.toString(unfilteredBase));
        if (everyone)
            return footer;
        return CoreText::tr("%1 who answered (of %2 in the filter)")
            .arg(footer, locale.toString(respondentsInScope));
    }
    if (everyone)
        return CoreText::tr("Base: %1").arg(locale.toString(answered));
    return CoreText::tr("Base: %1 who answered (of %2)")
        .arg(locale.toString(answered), locale.toString(respondentsInScope));
}

} // namespace sondo
