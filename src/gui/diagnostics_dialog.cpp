#include "gui/diagnostics_dialog.h"

#include "platform/file_output.h"
#include "ui_diagnosticsdialog.h"

#include <QClipboard>
#include <QDateTime>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QMessageBox>
#include <QScreen>
#include <QThread>

namespace jpki::gui {

namespace {

std::optional<diagnostics::DisplayFacts> displayFacts() {
    const QScreen* screen = QGuiApplication::primaryScreen();
    if (screen == nullptr) {
        return std::nullopt;
    }
    return diagnostics::DisplayFacts{.platformName = QGuiApplication::platformName(),
                                     .scaling = screen->devicePixelRatio(),
                                     .logicalDpi = screen->logicalDotsPerInch()};
}

} // namespace

DiagnosticsDialog::DiagnosticsDialog(diagnostics::CollectOptions options, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DiagnosticsDialog>()) {
    m_ui->setupUi(this);
    m_ui->reportView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->buttonBox
        ->button(QDialogButtonBox::Close)
        //: en: Closes the diagnostics
        ->setAccessibleDescription(tr("診断情報の画面を閉じます"));
    //: en: Collecting… (the card service, the readers, the case database)
    m_ui->statusLabel->setText(
        tr("収集しています…(カードサービス、カードリーダー、案件データベース)"));
    options.display = displayFacts();

    // The thread holds nothing of the dialog, so that closing the dialog never waits for it:
    // it ends by itself and is deleted then.
    auto collected = std::make_shared<diagnostics::Report>();
    QThread* worker = QThread::create(
        [options, collected] { *collected = diagnostics::collectDiagnostics(options); });
    connect(worker, &QThread::finished, this, [this, collected] { showReport(*collected); });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();

    connect(m_ui->copyButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(reportText()); });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &DiagnosticsDialog::chooseFile);
}

DiagnosticsDialog::~DiagnosticsDialog() = default;

QString DiagnosticsDialog::reportText() const {
    return m_ui->reportView->toPlainText();
}

void DiagnosticsDialog::showReport(const diagnostics::Report& report) {
    m_ui->reportView->setPlainText(diagnostics::reportText(report));
    //: en: Attach this report to a support request. It holds no applicant's data.
    m_ui->statusLabel->setText(
        tr("問い合わせの際にこの内容を添えてください。申請者の情報は含みません。"));
    m_ui->saveButton->setEnabled(true);
    m_ui->copyButton->setEnabled(true);
    m_collected = true;
    Q_EMIT reportCollected();
}

void DiagnosticsDialog::chooseFile() {
    const QString suggested =
        QStringLiteral("jpki-counter-diagnostics-%1.txt")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    //: en: Save the diagnostics
    const QString title = tr("診断情報の保存");
    //: en: Text (*.txt)
    const QString path =
        QFileDialog::getSaveFileName(this, title, suggested, tr("テキスト (*.txt)"));
    if (!path.isEmpty()) {
        saveTo(path);
    }
}

bool DiagnosticsDialog::saveTo(const QString& path) {
    const auto written =
        platform::writePrivateFile(path, reportText().toUtf8(), platform::ExistingTarget::Keep);
    if (!written) {
        QMessageBox failure(QMessageBox::Warning, windowTitle(),
                            platform::fileErrorText(written.error()), QMessageBox::Ok, this);
        failure.setObjectName(QStringLiteral("diagnosticsSaveFailure"));
        failure.exec();
        return false;
    }
    //: en: Saved to %1.
    m_ui->statusLabel->setText(tr("%1 に保存しました。").arg(path));
    return true;
}

} // namespace jpki::gui
