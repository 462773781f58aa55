// The issuer commands: authentication of the issuing authority by challenge and signature, then
// PIN reset, key generation and certificate writing.

#include "sim_test_support.h"

#include <gtest/gtest.h>

namespace jpki::sim {
namespace {

using namespace testing;
using card::ResponseApdu;

class IssuerCommands : public ::testing::Test {
protected:
    void load(std::string_view profile) {
        card = std::make_unique<VirtualCard>(freshCard(profile));
        card->powerOn();
    }
    void SetUp() override { load("healthy"); }
    EVP_PKEY* authorityKey() { return sharedAuthority().issuerKey.get(); }

    std::unique_ptr<VirtualCard> card;
};

Bytes extended(std::string_view header, const Bytes& data, bool withLe = false) {
    Bytes command = hex(header);
    command.push_back(0x00);
    command.push_back(static_cast<std::uint8_t>(data.size() >> 8));
    command.push_back(static_cast<std::uint8_t>(data.size() & 0xFF));
    command.insert(command.end(), data.begin(), data.end());
    if (withLe) {
        command.push_back(0x00);
        command.push_back(0x00);
    }
    return command;
}

TEST_F(IssuerCommands, ChallengeIsEightRandomBytes) {
    const ResponseApdu first = send(*card, "00 84 00 00 08");
    const ResponseApdu second = send(*card, "00 84 00 00 08");
    ASSERT_EQ(first.sw, 0x9000);
    EXPECT_EQ(first.data.size(), 8u);
    EXPECT_NE(first.data, second.data);
    EXPECT_EQ(send(*card, "00 84 00 00 10").sw, 0x6C08);
    EXPECT_EQ(send(*card, "00 84 00 00").sw, 0x6700);
}

TEST_F(IssuerCommands, ExternalAuthenticateNeedsAChallenge) {
    selectApplet(*card, layout::jpkiAid);
    EXPECT_EQ(send(*card, extended("00 82 00 00", Bytes(256, 0x01))).sw, 0x6985);
}

TEST_F(IssuerCommands, AcceptsTheAuthoritysSignatureAndRefusesAnother) {
    selectApplet(*card, layout::jpkiAid);
    const Key stranger = generateRsaKey();
    EXPECT_EQ(authenticateIssuer(*card, stranger.get()).sw, 0x6300);
    EXPECT_EQ(authenticateIssuer(*card, authorityKey()).sw, 0x9000);
}

TEST_F(IssuerCommands, AChallengeServesOneAttemptOnly) {
    selectApplet(*card, layout::jpkiAid);
    const ResponseApdu challenge = send(*card, "00 84 00 00 08");
    const Bytes signature = signSha256(authorityKey(), challenge.data);
    EXPECT_EQ(send(*card, extended("00 82 00 00", Bytes(256, 0x00))).sw, 0x6300);
    EXPECT_EQ(send(*card, extended("00 82 00 00", signature)).sw, 0x6985);
}

TEST_F(IssuerCommands, ResetRetryCounterNeedsTheIssuer) {
    load("auth-blocked");
    selectApplet(*card, layout::jpkiAid);
    selectFile(*card, layout::authenticationPin);
    EXPECT_EQ(send(*card, "00 2C 02 80 04 31 31 31 31").sw, 0x6982);
    ASSERT_EQ(authenticateIssuer(*card, authorityKey()).sw, 0x9000);
    selectFile(*card, layout::authenticationPin);
    EXPECT_EQ(send(*card, "00 2C 02 80 06 31 31 31 31 31 31").sw, 0x6700);
    EXPECT_EQ(send(*card, "00 2C 00 80 04 31 31 31 31").sw, 0x6A86);
    EXPECT_EQ(send(*card, "00 2C 02 80 04 31 31 31 31").sw, 0x9000);
    EXPECT_EQ(send(*card, "00 20 00 80").sw, 0x63C3);
    EXPECT_EQ(verifyPin(*card, "1234").sw, 0x63C2);
    EXPECT_EQ(verifyPin(*card, "1111").sw, 0x9000);
}

TEST_F(IssuerCommands, SignaturePasswordResetChecksItsLength) {
    load("sign-blocked");
    selectApplet(*card, layout::jpkiAid);
    ASSERT_EQ(authenticateIssuer(*card, authorityKey()).sw, 0x9000);
    selectFile(*card, layout::signaturePassword);
    EXPECT_EQ(send(*card, "00 2C 02 80 04 41 42 31 32").sw, 0x6700);
    EXPECT_EQ(send(*card, "00 2C 02 80 07 4E 45 57 50 41 53 31").sw, 0x9000);
    EXPECT_EQ(send(*card, "00 20 00 80").sw, 0x63C5);
    EXPECT_EQ(verifyPin(*card, "NEWPAS1").sw, 0x9000);
}

TEST_F(IssuerCommands, IssuerAuthenticationEndsWithAnotherSelect) {
    selectApplet(*card, layout::jpkiAid);
    ASSERT_EQ(authenticateIssuer(*card, authorityKey()).sw, 0x9000);
    selectApplet(*card, layout::cardInfoAid);
    selectFile(*card, layout::cardInfoPin);
    EXPECT_EQ(send(*card, "00 2C 02 80 04 31 31 31 31").sw, 0x6982);
    selectApplet(*card, layout::jpkiAid);
    selectFile(*card, layout::authenticationPin);
    EXPECT_EQ(send(*card, "00 2C 02 80 04 31 31 31 31").sw, 0x6982);
}

TEST_F(IssuerCommands, IssuerAuthenticationEndsWithAReset) {
    selectApplet(*card, layout::jpkiAid);
    ASSERT_EQ(authenticateIssuer(*card, authorityKey()).sw, 0x9000);
    card->reset();
    selectApplet(*card, layout::jpkiAid);
    selectFile(*card, layout::authenticationPin);
    EXPECT_EQ(send(*card, "00 2C 02 80 04 31 31 31 31").sw, 0x6982);
}

TEST_F(IssuerCommands, GenerateMakesANewKeyAndEmptiesItsCertificate) {
    selectApplet(*card, layout::jpkiAid);
    selectFile(*card, layout::authenticationKey);
    EXPECT_EQ(send(*card, "00 46 00 00 00 00 00").sw, 0x6982);
    ASSERT_EQ(authenticateIssuer(*card, authorityKey()).sw, 0x9000);
    selectFile(*card, layout::authenticationKey);
    const ResponseApdu publicKey = send(*card, "00 46 00 00 00 00 00");
    ASSERT_EQ(publicKey.sw, 0x9000);
    const Key key = publicKeyFromDer(publicKey.data);
    EXPECT_EQ(EVP_PKEY_get_bits(key.get()), 2048);

    selectFile(*card, layout::authenticationCertificate);
    EXPECT_EQ(send(*card, "00 B0 00 00 04").sw, 0x6B00);

    // The new key signs once the PIN is verified.
    selectFile(*card, layout::authenticationPin);
    ASSERT_EQ(verifyPin(*card, "1234").sw, 0x9000);
    selectFile(*card, layout::authenticationKey);
    const Bytes digestInfo =
        hex("3031300d060960864801650304020105000420"
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const ResponseApdu signature =
        send(*card, concat({hex("80 2A 00 80 33"), digestInfo, hex("00")}));
    ASSERT_EQ(signature.sw, 0x9000);
    EXPECT_TRUE(verifySha256(key.get(), asBytes("abc"), signature.data));
}

TEST_F(IssuerCommands, GenerateWithAShortLeChainsThePublicKey) {
    selectApplet(*card, layout::jpkiAid);
    ASSERT_EQ(authenticateIssuer(*card, authorityKey()).sw, 0x9000);
    selectFile(*card, layout::signatureKey);
    const ResponseApdu first = send(*card, "00 46 00 00 00");
    ASSERT_EQ(first.sw >> 8, 0x61);
    ASSERT_EQ(first.data.size(), 256u);
    const ResponseApdu rest = send(*card, Bytes{0x00, 0xC0, 0x00, 0x00, first.sw2()});
    ASSERT_EQ(rest.sw, 0x9000);
    EXPECT_NO_THROW(publicKeyFromDer(concat({first.data, rest.data})));
}

TEST_F(IssuerCommands, UpdateBinaryWritesACertificateInPieces) {
    selectApplet(*card, layout::jpkiAid);
    selectFile(*card, layout::authenticationCertificate);
    EXPECT_EQ(send(*card, "00 D6 00 00 02 30 82").sw, 0x6982);
    ASSERT_EQ(authenticateIssuer(*card, authorityKey()).sw, 0x9000);
    selectFile(*card, layout::authenticationCertificate);
    const Bytes certificate = certificateToDer(sharedAuthority().authenticationCaCertificate.get());
    const std::size_t half = 700;
    ASSERT_EQ(
        send(*card, extended("00 D6 00 00", Bytes(certificate.begin(), certificate.begin() + half)))
            .sw,
        0x9000);
    EXPECT_EQ(send(*card, extended("00 D6 7F 00", Bytes(4, 0))).sw, 0x6B00); // past the end
    ASSERT_EQ(
        send(*card, extended("00 D6 02 BC", Bytes(certificate.begin() + half, certificate.end())))
            .sw,
        0x9000);
    EXPECT_EQ(readAll(*card).data, certificate);
    EXPECT_EQ(send(*card, "00 D6 00 00 00").sw, 0x6700);

    selectFile(*card, layout::authenticationCaCertificate);
    EXPECT_EQ(send(*card, "00 D6 00 00 02 30 82").sw, 0x6986);
}

TEST_F(IssuerCommands, IssuesASignatureCertificateToACardThatHadNone) {
    load("minor");
    selectApplet(*card, layout::jpkiAid);
    EXPECT_EQ(selectFile(*card, layout::signatureKey).sw, 0x6A82);
    ASSERT_EQ(authenticateIssuer(*card, authorityKey()).sw, 0x9000);
    ASSERT_EQ(selectFile(*card, layout::signatureKey).sw, 0x9000);
    const ResponseApdu publicKey = send(*card, "00 46 00 00 00 00 00");
    ASSERT_EQ(publicKey.sw, 0x9000);
    ASSERT_EQ(selectFile(*card, layout::signaturePassword).sw, 0x9000);
    ASSERT_EQ(send(*card, "00 2C 02 80 06 48 49 4E 41 31 35").sw, 0x9000);
    ASSERT_EQ(selectFile(*card, layout::signatureCertificate).sw, 0x9000);
    const Bytes certificate = certificateToDer(sharedAuthority().signatureCaCertificate.get());
    ASSERT_EQ(send(*card, extended("00 D6 00 00", certificate)).sw, 0x9000);

    // After a reset, an ordinary select sees the files.
    card->reset();
    selectApplet(*card, layout::jpkiAid);
    ASSERT_EQ(selectFile(*card, layout::signaturePassword).sw, 0x9000);
    EXPECT_EQ(send(*card, "00 20 00 80").sw, 0x63C5);
    ASSERT_EQ(verifyPin(*card, "HINA15").sw, 0x9000);
    ASSERT_EQ(selectFile(*card, layout::signatureCertificate).sw, 0x9000);
    EXPECT_EQ(readAll(*card).data, certificate);
    EXPECT_EQ(selectFile(*card, layout::signatureKey).sw, 0x9000);
}

TEST_F(IssuerCommands, ProvisioningSelectNeedsTheIssuer) {
    load("adult-ward");
    selectApplet(*card, layout::jpkiAid);
    const Key stranger = generateRsaKey();
    EXPECT_EQ(authenticateIssuer(*card, stranger.get()).sw, 0x6300);
    EXPECT_EQ(selectFile(*card, layout::signatureKey).sw, 0x6A82);
}

} // namespace
} // namespace jpki::sim
