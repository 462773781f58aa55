#pragma once

// The staff dialog's entry form: a new account (login, name shown, role, initial password twice)
// or a new password for an existing account (twice). The password policy's reasons (R-ACC-PASS)
// are shown live and OK stays disabled until none is left and both entries agree. It only asks
// (AskingDialog).

#include "domain/secret.h"
#include "gui/asking_dialog.h"
#include "storage/staff_records.h"

#include <memory>

namespace jpki::gui {

namespace Ui {
class StaffEntryDialog;
}

class StaffEntryDialog : public AskingDialog {
    Q_OBJECT

public:
    enum class Mode { CreateAccount, ResetPassword };

    // For ResetPassword, `login` and `displayName` name the account (shown, not editable).
    explicit StaffEntryDialog(Mode mode, QWidget* parent = nullptr, const QString& login = {},
                              const QString& displayName = {});
    ~StaffEntryDialog() override;

    Mode mode() const { return m_mode; }
    QString login() const;
    QString displayName() const;
    storage::StaffRole role() const;
    // The password typed, moved out of its field; both password fields are cleared.
    domain::SecretBuffer takePassword();

    // The password policy's reasons shown, or nothing.
    QString problemsText() const;

protected:
    bool complete() const override { return m_acceptable; }
    void enableEntries(bool enabled) override;
    void clearPasswords() override;
    QWidget* entryAfterRefusal() override;
    void retranslate() override;

private:
    void nameTexts();
    void checkLive();

    std::unique_ptr<Ui::StaffEntryDialog> m_ui;
    Mode m_mode;
    bool m_acceptable = false;
};

} // namespace jpki::gui
