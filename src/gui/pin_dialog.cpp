#include "gui/pin_dialog.h"

#include "gui/color_scheme.h"
#include "gui/secret_field.h"
#include "messages/pin_text.h"
#include "ui_pindialog.h"

#include <QPushButton>
#include <QSettings>

namespace jpki::gui {

namespace {

const QString& geometryKey() {
    static const QString key = QStringLiteral("pinDialog/geometry");
    return key;
}

} // namespace

PinDialog::PinDialog(PinRequest request, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PinDialog>())
    , m_request(request) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("pinDialog"));
    // Its own window, so that it can stand on the screen that faces the applicant.
    setWindowFlag(Qt::Window);
    for (QLineEdit* field : {m_ui->firstEdit, m_ui->confirmEdit}) {
        guardSecretField(*field);
        connect(field, &QLineEdit::textChanged, this, &PinDialog::checkLive);
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const QByteArray place = QSettings().value(geometryKey()).toByteArray();
    if (!place.isEmpty()) {
        restoreGeometry(place);
    }
    describe();
    checkLive();
}

PinDialog::~PinDialog() {
    m_ui->firstEdit->clear();
    m_ui->confirmEdit->clear();
}

void PinDialog::describe() {
    const QString name = messages::pinKindName(m_request.pin);
    const bool isNew = m_request.mode == PinEntryMode::New;
    if (isNew) {
        //: en: Type the new %1
        m_ui->titleLabel->setText(tr("新しい%1を入力してください").arg(name));
    } else {
        //: en: Type your %1
        m_ui->titleLabel->setText(tr("%1を入力してください").arg(name));
    }
    m_ui->hintLabel->setText(messages::pinFormatHint(m_request.pin));
    m_ui->confirmLabel->setVisible(isNew);
    m_ui->confirmEdit->setVisible(isNew);
    if (!isNew && m_request.triesLeft) {
        //: en: Tries left before the card locks this PIN: %1
        m_ui->triesLabel->setText(
            tr("あと %1 回まちがえるとロックされます。").arg(*m_request.triesLeft));
    } else {
        m_ui->triesLabel->clear();
    }
    m_ui->triesLabel->setVisible(!m_ui->triesLabel->text().isEmpty());
    m_ui->buttonBox
        ->button(QDialogButtonBox::Ok)
        //: en: Hands the PIN typed to the counter
        ->setAccessibleDescription(tr("入力した暗証番号を窓口に渡します"));
    m_ui->buttonBox
        ->button(QDialogButtonBox::Cancel)
        //: en: Closes without handing over a PIN
        ->setAccessibleDescription(tr("暗証番号を渡さずに閉じます"));
}

void PinDialog::checkLive() {
    QByteArray typed = m_ui->firstEdit->text().toUtf8();
    const std::string_view view(typed.constData(), std::size_t(typed.size()));
    QStringList lines;
    bool acceptable = false;
    if (m_request.mode == PinEntryMode::Current) {
        // R-PIN-FORMAT: a PIN the card cannot hold is not sent, where it would only spend a try.
        const domain::PinFormatCheck check = domain::checkPinFormat(m_request.pin, view);
        if (!typed.isEmpty()) {
            for (domain::PinProblem problem : check.problems) {
                lines << messages::pinProblemText(problem);
            }
        }
        acceptable = check.valid;
    } else {
        const domain::NewPinCheck check =
            domain::checkNewPin(m_request.pin, view, m_request.birthDate);
        if (!typed.isEmpty()) {
            for (domain::PinProblem problem : check.problems) {
                lines << messages::pinProblemText(problem);
            }
            for (domain::PinWarning warning : check.warnings) {
                lines << messages::pinWarningText(warning);
            }
            if (!check.warnings.empty()) {
                lines << messages::pinWarningNote();
            }
            if (check.uppercased) {
                lines << messages::pinUppercasedNote();
            }
        }
        QByteArray again = m_ui->confirmEdit->text().toUtf8();
        const bool same = again == typed;
        if (check.valid && !again.isEmpty() && !same) {
            //: en: The two entries differ.
            lines << tr("2回の入力が一致しません。");
        }
        acceptable = check.valid && same;
        domain::secureWipe(again.data(), std::size_t(again.size()));
    }
    domain::secureWipe(typed.data(), std::size_t(typed.size()));
    m_ui->problemsLabel->setText(lines.join(QLatin1Char('\n')));
    // Red while the PIN cannot be used; the warnings of a usable one in brown.
    m_ui->problemsLabel->setStyleSheet(
        noticeStyle(*m_ui->problemsLabel, acceptable ? NoticeTone::Warning : NoticeTone::Problem));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(acceptable);
}

domain::SecretBuffer PinDialog::takePin() {
    return std::move(m_pin);
}

domain::SecretBuffer PinDialog::takeConfirmation() {
    return std::move(m_confirmation);
}

void PinDialog::done(int result) {
    if (result == QDialog::Accepted &&
        !m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled()) {
        return; // nothing that fails the checks leaves the dialog, however it was accepted
    }
    if (result == QDialog::Accepted) {
        m_pin = takeSecretField(*m_ui->firstEdit);
        m_confirmation = takeSecretField(*m_ui->confirmEdit);
    } else {
        m_ui->firstEdit->clear();
        m_ui->confirmEdit->clear();
    }
    rememberPlace();
    QDialog::done(result);
}

void PinDialog::rememberPlace() {
    QSettings().setValue(geometryKey(), saveGeometry());
}

void PinDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        describe();
        checkLive();
    }
    QDialog::changeEvent(event);
}

} // namespace jpki::gui
