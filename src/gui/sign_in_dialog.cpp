#include "gui/sign_in_dialog.h"

#include "gui/secret_field.h"
#include "ui_signindialog.h"

#include <QPushButton>

namespace jpki::gui {

SignInDialog::SignInDialog(SignInMode mode, QWidget* parent)
    : AskingDialog(parent)
    , m_ui(std::make_unique<Ui::SignInDialog>())
    , m_mode(mode) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("signInDialog"));
    attachForm(*m_ui->buttonBox, *m_ui->busyLabel, *m_ui->errorLabel);
    guardSecretField(*m_ui->passwordEdit);
    connect(m_ui->loginEdit, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    connect(m_ui->passwordEdit, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    describe();
    updateButtons();
}

SignInDialog::~SignInDialog() {
    clearPasswords();
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
        m_ui->buttonBox
            ->button(QDialogButtonBox::Ok)
            //: en: Checks the password and unlocks the screen
            ->setAccessibleDescription(tr("パスワードを確認して画面のロックを解除します"));
        //: en: Cancel
        m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("キャンセル"));
        m_ui->buttonBox
            ->button(QDialogButtonBox::Cancel)
            //: en: Closes this dialog; the screen stays locked
            ->setAccessibleDescription(tr("この画面を閉じます。ロックは解除されません"));
    } else {
        //: en: Sign in to the counter
        m_ui->titleLabel->setText(tr("窓口業務にサインイン"));
        //: en: Enter your login name (staff ID) and password.
        m_ui->hintLabel->setText(tr("ログイン名(職員ID)とパスワードを入力してください。"));
        //: en: Sign in
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("サインイン"));
        m_ui->buttonBox
            ->button(QDialogButtonBox::Ok)
            //: en: Checks the login name and password and signs in
            ->setAccessibleDescription(tr("ログイン名とパスワードを確認してサインインします"));
        //: en: Quit
        m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("終了"));
        m_ui->buttonBox
            ->button(QDialogButtonBox::Cancel)
            //: en: Quits the program without signing in
            ->setAccessibleDescription(tr("サインインせずにプログラムを終了します"));
    }
    keepReturnOnOk();
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

bool SignInDialog::complete() const {
    return !login().isEmpty() && !m_ui->passwordEdit->text().isEmpty();
}

void SignInDialog::enableEntries(bool enabled) {
    m_ui->loginEdit->setEnabled(enabled);
    m_ui->passwordEdit->setEnabled(enabled);
}

void SignInDialog::clearPasswords() {
    m_ui->passwordEdit->clear();
}

QWidget* SignInDialog::entryAfterRefusal() {
    return login().isEmpty() ? m_ui->loginEdit : m_ui->passwordEdit;
}

void SignInDialog::retranslate() {
    m_ui->retranslateUi(this);
    describe();
}

} // namespace jpki::gui
