#include "gui/secret_field.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QByteArray>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>

namespace jpki::gui {

namespace {

const char* const kSecretProperty = "jpkiSecretField";

// What assistive technology sees of a secret field: its name, description and the password
// state, no value and no text interface. Qt's own line edit interface reads a password field as
// one '*' per character and reports its character count.
class SecretFieldAccessible final : public QAccessibleWidget {
public:
    explicit SecretFieldAccessible(QWidget* field)
        : QAccessibleWidget(field, QAccessible::EditableText) {}

    QString text(QAccessible::Text kind) const override {
        return kind == QAccessible::Value ? QString() : QAccessibleWidget::text(kind);
    }

    QAccessible::State state() const override {
        QAccessible::State state = QAccessibleWidget::state();
        state.editable = true;
        state.passwordEdit = true;
        return state;
    }
};

QAccessibleInterface* secretFieldAccessible(const QString& className, QObject* object) {
    if (className == QLatin1String("QLineEdit") && object->property(kSecretProperty).toBool()) {
        return new SecretFieldAccessible(static_cast<QWidget*>(object));
    }
    return nullptr;
}

} // namespace

void guardSecretField(QLineEdit& field) {
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(secretFieldAccessible);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    field.setProperty(kSecretProperty, true);
    // Setting the field's accessible name (setupUi does) may already have made Qt's own
    // interface for it; drop that one, so that the next query comes through the factory.
    QAccessibleInterface* existing = QAccessible::queryAccessibleInterface(&field);
    if (existing != nullptr && dynamic_cast<SecretFieldAccessible*>(existing) == nullptr) {
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(existing));
    }
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
