#pragma once

// The staff dialog's entry form: a new account (login, name shown, role, initial password twice)
// or a new password for an existing account (twice). The password policy's reasons (R-ACC-PASS)
// are shown live and OK stays disabled until none is left and both entries agree. It only asks:
// `submitted()` tells its owner, who takes the password as a SecretBuffer and answers with
// accept() or showRefusal().

#include "domain/secret.h"
#include "storage/staff_records.h"

#include <QDialog>
#include <memory>

namespace jpki::gui {

namespace Ui {
class StaffEntryDialog;
}

class StaffEntryDialog : public QDialog {
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

    void setBusy(bool busy);
    bool busy() const { return m_busy; }
    void showRefusal(const QString& text);
    QString problemsText() const;
    QString refusalText() const;

    void done(int result) override;
    void reject() override;

Q_SIGNALS:
    void submitted();

protected:
    void changeEvent(QEvent* event) override;

private:
    void nameTexts();
    void checkLive();
    void submit();
    void clearPasswords();

    std::unique_ptr<Ui::StaffEntryDialog> m_ui;
    Mode m_mode;
    bool m_busy = false;
    bool m_acceptable = false;
};

} // namespace jpki::gui
