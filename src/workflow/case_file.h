#pragma once

// A case as its events tell it: an immutable view folded from the store's events (and the case
// row for the applicant's details, which the events hold only as a digest). The engine rebuilds
// it on every command, so that the store stays the only state.

#include "card/card_status.h"
#include "domain/documents.h"
#include "domain/pin_policy.h"
#include "domain/procedures.h"
#include "domain/renewal.h"
#include "domain/validity.h"
#include "storage/case_records.h"
#include "storage/paperwork_records.h"
#include "workflow/case_inputs.h"
#include "workflow/refusal.h"
#include "workflow/step.h"

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <optional>
#include <vector>

namespace jpki::workflow {

struct ApplicantFacts {
    QString name;
    QString kana;
    std::optional<domain::Date> birthDate;
    QString address;
    card::Sex sex = card::Sex::NotKnown;
    ApplicantSource source = ApplicantSource::Typed;
    std::optional<domain::Date> cardExpires;
    bool adultWard = false;
    bool faceAuthenticationCard = false;
    std::optional<domain::Date> periodOfStayEnds;
};

struct ProxyFacts {
    ProxyKind kind = ProxyKind::Legal;
    domain::LegalAuthorityBasis basis = domain::LegalAuthorityBasis::NotStated;
};

struct DocumentsResult {
    int visit = 1;
    std::vector<domain::UnmetRequirement> unmet; // empty: the visit's documents were all there
    bool met() const { return unmet.empty(); }
};

// What the card told at the card check: a snapshot of facts, never a secret.
struct CertificateFacts {
    domain::CertificateKind kind = domain::CertificateKind::UserAuthentication;
    card::CertificatePresence presence = card::CertificatePresence::NotRead;
    QString serial; // upper-case hex; empty unless present
    std::optional<domain::Date> notBefore;
    std::optional<domain::Date> notAfter;
};

struct PinFacts {
    domain::PinKind kind = domain::PinKind::UserAuthentication;
    card::PinPresence presence = card::PinPresence::Unknown;
    std::optional<int> triesLeft;
    int limit = 0;
};

struct CardFacts {
    domain::Date checkedOn{};
    std::vector<CertificateFacts> certificates; // user authentication, then signature
    std::vector<PinFacts> pins;                 // in domain::allPinKinds order

    const CertificateFacts* certificate(domain::CertificateKind kind) const;
    const PinFacts* pin(domain::PinKind kind) const;
};

// One certificate a renewal replaces, and how far its replacement got. The stages are stored
// one event each, so that a renewal cut short is finished from where it stopped.
enum class RenewalStage {
    Planned,       // chosen at the card check
    KeyGenerating, // the card is being told to make a key pair: its certificate may be gone
    KeyGenerated,  // the card made the new key pair (its public key is in the event)
    Issued,        // the authority issued the certificate for that key
    Written,       // the certificate is on the card
    Verified,      // read back, chained to the card's CA, and a challenge signed with the new key
    Done,          // the old certificate revoked (or there was none to revoke)
};

struct CertificateRenewal {
    domain::CertificateKind kind = domain::CertificateKind::UserAuthentication;
    domain::RenewalStatus status = domain::RenewalStatus::Open;
    domain::IssuanceKind issuance = domain::IssuanceKind::Renewal;
    // The signature certificate cannot be read without its password: when the card check could
    // not read it, it is assessed once the password has verified, before the card is changed.
    bool assessed = true;
    // Chosen as "due" rather than by name: dropped, not refused, when found not due.
    bool optional = false;
    QString oldSerial; // empty when the card held none
    std::optional<domain::Date> oldExpires;
    RenewalStage stage = RenewalStage::Planned;
    QByteArray newPublicKey; // DER SubjectPublicKeyInfo, from key-generated
    QString newSerial;
    std::optional<domain::Date> newNotBefore;
    std::optional<domain::Date> newExpires;
    std::optional<domain::ExpiryBasis> expiryBasis;
    bool timelyRenewal = false; // R-VAL-CERT6 applied
};

// One PIN a reset or lock release sets anew.
struct PinReset {
    domain::PinKind pin = domain::PinKind::UserAuthentication;
    // R-PIN-RESET: what the card showed: a blocked PIN (lock release) or tries left (forgotten).
    domain::ResetCase resetCase = domain::ResetCase::Forgotten;
    int triesAtCheck = 0;
    bool counterReset = false; // the issuer set the new PIN
    bool confirmed = false;    // full tries shown and the new PIN verified
    std::optional<int> triesAfter;
};

struct LetterFacts {
    storage::LetterId id{};
    QString reference; // P2026-000123-1
    bool mailed = false;
    std::optional<QString> mailMethod;
    bool replyReceived = false;
    std::optional<domain::SealState> replySeal;
};

struct CaseFile {
    storage::CaseId id{};
    QString reference;
    domain::Procedure procedure = domain::Procedure::Renewal;
    domain::RequestPath path = domain::RequestPath::Self;
    QString counter;
    Step step = Step::Reception;
    std::optional<QString> outcome;
    int visit = 1; // the visit in progress (2 after a voluntary proxy's sealed reply)

    std::optional<ApplicantFacts> applicant;
    std::optional<ProxyFacts> proxy;
    std::vector<DocumentsResult> documents; // every evaluation, in order
    std::optional<CardFacts> card;
    std::vector<CertificateRenewal> renewals; // user authentication first
    std::vector<PinReset> resets;
    std::optional<LetterFacts> letter;
    std::optional<Refusal> refusal;       // the refusal that closed the case, or the last open one
    std::optional<QString> closingReason; // cancelled, applicant left
    int pinVerificationFailures = 0;

    std::int64_t lastEventSequence = 0;
    int eventCount = 0;

    bool isClosed() const { return isFinal(step); }
    // R-PIN-RESET: the procedure the card showed it to be (a reset of a blocked PIN is a lock
    // release, a "lock release" of a PIN with tries left is a reset), else the one opened.
    domain::Procedure effectiveProcedure() const;
    // Whether the proxy recorded for the path is there (or none is needed).
    bool proxyInPlace() const;
    // The documents of `visit` were found complete.
    bool documentsMet(int visitNumber) const;
    const CertificateRenewal* renewal(domain::CertificateKind kind) const;
    const PinReset* reset(domain::PinKind pin) const;
};

// Folds a case's events in order. The letters tell the store's letter id, which the events
// name only by reference.
CaseFile foldCase(const storage::CaseRecord& record, const std::vector<storage::CaseEvent>& events,
                  const std::vector<storage::InquiryLetter>& letters);

std::string_view renewalStageId(RenewalStage stage);

} // namespace jpki::workflow
