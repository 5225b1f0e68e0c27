#pragma once

#include "chart/ChartOptions.h"
#include "filter/SegmentFilter.h"
#include "model/Survey.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace sondo {

/**
 * What the analyst was looking at, saved in the project so that reopening it brings back the same
 * view: the current question, the segment filter, the compare-by question, the chart options
 * (source note included) and the window layout. Plain value.
 *
 * In memory questions are indexes into Survey::questions (as in SegmentFilter); in JSON they are
 * keyed by id and the tool's code and options by label, so the state survives a re-import that
 * shifts questions or reorders options.
 */
struct AnalysisState {
    /** Index of the question shown, or -1. */
    int currentQuestion = -1;
    SegmentFilter filter;
    /** Index of the categorical question the chart is compared by, or -1. */
    int compareBy = -1;
    /** Sort, diverging Likert, title/footer, decimals and the source note. The locale is not
     *  saved: numbers follow the language of the interface. */
    ChartOptions chartOptions;
    /** QWidget::saveGeometry() and QMainWindow::saveState(), opaque to core. */
    QByteArray windowGeometry;
    QByteArray windowState;

    /** The JSON saved with ProjectStore::writeState. */
    QJsonObject toJson(const Survey& survey) const;
    /**
     * Reads what toJson wrote against `survey` (possibly re-imported). Anything that no longer
     * resolves (a question gone, an option renamed, a compare-by question that is no longer
     * categorical) is dropped; when `unresolved` is given a readable line for each is appended.
     * Missing keys keep their defaults, so an empty object gives a default state.
     */
    static AnalysisState fromJson(const QJsonObject& json, const Survey& survey,
                                  QStringList* unresolved = nullptr);
};

} // namespace sondo
