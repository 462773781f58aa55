#pragma once

// What the clerk (or the applicant-facing dialog) hands to the engine's commands.

#include "card/basic_info.h"
#include "domain/date.h"
#include "domain/documents.h"
#include "domain/pin_policy.h"
#include "domain/secret.h"

#include <QString>
#include <optional>
#include <string_view>
#include <vector>

namespace jpki::workflow {

enum class ApplicantSource {
    CardInfoApplet, // the four items read with the card-info PIN
    Typed,          // typed from the card face
};

std::string_view applicantSourceId(ApplicantSource source); // "card-info-applet", "typed"
std::optional<ApplicantSource> parseApplicantSource(std::string_view id);

struct ApplicantInput {
    // R-DATA-MIN: the least the counter needs. Kept on the case row, never in an event.
    QString name;
    QString kana;
    std::optional<domain::Date> birthDate;
    QString address;
    // The signature certificate carries the four items (R-VAL-CHANGE): name, address, birth
    // date and this code. Kept as a code in the case's event.
    card::Sex sex = card::Sex::NotKnown;
    ApplicantSource source = ApplicantSource::Typed;
    // The card body's expiry, printed on the card face: the chip does not give it without
    // further PINs, so the clerk types it. Needed for a renewal (R-REN-CARD, R-VAL-CERT).
    std::optional<domain::Date> cardExpires;
    bool adultWard = false;                       // 成年被後見人 (R-ELIG-SIGN)
    bool faceAuthenticationCard = false;          // "顔認証" in the card's remarks (R-CARD-FACE)
    std::optional<domain::Date> periodOfStayEnds; // R-VAL-FOREIGN
};

enum class ProxyKind {
    Legal,     // 法定代理人
    Voluntary, // 任意代理人
};

std::string_view sexId(card::Sex sex); // "male", "female", "not-applicable", "not-known"
std::optional<card::Sex> parseSex(std::string_view id);

std::string_view proxyKindId(ProxyKind kind); // "legal", "voluntary"
std::optional<ProxyKind> parseProxyKind(std::string_view id);

struct ProxyInput {
    // Checked against the identity documents; not kept (the store has no place for it), only
    // its digest goes into the event.
    QString name;
    ProxyKind kind = ProxyKind::Legal;
    // R-DOC-AUTH: a legal proxy's ground; the evidence itself is checked with the documents.
    domain::LegalAuthorityBasis basis = domain::LegalAuthorityBasis::NotStated;
};

// Which certificates a renewal replaces: both, or only the one due, as the clerk and the rules
// decide.
enum class CertificateSelection {
    Due,                    // every certificate on the card that is due and may be held
    Both,                   // both certificates, each checked against the rules
    UserAuthenticationOnly, // 利用者証明用電子証明書
    SignatureOnly,          // 署名用電子証明書
};

std::string_view certificateSelectionId(CertificateSelection selection);
std::optional<CertificateSelection> parseCertificateSelection(std::string_view id);

struct CardCheckChoice {
    CertificateSelection certificates = CertificateSelection::Due; // renewal
    std::vector<domain::PinKind> pinsToReset;                      // PIN reset, lock release
};

// The current PINs a renewal verifies: typed by the applicant or the legal representative on the
// applicant-facing device, or by the clerk from the sealed form (R-PIN-PROXY). Wiped on
// destruction; only the ones of the certificates being renewed are needed.
struct RenewalPins {
    domain::SecretBuffer userAuthentication;
    domain::SecretBuffer signature;
};

} // namespace jpki::workflow
