#pragma once

#include "base/Result.h"
#include "export/TablesWorkbook.h"

#include <QObject>

QT_BEGIN_NAMESPACE
class QMainWindow;
QT_END_NAMESPACE

namespace sondo {

class AnalysisSession;
class ProjectDocument;

/**
 * File > Export Tables…: the window's tables as an Excel workbook, with what the analyst sees
 * (the filter, the compare-by as the columns' segments, the weighting), written by
 * TablesWorkbook as `sondo tables` writes it.
 */
class TablesExport : public QObject {
    Q_OBJECT

public:
    TablesExport(QMainWindow* window, const ProjectDocument* document);

    /** The workbook request of `session`'s state: every question, its filter and compare-by. */
    static TablesRequest request(const AnalysisSession& session);
    /** Writes the workbook `request` asks for to `path`. */
    Result<Done> write(const QString& path, const TablesRequest& request) const;
    /**
     * Asks for a file (a sheet per question, or one banner sheet, chosen by the file type),
     * then writes it; a failure is reported through failed().
     */
    void openDialog();

signals:
    void failed(const QString& title, const QString& message);

private:
    QMainWindow* m_window;
    const ProjectDocument* m_document;
};

} // namespace sondo
