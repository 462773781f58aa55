#pragma once

// The first run: no account exists, so the first one, a supervisor, is created here (staff ID,
// name shown, password typed twice). The password policy's reasons (R-ACC-PASS) are shown live
// as it is typed, and the button stays disabled until none is left and both entries agree. Like
// the sign-in it only asks: `submitted()` tells its owner, who takes the password as a
// SecretBuffer and answers with accept() or showRefusal().

#include "domain/secret.h"

#include <QDialog>
#include <memory>

namespace jpki::gui {

namespace Ui {
class FirstSupervisorDialog;
}

class FirstSupervisorDialog : public QDialog {
    Q_OBJECT

public:
    explicit FirstSupervisorDialog(QWidget* parent = nullptr);
    ~FirstSupervisorDialog() override;

    QString login() const;
    QString displayName() const;
    // The password typed, moved out of its field; both password fields are cleared.
    domain::SecretBuffer takePassword();

    void setBusy(bool busy);
    bool busy() const { return m_busy; }
    void showRefusal(const QString& text);

    void done(int result) override;
    void reject() override;

Q_SIGNALS:
    void submitted();

protected:
    void changeEvent(QEvent* event) override;

private:
    void nameButtons();
    void checkLive();
    void submit();
    void clearPasswords();

    std::unique_ptr<Ui::FirstSupervisorDialog> m_ui;
    bool m_busy = false;
    bool m_acceptable = false;
};

} // namespace jpki::gui
