#pragma once

// When a certificate can be renewed (domain-rules.md section 3): the renewal window and the
// assessment of a certificate brought to the counter on a given day.

#include "domain/date.h"

#include <optional>

namespace jpki::domain {

// R-REN-WINDOW: the first renewable day, the day after the same calendar day three months before
// expiry (end-of-month clamped): expiry 17 August -> 18 May; expiry 31 May -> 1 March.
Date renewalWindowOpens(const Date& certificateExpires);

// R-VAL-CERT6: a certificate issued on `issued` replaces one expiring on `previousExpires` inside
// its renewal window (from the window's first day to the expiry day, both included).
bool isTimelyRenewal(const Date& issued, const Date& previousExpires);

enum class RenewalStatus {
    TooEarly,                  // R-REN-WINDOW: 3 months or more remain
    Open,                      // R-REN-WINDOW: inside the window
    Expired,                   // R-REN-LATE: only a new issuance is possible
    CardReapplicationRequired, // R-REN-CARD: the card must be applied for again
};

// How a certificate issued today would be recorded.
enum class IssuanceKind {
    Renewal,                  // R-REN-WINDOW, inside the window
    NewIssuance,              // R-REN-LATE, after expiry; R-VAL-CHANGE, after a revocation
    RevocationAndNewIssuance, // R-REN-WINDOW, before the window: the current one is revoked
};

struct RenewalAssessment {
    RenewalStatus status = RenewalStatus::TooEarly;
    Date windowOpens{};
    // R-VAL-CERT6: a certificate issued today would run to the 6th birthday after today.
    bool sixthBirthdayRuleApplies = false;
    // Empty when nothing can be issued onto this card (CardReapplicationRequired).
    std::optional<IssuanceKind> issuanceToday;
};

// The renewal of a certificate on `today`. Precedence, first match wins:
//  1. R-REN-CARD: the card expires on or before the certificate's expiry, or has already expired
//     (the renewed certificate would start today, after the card): CardReapplicationRequired.
//     It comes first because waiting or a new issuance cannot help; the card must be renewed.
//  2. R-REN-LATE: the certificate has expired (today is after its expiry day): Expired.
//  3. R-REN-WINDOW: today is before the window's first day: TooEarly.
//  4. Otherwise Open, up to and including the expiry day; only then does R-VAL-CERT6 apply.
RenewalAssessment assessRenewal(const Date& certificateExpires, const Date& cardExpires,
                                const Date& today);

} // namespace jpki::domain
