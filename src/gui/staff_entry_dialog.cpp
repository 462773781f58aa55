#include "gui/staff_entry_dialog.h"

#include "domain/password_policy.h"
#include "gui/secret_field.h"
#include "messages/access_text.h"
#include "ui_staffentrydialog.h"

#include <QPushButton>

namespace jpki::gui {

StaffEntryDialog::StaffEntryDialog(Mode mode, QWidget* parent, const QString& login,
                                   const QString& displayName)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::StaffEntryDialog>())
    , m_mode(mode) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("staffEntryDialog"));
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
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &StaffEntryDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &StaffEntryDialog::reject);
    nameTexts();
    m_ui->busyLabel->hide();
    m_ui->errorLabel->hide();
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
    }
    //: en: Cancel
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("キャンセル"));
    keepReturnFromQuitting(*m_ui->buttonBox);
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
    QByteArray typed = m_ui->passwordEdit->text().toUtf8();
    QByteArray again = m_ui->confirmEdit->text().toUtf8();
    const QByteArray loginUtf8 = login().toUtf8();
    const std::vector<domain::PasswordProblem> problems = domain::checkStaffPassword(
        std::string_view(typed.constData(), std::size_t(typed.size())),
        std::string_view(loginUtf8.constData(), std::size_t(loginUtf8.size())));
    QStringList lines;
    if (!typed.isEmpty()) {
        for (domain::PasswordProblem problem : problems) {
            lines << messages::passwordProblemText(problem);
        }
    }
    const bool same = typed == again;
    if (problems.empty() && !again.isEmpty() && !same) {
        //: en: The two entries differ.
        lines << tr("2回の入力が一致しません。");
    }
    domain::secureWipe(typed.data(), std::size_t(typed.size()));
    domain::secureWipe(again.data(), std::size_t(again.size()));
    m_ui->problemsLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui->problemsLabel->setVisible(!lines.isEmpty());
    m_acceptable = problems.empty() && same && !login().isEmpty() && !displayName().isEmpty();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_acceptable && !m_busy);
}

QString StaffEntryDialog::problemsText() const {
    return m_ui->problemsLabel->isVisibleTo(this) ? m_ui->problemsLabel->text() : QString();
}

QString StaffEntryDialog::refusalText() const {
    return m_ui->errorLabel->isVisibleTo(this) ? m_ui->errorLabel->text() : QString();
}

void StaffEntryDialog::setBusy(bool busy) {
    m_busy = busy;
    m_ui->busyLabel->setVisible(busy);
    if (busy) {
        m_ui->errorLabel->hide();
    }
    const bool creating = m_mode == Mode::CreateAccount;
    m_ui->loginEdit->setEnabled(!busy || !creating);
    m_ui->nameEdit->setEnabled(!busy || !creating);
    m_ui->roleCombo->setEnabled(!busy);
    m_ui->passwordEdit->setEnabled(!busy);
    m_ui->confirmEdit->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    checkLive();
}

void StaffEntryDialog::showRefusal(const QString& text) {
    setBusy(false);
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->setVisible(!text.isEmpty());
    m_ui->passwordEdit->setFocus();
}

void StaffEntryDialog::submit() {
    if (m_busy || !m_acceptable) {
        return;
    }
    Q_EMIT submitted();
}

void StaffEntryDialog::done(int result) {
    clearPasswords();
    QDialog::done(result);
}

void StaffEntryDialog::reject() {
    // The call under way must find its dialog when the worker answers.
    if (m_busy) {
        return;
    }
    QDialog::reject();
}

void StaffEntryDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        nameTexts();
        checkLive();
    }
    QDialog::changeEvent(event);
}

} // namespace jpki::gui
