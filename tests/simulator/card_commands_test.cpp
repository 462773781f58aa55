// The ordinary commands of the virtual card: status words, counters and security states as
// docs/card-protocol.md fixes them.

#include "sim_test_support.h"
#include "simulator/provisioning.h"

#include <gtest/gtest.h>

namespace jpki::sim {
namespace {

using namespace testing;
using card::ResponseApdu;

class CardCommands : public ::testing::Test {
protected:
    void load(std::string_view profile) {
        card = std::make_unique<VirtualCard>(freshCard(profile),
                                             [this](const CardState&) { ++persisted; });
        card->powerOn();
    }
    void SetUp() override { load("healthy"); }

    std::unique_ptr<VirtualCard> card;
    int persisted = 0;
};

TEST_F(CardCommands, AnswersTheRealCardsAtr) {
    EXPECT_EQ(VirtualCard::answerToReset(), hex("3B E0 00 FF 81 31 FE 45 14"));
}

TEST_F(CardCommands, SelectsTheThreeApplets) {
    EXPECT_EQ(selectApplet(*card, layout::jpkiAid).sw, 0x9000);
    EXPECT_EQ(selectApplet(*card, layout::cardInfoAid).sw, 0x9000);
    EXPECT_EQ(selectApplet(*card, layout::residentRegistryAid).sw, 0x9000);
    EXPECT_EQ(send(*card, "00 A4 04 0C 05 A0 00 00 03 08").sw, 0x6A82);
}

TEST_F(CardCommands, SelectChecksParametersAndLength) {
    EXPECT_EQ(send(*card, "00 A4 04 00 0A D3 92 F0 00 26 01 00 00 00 01").sw, 0x6A86);
    EXPECT_EQ(send(*card, "00 A4 00 00 02 3F 00").sw, 0x6A86);
    EXPECT_EQ(selectFile(*card, layout::authenticationCertificate).sw, 0x6A82); // no applet yet
    ASSERT_EQ(selectApplet(*card, layout::jpkiAid).sw, 0x9000);
    EXPECT_EQ(send(*card, "00 A4 02 0C 01 0A").sw, 0x6700);
    EXPECT_EQ(selectFile(*card, 0x0099).sw, 0x6A82);
    for (const layout::Fid fid :
         {0x0001, 0x0002, 0x0006, 0x000A, 0x000B, 0x0017, 0x0018, 0x001A, 0x001B}) {
        EXPECT_EQ(selectFile(*card, fid).sw, 0x9000) << std::hex << fid;
    }
}

TEST_F(CardCommands, RefusesUnknownClassesAndInstructions) {
    EXPECT_EQ(send(*card, "84 A4 04 0C 02 3F 00").sw, 0x6E00);
    EXPECT_EQ(send(*card, "00 CA 01 00 00").sw, 0x6D00);
    EXPECT_EQ(send(*card, "80 CA 9F 7F 00").sw, 0x6D00);
    EXPECT_EQ(send(*card, "00 A4 04").sw, 0x6700); // malformed
}

TEST_F(CardCommands, ReadsTheUserAuthenticationCertificateInShortChunks) {
    selectApplet(*card, layout::jpkiAid);
    ASSERT_EQ(selectFile(*card, layout::authenticationCertificate).sw, 0x9000);
    const ResponseApdu head = send(*card, "00 B0 00 00 04");
    ASSERT_EQ(head.sw, 0x9000);
    ASSERT_EQ(head.data[0], 0x30);
    ASSERT_EQ(head.data[1], 0x82);
    const std::size_t size = static_cast<std::size_t>(head.data[2] << 8 | head.data[3]) + 4;
    Bytes certificate;
    while (certificate.size() < size) {
        const std::size_t offset = certificate.size();
        const ResponseApdu chunk =
            send(*card, Bytes{0x00, 0xB0, static_cast<std::uint8_t>(offset >> 8),
                              static_cast<std::uint8_t>(offset & 0xFF), 0x00});
        ASSERT_TRUE(chunk.sw == 0x9000 || chunk.sw == 0x6282) << std::hex << chunk.sw;
        EXPECT_EQ(chunk.sw == 0x6282, chunk.data.size() < 256);
        certificate.insert(certificate.end(), chunk.data.begin(), chunk.data.end());
    }
    EXPECT_EQ(certificate.size(), size);
    EXPECT_NO_THROW(certificateFromDer(certificate));
    EXPECT_EQ(certificate, readAll(*card).data);
}

TEST_F(CardCommands, ReadBinaryBoundaries) {
    selectApplet(*card, layout::jpkiAid);
    selectFile(*card, layout::authenticationCertificate);
    const ResponseApdu whole = readAll(*card);
    ASSERT_EQ(whole.sw, 0x9000); // extended Le 0000: everything, no warning
    const std::size_t size = whole.data.size();
    EXPECT_EQ(send(*card, Bytes{0x00, 0xB0, static_cast<std::uint8_t>(size >> 8),
                                static_cast<std::uint8_t>(size & 0xFF), 0x01})
                  .sw,
              0x6B00);
    const ResponseApdu tail =
        send(*card, Bytes{0x00, 0xB0, static_cast<std::uint8_t>((size - 3) >> 8),
                          static_cast<std::uint8_t>((size - 3) & 0xFF), 0x10});
    EXPECT_EQ(tail.sw, 0x6282);
    EXPECT_EQ(tail.data.size(), 3u);
    EXPECT_EQ(send(*card, "00 B0 00 00").sw, 0x6700);    // no Le
    EXPECT_EQ(send(*card, "00 B0 81 00 04").sw, 0x6A86); // short EF identifier
    selectFile(*card, layout::authenticationPin);
    EXPECT_EQ(send(*card, "00 B0 00 00 04").sw, 0x6986);
}

TEST_F(CardCommands, AShortApduCardRefusesExtendedLengthAndReadsInShortChunks) {
    card->setShortApdusOnly(true);
    ASSERT_EQ(selectApplet(*card, layout::jpkiAid).sw, 0x9000);
    ASSERT_EQ(selectFile(*card, layout::authenticationCertificate).sw, 0x9000);
    const ResponseApdu whole = readAll(*card);
    EXPECT_EQ(whole.sw, 0x6700);
    EXPECT_TRUE(whole.data.empty());
    EXPECT_EQ(send(*card, "00 B0 00 00 00 01 01").sw, 0x6700); // Le = 257
    EXPECT_EQ(send(*card, "00 B0 00 00 00 00 10").sw, 0x6700); // extended even when small
    const ResponseApdu first = send(*card, "00 B0 00 00 00");
    EXPECT_EQ(first.sw, 0x9000);
    EXPECT_EQ(first.data.size(), 256u);
    // Refusing extended length does not touch the selection or the PIN state.
    ASSERT_EQ(selectFile(*card, layout::authenticationPin).sw, 0x9000);
    EXPECT_EQ(send(*card, "00 20 00 80").sw, 0x63C3);
}

TEST_F(CardCommands, HoldsTheMyNumberCardToken) {
    selectApplet(*card, layout::jpkiAid);
    selectFile(*card, layout::token);
    const ResponseApdu token = send(*card, "00 B0 00 00 20");
    ASSERT_EQ(token.sw, 0x9000);
    EXPECT_EQ(std::string(token.data.begin(), token.data.end()),
              "JPKIAPICCTOKEN2                 ");
}

TEST_F(CardCommands, SignatureCertificateNeedsThePassword) {
    selectApplet(*card, layout::jpkiAid);
    selectFile(*card, layout::signatureCaCertificate);
    EXPECT_EQ(send(*card, "00 B0 00 00 04").sw, 0x9000);
    selectFile(*card, layout::signatureCertificate);
    EXPECT_EQ(send(*card, "00 B0 00 00 04").sw, 0x6982);
    selectFile(*card, layout::signaturePassword);
    ASSERT_EQ(verifyPin(*card, "ABC123").sw, 0x9000);
    selectFile(*card, layout::signatureCertificate);
    const ResponseApdu certificate = readAll(*card);
    ASSERT_EQ(certificate.sw, 0x9000);
    EXPECT_NO_THROW(certificateFromDer(certificate.data));
}

TEST_F(CardCommands, CardInfoItemsNeedTheCardInfoPin) {
    selectApplet(*card, layout::cardInfoAid);
    selectFile(*card, layout::basicFourItems);
    EXPECT_EQ(send(*card, "00 B0 00 00 07").sw, 0x6982);
    selectFile(*card, layout::cardInfoPin);
    ASSERT_EQ(verifyPin(*card, "1234").sw, 0x9000);
    selectFile(*card, layout::basicFourItems);
    const ResponseApdu head = send(*card, "00 B0 00 00 05");
    ASSERT_EQ(head.sw, 0x9000);
    EXPECT_EQ(head.data[0], 0xFF);
    EXPECT_EQ(head.data[1], 0x20);
    const ResponseApdu items = readAll(*card);
    const std::string text(items.data.begin(), items.data.end());
    EXPECT_NE(text.find("長谷川　健一"), std::string::npos);
    EXPECT_NE(text.find("美濃市"), std::string::npos);
    EXPECT_EQ(items.data, basicFourItemsRecord(makeProfile("healthy", referenceDay())->holder));
    selectFile(*card, layout::myNumber);
    EXPECT_EQ(send(*card, "00 B0 00 00 10").data, myNumberRecord());
}

TEST_F(CardCommands, PinTriesAreReadWithoutSpendingOne) {
    selectApplet(*card, layout::jpkiAid);
    selectFile(*card, layout::authenticationPin);
    EXPECT_EQ(send(*card, "00 20 00 80").sw, 0x63C3);
    EXPECT_EQ(send(*card, "00 20 00 80").sw, 0x63C3);
    selectFile(*card, layout::signaturePassword);
    EXPECT_EQ(send(*card, "00 20 00 80").sw, 0x63C5);
    EXPECT_EQ(send(*card, "00 20 00 81").sw, 0x6A86);
    selectFile(*card, layout::token);
    EXPECT_EQ(send(*card, "00 20 00 80").sw, 0x6986); // not a PIN
    selectApplet(*card, layout::residentRegistryAid);
    selectFile(*card, layout::residentRegistryPin);
    EXPECT_EQ(send(*card, "00 20 00 80").sw, 0x63C3);
    EXPECT_EQ(persisted, 0);
}

TEST_F(CardCommands, WrongPinsCountDownToBlockedAndARightOneRestoresTheCounter) {
    selectApplet(*card, layout::jpkiAid);
    selectFile(*card, layout::authenticationPin);
    EXPECT_EQ(verifyPin(*card, "9999").sw, 0x63C2);
    EXPECT_EQ(verifyPin(*card, "1234").sw, 0x9000);
    EXPECT_EQ(send(*card, "00 20 00 80").sw, 0x63C3);
    EXPECT_EQ(verifyPin(*card, "0000").sw, 0x63C2);
    EXPECT_EQ(verifyPin(*card, "0000").sw, 0x63C1);
    EXPECT_EQ(verifyPin(*card, "0000").sw, 0x63C0);
    EXPECT_EQ(send(*card, "00 20 00 80").sw, 0x63C0);
    EXPECT_EQ(verifyPin(*card, "1234").sw, 0x6983); // even the right PIN
    EXPECT_EQ(persisted, 5);
}

TEST_F(CardCommands, SignaturePasswordHasFiveTries) {
    selectApplet(*card, layout::jpkiAid);
    selectFile(*card, layout::signaturePassword);
    for (int left = 4; left >= 0; --left) {
        EXPECT_EQ(verifyPin(*card, "WRONG1").sw, 0x63C0 | left);
    }
    EXPECT_EQ(verifyPin(*card, "ABC123").sw, 0x6983);
}

TEST_F(CardCommands, ChangeReferenceDataNeedsAVerifiedPin) {
    selectApplet(*card, layout::jpkiAid);
    selectFile(*card, layout::authenticationPin);
    EXPECT_EQ(send(*card, "00 24 01 80 04 35 36 37 38").sw, 0x6982);
    ASSERT_EQ(verifyPin(*card, "1234").sw, 0x9000);
    EXPECT_EQ(send(*card, "00 24 01 80 05 35 36 37 38 39").sw, 0x6700);
    EXPECT_EQ(send(*card, "00 24 00 80 04 35 36 37 38").sw, 0x6A86);
    EXPECT_EQ(send(*card, "00 24 01 80 04 35 36 37 38").sw, 0x9000);
    EXPECT_EQ(verifyPin(*card, "1234").sw, 0x63C2);
    EXPECT_EQ(verifyPin(*card, "5678").sw, 0x9000);
}

TEST_F(CardCommands, SignsWithTheKeyOfTheVerifiedPin) {
    // DigestInfo of SHA-256 over "abc".
    const Bytes digestInfo =
        hex("3031300d060960864801650304020105000420"
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const Bytes command =
        concat({hex("80 2A 00 80"), Bytes{static_cast<std::uint8_t>(digestInfo.size())}, digestInfo,
                hex("00")});
    selectApplet(*card, layout::jpkiAid);
    selectFile(*card, layout::authenticationKey);
    EXPECT_EQ(send(*card, command).sw, 0x6982);
    selectFile(*card, layout::authenticationPin);
    ASSERT_EQ(verifyPin(*card, "1234").sw, 0x9000);
    selectFile(*card, layout::authenticationKey);
    const ResponseApdu signature = send(*card, command);
    ASSERT_EQ(signature.sw, 0x9000);
    ASSERT_EQ(signature.data.size(), 256u);

    selectFile(*card, layout::authenticationCertificate);
    const Certificate certificate = certificateFromDer(readAll(*card).data);
    EXPECT_TRUE(verifySha256(X509_get0_pubkey(certificate.get()), asBytes("abc"), signature.data));

    selectFile(*card, layout::signatureKey); // its password is not verified
    EXPECT_EQ(send(*card, command).sw, 0x6982);
    selectFile(*card, layout::token);
    EXPECT_EQ(send(*card, command).sw, 0x6986);
}

TEST_F(CardCommands, LongResponsesWaitForGetResponse) {
    const Bytes digestInfo =
        hex("3031300d060960864801650304020105000420"
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    selectApplet(*card, layout::jpkiAid);
    selectFile(*card, layout::authenticationPin);
    verifyPin(*card, "1234");
    selectFile(*card, layout::authenticationKey);
    // No Le: the whole signature waits.
    const ResponseApdu first =
        send(*card, concat({hex("80 2A 00 80"), Bytes{static_cast<std::uint8_t>(digestInfo.size())},
                            digestInfo}));
    EXPECT_EQ(first.sw, 0x6100);
    EXPECT_TRUE(first.data.empty());
    const ResponseApdu part = send(*card, "00 C0 00 00 80");
    EXPECT_EQ(part.sw, 0x6180);
    EXPECT_EQ(part.data.size(), 0x80u);
    const ResponseApdu rest = send(*card, "00 C0 00 00 00");
    EXPECT_EQ(rest.sw, 0x9000);
    EXPECT_EQ(rest.data.size(), 0x80u);
    EXPECT_EQ(send(*card, "00 C0 00 00 00").sw, 0x6985); // nothing left
}

TEST_F(CardCommands, SelectingAnAppletForgetsVerifiedPins) {
    selectApplet(*card, layout::jpkiAid);
    selectFile(*card, layout::signaturePassword);
    ASSERT_EQ(verifyPin(*card, "ABC123").sw, 0x9000);
    selectApplet(*card, layout::jpkiAid);
    selectFile(*card, layout::signatureCertificate);
    EXPECT_EQ(send(*card, "00 B0 00 00 04").sw, 0x6982);
}

TEST_F(CardCommands, ResetForgetsVerifiedPinsAndSelection) {
    selectApplet(*card, layout::jpkiAid);
    selectFile(*card, layout::signaturePassword);
    ASSERT_EQ(verifyPin(*card, "ABC123").sw, 0x9000);
    card->reset();
    EXPECT_EQ(selectFile(*card, layout::signatureCertificate).sw, 0x6A82);
    selectApplet(*card, layout::jpkiAid);
    selectFile(*card, layout::signatureCertificate);
    EXPECT_EQ(send(*card, "00 B0 00 00 04").sw, 0x6982);
}

TEST_F(CardCommands, ACardWithoutSignatureCertificateAnswersFileNotFound) {
    for (const char* profile : {"minor", "adult-ward"}) {
        load(profile);
        selectApplet(*card, layout::jpkiAid);
        EXPECT_EQ(selectFile(*card, layout::signatureCertificate).sw, 0x6A82) << profile;
        EXPECT_EQ(selectFile(*card, layout::signatureKey).sw, 0x6A82) << profile;
        EXPECT_EQ(selectFile(*card, layout::signaturePassword).sw, 0x6A82) << profile;
        EXPECT_EQ(selectFile(*card, layout::signatureCaCertificate).sw, 0x9000) << profile;
        EXPECT_EQ(selectFile(*card, layout::authenticationPin).sw, 0x9000) << profile;
        EXPECT_EQ(send(*card, "00 20 00 80").sw, 0x63C3) << profile;
    }
}

TEST_F(CardCommands, BlockedProfilesAnswerAsBlocked) {
    load("sign-blocked");
    selectApplet(*card, layout::jpkiAid);
    selectFile(*card, layout::signaturePassword);
    EXPECT_EQ(send(*card, "00 20 00 80").sw, 0x63C0);
    EXPECT_EQ(verifyPin(*card, "ABC123").sw, 0x6983);
    selectFile(*card, layout::authenticationPin);
    EXPECT_EQ(send(*card, "00 20 00 80").sw, 0x63C3);

    load("auth-blocked");
    selectApplet(*card, layout::jpkiAid);
    selectFile(*card, layout::authenticationPin);
    EXPECT_EQ(send(*card, "00 20 00 80").sw, 0x63C0);
    EXPECT_EQ(verifyPin(*card, "1234").sw, 0x6983);
    EXPECT_EQ(send(*card, "00 24 01 80 04 35 36 37 38").sw, 0x6983);
    selectFile(*card, layout::signaturePassword);
    EXPECT_EQ(send(*card, "00 20 00 80").sw, 0x63C5);
}

TEST(ApduEncoding, TellsExtendedFromShort) {
    const auto extended = [](std::string_view text) {
        const Bytes raw = hex(text);
        return isExtendedApdu(raw, *card::CommandApdu::parse(raw));
    };
    EXPECT_FALSE(extended("00 A4 04 0C 02 3F 00"));
    EXPECT_FALSE(extended("00 B0 00 00 00"));
    EXPECT_FALSE(extended("00 20 00 80"));
    EXPECT_TRUE(extended("00 B0 00 00 00 00 00"));
    EXPECT_TRUE(extended("00 B0 00 00 00 01 00"));
    EXPECT_TRUE(extended("00 46 00 00 00 00 00"));
}

} // namespace
} // namespace jpki::sim
