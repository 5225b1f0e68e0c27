#pragma once

#include "base/Result.h"
#include "chart/ChartSpec.h"
#include "render/ChartTheme.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QSizeF>
#include <QString>
#include <optional>

namespace sondo {

/** File formats a chart exports to. */
enum class ExportFormat { Png, Svg, Pdf };

/** Named sizes newsletter editors ask for. */
enum class SizePreset {
    Newsletter,  ///< 1200×675 (16:9)
    Square,      ///< 1080×1080 (social)
    A4Landscape, ///< 297×210 mm; 1123×794 logical pixels at 96 dpi
};

/** How a chart is exported. Sizes are logical pixels (1/96 inch). */
struct ExportOptions {
    QSizeF size = QSizeF(1200, 675);
    /** Device pixels per logical pixel for PNG (2 = sharp on high-dpi screens). */
    qreal scale = 1.0;
    /** PNG without a background (alpha 0 wherever nothing is drawn). */
    bool transparent = false;
    /** Override the spec's own title/footer choice when set. */
    std::optional<bool> showTitle;
    std::optional<bool> showFooter;
    ChartTheme theme = ChartTheme::standard();
};

/**
 * Writes charts to PNG, SVG and PDF without any visible widget. Text stays text in SVG and PDF
 * (searchable, editable) and uses the bundled font everywhere.
 */
class ChartExporter {
public:
    static QSizeF presetSize(SizePreset preset);
    /** "newsletter", "square", "a4" (also "a4-landscape"), case-insensitive. */
    static std::optional<SizePreset> presetFromName(const QString& name);
    /** "png", "svg", "pdf" or a file name ending in one of them. */
    static std::optional<ExportFormat> formatFromName(const QString& nameOrPath);
    static QString extension(ExportFormat format);

    /** The chart as an image of size × scale device pixels. */
    static QImage toImage(const ChartSpec& spec, const ExportOptions& options);
    /**
     * `image` as PNG bytes, with the project's one choice of compression (fast zlib levels: the
     * encoding is most of an export's time); empty when encoding failed.
     */
    static QByteArray toPng(const QImage& image);
    /**
     * Every spec as PNG bytes, in order: drawn one by one on the calling thread while the
     * earlier ones are encoded on the thread pool (both cores).
     */
    static QList<QByteArray> toPngs(const QList<ChartSpec>& specs, const ExportOptions& options);
    /** The chart as an SVG document of the logical size. */
    static QByteArray toSvg(const ChartSpec& spec, const ExportOptions& options);
    /** The chart as a one-page PDF whose page has the logical size (A4 for that preset). */
    static QByteArray toPdf(const ChartSpec& spec, const ExportOptions& options);

    /** Renders `spec` to `path`, the format taken from its extension. */
    static Result<Done> exportChart(const ChartSpec& spec, const QString& path,
                                    const ExportOptions& options);
    static Result<Done> exportChart(const ChartSpec& spec, const QString& path, ExportFormat format,
                                    const ExportOptions& options);
    /**
     * Writes every spec into `folder` (created when missing) as `<id>-<slug>.<ext>` and returns
     * the paths written. Stops at the first failure.
     */
    static Result<QStringList> exportAll(const QList<ChartSpec>& specs, const QString& folder,
                                         ExportFormat format, const ExportOptions& options);
    /** Writes `bytes` (a rendered chart) to `path` whole or not at all. */
    static Result<Done> writeFile(const QByteArray& bytes, const QString& path);
    /** The digits the ids of `specs` are padded to in a folder: at least 2, or the widest. */
    static int idDigits(const QList<ChartSpec>& specs);

    /**
     * "Q3-quanto-e-soddisfatto-del-servizio": the id and the slug of the title. With
     * `idDigits`, the id's number is zero-padded to that many digits ("Q03-…"), so that a
     * folder of charts sorts in questionnaire order (Q01, Q02 … Q10, not Q1, Q10, Q2).
     */
    static QString fileBaseName(const ChartSpec& spec, int idDigits = 0);
    /**
     * Lower-case ASCII of `text`, accents stripped, other characters dropped, words joined by
     * '-', at most `maxLength` characters and never ending inside a word when avoidable.
     */
    static QString slug(const QString& text, int maxLength = 40);
};

} // namespace sondo
