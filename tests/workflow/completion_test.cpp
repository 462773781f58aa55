// Every procedure x path driven to completion on an in-process virtual card, with the card's
// state checked after: new certificates and their dates, the old ones revoked, tries back to
// the limit, the new PIN accepted and the old one refused.

#include "card/jpki_applet.h"
#include "domain/validity.h"
#include "simulator/profiles.h"
#include "workflow_test_support.h"

namespace jpki::workflow::testing {
namespace {

using domain::CertificateKind;
using domain::PinKind;
using domain::Procedure;
using domain::RequestPath;

std::span<const std::uint8_t> bytesOf(std::string_view text) {
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

// The renewal's checks on the card and at the authority.
void expectRenewed(Counter& counter, const CaseFile& done, CertificateKind kind) {
    const CertificateRenewal* renewal = done.renewal(kind);
    ASSERT_NE(renewal, nullptr);
    EXPECT_EQ(renewal->stage, RenewalStage::Done);
    const card::CardStatus status = counter.cardStatus(std::string(sim::default_pins::signature));
    const auto which = kind == CertificateKind::Signature
                           ? card::JpkiCertificate::Signature
                           : card::JpkiCertificate::UserAuthentication;
    const card::CertificateSummary& summary = status.certificate(which);
    ASSERT_EQ(summary.presence, card::CertificatePresence::Present);
    EXPECT_EQ(QString::fromStdString(summary.certificate->serialHex()), renewal->newSerial);
    EXPECT_NE(renewal->newSerial, renewal->oldSerial);
    EXPECT_EQ(summary.certificate->notBefore(), testDay());
    EXPECT_EQ(summary.certificate->notAfter(), renewal->newExpires);
    // R-VAL-CERT6: inside the window the 6th birthday after today, capped by the card.
    domain::CertificateIssue issue;
    issue.kind = kind;
    issue.birth = counter.profile().holder.birthDate;
    issue.issued = testDay();
    issue.cardExpires = counter.profile().cardExpires;
    issue.replacedCertificateExpires = renewal->oldExpires;
    EXPECT_EQ(renewal->newExpires, domain::certificateValidity(issue).expires);
    EXPECT_TRUE(renewal->timelyRenewal);

    auto serials = counter.authority().serials();
    ASSERT_TRUE(serials.ok());
    const auto old = serials->find(renewal->oldSerial.toStdString());
    ASSERT_NE(old, serials->end());
    ASSERT_TRUE(old->second.revocation.has_value());
    EXPECT_EQ(old->second.revocation->reason, issuer::RevocationReason::Superseded);
    const auto renewed = serials->find(renewal->newSerial.toStdString());
    ASSERT_NE(renewed, serials->end());
    EXPECT_FALSE(renewed->second.revocation.has_value());
}

class RenewalCompletes : public ::testing::TestWithParam<RequestPath> {};

TEST_P(RenewalCompletes, BothCertificatesOnAnExpiringCard) {
    const RequestPath path = GetParam();
    Counter counter("expiring");
    const CaseFile atPins = counter.toPinEntry(Procedure::Renewal, path, {});
    const bool adultWard = path == RequestPath::LegalProxy; // a guardian renews for an adult ward
    ASSERT_EQ(atPins.renewals.size(), adultWard ? 1U : 2U);

    const std::string signatureBefore =
        counter.cardStatus(std::string(sim::default_pins::signature))
            .certificate(card::JpkiCertificate::Signature)
            .certificate->serialHex();
    auto done = counter.engine().renew(atPins.id, counter.channel(), counter.defaultPins(),
                                       counter.clerk());
    ASSERT_TRUE(holds(done));
    EXPECT_EQ(done->step, Step::Completed);
    EXPECT_EQ(done->outcome, QStringLiteral("renewed"));
    expectRenewed(counter, *done, CertificateKind::UserAuthentication);
    if (adultWard) {
        // R-ELIG-SIGN: "due" never includes a signature certificate an adult ward may not hold.
        EXPECT_EQ(counter.cardStatus(std::string(sim::default_pins::signature))
                      .certificate(card::JpkiCertificate::Signature)
                      .certificate->serialHex(),
                  signatureBefore);
    } else {
        expectRenewed(counter, *done, CertificateKind::Signature);
    }
    // The PINs stay what they were: a renewal changes keys and certificates only.
    card::JpkiApplet applet(counter.channel());
    EXPECT_TRUE(
        applet.verifyPin(PinKind::UserAuthentication, bytesOf(sim::default_pins::authentication)));
}

INSTANTIATE_TEST_SUITE_P(Paths, RenewalCompletes,
                         ::testing::Values(RequestPath::Self, RequestPath::LegalProxy,
                                           RequestPath::VoluntaryProxy),
                         [](const auto& test) {
                             std::string name(domain::requestPathId(test.param));
                             std::erase(name, '-');
                             return name;
                         });

struct ResetCaseParam {
    Procedure procedure;
    RequestPath path;
    const char* profile;
    PinKind pin;
    const char* newPin;
    const char* oldPin;
    const char* outcome;
};

class ResetCompletes : public ::testing::TestWithParam<ResetCaseParam> {};

TEST_P(ResetCompletes, NewPinSetAndTriesBackToTheLimit) {
    const ResetCaseParam& param = GetParam();
    Counter counter(param.profile);
    CardCheckChoice choice;
    choice.pinsToReset = {param.pin};
    const CaseFile atPins = counter.toPinEntry(param.procedure, param.path, choice);
    const domain::SecretBuffer typed(param.newPin);
    const domain::SecretBuffer again(param.newPin);
    auto done = counter.engine().resetPin(atPins.id, counter.channel(), param.pin, typed, again,
                                          counter.clerk());
    ASSERT_TRUE(holds(done));
    EXPECT_EQ(done->step, Step::Completed);
    EXPECT_EQ(done->outcome, QString::fromLatin1(param.outcome));
    ASSERT_EQ(done->resets.size(), 1U);
    EXPECT_TRUE(done->resets.front().confirmed);

    const card::CardStatus status = counter.cardStatus();
    EXPECT_EQ(status.pin(param.pin).triesLeft, domain::retryLimit(param.pin));
    card::JpkiApplet applet(counter.channel());
    EXPECT_TRUE(applet.verifyPin(param.pin, bytesOf(param.newPin)));
    auto old = applet.verifyPin(param.pin, bytesOf(param.oldPin));
    ASSERT_FALSE(old.ok());
    EXPECT_EQ(old.error().code, card::CardErrorCode::WrongPin);
}

INSTANTIATE_TEST_SUITE_P(
    ProceduresAndPaths, ResetCompletes,
    ::testing::Values(ResetCaseParam{Procedure::PinReset, RequestPath::Self, "healthy",
                                     PinKind::UserAuthentication, "5678", "1234", "pin-reset"},
                      ResetCaseParam{Procedure::PinReset, RequestPath::LegalProxy, "healthy",
                                     PinKind::UserAuthentication, "4826", "1234", "pin-reset"},
                      ResetCaseParam{Procedure::PinReset, RequestPath::VoluntaryProxy, "healthy",
                                     PinKind::Signature, "NEWPASS9", "ABC123", "pin-reset"},
                      ResetCaseParam{Procedure::LockRelease, RequestPath::Self, "auth-blocked",
                                     PinKind::UserAuthentication, "9157", "1234", "lock-released"},
                      ResetCaseParam{Procedure::LockRelease, RequestPath::LegalProxy,
                                     "sign-blocked", PinKind::Signature, "KEY2025X", "ABC123",
                                     "lock-released"},
                      ResetCaseParam{Procedure::LockRelease, RequestPath::VoluntaryProxy,
                                     "auth-blocked", PinKind::UserAuthentication, "3071", "1234",
                                     "lock-released"}),
    [](const auto& test) {
        std::string name = std::string(domain::procedureId(test.param.procedure)) + "_" +
                           std::string(domain::requestPathId(test.param.path));
        std::erase(name, '-');
        return name;
    });

// R-PIN-RESET: a case opened as a lock release for a PIN with tries left is recorded as the
// reset of a forgotten PIN, and the other way round.
TEST(ResetCase, IsRecordedAsWhatTheCardShowed) {
    Counter counter("auth-blocked");
    CardCheckChoice choice;
    choice.pinsToReset = {PinKind::UserAuthentication};
    const CaseFile atPins = counter.toPinEntry(Procedure::PinReset, RequestPath::Self, choice);
    ASSERT_EQ(atPins.resets.size(), 1U);
    EXPECT_EQ(atPins.resets.front().resetCase, domain::ResetCase::Locked);
    EXPECT_EQ(atPins.effectiveProcedure(), Procedure::LockRelease);
    const domain::SecretBuffer typed("2468");
    auto done = counter.engine().resetPin(atPins.id, counter.channel(), PinKind::UserAuthentication,
                                          typed, typed, counter.clerk());
    ASSERT_TRUE(holds(done));
    EXPECT_EQ(done->procedure, Procedure::PinReset); // as opened: its reference stays
    EXPECT_EQ(done->outcome, QStringLiteral("lock-released"));
}

TEST(ResetCase, BothCertificatePinsInOneCase) {
    Counter counter("healthy");
    CardCheckChoice choice;
    choice.pinsToReset = {PinKind::UserAuthentication, PinKind::Signature};
    const CaseFile atPins = counter.toPinEntry(Procedure::PinReset, RequestPath::Self, choice);
    const domain::SecretBuffer first("8642");
    auto half = counter.engine().resetPin(atPins.id, counter.channel(), PinKind::UserAuthentication,
                                          first, first, counter.clerk());
    ASSERT_TRUE(holds(half));
    EXPECT_EQ(half->step, Step::PinEntry);
    const domain::SecretBuffer second("ZX81AB");
    auto done = counter.engine().resetPin(atPins.id, counter.channel(), PinKind::Signature, second,
                                          second, counter.clerk());
    ASSERT_TRUE(holds(done));
    EXPECT_EQ(done->step, Step::Completed);
}

// The signature certificate needs its password to be read: unread at the card check, it is
// assessed once the password verified, before anything on the card changes.
TEST(Renewal, SignatureCertificateAssessedAfterItsPassword) {
    Counter counter("expiring");
    const CaseFile atCheck = counter.toCardCheck(Procedure::Renewal, RequestPath::Self);
    auto checked =
        counter.engine().checkCard(atCheck.id, counter.cardStatus(), {}, counter.clerk());
    ASSERT_TRUE(holds(checked));
    const CertificateRenewal* signature = checked->renewal(CertificateKind::Signature);
    ASSERT_NE(signature, nullptr);
    EXPECT_FALSE(signature->assessed);
    auto done = counter.engine().renew(atCheck.id, counter.channel(), counter.defaultPins(),
                                       counter.clerk());
    ASSERT_TRUE(holds(done));
    expectRenewed(counter, *done, CertificateKind::Signature);
}

// R-REN-LATE: an expired certificate is issued anew, without the 6th-birthday rule, and the
// expired one needs no revocation.
TEST(Renewal, ExpiredCertificatesAreIssuedAnew) {
    Counter counter("expired");
    const CaseFile atPins = counter.toPinEntry(Procedure::Renewal, RequestPath::Self, {});
    ASSERT_EQ(atPins.renewals.size(), 2U);
    EXPECT_EQ(atPins.renewals.front().issuance, domain::IssuanceKind::NewIssuance);
    auto done = counter.engine().renew(atPins.id, counter.channel(), counter.defaultPins(),
                                       counter.clerk());
    ASSERT_TRUE(holds(done));
    for (const CertificateRenewal& renewal : done->renewals) {
        EXPECT_EQ(renewal.stage, RenewalStage::Done);
        EXPECT_FALSE(renewal.timelyRenewal);
        EXPECT_EQ(renewal.expiryBasis, domain::ExpiryBasis::FifthBirthday);
    }
}

} // namespace
} // namespace jpki::workflow::testing
