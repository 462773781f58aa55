#pragma once

// The applicant's PIN dialog: a separate top-level window that can be moved to the screen
// facing the applicant (its place is remembered). The PIN is masked, the policy's reasons are
// shown live as it is typed (R-PIN-NEW), the tries left come from the card's state, and a new
// PIN is typed twice. The typed PIN leaves the dialog only as a domain::SecretBuffer; the fields
// are cleared when it is taken or the dialog closes, and nothing of it is logged.

#include "domain/date.h"
#include "domain/pin_policy.h"
#include "domain/secret.h"

#include <QDialog>
#include <memory>
#include <optional>

namespace jpki::gui {

namespace Ui {
class PinDialog;
}

enum class PinEntryMode {
    Current, // the PIN the card holds (a renewal verifies it)
    New,     // a new PIN, typed twice (a reset or lock release sets it)
};

struct PinRequest {
    domain::PinKind pin = domain::PinKind::UserAuthentication;
    PinEntryMode mode = PinEntryMode::New;
    std::optional<int> triesLeft;          // from the card's state, for a current PIN
    std::optional<domain::Date> birthDate; // warns about a new PIN made of it
};

class PinDialog : public QDialog {
    Q_OBJECT

public:
    explicit PinDialog(PinRequest request, QWidget* parent = nullptr);
    ~PinDialog() override;

    const PinRequest& request() const { return m_request; }
    // The PIN typed (and its confirmation for a new PIN), moved out of the fields, which are
    // cleared. Empty unless the dialog was accepted.
    domain::SecretBuffer takePin();
    domain::SecretBuffer takeConfirmation();

    void done(int result) override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void describe();
    void checkLive();
    void rememberPlace();

    std::unique_ptr<Ui::PinDialog> m_ui;
    PinRequest m_request;
    domain::SecretBuffer m_pin;
    domain::SecretBuffer m_confirmation;
};

} // namespace jpki::gui
