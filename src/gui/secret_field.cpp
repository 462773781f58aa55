#include "gui/secret_field.h"

#include <QByteArray>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>

namespace jpki::gui {

void guardSecretField(QLineEdit& field) {
    field.setEchoMode(QLineEdit::Password);
    field.setContextMenuPolicy(Qt::NoContextMenu);
    field.setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
}

domain::SecretBuffer takeSecretField(QLineEdit& field) {
    QByteArray typed = field.text().toUtf8();
    domain::SecretBuffer secret(std::string_view(typed.constData(), std::size_t(typed.size())));
    domain::secureWipe(typed.data(), std::size_t(typed.size()));
    field.clear();
    return secret;
}

void keepReturnFromQuitting(QDialogButtonBox& buttons) {
    for (QAbstractButton* button : buttons.buttons()) {
        if (auto* push = qobject_cast<QPushButton*>(button)) {
            const bool ok = buttons.buttonRole(button) == QDialogButtonBox::AcceptRole;
            push->setAutoDefault(ok);
            push->setDefault(ok);
        }
    }
}

} // namespace jpki::gui
