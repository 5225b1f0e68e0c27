#include "window/StartPage.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sondo {

StartPage::StartPage(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_tagline(new QLabel(this))
    , m_open(new QPushButton(this))
    , m_openHint(new QLabel(this))
    , m_demo(new QPushButton(this))
    , m_demoHint(new QLabel(this))
    , m_recentTitle(new QLabel(this))
    , m_recent(new QListWidget(this))
    , m_noRecent(new QLabel(this))
    , m_dropHint(new QLabel(this)) {
    setObjectName(QStringLiteral("startPage"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral(
        "QWidget#startPage { background: #f5f7fa; }"
        "QPushButton#startButton { text-align: left; padding: 12px 16px; font-size: 12pt;"
        "  border: 1px solid #c8d3e0; border-radius: 8px; background: white; }"
        "QPushButton#startButton:hover { border-color: #0072b2; background: #eef5fb; }"
        "QListWidget { border: 1px solid #c8d3e0; border-radius: 8px; background: white;"
        "  padding: 4px; }"
        "QListWidget::item { padding: 6px 4px; }"));

    auto* logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/sondo.svg")).pixmap(56, 56));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setText(QStringLiteral("Sondo"));
    QFont taglineFont = m_tagline->font();
    taglineFont.setPointSizeF(taglineFont.pointSizeF() * 1.2);
    m_tagline->setFont(taglineFont);
    m_tagline->setForegroundRole(QPalette::PlaceholderText);

    for (QPushButton* button : {m_open, m_demo}) {
        button->setObjectName(QStringLiteral("startButton"));
        button->setIconSize(QSize(22, 22));
        button->setCursor(Qt::PointingHandCursor);
        button->setMinimumWidth(300);
    }
    m_open->setIcon(QIcon(QStringLiteral(":/icons/open.svg")));
    m_demo->setIcon(QIcon(QStringLiteral(":/icons/demo.svg")));
    for (QLabel* hint : {m_openHint, m_demoHint, m_noRecent, m_dropHint}) {
        hint->setWordWrap(true);
        hint->setForegroundRole(QPalette::PlaceholderText);
    }
    QFont sectionFont = m_recentTitle->font();
    sectionFont.setBold(true);
    sectionFont.setPointSizeF(sectionFont.pointSizeF() * 1.1);
    m_recentTitle->setFont(sectionFont);
    m_recent->setMinimumHeight(180);
    m_recent->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_recent->setTextElideMode(Qt::ElideMiddle);
    m_noRecent->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_recent->setIconSize(QSize(18, 18));

    auto* header = new QHBoxLayout;
    header->addWidget(logo);
    header->addSpacing(10);
    auto* titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_title);
    titles->addWidget(m_tagline);
    header->addLayout(titles, 1);

    auto* actions = new QVBoxLayout;
    actions->setSpacing(6);
    actions->addWidget(m_open);
    actions->addWidget(m_openHint);
    actions->addSpacing(14);
    actions->addWidget(m_demo);
    actions->addWidget(m_demoHint);
    actions->addStretch(1);

    auto* recent = new QVBoxLayout;
    recent->setSpacing(6);
    recent->addWidget(m_recentTitle);
    recent->addWidget(m_recent, 1);
    recent->addWidget(m_noRecent, 1);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(36);
    columns->addLayout(actions, 1);
    columns->addLayout(recent, 1);

    auto* body = new QVBoxLayout;
    body->setSpacing(24);
    body->addLayout(header);
    body->addLayout(columns, 1);
    body->addWidget(m_dropHint);

    // A readable column in the middle of a wide window, not a form stretched edge to edge.
    auto* outer = new QGridLayout(this);
    outer->setContentsMargins(40, 40, 40, 40);
    outer->setColumnStretch(0, 1);
    outer->setColumnStretch(1, 6);
    outer->setColumnStretch(2, 1);
    outer->setRowStretch(0, 1);
    outer->setRowStretch(2, 2);
    auto* content = new QWidget(this);
    content->setMaximumWidth(980);
    content->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    content->setLayout(body);
    outer->addWidget(content, 1, 1);

    connect(m_open, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(m_demo, &QPushButton::clicked, this, &StartPage::demoRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit recentRequested(item->data(Qt::UserRole).toString());
    });
    retranslateUi();
    setRecentFiles({});
}

void StartPage::setRecentFiles(const QStringList& files) {
    m_recent->clear();
    for (const QString& path : files) {
        const QFileInfo info(path);
        auto* item = new QListWidgetItem(
            QIcon(info.suffix().compare(QStringLiteral("sondo"), Qt::CaseInsensitive) == 0
                      ? QStringLiteral(":/icons/sondo.svg")
                      : QStringLiteral(":/icons/file.svg")),
            info.fileName() + QStringLiteral("\n") + QDir::toNativeSeparators(info.absolutePath()),
            m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    m_recent->setVisible(!files.isEmpty());
    m_noRecent->setVisible(files.isEmpty());
}

void StartPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void StartPage::retranslateUi() {
    m_tagline->setText(tr("Survey results as clear charts, ready for the newsletter"));
    m_open->setText(tr("Open a survey or project\u2026"));
    m_openHint->setText(tr("CSV, TSV or Excel exports of Google Forms, SurveyMonkey, LimeSurvey, "
                           "Qualtrics, Microsoft Forms and KoboToolbox, SPSS files, or a .sondo "
                           "project."));
    m_demo->setText(tr("Try the demo survey"));
    m_demoHint->setText(tr("\"Remote Working e Contact Center\": 300 invented respondents, "
                           "as Google Forms exports them."));
    m_recentTitle->setText(tr("Recent"));
    m_noRecent->setText(tr("Files you open appear here."));
    m_dropHint->setText(tr("Tip: drop a survey file or a project anywhere on this window."));
}

} // namespace sondo
