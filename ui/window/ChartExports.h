#pragma once

#include "base/Result.h"
#include "chart/ChartSpec.h"
#include "render/ChartExporter.h"

#include <QObject>

QT_BEGIN_NAMESPACE
class QMainWindow;
QT_END_NAMESPACE

namespace sondo {

class ProjectDocument;

/**
 * The charts of the open project leaving the window: File > Export Chart and Export All Charts
 * (through the ExportDialog, written by ChartExporter) and Copy Chart (a picture on the
 * clipboard). What went well is said in the window's status bar; failures come as failed().
 */
class ChartExports : public QObject {
    Q_OBJECT
public:
    ChartExports(QMainWindow* window, const ProjectDocument* document);

    /**
     * Writes the current chart to `path`, its words and numbers in `language`: "it", "en",
     * "auto" (the survey's language, as `chart --lang auto`) or empty for the interface's.
     */
    Result<Done> exportCurrent(const QString& path, ExportFormat format,
                               const ExportOptions& options,
                               const QString& language = QString()) const;
    /** Writes every question's chart into `folder`; returns the files written. */
    Result<QStringList> exportAll(const QString& folder, ExportFormat format,
                                  const ExportOptions& options,
                                  const QString& language = QString()) const;
    /** The current chart as exportCurrent() draws it in `language`. */
    ChartSpec currentChart(const QString& language) const;
    /** Puts the current chart (newsletter size, 2×) on the clipboard. */
    void copyCurrent();
    /** Asks where and how, then exports the current chart. */
    void openExportDialog();
    /** Asks where and how, then exports every chart. */
    void openExportAllDialog();

signals:
    void failed(const QString& title, const QString& message);

private:
    QMainWindow* m_window;
    const ProjectDocument* m_document;
};

} // namespace sondo
