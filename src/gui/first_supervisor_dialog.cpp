#include "gui/first_supervisor_dialog.h"

#include "gui/input_limits.h"
#include "gui/new_password_check.h"
#include "gui/secret_field.h"
#include "ui_firstsupervisordialog.h"

#include <QPushButton>

namespace jpki::gui {

FirstSupervisorDialog::FirstSupervisorDialog(QWidget* parent)
    : AskingDialog(parent)
    , m_ui(std::make_unique<Ui::FirstSupervisorDialog>()) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("firstSupervisorDialog"));
    limitToTextKind(*m_ui->loginEdit, domain::TextKind::StaffLogin);
    limitToTextKind(*m_ui->nameEdit, domain::TextKind::StaffName);
    attachForm(*m_ui->buttonBox, *m_ui->busyLabel, *m_ui->errorLabel);
    for (QLineEdit* field : {m_ui->passwordEdit, m_ui->confirmEdit}) {
        guardSecretField(*field);
    }
    for (QLineEdit* field :
         {m_ui->loginEdit, m_ui->nameEdit, m_ui->passwordEdit, m_ui->confirmEdit}) {
        connect(field, &QLineEdit::textChanged, this, &FirstSupervisorDialog::checkLive);
    }
    nameButtons();
    checkLive();
}

FirstSupervisorDialog::~FirstSupervisorDialog() {
    clearPasswords();
}

void FirstSupervisorDialog::nameButtons() {
    //: en: Create and sign in
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("作成してサインイン"));
    m_ui->buttonBox
        ->button(QDialogButtonBox::Ok)
        //: en: Creates the supervisor account and signs in with it
        ->setAccessibleDescription(tr("責任者のアカウントを作成し、そのままサインインします"));
    //: en: Quit
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("終了"));
    m_ui->buttonBox
        ->button(QDialogButtonBox::Cancel)
        //: en: Quits the program without creating an account
        ->setAccessibleDescription(tr("アカウントを作成せずにプログラムを終了します"));
    keepReturnOnOk();
}

QString FirstSupervisorDialog::login() const {
    return m_ui->loginEdit->text().trimmed();
}

QString FirstSupervisorDialog::displayName() const {
    return m_ui->nameEdit->text().trimmed();
}

domain::SecretBuffer FirstSupervisorDialog::takePassword() {
    domain::SecretBuffer password = takeSecretField(*m_ui->passwordEdit);
    m_ui->confirmEdit->clear();
    return password;
}

void FirstSupervisorDialog::clearPasswords() {
    m_ui->passwordEdit->clear();
    m_ui->confirmEdit->clear();
}

void FirstSupervisorDialog::checkLive() {
    m_acceptable =
        checkNewPassword(*m_ui->passwordEdit, *m_ui->confirmEdit, login(), *m_ui->problemsLabel) &&
        !login().isEmpty() && !displayName().isEmpty();
    updateButtons();
}

void FirstSupervisorDialog::enableEntries(bool enabled) {
    for (QLineEdit* field :
         {m_ui->loginEdit, m_ui->nameEdit, m_ui->passwordEdit, m_ui->confirmEdit}) {
        field->setEnabled(enabled);
    }
}

QWidget* FirstSupervisorDialog::entryAfterRefusal() {
    return m_ui->passwordEdit;
}

void FirstSupervisorDialog::retranslate() {
    m_ui->retranslateUi(this);
    nameButtons();
    checkLive();
}

} // namespace jpki::gui
