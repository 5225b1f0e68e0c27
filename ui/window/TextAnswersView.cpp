#include "window/TextAnswersView.h"

#include "window/TextAnswersModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace sondo {

namespace {

/** Fitting every row's height to its text costs time; beyond this rows get one line each. */
constexpr int kMaxRowsToFit = 2000;

} // namespace

TextAnswersView::TextAnswersView(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_model(new TextAnswersModel(this))
    , m_searchDelay(new QTimer(this))
    , m_fitDelay(new QTimer(this)) {
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);

    m_table->setModel(m_model);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(TextAnswersModel::RespondentColumn,
                                                      QHeaderView::ResizeToContents);
    // The ids' column fits the rows in view, not a thousand rows (Qt's default): with 300,000
    // answers that took 13 ms of every switch to the question, for ids mostly of one width.
    m_table->horizontalHeader()->setResizeContentsPrecision(0);
    m_table->horizontalHeader()->setSectionResizeMode(TextAnswersModel::AnswerColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 12);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);

    // Searching a hundred thousand answers per keystroke would stutter; wait for a pause.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_searchDelay, &QTimer::timeout, this, &TextAnswersView::reload);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    // Row heights depend on the answer column's width: fit them again once it is known or
    // changes (after layout, not on every pixel of a resize).
    m_fitDelay->setSingleShot(true);
    m_fitDelay->setInterval(0);
    connect(m_fitDelay, &QTimer::timeout, this, &TextAnswersView::fitRows);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_fitDelay,
            qOverload<>(&QTimer::start));
    retranslateUi();
}

void TextAnswersView::showQuestion(const AnalysisSession& session, int question) {
    const bool other = m_session != &session || m_question != question;
    m_session = &session;
    m_question = question;
    if (other)
        m_search->clear();
    m_searchDelay->stop();
    reload();
}

void TextAnswersView::refresh() {
    reload();
}

void TextAnswersView::reload() {
    if (!m_session || !m_session->isAnalysable(m_question)) {
        m_title->clear();
        m_summary->clear();
        m_model->clear();
        return;
    }
    const Question& question = m_session->survey().questions[m_question];
    m_title->setText(question.id + QStringLiteral("  ") + question.text);
    const QString search = m_search->text().trimmed();
    std::vector<int> rows = m_session->textAnswerRows(m_question, search);
    const qint64 answered = m_session->answeredCount(m_question);
    QString summary = tr("%Ln answer(s)", "", int(answered));
    if (!search.isEmpty())
        summary += QStringLiteral(" \u00b7 ") +
                   tr("%Ln match(es) for \"%1\"", "", int(rows.size())).arg(search);
    summary += QStringLiteral(" \u00b7 ") + m_session->baseText();
    m_summary->setText(summary);
    m_model->setAnswers(m_session, m_question, std::move(rows));
    fitRows();
}

void TextAnswersView::fitRows() {
    if (m_model->rowCount() <= kMaxRowsToFit && m_table->isVisible())
        m_table->resizeRowsToContents();
}

void TextAnswersView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    m_fitDelay->start();
}

QString TextAnswersView::summaryText() const {
    return m_summary->text();
}

void TextAnswersView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_session)
            reload();
    }
    QWidget::changeEvent(event);
}

void TextAnswersView::retranslateUi() {
    m_search->setPlaceholderText(tr("Search the answers"));
}

} // namespace sondo
