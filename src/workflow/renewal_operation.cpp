// The renewal's card operation (R-REN-*, R-VAL-CERT, R-VAL-CERT6, R-PIN-PROXY): the current PINs
// verified, then per certificate one stored event per sub-step, so that a renewal cut short at
// any point is finished from where it stopped when renew() is called again with the PINs.

#include "card/certificate_check.h"
#include "card/issuer_operations.h"
#include "card/jpki_applet.h"
#include "workflow/card_identity.h"
#include "workflow/case_engine.h"
#include "workflow/domain_ids.h"
#include "workflow/engine_step.h"
#include "workflow/renewal_plan.h"
#include "workflow/workflow_events.h"

#include <algorithm>
#include <map>
#include <openssl/rand.h>
#include <openssl/sha.h>

namespace jpki::workflow {

namespace {

using domain::CertificateKind;
using payload::text;

card::JpkiKey keyOf(CertificateKind kind) {
    return kind == CertificateKind::Signature ? card::JpkiKey::Signature
                                              : card::JpkiKey::UserAuthentication;
}

domain::PinKind pinOf(CertificateKind kind) {
    return kind == CertificateKind::Signature ? domain::PinKind::Signature
                                              : domain::PinKind::UserAuthentication;
}

card::JpkiCertificate caOf(CertificateKind kind) {
    return kind == CertificateKind::Signature ? card::JpkiCertificate::SignatureCa
                                              : card::JpkiCertificate::UserAuthenticationCa;
}

const domain::SecretBuffer& typedPin(const RenewalPins& pins, CertificateKind kind) {
    return kind == CertificateKind::Signature ? pins.signature : pins.userAuthentication;
}

QJsonObject certificateKey(CertificateKind kind) {
    return {{QStringLiteral("certificate"), text(certificateKindId(kind))}};
}

card::Bytes spkiOf(EVP_PKEY* key) {
    const int length = i2d_PUBKEY(key, nullptr);
    if (length <= 0) {
        return {};
    }
    card::Bytes der(static_cast<std::size_t>(length));
    unsigned char* cursor = der.data();
    i2d_PUBKEY(key, &cursor);
    return der;
}

QByteArray asQByteArray(const card::Bytes& bytes) {
    return QByteArray(reinterpret_cast<const char*>(bytes.data()),
                      static_cast<qsizetype>(bytes.size()));
}

// A SHA-256 DigestInfo over fresh random bytes: what the new key signs to show it works.
card::Bytes challengeDigestInfo() {
    static constexpr std::uint8_t kSha256Prefix[] = {0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60,
                                                     0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02,
                                                     0x01, 0x05, 0x00, 0x04, 0x20};
    std::uint8_t challenge[32];
    RAND_bytes(challenge, sizeof challenge);
    card::Bytes digestInfo(std::begin(kSha256Prefix), std::end(kSha256Prefix));
    digestInfo.resize(digestInfo.size() + SHA256_DIGEST_LENGTH);
    SHA256(challenge, sizeof challenge, digestInfo.data() + sizeof kSha256Prefix);
    return digestInfo;
}

// The typed PIN as the card is to get it (a signature password upper-cased); renew() has checked
// its format.
domain::SecretBuffer preparedPin(const RenewalPins& pins, CertificateKind kind) {
    return domain::checkPinFormat(pinOf(kind), typedPin(pins, kind).view()).normalised;
}

// The card's refusal of a PIN as the rules read it.
bool isPinRefusal(const card::CardError& error) {
    return error.code == card::CardErrorCode::WrongPin ||
           error.code == card::CardErrorCode::PinBlocked;
}

// One renewal call: the sub-steps of each certificate, in order, with the new certificates
// issued during this call kept in memory until written (they are never stored in events: the
// signature certificate carries the holder's four items).
class Renewal {
public:
    Renewal(EngineStep& step, card::CardChannel& channel, const RenewalPins& pins,
            storage::StaffId clerk, const OperationObserver& observer)
        : m_step(step)
        , m_channel(channel)
        , m_pins(pins)
        , m_clerk(clerk)
        , m_observer(observer)
        , m_applet(channel)
        , m_issuer(channel, step.authority()) {}

    Outcome<CaseFile> run(CaseFile file);

private:
    Outcome<CaseFile> verifyPins(const CaseFile& file);
    Outcome<CaseFile> advance(const CaseFile& file, const CertificateRenewal& renewal);
    Outcome<CaseFile> generate(const CaseFile& file, const CertificateRenewal& renewal);
    Outcome<CaseFile> issue(const CaseFile& file, const CertificateRenewal& renewal);
    Outcome<CaseFile> write(const CaseFile& file, const CertificateRenewal& renewal);
    Outcome<CaseFile> verify(const CaseFile& file, const CertificateRenewal& renewal);
    Outcome<CaseFile> revokeOld(const CaseFile& file, const CertificateRenewal& renewal);
    Outcome<CaseFile> record(const CaseFile& file, std::string_view type, QJsonObject payload,
                             Step next = Step::CardOperation);

    EngineStep& m_step;
    card::CardChannel& m_channel;
    const RenewalPins& m_pins;
    storage::StaffId m_clerk;
    const OperationObserver& m_observer;
    card::JpkiApplet m_applet;
    card::IssuerOperations m_issuer;
    std::map<CertificateKind, card::Certificate> m_issued;
};

Outcome<CaseFile> Renewal::record(const CaseFile& file, std::string_view type, QJsonObject payload,
                                  Step next) {
    return m_step.append(file.id, type, std::move(payload), next, m_clerk);
}

Outcome<CaseFile> Renewal::run(CaseFile file) {
    auto verified = verifyPins(file);
    if (!verified) {
        return verified;
    }
    file = *verified;
    if (file.isClosed()) {
        return file; // refused at the PINs (blocked, or nothing left to renew)
    }
    // The sub-steps left: one stored event each, from a certificate's stage to Done.
    int total = 0;
    for (const CertificateRenewal& renewal : file.renewals) {
        total += static_cast<int>(RenewalStage::Done) - static_cast<int>(renewal.stage);
    }
    int done = 0;
    auto report = [&] {
        // A certificate issued but not written before a stop is withdrawn and issued again:
        // two sub-steps more than counted.
        total = std::max(total, done);
        if (m_observer.progress) {
            m_observer.progress(done, total);
        }
    };
    report();
    for (CertificateKind kind : {CertificateKind::UserAuthentication, CertificateKind::Signature}) {
        // Each sub-step stores its event and hands back the case as now folded.
        while (const CertificateRenewal* renewal = file.renewal(kind)) {
            if (renewal->stage == RenewalStage::Done) {
                break;
            }
            if (m_observer.stopRequested && m_observer.stopRequested()) {
                return file; // stored up to here; renew() again finishes it
            }
            auto advanced = advance(file, *renewal);
            if (!advanced) {
                return advanced;
            }
            file = *advanced;
            ++done;
            report();
        }
    }
    const QString outcome = QStringLiteral("renewed");
    return m_step.append(file.id, event::kCaseCompleted, {{QStringLiteral("outcome"), outcome}},
                         Step::Completed, m_clerk, outcome);
}

Outcome<CaseFile> Renewal::verifyPins(const CaseFile& file) {
    const domain::Date today = m_step.today();
    QJsonArray verifiedKinds;
    QJsonArray assessed;
    QJsonArray dropped;
    for (const CertificateRenewal& renewal : file.renewals) {
        if (renewal.stage == RenewalStage::Done) {
            continue;
        }
        const domain::PinKind pin = pinOf(renewal.kind);
        const domain::SecretBuffer value = preparedPin(m_pins, renewal.kind);
        card::Result<void> accepted = m_applet.verifyPin(pin, value.bytes());
        if (!accepted) {
            if (!isPinRefusal(accepted.error())) {
                return WorkflowError::card(accepted.error());
            }
            Refusal refusal;
            refusal.pin = pin;
            refusal.triesLeft = accepted.error().triesLeft.value_or(0);
            if (file.path == domain::RequestPath::VoluntaryProxy) {
                // R-PIN-PROXY: the PIN must first be reset; the proxy cannot go on.
                refusal.reason = RefusalReason::ProxyPinNotVerified;
                return m_step.refuse(file, std::move(refusal), m_clerk);
            }
            QJsonObject failed{{QStringLiteral("pin_kind"), text(domain::pinKindId(pin))},
                               {QStringLiteral("tries_left"), *refusal.triesLeft}};
            const EngineStep::Work failure = m_step.appending(
                file.id, event::kPinVerificationFailed, failed, file.step, m_clerk);
            if (*refusal.triesLeft > 0) {
                // The applicant may type it again; the card counts the tries.
                auto stored = m_step.write(file.id, failure);
                if (!stored) {
                    return stored;
                }
                return WorkflowError::card(accepted.error());
            }
            refusal.reason = RefusalReason::PinBlocked; // R-PIN-RESET: a reset comes first
            return m_step.refuseAfter(file.id, failure, file.step, std::move(refusal), m_clerk);
        }
        verifiedKinds.append(text(domain::pinKindId(pin)));
        if (renewal.assessed) {
            continue;
        }
        // The signature certificate is readable now that its password verified.
        card::Result<card::Certificate> current = m_applet.readSignatureCertificate(value.bytes());
        if (!current) {
            return WorkflowError::card(current.error());
        }
        auto assessment =
            assessCertificate(renewal.kind, QString::fromStdString(current->serialHex()),
                              current->notAfter(), *file.applicant->cardExpires, today);
        if (auto* refusal = std::get_if<Refusal>(&assessment)) {
            if (!renewal.optional) {
                return m_step.refuse(file, std::move(*refusal), m_clerk);
            }
            dropped.append(text(certificateKindId(renewal.kind)));
            continue;
        }
        const CertificateRenewal& planned = std::get<CertificateRenewal>(assessment);
        QJsonObject entry = certificateKey(renewal.kind);
        entry.insert(QStringLiteral("status"), text(renewalStatusId(planned.status)));
        entry.insert(QStringLiteral("issuance"), text(issuanceKindId(planned.issuance)));
        entry.insert(QStringLiteral("old_serial"), planned.oldSerial);
        payload::insertDate(entry, QStringLiteral("old_expires"), planned.oldExpires);
        assessed.append(entry);
    }
    if (verifiedKinds.isEmpty()) {
        return file; // every certificate done: only the completion is left to record
    }
    if (file.renewals.size() == static_cast<std::size_t>(dropped.size())) {
        Refusal refusal;
        refusal.reason = RefusalReason::NothingToRenew;
        return m_step.refuse(file, std::move(refusal), m_clerk);
    }
    return record(file, event::kPinsVerified,
                  {{QStringLiteral("pin_kinds"), verifiedKinds},
                   {QStringLiteral("assessed"), assessed},
                   {QStringLiteral("dropped"), dropped}});
}

Outcome<CaseFile> Renewal::advance(const CaseFile& file, const CertificateRenewal& renewal) {
    switch (renewal.stage) {
    case RenewalStage::Planned:
        return record(file, event::kKeyGenerationStarted, certificateKey(renewal.kind));
    case RenewalStage::KeyGenerating:
        return generate(file, renewal);
    case RenewalStage::KeyGenerated:
        return issue(file, renewal);
    case RenewalStage::Issued:
        return write(file, renewal);
    case RenewalStage::Written:
        return verify(file, renewal);
    case RenewalStage::Verified:
        return revokeOld(file, renewal);
    case RenewalStage::Done:
        break;
    }
    return file;
}

Outcome<CaseFile> Renewal::generate(const CaseFile& file, const CertificateRenewal& renewal) {
    card::Result<card::PublicKey> key = m_issuer.generateKeyPair(keyOf(renewal.kind));
    if (!key) {
        return WorkflowError::card(key.error());
    }
    // The public key is stored, so that a renewal cut short after this point issues the
    // certificate for the key that is on the card.
    QJsonObject generated = certificateKey(renewal.kind);
    generated.insert(QStringLiteral("public_key"),
                     QString::fromLatin1(asQByteArray(spkiOf(key->get())).toBase64()));
    return record(file, event::kKeyGenerated, generated);
}

Outcome<CaseFile> Renewal::issue(const CaseFile& file, const CertificateRenewal& renewal) {
    const ApplicantFacts& applicant = *file.applicant;
    domain::CertificateIssue validityInput;
    validityInput.kind = renewal.kind;
    validityInput.birth = *applicant.birthDate;
    validityInput.issued = m_step.today();
    validityInput.cardExpires = *applicant.cardExpires;
    validityInput.replacedCertificateExpires = renewal.oldExpires; // R-VAL-CERT6 decides
    validityInput.periodOfStayEnds = applicant.periodOfStayEnds;
    if (renewal.kind == CertificateKind::Signature) {
        // R-VAL-CERT: never past the user-authentication certificate on the card after this case.
        const CertificateRenewal* partner = file.renewal(CertificateKind::UserAuthentication);
        const CertificateFacts* current =
            file.card ? file.card->certificate(CertificateKind::UserAuthentication) : nullptr;
        validityInput.userAuthenticationExpires = partner && partner->newExpires
                                                      ? partner->newExpires
                                                  : current ? current->notAfter
                                                            : std::nullopt;
    }
    const domain::CertificateValidity validity = domain::certificateValidity(validityInput);

    issuer::IssueRequest request;
    request.kind = renewal.kind;
    request.publicKey.assign(renewal.newPublicKey.begin(), renewal.newPublicKey.end());
    request.notBefore = validityInput.issued;
    request.notAfter = validity.expires;
    if (renewal.kind == CertificateKind::Signature) {
        card::BasicInfo holder;
        holder.name = applicant.name.toStdString();
        holder.address = applicant.address.toStdString();
        holder.birthDate = applicant.birthDate;
        // YYYYMMDD, as the card-info applet writes it.
        holder.birthDateText = domain::formatIsoDate(*applicant.birthDate);
        std::erase(holder.birthDateText, '-');
        holder.sex = applicant.sex;
        request.holder = holder;
    }
    issuer::Result<card::Certificate> issued = m_step.authority().issue(request);
    if (!issued) {
        return WorkflowError::issuer(issued.error());
    }
    const card::Certificate& parsed = *issued;
    QJsonObject entry = certificateKey(renewal.kind);
    entry.insert(QStringLiteral("serial"), QString::fromStdString(parsed.serialHex()));
    entry.insert(QStringLiteral("not_before"), payload::date(parsed.notBefore()));
    entry.insert(QStringLiteral("not_after"), payload::date(parsed.notAfter()));
    entry.insert(QStringLiteral("expiry_basis"), text(expiryBasisId(validity.basis)));
    entry.insert(QStringLiteral("timely_renewal"), validity.timelyRenewal);
    entry.insert(QStringLiteral("issuance"), text(issuanceKindId(renewal.issuance)));
    m_issued.insert_or_assign(renewal.kind, parsed);
    return record(file, event::kCertificateIssued, entry);
}

Outcome<CaseFile> Renewal::write(const CaseFile& file, const CertificateRenewal& renewal) {
    const auto issued = m_issued.find(renewal.kind);
    if (issued == m_issued.end()) {
        // Issued by a call that did not live to write it: the certificate is withdrawn at the
        // authority and a new one issued for the same key, so that no issued certificate is left
        // unaccounted for.
        issuer::Result<issuer::RevokeOutcome> revoked =
            m_step.authority().revoke(renewal.kind, renewal.newSerial.toStdString(),
                                      issuer::RevocationReason::CessationOfOperation);
        if (!revoked) {
            return WorkflowError::issuer(revoked.error());
        }
        QJsonObject withdrawn = certificateKey(renewal.kind);
        withdrawn.insert(QStringLiteral("serial"), renewal.newSerial);
        withdrawn.insert(QStringLiteral("reason"), QStringLiteral("cessation-of-operation"));
        return record(file, event::kCertificateWithdrawn, withdrawn);
    }
    card::Result<void> written =
        m_issuer.writeCertificate(keyOf(renewal.kind), issued->second.der());
    if (!written) {
        return WorkflowError::card(written.error());
    }
    QJsonObject entry = certificateKey(renewal.kind);
    entry.insert(QStringLiteral("serial"), renewal.newSerial);
    return record(file, event::kCertificateWritten, entry);
}

Outcome<CaseFile> Renewal::verify(const CaseFile& file, const CertificateRenewal& renewal) {
    const domain::SecretBuffer pin = preparedPin(m_pins, renewal.kind);
    card::Result<card::Certificate> onCard =
        renewal.kind == CertificateKind::Signature
            ? m_applet.readSignatureCertificate(pin.bytes())
            : m_applet.readCertificate(card::JpkiCertificate::UserAuthentication);
    if (!onCard) {
        return WorkflowError::card(onCard.error());
    }
    const card::Bytes expectedKey(renewal.newPublicKey.begin(), renewal.newPublicKey.end());
    const card::PublicKey certifiedKey = onCard->publicKey();
    if (QString::fromStdString(onCard->serialHex()) != renewal.newSerial ||
        spkiOf(certifiedKey.get()) != expectedKey) {
        return WorkflowError::card(
            card::CardError(card::CardErrorCode::MalformedResponse,
                            "the certificate read back is not the one written"));
    }
    card::Result<card::Certificate> ca = m_applet.readCertificate(caOf(renewal.kind));
    if (!ca) {
        return WorkflowError::card(ca.error());
    }
    const card::ChainVerdict verdict = card::checkIssuedBy(*onCard, *ca, m_step.today());
    if (verdict != card::ChainVerdict::Valid) {
        return WorkflowError::card(card::CardError(card::CardErrorCode::SignatureMismatch,
                                                   "new certificate against the card's CA: " +
                                                       std::string(card::verdictName(verdict))));
    }
    // The new key signs a fresh challenge; sign() checks it with the certificate's key and we
    // check it again with the key the card gave at generation.
    const card::Bytes digestInfo = challengeDigestInfo();
    card::Result<card::Bytes> signature =
        m_applet.sign(keyOf(renewal.kind), pin.bytes(), digestInfo);
    if (!signature) {
        return WorkflowError::card(signature.error());
    }
    card::Result<void> checked =
        card::verifyDigestInfoSignature(certifiedKey.get(), digestInfo, *signature);
    if (!checked) {
        return WorkflowError::card(checked.error());
    }
    // An expired certificate needs no revocation (R-REN-LATE); a missing one cannot have it.
    const bool revocationNeeded =
        !renewal.oldSerial.isEmpty() && renewal.status != domain::RenewalStatus::Expired;
    QJsonObject entry = certificateKey(renewal.kind);
    entry.insert(QStringLiteral("serial"), renewal.newSerial);
    entry.insert(QStringLiteral("chain"), text(card::verdictName(verdict)));
    entry.insert(QStringLiteral("challenge_signed"), true);
    entry.insert(QStringLiteral("revocation_needed"), revocationNeeded);
    return record(file, event::kCertificateVerified, entry);
}

Outcome<CaseFile> Renewal::revokeOld(const CaseFile& file, const CertificateRenewal& renewal) {
    issuer::Result<issuer::RevokeOutcome> revoked = m_step.authority().revoke(
        renewal.kind, renewal.oldSerial.toStdString(), issuer::RevocationReason::Superseded);
    // A certificate issued before this authority served the counter is unknown to it: there is
    // nothing for it to revoke, and the case records so.
    const bool known = revoked || revoked.error().code != issuer::IssuerErrorCode::UnknownSerial;
    if (!revoked && known) {
        return WorkflowError::issuer(revoked.error());
    }
    QJsonObject entry = certificateKey(renewal.kind);
    entry.insert(QStringLiteral("serial"), renewal.oldSerial);
    entry.insert(QStringLiteral("reason"), QStringLiteral("superseded"));
    entry.insert(QStringLiteral("known_to_authority"), known);
    if (revoked) {
        entry.insert(QStringLiteral("already_revoked"),
                     *revoked == issuer::RevokeOutcome::AlreadyRevoked);
    }
    return record(file, event::kOldCertificateRevoked, entry);
}

} // namespace

Outcome<CaseFile> CaseEngine::renew(storage::CaseId caseId, card::CardChannel& channel,
                                    const RenewalPins& pins, storage::StaffId clerk,
                                    const OperationObserver& observer) {
    EngineStep step(*this);
    auto file = step.loadAt(caseId, Command::Renew, {Step::PinEntry, Step::CardOperation});
    if (!file) {
        return file;
    }
    if (file->procedure != domain::Procedure::Renewal) {
        return WorkflowError::stepNotAllowed(Command::Renew, file->step);
    }
    for (const CertificateRenewal& renewal : file->renewals) {
        if (renewal.stage == RenewalStage::Done) {
            continue;
        }
        if (typedPin(pins, renewal.kind).empty()) {
            return WorkflowError::invalidInput(InputProblem::PinMissing);
        }
        // R-PIN-FORMAT: a PIN the card cannot hold is not sent, so no try is spent on it; the
        // applicant types it again.
        const domain::PinFormatCheck format =
            domain::checkPinFormat(pinOf(renewal.kind), typedPin(pins, renewal.kind).view());
        if (!format.valid) {
            Refusal refusal;
            refusal.reason = RefusalReason::PinPolicy;
            refusal.pin = pinOf(renewal.kind);
            refusal.pinProblems = format.problems;
            return step.refuse(*file, std::move(refusal), clerk);
        }
    }
    if (auto different = checkSameCard(channel, *file)) {
        return *different;
    }
    card::ChannelTransaction transaction(channel);
    if (!transaction.begun()) {
        return WorkflowError::card(transaction.begun().error());
    }
    return Renewal(step, channel, pins, clerk, observer).run(*file);
}

} // namespace jpki::workflow
