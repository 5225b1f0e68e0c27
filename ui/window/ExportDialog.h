#pragma once

#include "chart/ChartSpec.h"
#include "render/ChartExporter.h"

#include <QDialog>
#include <functional>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;
QT_END_NAMESPACE

namespace sondo {

/**
 * How to export: format (PNG, SVG, PDF), size (newsletter 1200×675, square 1080×1080, A4
 * landscape or custom), PNG scale, transparent background, title and footer on or off, the
 * chart's language, and where to. Shows a preview of the chart as it will come out. Used for the
 * current chart (a file) and for every chart (a folder). Remembers the last choices.
 */
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { CurrentChart, AllCharts };

    /** `preview` is the chart to show (the current one); `chartCount` how many "all" means. */
    ExportDialog(Mode mode, const ChartSpec& preview, int chartCount, QWidget* parent = nullptr);

    ExportFormat format() const;
    ExportOptions options() const;
    /** The file (CurrentChart) or folder (AllCharts) to write. */
    QString target() const;

    void setFormat(ExportFormat format);
    /** A preset, or std::nullopt for a custom `size`. */
    void setSize(std::optional<SizePreset> preset, const QSizeF& size = {});
    void setScale(int scale);
    void setTransparent(bool transparent);
    void setShowTitle(bool show);
    void setShowFooter(bool show);
    /**
     * The language of the chart's words and numbers: "auto" (the survey's, the default), "it"
     * or "en"; independent of the interface's.
     */
    QString chartLanguage() const;
    void setChartLanguage(const QString& code);
    /** Where the preview comes from in another language (without it, the spec given stays). */
    void setPreviewSource(std::function<ChartSpec(const QString& language)> source);
    void setTarget(const QString& target);

    /** The size the chosen preset (or the custom fields) gives. */
    QSizeF chosenSize() const;

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateControls();
    void updatePreview();
    void browse();
    void loadSettings();
    void saveSettings() const;

    Mode m_mode;
    ChartSpec m_preview;
    int m_chartCount;
    QLabel* m_intro;
    QFormLayout* m_form;
    QComboBox* m_format;
    QComboBox* m_size;
    QSpinBox* m_width;
    QSpinBox* m_height;
    QComboBox* m_scale;
    QLabel* m_pixels;
    QCheckBox* m_transparent;
    QCheckBox* m_title;
    QCheckBox* m_footer;
    QComboBox* m_language;
    std::function<ChartSpec(const QString&)> m_previewSource;
    QLineEdit* m_target;
    QPushButton* m_browse;
    QLabel* m_previewLabel;
    QPushButton* m_export;
    QPushButton* m_cancel;
    QTimer* m_previewDelay;
};

} // namespace sondo
