#include "gui/main_window.h"

#include "domain/business_calendar.h"
#include "gui/about_dialog.h"
#include "gui/card_panel.h"
#include "gui/card_service_thread.h"
#include "gui/case_jobs.h"
#include "gui/case_list_model.h"
#include "gui/case_wizard.h"
#include "gui/case_worker.h"
#include "gui/diagnostics_dialog.h"
#include "messages/date_text.h"
#include "messages/holiday_text.h"
#include "messages/workflow_text.h"
#include "platform/clock.h"
#include "ui_mainwindow.h"

#include <QDate>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QTime>
#include <QTimer>

namespace jpki::gui {

namespace {

// The date and the reception hours change on a minute's turn (Japan's offset is whole hours):
// the header is refreshed just after the next one, by a timer, so the GUI thread never waits.
int msUntilNextMinute(const QDateTime& now) {
    constexpr qint64 kMinuteMs = 60 * 1000;
    constexpr qint64 kAfterTheTurnMs = 50;
    return static_cast<int>(kMinuteMs - now.toMSecsSinceEpoch() % kMinuteMs + kAfterTheTurnMs);
}

} // namespace

MainWindow::MainWindow(domain::MunicipalityProfile profile, const platform::Clock& clock,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_profile(std::move(profile))
    , m_clock(clock) {
    m_ui->setupUi(this);
    m_sourceLabel = new QLabel(this);
    // Set apart, so that nobody takes the virtual card for an applicant's.
    m_sourceLabel->setStyleSheet(
        QStringLiteral("color: #6b4a00; background: #fff1c2; padding: 1px 8px;"));
    m_sourceLabel->setVisible(false);
    m_placeLabel = new QLabel(this);
    m_placeLabel->setContentsMargins(4, 0, 8, 0);
    statusBar()->addPermanentWidget(m_sourceLabel);
    statusBar()->addPermanentWidget(m_placeLabel);
    m_ui->receptionNoticeLabel->setVisible(false);

    m_todayTimer = new QTimer(this);
    m_todayTimer->setSingleShot(true);
    connect(m_todayTimer, &QTimer::timeout, this, &MainWindow::showToday);
    showToday();

    m_todayModel = new CaseListModel(this);
    m_awaitingModel = new CaseListModel(this);
    for (auto [view, model] : {std::pair{m_ui->todayView, m_todayModel},
                               std::pair{m_ui->awaitingView, m_awaitingModel}}) {
        view->setModel(model);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->verticalHeader()->setVisible(false);
        view->horizontalHeader()->setStretchLastSection(true);
        connect(view, &QTableView::activated, this, [this, view] { resumeSelected(*view); });
    }
    m_ui->mainSplitter->setStretchFactor(0, 3);
    m_ui->mainSplitter->setStretchFactor(1, 2);
    m_ui->newCaseButton->setDefault(true);
    connect(m_ui->newCaseAction, &QAction::triggered, this, &MainWindow::startNewCase);
    connect(m_ui->newCaseButton, &QPushButton::clicked, this, &MainWindow::startNewCase);
    connect(m_ui->refreshAction, &QAction::triggered, this, &MainWindow::refreshLists);
    connect(m_ui->findAction, &QAction::triggered, this, [this] {
        m_ui->caseTabs->setCurrentWidget(m_ui->awaitingTab);
        m_ui->referenceEdit->setFocus();
        m_ui->referenceEdit->selectAll();
    });
    connect(m_ui->findButton, &QPushButton::clicked, this,
            [this] { findAndResume(m_ui->referenceEdit->text()); });
    connect(m_ui->referenceEdit, &QLineEdit::returnPressed, this,
            [this] { findAndResume(m_ui->referenceEdit->text()); });
    connect(m_ui->openCaseButton, &QPushButton::clicked, this,
            [this] { resumeSelected(*m_ui->todayView); });
    connect(m_ui->resumeButton, &QPushButton::clicked, this,
            [this] { resumeSelected(*m_ui->awaitingView); });
    updateCaseActions();

    connect(m_ui->quitAction, &QAction::triggered, this, &QMainWindow::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->diagnosticsAction, &QAction::triggered, this, &MainWindow::showDiagnostics);
    connect(m_ui->signOutAction, &QAction::triggered, this, &MainWindow::signOutRequested);
    connect(m_ui->lockAction, &QAction::triggered, this, &MainWindow::lockRequested);
    connect(m_ui->reviewAction, &QAction::triggered, this, &MainWindow::reviewRequested);
    connect(m_ui->staffAction, &QAction::triggered, this, &MainWindow::staffAccountsRequested);
}

MainWindow::~MainWindow() = default;

void MainWindow::attachCardService(CardServiceThread& service) {
    connect(&service, &CardServiceThread::stateChanged, m_ui->cardPanel, &CardPanel::showState);
    connect(&service, &CardServiceThread::stateChanged, this, &MainWindow::noteCardState);
    m_cardService = &service;
    connect(m_ui->cardPanel, &CardPanel::readAgainRequested, &service,
            &CardServiceThread::requestRead);
}

CardPanel& MainWindow::cardPanel() {
    return *m_ui->cardPanel;
}

void MainWindow::setSourceNote(const QString& note) {
    m_sourceLabel->setText(note);
    m_sourceLabel->setVisible(!note.isEmpty());
}

void MainWindow::showProblem(const QString& problem) {
    statusBar()->showMessage(problem);
}

void MainWindow::showAbout() {
    AboutDialog dialog(this);
    connect(&dialog, &AboutDialog::diagnosticsRequested, this, &MainWindow::showDiagnostics);
    dialog.exec();
}

void MainWindow::showDiagnostics() {
    diagnostics::CollectOptions options;
    if (m_worker) {
        options.databasePath = m_worker->databasePath();
    }
    auto* dialog = new DiagnosticsDialog(options, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("diagnosticsDialog"));
    dialog->show();
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showToday();
        updateCaseActions();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::showToday() {
    const QString municipality = QString::fromStdString(m_profile.name);
    const QString counter = QString::fromStdString(m_profile.counterName);
    m_ui->counterLabel->setText(municipality + QLatin1Char(' ') + counter);
    //: en: Reception hours %1 to %2 (closed on weekends, national holidays and over the New Year)
    m_ui->hoursLabel->setText(tr("受付時間 %1〜%2(土日祝日・年末年始を除く)")
                                  .arg(messages::clockText(m_profile.receptionOpens),
                                       messages::clockText(m_profile.receptionCloses)));
    m_placeLabel->setText(QString::fromStdString(m_profile.counterPlace) + QLatin1Char(' ') +
                          counter);

    const QDateTime now = m_clock.nowUtc();
    const domain::Date today = platform::japanDate(now);
    const QString date = messages::dateWithWeekdayText(today);
    const domain::BusinessCalendar calendar(m_profile);
    const std::optional<domain::ClosureReason> closure = calendar.closureReason(today);
    if (closure) {
        //: en: Today: %1, the counter is closed (%2)
        m_ui->todayLabel->setText(
            tr("本日: %1 閉庁日(%2)").arg(date, messages::closureReasonText(*closure)));
    } else {
        //: en: Today: %1
        m_ui->todayLabel->setText(tr("本日: %1").arg(date));
    }
    // R-CAL-HOURS: the rule is the calendar's; the window only says what it answers.
    const QString notice = messages::receptionNoticeText(
        calendar.receptionStatus(today, platform::japanMinutesAfterMidnight(now)),
        m_profile.receptionOpens, m_profile.receptionCloses);
    m_ui->receptionNoticeLabel->setText(notice);
    m_ui->receptionNoticeLabel->setVisible(!notice.isEmpty());
    m_todayTimer->start(msUntilNextMinute(now));
}

} // namespace jpki::gui
