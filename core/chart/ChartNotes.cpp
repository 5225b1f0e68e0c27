#include "chart/ChartNotes.h"

#include "base/CoreText.h"
#include "chart/ChartSpecBuilder.h"
#include "stats/ChiSquareResult.h"
#include "stats/FrequencyTable.h"

#include <cmath>

namespace sondo {

QString ChartNotes::sampleSize(qint64 n, const QLocale& locale) {
    QString note =
        QLatin1Char('(') + CoreText::tr("n = %1").arg(locale.toString(n)) + QLatin1Char(')');
    note.replace(QLatin1Char(' '), QChar(0x00a0));
    return note;
}

QString ChartNotes::chiSquare(const ChiSquareResult& chi, const QLocale& locale) {
    if (!chi.valid)
        return {};
    QString note = chi.p < 0.001
                       ? CoreText::tr("Chi-square p < %1").arg(locale.toString(0.001, 'f', 3))
                       : CoreText::tr("Chi-square p = %1").arg(locale.toString(chi.p, 'f', 3));
    if (chi.lowExpected)
        note +=
            QLatin1Char(' ') + CoreText::tr("(some expected counts are below 5: read with care)");
    return note;
}

QString ChartNotes::multipleAnswers() {
    return CoreText::tr("Multiple answers possible: percentages add up to more than 100%");
}

QStringList ChartNotes::likert(const FrequencyTable& table, const ChartOptions& options) {
    QStringList notes;
    QStringList parts;
    if (table.topTwoBox)
        parts.append(CoreText::tr("Top-2-box: %1")
                         .arg(ChartSpecBuilder::formatPercent(*table.topTwoBox, options.locale,
                                                              options.decimals)));
    if (table.summary && std::isfinite(table.summary->mean))
        parts.append(
            CoreText::tr("Mean: %1").arg(options.locale.toString(table.summary->mean, 'f', 1)));
    if (!parts.isEmpty())
        notes.append(parts.join(QStringLiteral(" · ")));
    return notes;
}

} // namespace sondo
