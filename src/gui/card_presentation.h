#pragma once

// How the card panel words a CardServiceState: the headline and advice for each phase, and one
// row per certificate and per PIN of a snapshot. No widget here, so that the wording and the
// emphasis can be checked without one. The decisions come from the domain (the renewal window)
// and the card layer (presence, tries); the text for codes from src/messages.

#include "card/card_status.h"
#include "domain/date.h"
#include "domain/renewal.h"
#include "gui/card_service_state.h"

#include <QString>
#include <array>

namespace jpki::gui {

// How a row stands out. Alert: expired, blocked or unreadable; Notice: inside the renewal
// window, or tries already spent; Muted: absent or unknown, which is not a fault.
enum class Emphasis { Normal, Notice, Alert, Muted };

struct PhaseText {
    QString headline;
    QString advice; // what to do; empty when there is nothing to do
};

struct CertificateRow {
    card::JpkiCertificate certificate = card::JpkiCertificate::Signature;
    QString name;
    QString state;
    QString expires;
    QString daysLeft;
    QString note;
    Emphasis emphasis = Emphasis::Normal;
};

struct PinRow {
    card::PinReference pin = card::PinReference::Signature;
    QString name;
    QString triesLeft;
    QString note;
    Emphasis emphasis = Emphasis::Normal;
};

PhaseText phaseText(const CardServiceState& state);

// The holder's two certificates, signature first (the CA certificates are not the holder's).
std::array<CertificateRow, 2> certificateRows(const card::CardStatus& status);

// The four PINs: the two certificate PINs, then card-info and resident-registry.
std::array<PinRow, 4> pinRows(const card::CardStatus& status);

// R-REN-LATE and R-REN-WINDOW for a certificate read from the card. The chip does not tell the
// card body's expiry, so R-REN-CARD is left to the case, which has the card face in hand:
// the result is never CardReapplicationRequired.
domain::RenewalStatus renewalStatusOnCard(const domain::Date& certificateExpires,
                                          const domain::Date& today);

} // namespace jpki::gui
