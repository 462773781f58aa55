#include "gui/asking_dialog.h"

#include "gui/color_scheme.h"
#include "gui/secret_field.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>

namespace jpki::gui {

AskingDialog::AskingDialog(QWidget* parent)
    : QDialog(parent) {}

void AskingDialog::attachForm(QDialogButtonBox& buttons, QLabel& busyLabel, QLabel& errorLabel) {
    m_buttons = &buttons;
    m_busyLabel = &busyLabel;
    m_errorLabel = &errorLabel;
    // Accepting is the owner's answer to submitted(), once the worker has said yes.
    connect(&buttons, &QDialogButtonBox::accepted, this, &AskingDialog::submit);
    connect(&buttons, &QDialogButtonBox::rejected, this, &AskingDialog::reject);
    busyLabel.hide();
    errorLabel.hide();
    errorLabel.setStyleSheet(noticeStyle(errorLabel, NoticeTone::Problem));
}

void AskingDialog::keepReturnOnOk() {
    keepReturnFromQuitting(*m_buttons);
}

void AskingDialog::updateButtons() {
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete() && !m_busy);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!m_busy);
}

void AskingDialog::setBusy(bool busy) {
    m_busy = busy;
    m_busyLabel->setVisible(busy);
    if (busy) {
        m_errorLabel->hide();
    }
    enableEntries(!busy);
    updateButtons();
}

void AskingDialog::showRefusal(const QString& text) {
    setBusy(false);
    m_errorLabel->setText(text);
    m_errorLabel->setVisible(!text.isEmpty());
    entryAfterRefusal()->setFocus();
}

QString AskingDialog::refusalText() const {
    return m_errorLabel->isVisibleTo(this) ? m_errorLabel->text() : QString();
}

void AskingDialog::submit() {
    if (m_busy || !complete()) {
        return;
    }
    Q_EMIT submitted();
}

void AskingDialog::done(int result) {
    clearPasswords();
    QDialog::done(result);
}

void AskingDialog::reject() {
    if (m_busy) {
        return;
    }
    QDialog::reject();
}

void AskingDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace jpki::gui
