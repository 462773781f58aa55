#include "card/card_status.h"
#include "script_steps.h"
#include "scripted_channel.h"
#include "test_certificates.h"

#include <gtest/gtest.h>

using namespace jpki::card;
using namespace jpki::card::testing;
using jpki::domain::parseIsoDate;

namespace {

const Bytes& certificateDer(int which) {
    static const Bytes ca = [] {
        CertificateSpec spec;
        spec.commonName = "JPKI Test User Authentication CA";
        spec.isCa = true;
        spec.notBefore = "20200101000000Z";
        spec.notAfter = "20391231000000Z";
        return makeCertificate(spec, testKey(0), testKey(0));
    }();
    static const Bytes user = [] {
        CertificateSpec spec;
        spec.serial = 0xBEEF;
        spec.notAfter = "20290331145959Z"; // 2029-03-31 in Japan
        return makeCertificate(spec, testKey(1), testKey(0), &ca);
    }();
    return which == 0 ? user : ca;
}

// Short reads of 256 bytes, the first of which holds the DER length: no header read, no
// extended probe on a connection not known to take extended length.
void expectCertificate(ScriptedChannel& channel, std::uint16_t fileId, const Bytes& der) {
    channel.expect(selectFileHex(fileId), "9000");
    for (std::size_t at = 0; at < der.size(); at += 256) {
        const std::size_t length = std::min<std::size_t>(256, der.size() - at);
        channel.expect(
            readBinaryHex(static_cast<std::uint16_t>(at), static_cast<std::uint32_t>(length)),
            answerHex(std::span(der).subspan(at, length)));
    }
}

std::size_t shortReadsOf(const Bytes& der) {
    return (der.size() + 255) / 256;
}

void expectOtherApplets(ScriptedChannel& channel) {
    channel.expect(selectAppletHex(Applet::CardInfo), "9000")
        .expect(selectFileHex(card_info_ef::kPin), "9000")
        .expect("00200080", "63C3")
        .expect(selectAppletHex(Applet::ResidentRegistry), "9000")
        .expect(selectFileHex(resident_registry_ef::kPin), "9000")
        .expect("00200080", "63C2");
}

void expectJpkiStart(ScriptedChannel& channel) {
    channel.expect(selectAppletHex(Applet::Jpki), "9000");
    expectCertificate(channel, jpki_ef::kUserAuthCertificate, certificateDer(0));
    channel.expect(selectFileHex(jpki_ef::kUserAuthPin), "9000").expect("00200080", "63C3");
}

const jpki::domain::Date kToday = parseIsoDate("2029-03-01").value();

} // namespace

TEST(CardStatus, ReadsEverythingWithoutTheAuthoritysCertificate) {
    ScriptedChannel channel;
    channel.setReaderName("Virtual PCD 00 00");
    channel.setAtr(fromHex("3B E0 00 FF 81 31 FE 45 14").value());
    expectJpkiStart(channel);
    channel.expect(selectFileHex(jpki_ef::kSignaturePin), "9000")
        .expect("00200080", "63C4")
        .expect(selectFileHex(jpki_ef::kSignatureCertificate), "9000");
    expectOtherApplets(channel);

    const auto status = readCardStatus(channel, kToday);
    ASSERT_TRUE(status) << describe(status.error());
    EXPECT_EQ(channel.exchangeCount(), 13u + shortReadsOf(certificateDer(0)));
    EXPECT_EQ(channel.transactionsBegun(), 1);
    EXPECT_EQ(status->readerName(), "Virtual PCD 00 00");
    EXPECT_EQ(status->atrHex(), "3B E0 00 FF 81 31 FE 45 14");

    const CertificateSummary& user = status->certificate(JpkiCertificate::UserAuthentication);
    ASSERT_EQ(user.presence, CertificatePresence::Present);
    EXPECT_EQ(user.certificate->serialHex(), "BEEF");
    EXPECT_EQ(user.daysLeft, 30);
    EXPECT_EQ(status->certificate(JpkiCertificate::UserAuthenticationCa).presence,
              CertificatePresence::NotRead);
    EXPECT_EQ(status->certificate(JpkiCertificate::Signature).presence,
              CertificatePresence::NotRead);

    EXPECT_EQ(status->pin(PinReference::UserAuthentication), PinStatus::present(3, 3));
    EXPECT_EQ(status->pin(PinReference::Signature), PinStatus::present(4, 5));
    EXPECT_EQ(status->pin(PinReference::CardInfo), PinStatus::present(3, 3));
    EXPECT_EQ(status->pin(PinReference::ResidentRegistry), PinStatus::present(2, 3));
    EXPECT_EQ(status->signaturePassword(), PasswordCheck::NotGiven);
}

TEST(CardStatus, ACardWithoutSignatureCertificateShowsItAbsentNotBlocked) {
    ScriptedChannel channel;
    expectJpkiStart(channel);
    channel.expect(selectFileHex(jpki_ef::kSignaturePin), "6A82");
    expectOtherApplets(channel);
    const auto status = readCardStatus(channel, kToday);
    ASSERT_TRUE(status) << describe(status.error());
    EXPECT_EQ(channel.exchangeCount(), 11u + shortReadsOf(certificateDer(0)));
    const PinStatus& signature = status->pin(PinReference::Signature);
    EXPECT_EQ(signature.presence, PinPresence::Absent);
    EXPECT_FALSE(signature.blocked);
    EXPECT_EQ(status->certificate(JpkiCertificate::Signature).presence,
              CertificatePresence::Absent);
}

TEST(CardStatus, UnknownResidentRegistryAppletIsNotBlocked) {
    ScriptedChannel channel;
    expectJpkiStart(channel);
    channel.expect(selectFileHex(jpki_ef::kSignaturePin), "9000")
        .expect("00200080", "63C0")
        .expect(selectFileHex(jpki_ef::kSignatureCertificate), "9000")
        .expect(selectAppletHex(Applet::CardInfo), "9000")
        .expect(selectFileHex(card_info_ef::kPin), "9000")
        .expect("00200080", "6983")
        .expect(selectAppletHex(Applet::ResidentRegistry), "6A82");
    const auto status = readCardStatus(channel, kToday);
    ASSERT_TRUE(status) << describe(status.error());
    EXPECT_TRUE(status->pin(PinReference::Signature).blocked);
    EXPECT_TRUE(status->pin(PinReference::CardInfo).blocked);
    const PinStatus& resident = status->pin(PinReference::ResidentRegistry);
    EXPECT_EQ(resident.presence, PinPresence::Unknown);
    EXPECT_FALSE(resident.blocked);
}

TEST(CardStatus, WithThePasswordItReadsTheSignatureCertificateToo) {
    ScriptedChannel channel;
    expectJpkiStart(channel);
    channel.expect(selectFileHex(jpki_ef::kSignaturePin), "9000")
        .expect("0020008008" + pinHex("PASS1234"), "9000");
    expectCertificate(channel, jpki_ef::kSignatureCertificate, certificateDer(0));
    expectOtherApplets(channel);
    const auto status = readCardStatus(channel, kToday, pinBytes("PASS1234"));
    ASSERT_TRUE(status) << describe(status.error());
    EXPECT_EQ(channel.exchangeCount(), 13u + 2 * shortReadsOf(certificateDer(0)));
    EXPECT_EQ(status->signaturePassword(), PasswordCheck::Accepted);
    EXPECT_EQ(status->pin(PinReference::Signature), PinStatus::present(5, 5));
    EXPECT_EQ(status->certificate(JpkiCertificate::Signature).presence,
              CertificatePresence::Present);
}

TEST(CardStatus, AWrongPasswordLeavesTheCertificateUnreadAndCountsDown) {
    ScriptedChannel channel;
    expectJpkiStart(channel);
    channel.expect(selectFileHex(jpki_ef::kSignaturePin), "9000")
        .expect("0020008008" + pinHex("WRONG123"), "63C3")
        .expect(selectFileHex(jpki_ef::kSignatureCertificate), "9000");
    expectOtherApplets(channel);
    const auto status = readCardStatus(channel, kToday, pinBytes("WRONG123"));
    ASSERT_TRUE(status) << describe(status.error());
    EXPECT_EQ(status->signaturePassword(), PasswordCheck::Rejected);
    EXPECT_EQ(status->pin(PinReference::Signature), PinStatus::present(3, 5));
    EXPECT_EQ(status->certificate(JpkiCertificate::Signature).presence,
              CertificatePresence::NotRead);
}

TEST(CardStatus, APasswordAnswerAboveItsLimitIsAnUnexpectedAnswerNotACount) {
    ScriptedChannel channel;
    expectJpkiStart(channel);
    channel.expect(selectFileHex(jpki_ef::kSignaturePin), "9000")
        .expect("0020008008" + pinHex("WRONG123"), "63C9");
    const auto status = readCardStatus(channel, kToday, pinBytes("WRONG123"));
    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().code, CardErrorCode::UnexpectedAnswer);
    EXPECT_EQ(status.error().statusWord, 0x63C9);
}

TEST(CardStatus, AnEmptiedCertificateFileIsEmpty) {
    ScriptedChannel channel;
    channel.expect(selectAppletHex(Applet::Jpki), "9000")
        .expect(selectFileHex(jpki_ef::kUserAuthCertificate), "9000")
        .expect(readBinaryHex(0, 256), "6B00");
    channel.expect(selectFileHex(jpki_ef::kUserAuthPin), "9000")
        .expect("00200080", "63C3")
        .expect(selectFileHex(jpki_ef::kSignaturePin), "9000")
        .expect("00200080", "63C5")
        .expect(selectFileHex(jpki_ef::kSignatureCertificate), "9000");
    expectOtherApplets(channel);
    const auto status = readCardStatus(channel, kToday);
    ASSERT_TRUE(status) << describe(status.error());
    EXPECT_EQ(status->certificate(JpkiCertificate::UserAuthentication).presence,
              CertificatePresence::Empty);
}

TEST(CardStatus, ACardPulledOutMidwayIsAnError) {
    ScriptedChannel channel;
    channel.expect(selectAppletHex(Applet::Jpki), "9000")
        .expect(selectFileHex(jpki_ef::kUserAuthCertificate), "9000")
        .expectFailure(readBinaryHex(0, 256), CardError(CardErrorCode::CardRemoved));
    const auto status = readCardStatus(channel, kToday);
    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().code, CardErrorCode::CardRemoved);
}

TEST(CardStatus, ACardWithoutTheJpkiAppletIsAnError) {
    ScriptedChannel channel;
    channel.expect(selectAppletHex(Applet::Jpki), "6A82");
    const auto status = readCardStatus(channel, kToday);
    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().code, CardErrorCode::NotFound);
}
