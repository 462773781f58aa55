#include "gui/main_window.h"

#include "gui/about_dialog.h"
#include "ui_mainwindow.h"

#include <QTime>

namespace jpki::gui {

namespace {

QString clockText(std::chrono::minutes minutesAfterMidnight) {
    return QTime(0, 0)
        .addSecs(static_cast<int>(minutesAfterMidnight.count()) * 60)
        .toString(QStringLiteral("H:mm"));
}

} // namespace

MainWindow::MainWindow(domain::MunicipalityProfile profile, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_profile(std::move(profile)) {
    m_ui->setupUi(this);
    const QString municipality = QString::fromStdString(m_profile.name);
    const QString counter = QString::fromStdString(m_profile.counterName);
    m_ui->counterLabel->setText(municipality + QLatin1Char(' ') + counter);
    //: en: Reception hours %1 to %2 (closed on weekends, national holidays and over the New Year)
    m_ui->hoursLabel->setText(
        tr("受付時間 %1〜%2(土日祝日・年末年始を除く)")
            .arg(clockText(m_profile.receptionOpens), clockText(m_profile.receptionCloses)));
    statusBar()->showMessage(QString::fromStdString(m_profile.counterPlace) + QLatin1Char(' ') +
                             counter);

    connect(m_ui->quitAction, &QAction::triggered, this, &QMainWindow::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

MainWindow::~MainWindow() = default;

void MainWindow::showAbout() {
    AboutDialog dialog(this);
    dialog.exec();
}

} // namespace jpki::gui
