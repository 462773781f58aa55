#pragma once

// What the staff dialogs (sign-in, first supervisor, staff entry) share: they only ask.
// `submitted()` tells the owner, who takes the password as a SecretBuffer, runs the call on the
// worker and answers with accept() or showRefusal(). While the call is under way the entries and
// buttons are disabled and Esc does nothing: the answer must find the dialog it belongs to.
// Closing the dialog clears its password fields.

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace jpki::gui {

class AskingDialog : public QDialog {
    Q_OBJECT

public:
    // While the worker checks: the entries and buttons are disabled and Esc does nothing.
    void setBusy(bool busy);
    bool busy() const { return m_busy; }
    // Ends the busy state with the reason the call was refused.
    void showRefusal(const QString& text);
    // The refusal shown, or nothing.
    QString refusalText() const;

    void done(int result) override;
    void reject() override;

Q_SIGNALS:
    // Everything asked is filled in and acceptable, and OK or Enter was pressed.
    void submitted();

protected:
    explicit AskingDialog(QWidget* parent);

    // Once the form is set up: its OK/Cancel buttons (OK submits, Enter never cancels) and the
    // labels for "checking" and for the refusal, both hidden until needed.
    void attachForm(QDialogButtonBox& buttons, QLabel& busyLabel, QLabel& errorLabel);
    // OK while complete() and not busy, Cancel while not busy; call it when complete() changes.
    void updateButtons();
    // After a change of the buttons' texts: Enter still presses OK only.
    void keepReturnOnOk();

    virtual bool complete() const = 0;
    virtual void enableEntries(bool enabled) = 0;
    virtual void clearPasswords() = 0;
    // Where the focus goes after a refusal.
    virtual QWidget* entryAfterRefusal() = 0;
    // On a language change: the form's texts again, and those set in code.
    virtual void retranslate() = 0;

    void changeEvent(QEvent* event) override;

private:
    void submit();

    QDialogButtonBox* m_buttons = nullptr;
    QLabel* m_busyLabel = nullptr;
    QLabel* m_errorLabel = nullptr;
    bool m_busy = false;
};

} // namespace jpki::gui
