#pragma once

// How long a My Number card and its two certificates are valid (domain-rules.md section 2):
// birthday-based terms, the age line, the caps (card, user-authentication certificate, period of
// stay), the validity change of a foreign resident, and which life events revoke which
// certificate. Every function is pure; "today" is a parameter.

#include "domain/date.h"

#include <chrono>
#include <optional>

namespace jpki::domain {

// R-VAL-FEB29: the holder's birthday in `year`. A holder born on 29 February has the birthday on
// 28 February in a common year. Every birthday-based expiry goes through this one function.
Date birthdayInYear(const Date& birth, std::chrono::year year);

// The n-th birthday after `after` (発行の日後のn回目の誕生日): only birthdays strictly after
// `after` count, so a card issued on the holder's birthday runs n full years. `n` is at least 1.
Date nthBirthdayAfter(const Date& birth, const Date& after, int n);

// R-VAL-AGELINE: the Civil Code lowered the age of majority on this day.
inline constexpr Date ageLineLoweredOn{std::chrono::year{2022}, std::chrono::April,
                                       std::chrono::day{1}};

// What ended (or will end) a card or a certificate on its expiry date.
enum class ExpiryBasis {
    TenthBirthday,                 // R-VAL-CARD, holder at or over the age line
    FifthBirthday,                 // R-VAL-CARD under the age line; R-VAL-CERT
    SixthBirthday,                 // R-VAL-CERT6, certificate renewed inside the window
    CardExpiry,                    // R-VAL-CERT, the card body expires first
    UserAuthenticationCertificate, // R-VAL-CERT, a signature certificate never outlives it
    PeriodOfStay,                  // R-VAL-FOREIGN
};

// A card as issued: the facts its birthday-based expiry depends on.
struct CardIssue {
    Date birth{};
    Date issued{};
    // R-VAL-AGELINE: the day the card application was received; the issue date when unknown.
    std::optional<Date> applicationReceived;
};

// R-VAL-AGELINE: 18 for applications received on or after 2022-04-01, 20 before.
int cardAgeLine(const CardIssue& card);

struct CardValidity {
    Date expires{};
    ExpiryBasis basis = ExpiryBasis::TenthBirthday;
    int ageLine = 18;
    int ageOnIssue = 0;
};

// R-VAL-CARD: the 10th birthday after issue at or over the age line on the issue date, else the
// 5th. This is also the limit no validity change of a foreign resident can pass.
CardValidity cardBirthdayTerm(const CardIssue& card);

// R-VAL-CARD, R-VAL-FOREIGN: the card's expiry, no later than the end of the period of stay known
// at issue (omitted for Japanese nationals and foreign residents without a period of stay).
CardValidity cardValidity(const CardIssue& card,
                          std::optional<Date> periodOfStayEnds = std::nullopt);

enum class CertificateKind {
    Signature,          // 署名用電子証明書
    UserAuthentication, // 利用者証明用電子証明書
};

struct CertificateIssue {
    CertificateKind kind = CertificateKind::UserAuthentication;
    Date birth{};
    Date issued{};
    // The expiry of the card the certificate is written to (R-VAL-CERT).
    Date cardExpires{};
    // R-VAL-CERT6: the expiry of the certificate this one replaces, if any.
    std::optional<Date> replacedCertificateExpires;
    // R-VAL-CERT: for a signature certificate, the expiry of the user-authentication certificate
    // already on the card. Ignored for a user-authentication certificate.
    std::optional<Date> userAuthenticationExpires;
    // R-VAL-FOREIGN: the end of the period of stay known at issue.
    std::optional<Date> periodOfStayEnds;
};

struct CertificateValidity {
    Date expires{};
    ExpiryBasis basis = ExpiryBasis::FifthBirthday;
    // R-VAL-CERT6 applied: the certificate replaced one inside its renewal window.
    bool timelyRenewal = false;
};

// R-VAL-CERT, R-VAL-CERT6, R-VAL-FOREIGN: the 5th birthday after issue (the 6th for a timely
// renewal), cut short by the card, by the user-authentication certificate (signature only) and
// by the period of stay. When a cap falls on the birthday itself nothing is cut short and the
// birthday is reported; among caps on the same day the period of stay, then the card is reported.
CertificateValidity certificateValidity(const CertificateIssue& certificate);

// R-VAL-FOREIGN: the validity change (有効期間変更) after the period of stay was extended.
enum class StayChangeStatus {
    Changed,    // the card now ends on `newCardExpires`; its certificates are re-issued
    CardLapsed, // the card expired before the holder came; the change is no longer possible
};

struct StayChange {
    StayChangeStatus status = StayChangeStatus::Changed;
    Date newCardExpires{};
    ExpiryBasis basis = ExpiryBasis::PeriodOfStay;
    bool certificatesReissued = false;
};

// R-VAL-FOREIGN: the new card expiry is the new end of stay, never past the 10th (or 5th)
// birthday counted from the card's original issue.
StayChange changeCardValidityForNewStay(const CardIssue& card, const Date& currentCardExpires,
                                        const Date& newPeriodOfStayEnds, const Date& today);

enum class StayExtensionStatus {
    Extended,             // the card now ends on `newCardExpires`
    AlreadyExtended,      // the 2-month extension was granted before; it is one-time
    BirthdayLimitReached, // the card already ends on its 10th (or 5th) birthday
    CardLapsed,           // the card expired before the holder came
};

struct StayExtension {
    StayExtensionStatus status = StayExtensionStatus::Extended;
    Date newCardExpires{};
    ExpiryBasis basis = ExpiryBasis::PeriodOfStay;
};

// R-VAL-FOREIGN: the one-time extension while a stay renewal is pending: two months after the
// current expiry (end-of-month clamped), never past the 10th (or 5th) birthday.
StayExtension extendCardWhileStayRenewalPending(const CardIssue& card,
                                                const Date& currentCardExpires,
                                                bool alreadyExtended, const Date& today);

// R-VAL-CHANGE: events in the holder's life that end certificates before their expiry.
enum class LifeEvent {
    AddressChange,              // 住所変更 within the municipality or by 転入
    DomesticMoveOut,            // 転出 to another municipality in Japan
    NameChange,                 // 氏名変更
    BirthDateChange,            // 生年月日の変更
    SexChange,                  // 性別変更
    EmigrationWithContinuedUse, // 国外転出 keeping the card (since 2024-05-27)
    EmigrationWithoutContinuedUse,
    MoveStepMissed,  // 転入届 or the continued-use step not made within the 14/30/90-day limits
    CardReturned,    // カードの返納
    CardInvalidated, // カードの失効
    CardExpired,
    Death,
};

struct LifeEventEffect {
    bool signatureRevoked = false;
    bool userAuthenticationRevoked = false;
    bool cardEnds = false;
};

// R-VAL-CHANGE: which certificates the event revokes. A revoked certificate is replaced by a new
// issuance, never a renewal (Act on Certification Services by J-LIS, art. 12).
LifeEventEffect lifeEventEffect(LifeEvent event);

} // namespace jpki::domain
