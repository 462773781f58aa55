#pragma once

// The supervisor's staff accounts (R-ACC-*): the accounts with their role, lock and state, and
// the supervisor's actions on them: add an account, reset a password, unlock, deactivate or
// reactivate. Every call is a job on the case worker that goes through workflow::StaffAccess with
// the signed-in session, which checks the role each time; the dialog shows its answers as they
// are and reloads the list after each. Passwords travel only in SecretBuffers, wiped after use.

#include "gui/case_worker.h"
#include "workflow/session.h"
#include "workflow/staff_access.h"

#include <QDialog>
#include <QPointer>
#include <functional>
#include <memory>
#include <vector>

namespace jpki::gui {

namespace Ui {
class StaffDialog;
}

class StaffEntryDialog;
class StaffModel;

class StaffDialog : public QDialog {
    Q_OBJECT

public:
    // Asks the workflow for the staff list with `session` (StaffAccess::listStaff), then opens
    // the dialog (deleted when closed), or tells the refusal in a message box on `parent`.
    // Returns at once; `opened` is called with the dialog, or nullptr when refused.
    static void openFor(const workflow::Session& session, CaseWorker& worker, QWidget* parent,
                        workflow::AccessSettings access = {},
                        std::function<void(StaffDialog*)> opened = {});

    StaffDialog(const workflow::Session& session, CaseWorker& worker,
                workflow::AccessSettings access, std::vector<workflow::StaffOverview> accounts,
                QWidget* parent = nullptr);
    ~StaffDialog() override;

    const StaffModel& model() const { return *m_model; }
    // Selects the account with `login`; false when the list has none.
    bool selectLogin(const QString& login);
    // Asks the workflow for the list again; accountsShown() follows.
    void reload();

    // The entry form for a new account, or for a new password of the selected account (nullptr
    // when none is selected). The dialog runs the call when the form is submitted.
    StaffEntryDialog* openAddDialog();
    StaffEntryDialog* openResetDialog();
    // Unlocks, deactivates or reactivates the selected account; actionFinished() follows.
    void unlockSelected();
    void toggleActiveSelected();

    bool busy() const { return m_busy; }
    // The last answer shown under the list (the workflow's refusal, or what was done).
    QString messageText() const;

Q_SIGNALS:
    void accountsShown();
    void actionFinished(bool done);

protected:
    void changeEvent(QEvent* event) override;

private:
    void nameTexts();
    void selectionChanged();
    void updateButtons();
    const workflow::StaffOverview* selectedAccount() const;
    void setBusy(bool busy);
    void showMessage(const QString& text, bool refusal);
    void finishEntry(const std::optional<workflow::AccessError>& refusal, const QString& doneText);
    void submitEntry();
    void finishAction(const workflow::AccessOutcome<void>& outcome, const QString& doneText);

    std::unique_ptr<Ui::StaffDialog> m_ui;
    workflow::Session m_session;
    CaseWorker& m_worker;
    workflow::AccessSettings m_access;
    StaffModel* m_model = nullptr;
    QPointer<StaffEntryDialog> m_entry;
    storage::StaffId m_entryTarget{}; // the account whose password is reset
    QString m_selectedLogin;
    bool m_busy = false;
    bool m_refusalShown = false;
};

} // namespace jpki::gui
