#include "gui/first_supervisor_dialog.h"

#include "domain/password_policy.h"
#include "gui/secret_field.h"
#include "messages/access_text.h"
#include "ui_firstsupervisordialog.h"

#include <QPushButton>

namespace jpki::gui {

FirstSupervisorDialog::FirstSupervisorDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FirstSupervisorDialog>()) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("firstSupervisorDialog"));
    for (QLineEdit* field : {m_ui->passwordEdit, m_ui->confirmEdit}) {
        guardSecretField(*field);
    }
    for (QLineEdit* field :
         {m_ui->loginEdit, m_ui->nameEdit, m_ui->passwordEdit, m_ui->confirmEdit}) {
        connect(field, &QLineEdit::textChanged, this, &FirstSupervisorDialog::checkLive);
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FirstSupervisorDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &FirstSupervisorDialog::reject);
    nameButtons();
    m_ui->busyLabel->hide();
    m_ui->errorLabel->hide();
    checkLive();
}

FirstSupervisorDialog::~FirstSupervisorDialog() {
    clearPasswords();
}

void FirstSupervisorDialog::nameButtons() {
    //: en: Create and sign in
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("作成してサインイン"));
    //: en: Quit
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("終了"));
    keepReturnFromQuitting(*m_ui->buttonBox);
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

void FirstSupervisorDialog::setBusy(bool busy) {
    m_busy = busy;
    m_ui->busyLabel->setVisible(busy);
    if (busy) {
        m_ui->errorLabel->hide();
    }
    for (QLineEdit* field :
         {m_ui->loginEdit, m_ui->nameEdit, m_ui->passwordEdit, m_ui->confirmEdit}) {
        field->setEnabled(!busy);
    }
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    checkLive();
}

void FirstSupervisorDialog::showRefusal(const QString& text) {
    setBusy(false);
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->setVisible(!text.isEmpty());
    m_ui->passwordEdit->setFocus();
}

void FirstSupervisorDialog::submit() {
    if (m_busy || !m_acceptable) {
        return;
    }
    Q_EMIT submitted();
}

void FirstSupervisorDialog::done(int result) {
    clearPasswords();
    QDialog::done(result);
}

void FirstSupervisorDialog::reject() {
    // The account being created must find its dialog when the worker answers.
    if (m_busy) {
        return;
    }
    QDialog::reject();
}

void FirstSupervisorDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        nameButtons();
        checkLive();
    }
    QDialog::changeEvent(event);
}

} // namespace jpki::gui
