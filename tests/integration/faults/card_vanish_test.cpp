// The card pulled out after each APDU of a renewal and of a PIN reset that the engine drives
// (jpki-card-sim --vanish-after-apdus N), then put back: the engine must see where the card
// stands, finish the case, and never take a half-written certificate for a good one.
//
// One test walks every cut point of its card operation: the case is driven once to the step
// before the operation and the whole state (database, card, authority) saved; each cut point
// starts again from that snapshot with the same pcscd.

#include "counter_fixture.h"
#include "simulator/profiles.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iostream>

namespace jpki::test {
namespace {

namespace fs = std::filesystem;
using domain::CertificateKind;
using domain::PinKind;
using domain::Procedure;
using domain::RequestPath;
using workflow::CaseFile;
using workflow::RenewalStage;
using workflow::Step;

class CardPulledOut : public CounterFixture {
protected:
    // Cuts the operation after its APDUs in turn, each time from the same snapshot.
    void cutAfterEachApdu(const CaseScript& script);

private:
    // After a cut and the card back in: what the case claims is on the card is on the card.
    void expectNoHalfWrittenCertificateTakenForGood(const CaseFile& stored,
                                                    const CaseScript& script);
    workflow::Outcome<CaseFile> finish(CaseFile file, const CaseScript& script);
};

workflow::Outcome<CaseFile> CardPulledOut::finish(CaseFile file, const CaseScript& script) {
    auto done =
        runToEnd(*program().engine, file, *program().channel, script, stack().today(), clerk());
    // Right after the card comes back pcscd may still report the old connection's reset: as a
    // clerk would, connect again and go on.
    for (int retry = 0; retry < 3 && !done && done.error().kind() == workflow::ErrorKind::Card &&
                        card::isTransportError(done.error().cardError().code);
         ++retry) {
        reconnect();
        auto reloaded = program().engine->load(file.id);
        if (!reloaded) {
            return reloaded;
        }
        done = runToEnd(*program().engine, *reloaded, *program().channel, script, stack().today(),
                        clerk());
    }
    return done;
}

void CardPulledOut::expectNoHalfWrittenCertificateTakenForGood(const CaseFile& stored,
                                                               const CaseScript& script) {
    if (script.procedure != Procedure::Renewal) {
        return;
    }
    const std::string password(sim::default_pins::signature);
    auto status = card::readCardStatus(*program().channel, stack().today(), bytesOf(password));
    ASSERT_TRUE(status) << card::describe(status.error());
    for (const workflow::CertificateRenewal& renewal : stored.renewals) {
        const auto which = renewal.kind == CertificateKind::Signature
                               ? card::JpkiCertificate::Signature
                               : card::JpkiCertificate::UserAuthentication;
        const card::CertificateSummary& summary = status->certificate(which);
        if (summary.presence == card::CertificatePresence::Present) {
            const QString serial = QString::fromStdString(summary.certificate->serialHex());
            EXPECT_TRUE(serial == renewal.oldSerial || serial == renewal.newSerial)
                << "a certificate the case does not know: " << serial.toStdString();
        }
        if (renewal.stage >= RenewalStage::Verified) {
            ASSERT_EQ(summary.presence, card::CertificatePresence::Present)
                << "the case calls the certificate verified, the card does not hold it";
            EXPECT_EQ(QString::fromStdString(summary.certificate->serialHex()), renewal.newSerial);
        }
    }
}

void CardPulledOut::cutAfterEachApdu(const CaseScript& script) {
    ASSERT_NO_FATAL_FAILURE(startCounter(script.profile));
    auto opened = program().engine->open(script.procedure, script.path, clerk());
    ASSERT_TRUE(opened) << workflow::describe(opened.error());
    const CaseFile before = driveUntil(*opened, Step::PinEntry, script);
    ASSERT_EQ(before.step, Step::PinEntry);
    reconnect();
    ASSERT_TRUE(stack().stopCard());
    ASSERT_TRUE(stack().waitForCard(false, std::chrono::seconds(5)));
    const fs::path snapshot = root() / "snapshot";
    saveSnapshot(snapshot);

    // The uncut operation, to know its APDUs.
    stack().startCard(cardOptions(script.profile));
    ASSERT_TRUE(stack().waitForCard(true));
    const std::size_t apdusBefore = stack().apduCount();
    auto uncut = finish(before, script);
    ASSERT_TRUE(uncut) << workflow::describe(uncut.error());
    const std::size_t operationApdus = stack().apduCount() - apdusBefore;
    ASSERT_GT(operationApdus, 2U);
    reconnect();
    ASSERT_TRUE(stack().stopCard());

    // The test run cuts at about six points spread over the operation; scripts/soak sets
    // JPKI_CUT_AFTER_EVERY_APDU=1 to cut after every one (pcscd notices a card leaving or
    // coming only at its 400 ms poll, so each cut costs about 1.5 s of waiting).
    const bool everyApdu = std::getenv("JPKI_CUT_AFTER_EVERY_APDU") != nullptr;
    const std::size_t stride = everyApdu ? 1 : std::max<std::size_t>(1, operationApdus / 6);
    int cutsThatFailed = 0;
    for (std::size_t cut = 1; cut < operationApdus; cut += stride) {
        SCOPED_TRACE("card pulled out after APDU " + std::to_string(cut) + " of " +
                     std::to_string(operationApdus));
        ASSERT_TRUE(stack().waitForCard(false, std::chrono::seconds(5)));
        restoreSnapshot(snapshot);
        SimulatorOptions options = cardOptions(script.profile);
        options.vanishAfterApdus = cut;
        stack().startCard(options);
        ASSERT_TRUE(stack().waitForCard(true));
        auto cutShort = runToEnd(*program().engine, before, *program().channel, script,
                                 stack().today(), clerk());
        if (!cutShort) {
            ++cutsThatFailed;
            ASSERT_EQ(cutShort.error().kind(), workflow::ErrorKind::Card)
                << workflow::describe(cutShort.error());
            EXPECT_TRUE(card::isTransportError(cutShort.error().cardError().code))
                << workflow::describe(cutShort.error());
        }
        ASSERT_TRUE(stack().simulator().waitForExit(std::chrono::seconds(10)))
            << "the card should have left after APDU " << cut;
        reconnect();

        // The card back in the reader, a new connection, the case as stored.
        stack().startCard(cardOptions(script.profile));
        ASSERT_TRUE(stack().waitForCard(true));
        auto stored = program().engine->load(before.id);
        ASSERT_TRUE(stored) << workflow::describe(stored.error());
        ASSERT_NO_FATAL_FAILURE(expectNoHalfWrittenCertificateTakenForGood(*stored, script));
        auto done = finish(*stored, script);
        ASSERT_TRUE(done) << workflow::describe(done.error());
        ASSERT_NO_FATAL_FAILURE(expectCardDone(*done, script));
        expectStoreHolds();
        reconnect();
        ASSERT_TRUE(stack().stopCard());
    }
    std::cout << "[ figures  ] " << operationApdus << " APDUs in the operation; " << cutsThatFailed
              << " cuts ended the command with a card error\n";
    EXPECT_GT(cutsThatFailed, 0);
}

TEST_F(CardPulledOut, ARenewalCutAfterAnyApduFinishes) {
    cutAfterEachApdu({Procedure::Renewal, RequestPath::Self, "expiring"});
}

TEST_F(CardPulledOut, APinResetCutAfterAnyApduFinishes) {
    cutAfterEachApdu(
        {Procedure::PinReset, RequestPath::Self, "healthy", PinKind::UserAuthentication, "5678"});
}

} // namespace
} // namespace jpki::test
