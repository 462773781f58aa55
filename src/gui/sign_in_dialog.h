#pragma once

// The staff sign-in: staff ID and masked password, the workflow's refusal as text, and a busy
// state while the case worker checks (the dialog never waits). It only asks: `submitted()` tells
// its owner, who takes the password as a SecretBuffer (the field is cleared), runs the check and
// answers with accept() or showRefusal(). Enter signs in; Esc leaves the program, or in unlock
// mode cancels the unlock (the screen stays locked).

#include "domain/secret.h"

#include <QDialog>
#include <memory>

namespace jpki::gui {

namespace Ui {
class SignInDialog;
}

enum class SignInMode {
    SignIn, // nobody is signed in
    Unlock, // the screen is locked for someone: they, or a supervisor, sign in again
};

class SignInDialog : public QDialog {
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

    // While the worker checks: the entries and buttons are disabled and Esc does nothing.
    void setBusy(bool busy);
    bool busy() const { return m_busy; }
    // Ends the busy state with the reason the sign-in was refused.
    void showRefusal(const QString& text);

    void done(int result) override;
    void reject() override;

Q_SIGNALS:
    // The staff member asked to sign in with a non-empty ID and password.
    void submitted();

protected:
    void changeEvent(QEvent* event) override;

private:
    void describe();
    void submit();
    void updateButtons();

    std::unique_ptr<Ui::SignInDialog> m_ui;
    SignInMode m_mode;
    QString m_lockedName;
    bool m_busy = false;
};

} // namespace jpki::gui
