#pragma once

// The first run: no account exists, so the first one, a supervisor, is created here (staff ID,
// name shown, password typed twice). The password policy's reasons (R-ACC-PASS) are shown live
// as it is typed, and the button stays disabled until none is left and both entries agree. Like
// the sign-in it only asks (AskingDialog).

#include "domain/secret.h"
#include "gui/asking_dialog.h"

#include <memory>

namespace jpki::gui {

namespace Ui {
class FirstSupervisorDialog;
}

class FirstSupervisorDialog : public AskingDialog {
    Q_OBJECT

public:
    explicit FirstSupervisorDialog(QWidget* parent = nullptr);
    ~FirstSupervisorDialog() override;

    QString login() const;
    QString displayName() const;
    // The password typed, moved out of its field; both password fields are cleared.
    domain::SecretBuffer takePassword();

protected:
    bool complete() const override { return m_acceptable; }
    void enableEntries(bool enabled) override;
    void clearPasswords() override;
    QWidget* entryAfterRefusal() override;
    void retranslate() override;

private:
    void nameButtons();
    void checkLive();

    std::unique_ptr<Ui::FirstSupervisorDialog> m_ui;
    bool m_acceptable = false;
};

} // namespace jpki::gui
