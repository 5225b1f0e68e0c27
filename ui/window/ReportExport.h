#pragma once

#include "base/Result.h"
#include "export/ReportContentBuilder.h"
#include "render/ReportWriter.h"

#include <QObject>

QT_BEGIN_NAMESPACE
class QMainWindow;
QT_END_NAMESPACE

namespace sondo {

class AnalysisSession;
class ProjectDocument;

/**
 * File > Export Report…: the window's report, with what the analyst sees (the filter, the
 * compare-by, the weighting and the interface language), written by ReportWriter as
 * `sondo report` writes it.
 */
class ReportExport : public QObject {
    Q_OBJECT

public:
    ReportExport(QMainWindow* window, const ProjectDocument* document);

    /** The report request of `session`'s state: every question, its filter and compare-by. */
    static ReportRequest request(const AnalysisSession& session);
    /** Writes the report of every question to `path` (.pdf, .odt or .html) on A4. */
    Result<Done> write(const QString& path) const;
    /** Writes the report `request` asks for to `path`, a PDF on `page`. */
    Result<Done> write(const QString& path, const ReportRequest& request, ReportPage page) const;
    /**
     * Asks what goes in (ReportDialog), then for a file, then writes it; a failure is reported
     * through failed().
     */
    void openDialog();

signals:
    void failed(const QString& title, const QString& message);

private:
    QMainWindow* m_window;
    const ProjectDocument* m_document;
};

} // namespace sondo
