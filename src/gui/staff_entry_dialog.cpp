#include "gui/staff_entry_dialog.h"

#include "gui/input_limits.h"
#include "gui/new_password_check.h"
#include "gui/secret_field.h"
#include "messages/access_text.h"
#include "ui_staffentrydialog.h"

#include <QPushButton>

namespace jpki::gui {

StaffEntryDialog::StaffEntryDialog(Mode mode, QWidget* parent, const QString& login,
                                   const QString& displayName)
    : AskingDialog(parent)
    , m_ui(std::make_unique<Ui::StaffEntryDialog>())
    , m_mode(mode) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("staffEntryDialog"));
    limitToTextKind(*m_ui->loginEdit, domain::TextKind::StaffLogin);
    limitToTextKind(*m_ui->nameEdit, domain::TextKind::StaffName);
    attachForm(*m_ui->buttonBox, *m_ui->busyLabel, *m_ui->errorLabel);
    for (QLineEdit* field : {m_ui->passwordEdit, m_ui->confirmEdit}) {
        guardSecretField(*field);
    }
    const bool creating = mode == Mode::CreateAccount;
    if (!creating) {
        m_ui->loginEdit->setText(login);
        m_ui->nameEdit->setText(displayName);
        m_ui->loginEdit->setReadOnly(true);
        m_ui->nameEdit->setReadOnly(true);
    }
    m_ui->roleLabel->setVisible(creating);
    m_ui->roleCombo->setVisible(creating);
    for (QLineEdit* field :
         {m_ui->loginEdit, m_ui->nameEdit, m_ui->passwordEdit, m_ui->confirmEdit}) {
        connect(field, &QLineEdit::textChanged, this, &StaffEntryDialog::checkLive);
    }
    nameTexts();
    if (creating) {
        m_ui->loginEdit->setFocus();
    } else {
        m_ui->passwordEdit->setFocus();
    }
    checkLive();
}

StaffEntryDialog::~StaffEntryDialog() {
    clearPasswords();
}

void StaffEntryDialog::nameTexts() {
    const int chosen = m_ui->roleCombo->currentIndex();
    m_ui->roleCombo->clear();
    for (storage::StaffRole role : {storage::StaffRole::Clerk, storage::StaffRole::Supervisor}) {
        m_ui->roleCombo->addItem(messages::staffRoleName(role), int(role));
    }
    m_ui->roleCombo->setCurrentIndex(chosen < 0 ? 0 : chosen);
    if (m_mode == Mode::CreateAccount) {
        //: en: New staff account
        const QString title = tr("職員アカウントの追加");
        setWindowTitle(title);
        //: en: Add a staff account
        m_ui->titleLabel->setText(tr("職員アカウントを追加します"));
        //: en: Create the account
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("作成"));
        m_ui->buttonBox
            ->button(QDialogButtonBox::Ok)
            //: en: Creates the account with what was entered
            ->setAccessibleDescription(tr("入力した内容でアカウントを作成します"));
    } else {
        //: en: Reset a password
        const QString title = tr("パスワードの再設定");
        setWindowTitle(title);
        //: en: Set a new password for this account. Tell it to the staff member in person.
        const QString heading =
            tr("このアカウントに新しいパスワードを設定します。本人に直接伝えてください。");
        m_ui->titleLabel->setText(heading);
        //: en: Set the password
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("設定"));
        m_ui->buttonBox
            ->button(QDialogButtonBox::Ok)
            //: en: Sets the password entered for this account
            ->setAccessibleDescription(tr("入力したパスワードをこのアカウントに設定します"));
    }
    //: en: Cancel
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("キャンセル"));
    m_ui->buttonBox
        ->button(QDialogButtonBox::Cancel)
        //: en: Closes this dialog without changing anything
        ->setAccessibleDescription(tr("何も変更せずにこの画面を閉じます"));
    keepReturnOnOk();
}

QString StaffEntryDialog::login() const {
    return m_ui->loginEdit->text().trimmed();
}

QString StaffEntryDialog::displayName() const {
    return m_ui->nameEdit->text().trimmed();
}

storage::StaffRole StaffEntryDialog::role() const {
    return storage::StaffRole(m_ui->roleCombo->currentData().toInt());
}

domain::SecretBuffer StaffEntryDialog::takePassword() {
    domain::SecretBuffer password = takeSecretField(*m_ui->passwordEdit);
    m_ui->confirmEdit->clear();
    return password;
}

void StaffEntryDialog::clearPasswords() {
    m_ui->passwordEdit->clear();
    m_ui->confirmEdit->clear();
}

void StaffEntryDialog::checkLive() {
    m_acceptable =
        checkNewPassword(*m_ui->passwordEdit, *m_ui->confirmEdit, login(), *m_ui->problemsLabel) &&
        !login().isEmpty() && !displayName().isEmpty();
    updateButtons();
}

QString StaffEntryDialog::problemsText() const {
    return m_ui->problemsLabel->isVisibleTo(this) ? m_ui->problemsLabel->text() : QString();
}

void StaffEntryDialog::enableEntries(bool enabled) {
    // A reset's login and name are shown, not asked: they stay readable.
    const bool creating = m_mode == Mode::CreateAccount;
    m_ui->loginEdit->setEnabled(enabled || !creating);
    m_ui->nameEdit->setEnabled(enabled || !creating);
    m_ui->roleCombo->setEnabled(enabled);
    m_ui->passwordEdit->setEnabled(enabled);
    m_ui->confirmEdit->setEnabled(enabled);
}

QWidget* StaffEntryDialog::entryAfterRefusal() {
    return m_ui->passwordEdit;
}

void StaffEntryDialog::retranslate() {
    m_ui->retranslateUi(this);
    nameTexts();
    checkLive();
}

} // namespace jpki::gui
