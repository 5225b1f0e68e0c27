#include "window/ExportDialog.h"
#include "window/WheelGuard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace sondo {

namespace {

constexpr int kCustom = -1;
constexpr int kPreviewWidth = 440;
constexpr int kPreviewHeight = 300;

QString settingsKey(const char* name) {
    return QStringLiteral("export/") + QLatin1String(name);
}

/** The chequerboard drawing programs use to show "nothing here". */
QPixmap withChequerboard(const QImage& image) {
    QPixmap pixmap(image.size());
    QPainter painter(&pixmap);
    const int cell = 8;
    for (int y = 0; y < image.height(); y += cell)
        for (int x = 0; x < image.width(); x += cell)
            painter.fillRect(x, y, cell, cell,
                             ((x / cell + y / cell) % 2) ? QColor(0xcc, 0xcc, 0xcc) : Qt::white);
    painter.drawImage(0, 0, image);
    return pixmap;
}

} // namespace

ExportDialog::ExportDialog(Mode mode, const ChartSpec& preview, int chartCount, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_preview(preview)
    , m_chartCount(chartCount)
    , m_intro(new QLabel(this))
    , m_form(new QFormLayout)
    , m_format(new QComboBox(this))
    , m_size(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_scale(new QComboBox(this))
    , m_pixels(new QLabel(this))
    , m_transparent(new QCheckBox(this))
    , m_title(new QCheckBox(this))
    , m_footer(new QCheckBox(this))
    , m_language(new QComboBox(this))
    , m_target(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_previewLabel(new QLabel(this))
    , m_previewDelay(new QTimer(this)) {
    m_intro->setWordWrap(true);
    m_format->addItem(QStringLiteral("PNG"), int(ExportFormat::Png));
    m_format->addItem(QStringLiteral("SVG"), int(ExportFormat::Svg));
    m_format->addItem(QStringLiteral("PDF"), int(ExportFormat::Pdf));
    for (int i = 0; i < 4; ++i)
        m_size->addItem(QString());
    m_size->setItemData(0, int(SizePreset::Newsletter));
    m_size->setItemData(1, int(SizePreset::Square));
    m_size->setItemData(2, int(SizePreset::A4Landscape));
    m_size->setItemData(3, kCustom);
    for (QSpinBox* box : {m_width, m_height}) {
        box->setRange(200, 8000);
        box->setSuffix(QStringLiteral(" px"));
        box->setAccelerated(true);
    }
    m_width->setValue(1200);
    m_height->setValue(675);
    for (int s = 1; s <= 3; ++s)
        m_scale->addItem(QStringLiteral("%1\u00d7").arg(s), s);
    m_pixels->setForegroundRole(QPalette::PlaceholderText);
    m_target->setMinimumWidth(380);
    m_title->setChecked(true);
    m_footer->setChecked(true);
    // The languages' own names, as language menus write them; "auto" is named in retranslateUi.
    m_language->addItem(QString(), QStringLiteral("auto"));
    m_language->addItem(QStringLiteral("Italiano"), QStringLiteral("it"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));

    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_size, 1);
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("\u00d7"), this));
    sizeRow->addWidget(m_height);
    auto* scaleRow = new QHBoxLayout;
    scaleRow->addWidget(m_scale);
    scaleRow->addWidget(m_pixels, 1);
    auto* targetRow = new QHBoxLayout;
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(m_browse);

    m_form->addRow(QString(), m_format);
    m_form->addRow(QString(), sizeRow);
    m_form->addRow(QString(), scaleRow);
    m_form->addRow(QString(), m_transparent);
    m_form->addRow(QString(), m_title);
    m_form->addRow(QString(), m_footer);
    m_form->addRow(QString(), m_language);
    m_form->addRow(QString(), targetRow);

    m_previewLabel->setFixedSize(kPreviewWidth, kPreviewHeight);
    m_previewLabel->setAlignment(Qt::AlignCenter);
    m_previewLabel->setFrameShape(QFrame::StyledPanel);

    auto* buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_export->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* columns = new QHBoxLayout;
    columns->addLayout(m_form, 1);
    columns->addSpacing(12);
    columns->addWidget(m_previewLabel, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(columns);
    layout->addWidget(buttons);

    m_previewDelay->setSingleShot(true);
    m_previewDelay->setInterval(60);
    connect(m_previewDelay, &QTimer::timeout, this, &ExportDialog::updatePreview);
    auto changed = [this] {
        updateControls();
        m_previewDelay->start();
    };
    connect(m_format, &QComboBox::currentIndexChanged, this, changed);
    connect(m_size, &QComboBox::currentIndexChanged, this, changed);
    connect(m_width, &QSpinBox::valueChanged, this, changed);
    connect(m_height, &QSpinBox::valueChanged, this, changed);
    connect(m_scale, &QComboBox::currentIndexChanged, this, changed);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        if (m_previewSource) {
            const ChartSpec spec = m_previewSource(chartLanguage());
            if (!spec.isEmpty())
                m_preview = spec;
        }
        m_previewDelay->start();
    });
    WheelGuard::protect(this);
    for (QCheckBox* box : {m_transparent, m_title, m_footer})
        connect(box, &QCheckBox::toggled, this, changed);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);

    loadSettings();
    retranslateUi();
    updateControls();
    updatePreview();
}

ExportFormat ExportDialog::format() const {
    return ExportFormat(m_format->currentData().toInt());
}

QSizeF ExportDialog::chosenSize() const {
    const int preset = m_size->currentData().toInt();
    if (preset == kCustom)
        return QSizeF(m_width->value(), m_height->value());
    return ChartExporter::presetSize(SizePreset(preset));
}

ExportOptions ExportDialog::options() const {
    ExportOptions options;
    options.size = chosenSize();
    options.scale = format() == ExportFormat::Png ? m_scale->currentData().toInt() : 1;
    options.transparent = m_transparent->isEnabled() && m_transparent->isChecked();
    options.showTitle = m_title->isChecked();
    options.showFooter = m_footer->isChecked();
    return options;
}

QString ExportDialog::target() const {
    return m_target->text().trimmed();
}

void ExportDialog::setFormat(ExportFormat format) {
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ExportDialog::setSize(std::optional<SizePreset> preset, const QSizeF& size) {
    m_size->setCurrentIndex(m_size->findData(preset ? int(*preset) : kCustom));
    if (!preset && size.isValid()) {
        m_width->setValue(qRound(size.width()));
        m_height->setValue(qRound(size.height()));
    }
}

void ExportDialog::setScale(int scale) {
    m_scale->setCurrentIndex(qBound(1, scale, 3) - 1);
}

void ExportDialog::setTransparent(bool transparent) {
    m_transparent->setChecked(transparent);
}

void ExportDialog::setShowTitle(bool show) {
    m_title->setChecked(show);
}

void ExportDialog::setShowFooter(bool show) {
    m_footer->setChecked(show);
}

QString ExportDialog::chartLanguage() const {
    return m_language->currentData().toString();
}

void ExportDialog::setChartLanguage(const QString& code) {
    m_language->setCurrentIndex(qMax(0, m_language->findData(code)));
}

void ExportDialog::setPreviewSource(std::function<ChartSpec(const QString&)> source) {
    m_previewSource = std::move(source);
    if (!m_previewSource)
        return;
    const ChartSpec spec = m_previewSource(chartLanguage());
    if (!spec.isEmpty())
        m_preview = spec;
    updatePreview();
}

void ExportDialog::setTarget(const QString& target) {
    m_target->setText(target);
}

void ExportDialog::updateControls() {
    const bool custom = m_size->currentData().toInt() == kCustom;
    if (!custom) {
        const QSizeF size = chosenSize();
        const QSignalBlocker blockWidth(m_width), blockHeight(m_height);
        m_width->setValue(qRound(size.width()));
        m_height->setValue(qRound(size.height()));
    }
    m_width->setEnabled(custom);
    m_height->setEnabled(custom);
    const bool png = format() == ExportFormat::Png;
    m_scale->setEnabled(png);
    m_transparent->setEnabled(format() != ExportFormat::Pdf);
    if (png) {
        const ExportOptions o = options();
        m_pixels->setText(tr("%1 \u00d7 %2 pixels")
                              .arg(qRound(o.size.width() * o.scale))
                              .arg(qRound(o.size.height() * o.scale)));
    } else {
        m_pixels->setText(format() == ExportFormat::Pdf ? tr("vector, one page")
                                                        : tr("vector, editable text"));
    }
    // Keep the file's extension in step with the format.
    if (m_mode == Mode::CurrentChart && !target().isEmpty()) {
        const QFileInfo info(target());
        const QString wanted = ChartExporter::extension(format());
        if (info.suffix().toLower() != wanted) {
            const QString base = ChartExporter::formatFromName(info.suffix())
                                     ? info.path() + QLatin1Char('/') + info.completeBaseName()
                                     : target();
            m_target->setText(QDir::toNativeSeparators(base + QLatin1Char('.') + wanted));
        }
    }
}

void ExportDialog::updatePreview() {
    if (m_preview.isEmpty() && m_preview.title.isEmpty()) {
        m_previewLabel->clear();
        return;
    }
    ExportOptions o = options();
    o.scale = 1;
    const QImage image = ChartExporter::toImage(m_preview, o);
    const QImage scaled = image.scaled(m_previewLabel->size() - QSize(8, 8), Qt::KeepAspectRatio,
                                       Qt::SmoothTransformation);
    m_previewLabel->setPixmap(withChequerboard(scaled));
}

void ExportDialog::browse() {
    QString chosen;
    if (m_mode == Mode::CurrentChart) {
        const QString ext = ChartExporter::extension(format());
        chosen = QFileDialog::getSaveFileName(this, tr("Export chart"), target(),
                                              tr("%1 files (*.%2)").arg(ext.toUpper(), ext));
    } else {
        chosen = QFileDialog::getExistingDirectory(this, tr("Export all charts to"), target());
    }
    if (!chosen.isEmpty())
        m_target->setText(QDir::toNativeSeparators(chosen));
}

void ExportDialog::accept() {
    if (target().isEmpty()) {
        m_target->setFocus();
        return;
    }
    saveSettings();
    QDialog::accept();
}

void ExportDialog::loadSettings() {
    QSettings settings;
    setFormat(ExportFormat(settings.value(settingsKey("format"), int(ExportFormat::Png)).toInt()));
    const int preset = settings.value(settingsKey("preset"), int(SizePreset::Newsletter)).toInt();
    m_size->setCurrentIndex(qMax(0, m_size->findData(preset)));
    m_width->setValue(settings.value(settingsKey("width"), 1200).toInt());
    m_height->setValue(settings.value(settingsKey("height"), 675).toInt());
    setScale(settings.value(settingsKey("scale"), 2).toInt());
    m_transparent->setChecked(settings.value(settingsKey("transparent"), false).toBool());
    m_title->setChecked(settings.value(settingsKey("title"), true).toBool());
    m_footer->setChecked(settings.value(settingsKey("footer"), true).toBool());
    setChartLanguage(settings.value(settingsKey("language"), QStringLiteral("auto")).toString());

    const QString folder =
        settings
            .value(settingsKey("folder"),
                   QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
            .toString();
    const QDir dir(folder.isEmpty() ? QDir::homePath() : folder);
    if (m_mode == Mode::CurrentChart)
        m_target->setText(QDir::toNativeSeparators(
            dir.filePath(ChartExporter::fileBaseName(m_preview) + QLatin1Char('.') +
                         ChartExporter::extension(format()))));
    else
        m_target->setText(QDir::toNativeSeparators(dir.path()));
}

void ExportDialog::saveSettings() const {
    QSettings settings;
    settings.setValue(settingsKey("format"), int(format()));
    settings.setValue(settingsKey("preset"), m_size->currentData().toInt());
    settings.setValue(settingsKey("width"), m_width->value());
    settings.setValue(settingsKey("height"), m_height->value());
    settings.setValue(settingsKey("scale"), m_scale->currentData().toInt());
    settings.setValue(settingsKey("transparent"), m_transparent->isChecked());
    settings.setValue(settingsKey("title"), m_title->isChecked());
    settings.setValue(settingsKey("footer"), m_footer->isChecked());
    settings.setValue(settingsKey("language"), chartLanguage());
    settings.setValue(settingsKey("folder"), m_mode == Mode::CurrentChart
                                                 ? QFileInfo(target()).absolutePath()
                                                 : QFileInfo(target()).absoluteFilePath());
}

void ExportDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ExportDialog::retranslateUi() {
    if (m_mode == Mode::CurrentChart) {
        setWindowTitle(tr("Export chart"));
        m_intro->setText(tr("Export the chart of <b>%1</b> as a picture for a newsletter, a "
                            "slide or a report.")
                             .arg(m_preview.questionId.toHtmlEscaped()));
    } else {
        setWindowTitle(tr("Export all charts"));
        m_intro->setText(tr("Export the charts of all %Ln question(s) into one folder, one file "
                            "each named after the question. The preview shows the current one.",
                            "", m_chartCount));
    }
    m_size->setItemText(0, tr("Newsletter (1200 \u00d7 675)"));
    m_size->setItemText(1, tr("Square (1080 \u00d7 1080)"));
    m_size->setItemText(2, tr("A4 landscape"));
    m_size->setItemText(3, tr("Custom size"));
    m_transparent->setText(tr("Transparent background"));
    m_title->setText(tr("Title and filter"));
    m_footer->setText(tr("Notes, base and source"));
    m_language->setItemText(0, tr("The survey's language"));
    m_language->setToolTip(tr("The language of the chart's notes, “Base”, "
                              "“Other” and numbers, whatever the window's language"));
    m_browse->setText(tr("Browse\u2026"));
    m_export->setText(tr("Export"));
    m_cancel->setText(tr("Cancel"));
    const QStringList labels = {
        tr("Format:"),         tr("Size:"),
        tr("Scale:"),          QString(),
        tr("Show:"),           QString(),
        tr("Chart language:"), m_mode == Mode::CurrentChart ? tr("File:") : tr("Folder:")};
    for (int row = 0; row < labels.size(); ++row)
        if (auto* item = m_form->itemAt(row, QFormLayout::LabelRole))
            if (auto* label = qobject_cast<QLabel*>(item->widget()))
                label->setText(labels[row]);
    for (int row = 0; row < labels.size(); ++row)
        if (!m_form->itemAt(row, QFormLayout::LabelRole) && !labels[row].isEmpty())
            m_form->setWidget(row, QFormLayout::LabelRole, new QLabel(labels[row], this));
    m_scale->setToolTip(tr("PNG only: 2\u00d7 is sharp on high-resolution screens"));
    updateControls();
}

} // namespace sondo
