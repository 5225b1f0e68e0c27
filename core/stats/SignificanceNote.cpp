#include "stats/SignificanceNote.h"

#include "base/CoreText.h"

#include <QLocale>
#include <QStringList>

namespace sondo {

QString SignificanceNote::explain(const SignificanceOptions& options, bool means) {
    const QString tests = means ? CoreText::tr("column proportions z-test; means: Welch's t-test")
                                : CoreText::tr("column proportions z-test");
    const QString correction = options.correction == PValueAdjustment::Method::Holm
                                   ? CoreText::tr("Holm-corrected")
                               : options.correction == PValueAdjustment::Method::Bonferroni
                                   ? CoreText::tr("Bonferroni-corrected")
                                   : CoreText::tr("not corrected for multiple comparisons");
    const QString level = QString::number(qRound(options.confidence * 100));
    if (options.againstRest)
        return CoreText::tr("\u25B2\u25BC: the group is significantly above or below the rest of "
                            "the sample (%1; %2, %3%).")
            .arg(tests, correction, level);
    return CoreText::tr("Letters: the group is significantly higher than the groups named (%1; "
                        "%2, %3%).")
        .arg(tests, correction, level);
}

QString SignificanceNote::untested(const SignificanceOptions& options,
                                   const QStringList& untested) {
    if (untested.isEmpty())
        return {};
    return CoreText::tr("Not tested (effective base below %1): %2.")
        .arg(options.minimumEffectiveBase)
        .arg(untested.join(QStringLiteral(", ")));
}

} // namespace sondo
