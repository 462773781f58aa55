#include "gui/sign_in_dialog.h"

#include "gui/secret_field.h"
#include "ui_signindialog.h"

#include <QPushButton>

namespace jpki::gui {

SignInDialog::SignInDialog(SignInMode mode, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignInDialog>())
    , m_mode(mode) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("signInDialog"));
    guardSecretField(*m_ui->passwordEdit);
    connect(m_ui->loginEdit, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    connect(m_ui->passwordEdit, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    // Accepting is the owner's answer to submitted(), once the worker has said yes.
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    m_ui->busyLabel->hide();
    m_ui->errorLabel->hide();
    describe();
    updateButtons();
}

SignInDialog::~SignInDialog() {
    m_ui->passwordEdit->clear();
}

void SignInDialog::describe() {
    if (m_mode == SignInMode::Unlock) {
        //: en: The screen is locked
        m_ui->titleLabel->setText(tr("画面がロックされています"));
        //: en: To go on, %1 or a supervisor signs in with their password.
        m_ui->hintLabel->setText(
            tr("続けるには、%1さん本人または責任者がパスワードを入力してください。")
                .arg(m_lockedName));
        //: en: Unlock
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("ロック解除"));
        //: en: Cancel
        m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("キャンセル"));
    } else {
        //: en: Sign in to the counter
        m_ui->titleLabel->setText(tr("窓口業務にサインイン"));
        //: en: Enter your login name (staff ID) and password.
        m_ui->hintLabel->setText(tr("ログイン名(職員ID)とパスワードを入力してください。"));
        //: en: Sign in
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("サインイン"));
        //: en: Quit
        m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("終了"));
    }
    keepReturnFromQuitting(*m_ui->buttonBox);
}

void SignInDialog::setLockedFor(const QString& displayName, const QString& login) {
    m_lockedName = displayName;
    m_ui->loginEdit->setText(login);
    describe();
    m_ui->passwordEdit->setFocus();
}

QString SignInDialog::login() const {
    return m_ui->loginEdit->text().trimmed();
}

domain::SecretBuffer SignInDialog::takePassword() {
    return takeSecretField(*m_ui->passwordEdit);
}

void SignInDialog::setBusy(bool busy) {
    m_busy = busy;
    m_ui->busyLabel->setVisible(busy);
    if (busy) {
        m_ui->errorLabel->hide();
    }
    m_ui->loginEdit->setEnabled(!busy);
    m_ui->passwordEdit->setEnabled(!busy);
    updateButtons();
}

void SignInDialog::showRefusal(const QString& text) {
    setBusy(false);
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->setVisible(!text.isEmpty());
    QLineEdit* field = login().isEmpty() ? m_ui->loginEdit : m_ui->passwordEdit;
    field->setFocus();
}

void SignInDialog::submit() {
    if (m_busy || login().isEmpty() || m_ui->passwordEdit->text().isEmpty()) {
        return;
    }
    Q_EMIT submitted();
}

void SignInDialog::updateButtons() {
    const bool complete = !login().isEmpty() && !m_ui->passwordEdit->text().isEmpty();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(complete && !m_busy);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(!m_busy);
}

void SignInDialog::done(int result) {
    m_ui->passwordEdit->clear();
    QDialog::done(result);
}

void SignInDialog::reject() {
    // A check under way finishes first: its answer must find the dialog it belongs to.
    if (m_busy) {
        return;
    }
    QDialog::reject();
}

void SignInDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        describe();
    }
    QDialog::changeEvent(event);
}

} // namespace jpki::gui
