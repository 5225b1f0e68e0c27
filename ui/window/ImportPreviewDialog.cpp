#include "window/ImportPreviewDialog.h"

#include "clean/CleaningSuggestions.h"

#include "import/infer/ScaleLibrary.h"
#include "model/PersonalData.h"
#include "project/CaseVariantMerges.h"
#include "project/WriteInMerges.h"
#include "window/ScaleOrderDialog.h"
#include "window/WheelGuard.h"

#include "window/TypeIcons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

namespace sondo {

namespace {

enum Column { IdColumn, TextColumn, TypeColumn, GroupColumn, ExampleColumn, ColumnCount };

constexpr int kMaxExampleLength = 90;
constexpr int kMaxStemLength = 32;

} // namespace

ImportPreviewDialog::ImportPreviewDialog(const Project& project, const QList<Diagnostic>& warnings,
                                         QWidget* parent)
    : QDialog(parent)
    , m_project(project)
    , m_warnings(warnings)
    , m_intro(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_warningsLabel(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_completeOnly(new QCheckBox(this))
    , m_saveLabel(new QLabel(this))
    , m_projectPath(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_structureLabel(new QLabel(this))
    , m_asMetadata(new QPushButton(this))
    , m_asQuestion(new QPushButton(this))
    , m_splitGroup(new QPushButton(this))
    , m_makeGroup(new QPushButton(this))
    , m_scaleOrder(new QPushButton(this))
    , m_writeInsBefore(new QLabel(this))
    , m_writeIns(new QSpinBox(this))
    , m_writeInsAfter(new QLabel(this)) {
    m_projectPath->setObjectName(QStringLiteral("projectPath"));
    connect(m_browse, &QPushButton::clicked, this, &ImportPreviewDialog::browseProjectPath);
    m_intro->setWordWrap(true);
    m_facts->setTextFormat(Qt::RichText);
    m_warningsLabel->setWordWrap(true);
    m_warningsLabel->setTextFormat(Qt::RichText);
    m_warningsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const QList<Question>& questions = m_project.survey.questions;
    m_table->setColumnCount(ColumnCount);
    m_table->setRowCount(int(questions.size()));
    m_table->verticalHeader()->hide();
    // Rows are selected for the structure buttons under the table.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setSectionResizeMode(IdColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TypeColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(GroupColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ExampleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (int row = 0; row < questions.size(); ++row) {
        const Question& q = questions[row];
        auto* id = new QTableWidgetItem(TypeIcons::icon(q.type), q.id);
        auto* text = new QTableWidgetItem(q.text.simplified());
        text->setToolTip(q.text);
        auto* sample = new QTableWidgetItem(example(row));
        sample->setToolTip(sample->text());
        showProposals(sample, row);
        m_table->setItem(row, IdColumn, id);
        m_table->setItem(row, TextColumn, text);
        m_table->setItem(row, ExampleColumn, sample);
        m_table->setItem(row, GroupColumn, new QTableWidgetItem);
        auto* combo = new QComboBox(m_table);
        for (QuestionType type : TypeIcons::choosableTypes())
            combo->addItem(TypeIcons::icon(type), TypeIcons::name(type), int(type));
        combo->setCurrentIndex(int(TypeIcons::choosableTypes().indexOf(q.type)));
        // Metadata (timestamps, tool ids) is never analysed whatever its type: nothing to choose.
        combo->setEnabled(!q.metadata);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, row, combo, id] {
            const auto type = QuestionType(combo->currentData().toInt());
            id->setIcon(TypeIcons::icon(type));
            QFont font = combo->font();
            font.setBold(type != m_project.survey.questions[row].type);
            combo->setFont(font);
            // Another type than a scale takes back the scale order of the question's group.
            if (type != QuestionType::Likert && scaleOrderOf(row))
                dropScaleOrder(row);
        });
        if (q.metadata) {
            for (int c : {IdColumn, TextColumn, GroupColumn, ExampleColumn})
                m_table->item(row, c)->setForeground(palette().brush(QPalette::PlaceholderText));
        }
        m_table->setCellWidget(row, TypeColumn, combo);
        m_combos.append(combo);
    }
    m_table->resizeRowsToContents();
    // Scrolling the preview must never change a question's type.
    WheelGuard::protect(m_table);

    auto* buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_import->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_facts);
    layout->addWidget(m_warningsLabel);
    layout->addWidget(m_table, 1);
    auto* structureRow = new QHBoxLayout;
    structureRow->addWidget(m_structureLabel);
    for (QPushButton* button :
         {m_asMetadata, m_asQuestion, m_splitGroup, m_makeGroup, m_scaleOrder}) {
        button->setAutoDefault(false);
        structureRow->addWidget(button);
    }
    structureRow->addStretch(1);
    layout->addLayout(structureRow);
    connect(m_asMetadata, &QPushButton::clicked, this,
            [this] { setAsideAsMetadata(selectedIds()); });
    connect(m_asQuestion, &QPushButton::clicked, this, [this] { readAsQuestions(selectedIds()); });
    connect(m_splitGroup, &QPushButton::clicked, this, [this] {
        for (const QString& id : selectedIds())
            splitGroupOf(id);
    });
    connect(m_makeGroup, &QPushButton::clicked, this, &ImportPreviewDialog::askGroupStem);
    connect(m_scaleOrder, &QPushButton::clicked, this, &ImportPreviewDialog::openScaleOrderDialog);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ImportPreviewDialog::updateStructureButtons);
    updateStructureButtons();
    auto* writeInsRow = new QHBoxLayout;
    writeInsRow->addWidget(m_writeInsBefore);
    writeInsRow->addWidget(m_writeIns);
    writeInsRow->addWidget(m_writeInsAfter, 1);
    layout->addLayout(writeInsRow);
    m_writeIns->setRange(0, 50);
    m_writeIns->setValue(WriteInMerges::kDefaultLimit);
    m_writeInsBefore->setBuddy(m_writeIns);
    m_writeInsAfter->setWordWrap(true);
    connect(m_writeIns, &QSpinBox::valueChanged, this, &ImportPreviewDialog::showWriteIns);
    showWriteIns();
    layout->addWidget(m_completeOnly);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_saveLabel);
    saveRow->addWidget(m_projectPath, 1);
    saveRow->addWidget(m_browse);
    layout->addLayout(saveRow);
    layout->addWidget(buttons);
    resize(1080, 640);
    retranslateUi();
}

void ImportPreviewDialog::setProjectPath(const QString& path) {
    m_projectPath->setText(QDir::toNativeSeparators(path));
}

QString ImportPreviewDialog::projectPath() const {
    return QDir::fromNativeSeparators(m_projectPath->text().trimmed());
}

void ImportPreviewDialog::browseProjectPath() {
    // Not a static dialog with its own event loop inside a slot of this one: opened window-modal
    // and answered through its signal.
    auto* dialog =
        new QFileDialog(this, tr("Save the project as"), QFileInfo(projectPath()).absolutePath(),
                        tr("Sondo projects (*.sondo)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("sondo"));
    dialog->selectFile(QFileInfo(projectPath()).fileName());
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString& file) { setProjectPath(file); });
    dialog->open();
}

QList<QPair<QString, QuestionType>> ImportPreviewDialog::typeOverrides() const {
    QList<QPair<QString, QuestionType>> overrides;
    const QList<Question>& questions = m_project.survey.questions;
    for (int row = 0; row < questions.size(); ++row) {
        const auto type = QuestionType(m_combos[row]->currentData().toInt());
        // A scale order makes its items scales: no type to force besides.
        if (type != questions[row].type && !(type == QuestionType::Likert && scaleOrderOf(row)))
            overrides.append({questions[row].id, type});
    }
    return overrides;
}

void ImportPreviewDialog::showGroup(int row) const {
    // What the question belongs to as Sondo read it: a grid or battery, or the survey's
    // metadata (personal data said so), so that the analyst sees the structure before importing.
    // A choice of the analyst's shows in bold, with what it was read as in the tooltip.
    QTableWidgetItem* item = m_table->item(row, GroupColumn);
    const Question& q = m_project.survey.questions[row];
    QString text, tip;
    if (q.metadata) {
        text = PersonalData::isPersonal(q) ? tr("Metadata, personal") : tr("Metadata");
        tip = tr("Kept in the project, not charted; usable as a filter or a segment");
    } else if (const int g = m_project.survey.findGroup(q.group); g >= 0) {
        const QuestionGroup& group = m_project.survey.groups[g];
        text = tr("%1 (%n items)", nullptr, int(group.items.size())).arg(group.id);
        tip = group.text;
    }
    QString chosen;
    const auto join =
        std::find_if(m_structure.groups.begin(), m_structure.groups.end(),
                     [&](const StructureChoices::Join& j) { return j.columns.contains(q.code); });
    if (m_structure.metadata.contains(q.code)) {
        chosen = tr("Metadata");
    } else if (m_structure.questions.contains(q.code)) {
        chosen = tr("A question");
    } else if (join != m_structure.groups.end()) {
        // The stem may be a paragraph (LimeSurvey's): the cell names it short, the tooltip whole.
        const QString stem = join->stem.size() > kMaxStemLength
                                 ? join->stem.left(kMaxStemLength - 1) + QChar(0x2026)
                                 : join->stem;
        chosen = tr("New group: %1").arg(stem);
    } else if (const int g = m_project.survey.findGroup(q.group); g >= 0) {
        for (const int r : m_project.survey.groupItems(g))
            if (m_structure.split.contains(m_project.survey.questions[r].code))
                chosen = tr("On its own");
    }
    QFont font = m_table->font();
    font.setBold(!chosen.isEmpty());
    item->setFont(font);
    if (!chosen.isEmpty()) {
        tip = text.isEmpty() ? tr("Your choice; read as a question on its own")
                             : tr("Your choice; read as: %1").arg(text);
        if (join != m_structure.groups.end())
            tip = join->stem + QLatin1Char('\n') + tip;
        text = chosen;
    }
    if (const StructureChoices::ScaleOrder* scale = scaleOrderOf(row)) {
        font.setBold(true);
        item->setFont(font);
        text = text.isEmpty() ? tr("Your scale order") : tr("%1 · your scale order").arg(text);
        tip = (tip.isEmpty() ? QString() : tip + QLatin1Char('\n')) +
              tr("Scale, low end first: %1").arg(scale->options.join(QStringLiteral(" < ")));
    }
    item->setText(text);
    item->setToolTip(tip);
}

QList<int> ImportPreviewDialog::scaleRows(int row) const {
    const Survey& survey = m_project.survey;
    if (const int g = survey.findGroup(survey.questions[row].group); g >= 0)
        return survey.groupItems(g);
    return {row};
}

const StructureChoices::ScaleOrder* ImportPreviewDialog::scaleOrderOf(int row) const {
    for (const int r : scaleRows(row))
        for (const StructureChoices::ScaleOrder& scale : m_structure.scales)
            if (scale.column == m_project.survey.questions[r].code)
                return &scale;
    return nullptr;
}

bool ImportPreviewDialog::setScaleOrder(const QString& id, const QStringList& points) {
    const int row = rowOf(id);
    if (row < 0 || isMetadata(row) || points.size() < 2)
        return false;
    const QList<int> rows = scaleRows(row);
    for (const int r : rows) {
        const QuestionType type = m_project.survey.questions[r].type;
        if (type != QuestionType::Single && type != QuestionType::Likert)
            return false;
    }
    // One order per group: a new one replaces the one given on any of its items.
    for (const int r : rows)
        m_structure.scales.removeIf([&](const StructureChoices::ScaleOrder& s) {
            return s.column == m_project.survey.questions[r].code;
        });
    m_structure.scales.append({m_project.survey.questions[row].code, points});
    for (const int r : rows) {
        // Shown as what the order makes it; typeOverrides() forces nothing for it.
        m_combos[r]->setCurrentIndex(
            int(TypeIcons::choosableTypes().indexOf(QuestionType::Likert)));
        showGroup(r);
        // The answers as they will be read: the scale, then those off it.
        QStringList others = m_project.survey.questions[r].options;
        others.removeIf([&](const QString& o) { return points.contains(o); });
        QString shown = points.join(QStringLiteral(" < "));
        if (!others.isEmpty())
            shown += QStringLiteral(" · ") + others.join(QStringLiteral(" · "));
        m_table->item(r, ExampleColumn)->setText(shown);
        m_table->item(r, ExampleColumn)->setToolTip(shown);
    }
    return true;
}

void ImportPreviewDialog::dropScaleOrder(int row) {
    const QList<int> rows = scaleRows(row);
    for (const int r : rows)
        m_structure.scales.removeIf([&](const StructureChoices::ScaleOrder& s) {
            return s.column == m_project.survey.questions[r].code;
        });
    for (const int r : rows) {
        // The other items go back to the type Sondo read: the order made them scales.
        const QuestionType read = m_project.survey.questions[r].type;
        if (r != row && QuestionType(m_combos[r]->currentData().toInt()) == QuestionType::Likert)
            m_combos[r]->setCurrentIndex(int(TypeIcons::choosableTypes().indexOf(read)));
        QTableWidgetItem* item = m_table->item(r, ExampleColumn);
        item->setText(example(r));
        item->setToolTip(item->text());
        showGroup(r);
    }
    showWriteIns();
}

ScaleOrderDialog* ImportPreviewDialog::openScaleOrderDialog() {
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const int row = rows.first();
    const Survey& survey = m_project.survey;
    const Question& q = survey.questions[row];
    const int g = survey.findGroup(q.group);
    // The answers as they will be read: the analyst's order if one was given, else Sondo's.
    QStringList answers = g >= 0 ? survey.groups[g].options : q.options;
    QStringList onScale;
    const ScaleLibrary library;
    for (const QString& answer : std::as_const(answers)) {
        const int o = int(q.options.indexOf(answer));
        const bool offScale =
            (o >= 0 && size_t(o) < q.scores.size() && std::isnan(q.scores[size_t(o)])) ||
            library.isNonSubstantive(answer);
        if (!offScale)
            onScale.append(answer);
    }
    if (const StructureChoices::ScaleOrder* chosen = scaleOrderOf(row)) {
        onScale = chosen->options;
        QStringList rest = answers;
        rest.removeIf([&](const QString& a) { return onScale.contains(a); });
        answers = onScale + rest;
    }
    auto* dialog =
        new ScaleOrderDialog(g >= 0 ? survey.groups[g].text : q.text, answers, onScale, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = q.id;
    // Window-modal and answered through its signal, as the group's stem prompt.
    connect(dialog, &QDialog::accepted, this,
            [this, id, dialog] { setScaleOrder(id, dialog->scale()); });
    dialog->open();
    return dialog;
}

QList<int> ImportPreviewDialog::selectedRows() const {
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

QStringList ImportPreviewDialog::selectedIds() const {
    QStringList ids;
    for (int row : selectedRows())
        ids.append(m_project.survey.questions[row].id);
    return ids;
}

int ImportPreviewDialog::rowOf(const QString& id) const {
    const QList<Question>& questions = m_project.survey.questions;
    for (int row = 0; row < questions.size(); ++row)
        if (questions[row].id == id)
            return row;
    return -1;
}

bool ImportPreviewDialog::isMetadata(int row) const {
    const Question& q = m_project.survey.questions[row];
    return m_structure.metadata.contains(q.code) ||
           (q.metadata && !m_structure.questions.contains(q.code));
}

bool ImportPreviewDialog::setAsideAsMetadata(const QStringList& ids) {
    bool changed = false;
    for (const QString& id : ids) {
        const int row = rowOf(id);
        if (row < 0 || isMetadata(row))
            continue;
        const Question& q = m_project.survey.questions[row];
        m_structure.questions.removeAll(q.code);
        for (StructureChoices::Join& join : m_structure.groups)
            join.columns.removeAll(q.code);
        if (!q.metadata)
            m_structure.metadata.append(q.code);
        changed = true;
    }
    m_structure.groups.removeIf([](const auto& join) { return join.columns.size() < 2; });
    for (int row = 0; row < m_table->rowCount(); ++row)
        showGroup(row);
    updateStructureButtons();
    return changed;
}

bool ImportPreviewDialog::readAsQuestions(const QStringList& ids) {
    bool changed = false;
    for (const QString& id : ids) {
        const int row = rowOf(id);
        if (row < 0 || !isMetadata(row))
            continue;
        const Question& q = m_project.survey.questions[row];
        m_structure.metadata.removeAll(q.code);
        if (q.metadata)
            m_structure.questions.append(q.code);
        changed = true;
    }
    for (int row = 0; row < m_table->rowCount(); ++row)
        showGroup(row);
    updateStructureButtons();
    return changed;
}

bool ImportPreviewDialog::splitGroupOf(const QString& id) {
    const int row = rowOf(id);
    if (row < 0)
        return false;
    const Question& q = m_project.survey.questions[row];
    // A group made in this preview is undone; one Sondo read is split.
    const qsizetype joins = m_structure.groups.removeIf(
        [&](const StructureChoices::Join& j) { return j.columns.contains(q.code); });
    const bool grouped = m_project.survey.findGroup(q.group) >= 0;
    if (grouped && !m_structure.split.contains(q.code))
        m_structure.split.append(q.code);
    for (int r = 0; r < m_table->rowCount(); ++r)
        showGroup(r);
    updateStructureButtons();
    return joins > 0 || grouped;
}

bool ImportPreviewDialog::makeGroup(const QString& stem, const QStringList& ids) {
    QStringList codes;
    for (const QString& id : ids)
        if (const int row = rowOf(id); row >= 0 && !isMetadata(row))
            codes.append(m_project.survey.questions[row].code);
    if (stem.trimmed().isEmpty() || codes.size() < 2)
        return false;
    for (StructureChoices::Join& join : m_structure.groups)
        for (const QString& code : std::as_const(codes))
            join.columns.removeAll(code);
    m_structure.groups.removeIf(
        [&](const auto& join) { return join.columns.size() < 2 || join.stem == stem.trimmed(); });
    m_structure.groups.append({stem.trimmed(), codes});
    for (int row = 0; row < m_table->rowCount(); ++row)
        showGroup(row);
    updateStructureButtons();
    return true;
}

void ImportPreviewDialog::askGroupStem() {
    QStringList ids = selectedIds();
    ids.removeIf([this](const QString& id) { return isMetadata(rowOf(id)); });
    if (ids.size() < 2)
        return;
    // Proposed: the words the items' texts begin with; nothing when they share none (the first
    // item's text would be a wrong stem that is easy to accept).
    QString stem = m_project.survey.questions[rowOf(ids.first())].text.simplified();
    for (const QString& id : std::as_const(ids)) {
        const QString text = m_project.survey.questions[rowOf(id)].text.simplified();
        qsizetype n = 0;
        while (n < stem.size() && n < text.size() && stem[n] == text[n])
            ++n;
        stem = n >= 3 ? stem.left(n) : QString();
    }
    stem = stem.trimmed();
    while (!stem.isEmpty() && !stem.back().isLetterOrNumber() && stem.back() != u')' &&
           stem.back() != u'?')
        stem.chop(1);
    // Window-modal and answered through its signal, as the project path's dialog.
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Make a group"));
    dialog->setLabelText(
        tr("The group's stem (the question its %n items answer):", nullptr, int(ids.size())));
    dialog->setTextValue(stem);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, ids](const QString& text) { makeGroup(text, ids); });
    dialog->open();
}

std::optional<int> ImportPreviewDialog::writeInLimit() const {
    if (m_writeIns->value() == WriteInMerges::kDefaultLimit)
        return std::nullopt;
    return m_writeIns->value();
}

QString ImportPreviewDialog::writeInsShown(int row) const {
    const QStringList& answers = m_writeInAnswers.value(row);
    return answers.isEmpty() ? QString() : tr("Other (%1 write-ins)").arg(answers.size());
}

void ImportPreviewDialog::showWriteIns() {
    // What the import will merge, found as the import finds it: case variants first.
    const Survey& survey = m_project.survey;
    const CaseVariantMerges::AnswerCounter counter = [this](int q) {
        return CleaningSuggestions::answersOf(m_project.survey, m_project.responses, q);
    };
    const QList<MergeOptions> merges = WriteInMerges::find(
        survey, counter, CaseVariantMerges::find(survey, counter), m_writeIns->value());
    m_writeInAnswers = QList<QStringList>(survey.questions.size());
    for (const MergeOptions& merge : merges)
        if (const int row = survey.findQuestion(merge.question); row >= 0)
            m_writeInAnswers[row] = merge.options;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const Question& q = survey.questions[row];
        if (q.type != QuestionType::Single || q.metadata)
            continue;
        QTableWidgetItem* item = m_table->item(row, ExampleColumn);
        const QStringList& answers = m_writeInAnswers[row];
        QString text = example(row);
        if (!answers.isEmpty()) {
            // The options as they will be read: the kept ones, then "Other" (spellings of a
            // write-in are left out with it).
            QSet<QString> keys;
            for (const QString& answer : answers)
                keys.insert(CleaningSuggestions::caseKey(answer));
            QStringList kept;
            for (const QString& option : q.options)
                if (!keys.contains(CleaningSuggestions::caseKey(option)))
                    kept.append(option);
            // "Other" last, and never elided away: the options give it room.
            const QString other = QStringLiteral(" \u00b7 ") + writeInsShown(row);
            text = kept.join(QStringLiteral(" \u00b7 "));
            const qsizetype room = std::max<qsizetype>(20, kMaxExampleLength - other.size());
            if (text.size() > room)
                text = text.left(room - 1) + QChar(0x2026);
            text += other;
        }
        item->setText(text);
        item->setToolTip(text);
        item->setForeground(palette().brush(QPalette::Text));
        showProposals(item, row);
        if (answers.isEmpty())
            continue;
        item->setToolTip(tr("Answers given by %n respondent(s) or fewer, typed in the form's "
                            "“Other” box; counted together as “Other”, their texts kept:",
                            nullptr, m_writeIns->value()) +
                         QLatin1Char('\n') + answers.mid(0, 15).join(QLatin1Char('\n')) +
                         (answers.size() > 15 ? QStringLiteral("\n\u2026") : QString()) +
                         QStringLiteral("\n\n") + item->toolTip());
    }
}

void ImportPreviewDialog::updateStructureButtons() {
    const QList<int> rows = selectedRows();
    int metadata = 0, questions = 0, grouped = 0;
    for (int row : rows) {
        const Question& q = m_project.survey.questions[row];
        if (isMetadata(row))
            ++metadata;
        else
            ++questions;
        const bool joined = std::any_of(
            m_structure.groups.begin(), m_structure.groups.end(),
            [&](const StructureChoices::Join& j) { return j.columns.contains(q.code); });
        grouped += joined || m_project.survey.findGroup(q.group) >= 0;
    }
    m_asMetadata->setEnabled(questions > 0);
    m_asQuestion->setEnabled(metadata > 0);
    m_splitGroup->setEnabled(grouped > 0);
    m_makeGroup->setEnabled(questions >= 2);
    // A scale order is given for one question, or one group, at a time.
    bool scale = !rows.isEmpty();
    for (const int row : rows) {
        const Question& q = m_project.survey.questions[row];
        scale = scale && !isMetadata(row) &&
                (q.type == QuestionType::Single || q.type == QuestionType::Likert) &&
                scaleRows(row) == scaleRows(rows.first());
    }
    m_scaleOrder->setEnabled(scale);
}

bool ImportPreviewDialog::completeOnly() const {
    return m_completeOnly->isChecked();
}

bool ImportPreviewDialog::setType(const QString& id, QuestionType type) {
    const QList<Question>& questions = m_project.survey.questions;
    for (int row = 0; row < questions.size(); ++row) {
        if (questions[row].id != id || !m_combos[row]->isEnabled())
            continue;
        const int index = m_combos[row]->findData(int(type));
        if (index < 0)
            return false;
        m_combos[row]->setCurrentIndex(index);
        return true;
    }
    return false;
}

QStringList ImportPreviewDialog::detectedFacts() const {
    const ImportRecord record =
        m_project.imports.isEmpty() ? ImportRecord() : m_project.imports.constLast();
    return {formatName(record.format.isEmpty() ? m_project.survey.sourceFormat : record.format),
            record.encoding, delimiterName(record.delimiter),
            QString::number(m_project.responses.respondentCount)};
}

QString ImportPreviewDialog::formatName(const QString& profile) {
    static const QList<QPair<QString, QString>> names = {
        {QStringLiteral("google-forms"), QStringLiteral("Google Forms")},
        {QStringLiteral("surveymonkey"), QStringLiteral("SurveyMonkey")},
        {QStringLiteral("limesurvey"), QStringLiteral("LimeSurvey")},
        {QStringLiteral("qualtrics"), QStringLiteral("Qualtrics")},
        {QStringLiteral("microsoft-forms"), QStringLiteral("Microsoft Forms")},
        {QStringLiteral("kobotoolbox"), QStringLiteral("KoboToolbox")},
        {QStringLiteral("spss"), QStringLiteral("SPSS")},
    };
    for (const auto& [key, name] : names)
        if (key == profile)
            return name;
    if (profile == u"generic" || profile.isEmpty())
        return tr("Generic table");
    return profile;
}

QString ImportPreviewDialog::delimiterName(const QString& delimiter) {
    if (delimiter.isEmpty())
        return tr("none (not a text file)");
    if (delimiter == u",")
        return tr("Comma (,)");
    if (delimiter == u";")
        return tr("Semicolon (;)");
    if (delimiter == u"\t")
        return tr("Tab");
    if (delimiter == u"|")
        return tr("Vertical bar (|)");
    return delimiter;
}

void ImportPreviewDialog::showProposals(QTableWidgetItem* item, int question) const {
    const Question& q = m_project.survey.questions[question];
    if (q.metadata || (q.type != QuestionType::Single && q.type != QuestionType::Text))
        return;
    // Case and spacing variants are merged by the import itself; the likelier slips (accents,
    // spelling, abbreviations) are the analyst's call, in Edit > Clean Answers once imported.
    // The 300 most frequent answers are compared, not Clean Answers' 2,000: the preview opens
    // on every import, and a comment box of 100,000 distinct answers would hold it half a second.
    QStringList lines;
    for (const MergeProposal& proposal : CleaningSuggestions::proposals(
             CleaningSuggestions::answersOf(m_project.survey, m_project.responses, question), 300))
        if (proposal.reason != MergeReason::CaseOrSpacing)
            lines.append(
                QStringLiteral("%1 \u2192 %2")
                    .arg(proposal.answers.mid(1).join(QStringLiteral(", ")), proposal.into));
    if (lines.isEmpty())
        return;
    item->setText(tr("%n spelling(s) to merge", "", int(lines.size())) +
                  QStringLiteral(" \u00b7 ") + item->text());
    item->setForeground(palette().brush(QPalette::Link));
    item->setToolTip(tr("Likely the same answer spelled differently:") + QLatin1Char('\n') +
                     lines.mid(0, 12).join(QLatin1Char('\n')) +
                     (lines.size() > 12 ? QStringLiteral("\n\u2026") : QString()) +
                     QStringLiteral("\n\n") +
                     tr("Accept, edit or reject each with Edit > Clean Answers after the import; "
                        "answers that differ only in case or spacing are merged by the import."));
}

QString ImportPreviewDialog::example(int question) const {
    const Question& q = m_project.survey.questions[question];
    if (std::size_t(question) >= m_project.responses.columns.size())
        return {};
    const AnswerColumn& column = m_project.responses.columns[std::size_t(question)];
    QString text;
    if (!q.options.isEmpty()) {
        text = q.options.join(QStringLiteral(" \u00b7 "));
    } else if (!column.values.empty() && (column.texts.isEmpty() || q.type == QuestionType::Date)) {
        double lo = INFINITY, hi = -INFINITY;
        for (double v : column.values)
            if (!std::isnan(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        // Dates are kept as their value (milliseconds, UTC): shown as the first and last date.
        const auto shown = [&](double v) {
            return q.type == QuestionType::Date
                       ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(v), Qt::UTC),
                                            QLocale::ShortFormat)
                       : QLocale().toString(v);
        };
        if (lo <= hi)
            text = QStringLiteral("%1 \u2013 %2").arg(shown(lo), shown(hi));
    } else {
        QStringList seen;
        QSet<QString> distinct;
        for (const QString& value : column.texts) {
            if (value.isEmpty() || distinct.contains(value))
                continue;
            distinct.insert(value);
            seen.append(value.simplified());
            if (seen.size() == 3)
                break;
        }
        text = seen.join(QStringLiteral(" \u00b7 "));
    }
    if (text.size() > kMaxExampleLength)
        text = text.left(kMaxExampleLength - 1) + QChar(0x2026);
    return text;
}

void ImportPreviewDialog::fillFacts() {
    const QStringList facts = detectedFacts();
    int analysable = 0;
    for (const Question& q : m_project.survey.questions)
        analysable += q.isAnalysable();
    const QString row =
        QStringLiteral("<tr><td style='padding-right:14px'>%1</td><td><b>%2</b></td></tr>");
    QString html = QStringLiteral("<table>");
    html += row.arg(tr("Exported by"), facts[0].toHtmlEscaped());
    if (!facts[1].isEmpty())
        html += row.arg(tr("Encoding"), facts[1].toHtmlEscaped());
    html += row.arg(tr("Delimiter"), facts[2].toHtmlEscaped());
    html += row.arg(tr("Respondents"), QLocale().toString(m_project.responses.respondentCount));
    html += row.arg(tr("Questions"), QLocale().toString(analysable));
    html += QStringLiteral("</table>");
    m_facts->setText(html);

    if (m_warnings.isEmpty()) {
        m_warningsLabel->hide();
    } else {
        QString list = QStringLiteral("<b>") +
                       tr("%Ln warning(s):", "", int(m_warnings.size())).toHtmlEscaped() +
                       QStringLiteral("</b><ul style='margin:0'>");
        for (int i = 0; i < m_warnings.size() && i < 5; ++i)
            list += QStringLiteral("<li>%1</li>").arg(m_warnings[i].toString().toHtmlEscaped());
        if (m_warnings.size() > 5)
            list += QStringLiteral("<li>\u2026</li>");
        list += QStringLiteral("</ul>");
        m_warningsLabel->setText(list);
        m_warningsLabel->show();
    }
}

void ImportPreviewDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ImportPreviewDialog::retranslateUi() {
    const QString file = m_project.imports.isEmpty() ? m_project.survey.title
                                                     : m_project.imports.constLast().sourceName;
    setWindowTitle(tr("Import %1").arg(file));
    m_intro->setText(tr("Check what Sondo found in <b>%1</b>. If a question was read as the wrong "
                        "type, choose the right one before importing; select rows to set columns "
                        "aside as metadata, split a group or make one, or put a scale in order. "
                        "Your choices are kept when "
                        "the project is updated from a newer export.")
                         .arg(file.toHtmlEscaped()));
    m_table->setHorizontalHeaderLabels(
        {tr("Id"), tr("Question"), tr("Type"), tr("Part of"), tr("Options or example answers")});
    for (int row = 0; row < m_table->rowCount(); ++row)
        showGroup(row);
    m_structureLabel->setText(tr("Selected columns:"));
    m_asMetadata->setText(tr("Set aside as metadata"));
    m_asMetadata->setToolTip(tr("Kept in the project as a filter or a segment, never charted"));
    m_asQuestion->setText(tr("Read as a question"));
    m_splitGroup->setText(tr("Split the group"));
    m_splitGroup->setToolTip(tr("The group's items become questions of their own"));
    m_makeGroup->setText(tr("Make a group\u2026"));
    m_makeGroup->setToolTip(
        tr("The selected questions become the items of one grid or multiple choice"));
    m_scaleOrder->setText(tr("Scale order\u2026"));
    m_scaleOrder->setToolTip(tr("Put the answers of the selected question, or of its whole "
                                "group, in the scale's order"));
    m_writeInsBefore->setText(tr("Answers given by at most"));
    m_writeInsAfter->setText(
        tr("respondents are write-ins, counted as “Other” (0 keeps every answer apart)"));
    const QString where = tr("Answers typed in a form's “Other” box: in single choices answered "
                             "by %1 or more, and the pieces typed last in checkbox answers")
                              .arg(WriteInMerges::kMinAnswers);
    for (QWidget* widget :
         {static_cast<QWidget*>(m_writeInsBefore), static_cast<QWidget*>(m_writeIns),
          static_cast<QWidget*>(m_writeInsAfter)})
        widget->setToolTip(where);
    m_completeOnly->setText(tr("Keep only finished responses (leave out those the survey tool "
                               "marks unfinished, and its previews)"));
    for (int row = 0; row < m_combos.size(); ++row) {
        const QList<QuestionType> types = TypeIcons::choosableTypes();
        for (int i = 0; i < types.size(); ++i)
            m_combos[row]->setItemText(i, TypeIcons::name(types[i]));
    }
    m_saveLabel->setText(tr("Save the project as:"));
    m_projectPath->setToolTip(tr("The project file Sondo makes; the survey file is never changed"));
    m_browse->setText(tr("Choose\u2026"));
    m_import->setText(tr("Import"));
    m_cancel->setText(tr("Cancel"));
    fillFacts();
}

} // namespace sondo
