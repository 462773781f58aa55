#pragma once

// The staff sign-in: staff ID and masked password, the workflow's refusal as text, and a busy
// state while the case worker checks (the dialog never waits; AskingDialog). Enter signs in; Esc
// leaves the program, or in unlock mode cancels the unlock (the screen stays locked).

#include "domain/secret.h"
#include "gui/asking_dialog.h"

#include <memory>

namespace jpki::gui {

namespace Ui {
class SignInDialog;
}

enum class SignInMode {
    SignIn, // nobody is signed in
    Unlock, // the screen is locked for someone: they, or a supervisor, sign in again
};

class SignInDialog : public AskingDialog {
    Q_OBJECT

public:
    explicit SignInDialog(SignInMode mode = SignInMode::SignIn, QWidget* parent = nullptr);
    ~SignInDialog() override;

    SignInMode mode() const { return m_mode; }
    // Unlock mode: whose screen it is; their staff ID is filled in.
    void setLockedFor(const QString& displayName, const QString& login);

    // The staff ID typed, without surrounding spaces.
    QString login() const;
    // The password typed, moved out of the field, which is cleared.
    domain::SecretBuffer takePassword();

protected:
    // A non-empty ID and password.
    bool complete() const override;
    void enableEntries(bool enabled) override;
    void clearPasswords() override;
    QWidget* entryAfterRefusal() override;
    void retranslate() override;

private:
    void describe();

    std::unique_ptr<Ui::SignInDialog> m_ui;
    SignInMode m_mode;
    QString m_lockedName;
};

} // namespace jpki::gui
