#include "card/applet_io.h"
#include "card/jpki_applet.h"
#include "script_steps.h"
#include "scripted_channel.h"
#include "test_certificates.h"

#include <gtest/gtest.h>

using namespace jpki::card;
using namespace jpki::card::testing;

namespace {

std::span<const std::uint8_t> part(const Bytes& der, std::size_t from, std::size_t count) {
    return std::span(der).subspan(from, std::min(count, der.size() - from));
}

const Bytes& userCertificate() {
    static const Bytes der = makeCertificate(CertificateSpec{}, testKey(1), testKey(0));
    return der;
}

// 256-byte chunks from `from`; the last one asks only what is left.
void expectChunksFrom(ScriptedChannel& channel, const Bytes& der, std::size_t from) {
    for (std::size_t at = from; at < der.size(); at += 256) {
        const auto length = static_cast<std::uint32_t>(std::min<std::size_t>(256, der.size() - at));
        channel.expect(readBinaryHex(static_cast<std::uint16_t>(at), length),
                       answerHex(part(der, at, length)));
    }
}

// A certificate read on a connection not known to take extended length: short reads only, the
// first of 256 bytes, which holds the DER length.
void expectShortReads(ScriptedChannel& channel, const Bytes& der) {
    expectChunksFrom(channel, der, 0);
}

} // namespace

TEST(JpkiApplet, ReadsACertificateInShortReadsWithoutAHeaderReadOrAnExtendedProbe) {
    const Bytes& der = userCertificate();
    ASSERT_GT(der.size(), 256u);
    ScriptedChannel channel;
    channel.expect(selectAppletHex(Applet::Jpki), "9000")
        .expect(selectFileHex(jpki_ef::kUserAuthCertificate), "9000");
    expectShortReads(channel, der);
    const auto certificate =
        JpkiApplet(channel).readCertificate(JpkiCertificate::UserAuthentication);
    ASSERT_TRUE(certificate) << describe(certificate.error());
    EXPECT_EQ(certificate->der(), der);
    EXPECT_EQ(channel.exchangeCount(), 2u + (der.size() + 255) / 256);
    EXPECT_EQ(channel.extendedLength(), ExtendedLength::Untested);
    EXPECT_EQ(channel.transactionsBegun(), 1);
}

TEST(JpkiApplet, ReadsTheRestInOneExtendedReadOnAConnectionKnownToTakeThem) {
    const Bytes& der = userCertificate();
    ScriptedChannel channel;
    channel.rememberExtendedLength(ExtendedLength::Supported);
    channel.expect(selectAppletHex(Applet::Jpki), "9000")
        .expect(selectFileHex(jpki_ef::kUserAuthCertificate), "9000")
        .expect(readBinaryHex(0, 256), answerHex(part(der, 0, 256)))
        .expect(readBinaryHex(256, static_cast<std::uint32_t>(der.size() - 256)),
                answerHex(part(der, 256, der.size())));
    const auto certificate =
        JpkiApplet(channel).readCertificate(JpkiCertificate::UserAuthentication);
    ASSERT_TRUE(certificate) << describe(certificate.error());
    EXPECT_EQ(certificate->der(), der);
    EXPECT_EQ(channel.exchangeCount(), 4u);
}

TEST(JpkiApplet, ASmallCertificateTakesOneRead) {
    const Bytes der = {0x30, 0x03, 0x02, 0x01, 0x05};
    ScriptedChannel channel;
    channel.expect(readBinaryHex(0, 256), answerHex(der, 0x6282));
    const Result<Bytes> read = readDerFile(channel);
    ASSERT_TRUE(read) << describe(read.error());
    EXPECT_EQ(*read, der);
    EXPECT_EQ(channel.exchangeCount(), 1u);
}

TEST(JpkiApplet, ExtendedReadFallsBackToChunksWhenRefusedAndRemembers) {
    const Bytes& der = userCertificate();
    ScriptedChannel channel;
    channel.expect(readBinaryHex(4, static_cast<std::uint32_t>(der.size() - 4)), "6700");
    expectChunksFrom(channel, der, 4);
    const Result<Bytes> read = readBinary(channel, 4, der.size() - 4);
    ASSERT_TRUE(read) << describe(read.error());
    EXPECT_EQ(*read, Bytes(der.begin() + 4, der.end()));
    EXPECT_EQ(channel.extendedLength(), ExtendedLength::Refused);
}

TEST(JpkiApplet, AReaderThatFailsExtendedApdusAlsoFallsBack) {
    const Bytes& der = userCertificate();
    ScriptedChannel channel;
    CardError readerRefusal(CardErrorCode::TransportFailure, "SCardTransmit");
    readerRefusal.pcscCode = 0x80100016;
    channel.expectFailure(readBinaryHex(4, static_cast<std::uint32_t>(der.size() - 4)),
                          readerRefusal);
    expectChunksFrom(channel, der, 4);
    const Result<Bytes> read = readBinary(channel, 4, der.size() - 4);
    ASSERT_TRUE(read) << describe(read.error());
    EXPECT_EQ(channel.extendedLength(), ExtendedLength::Refused);
}

TEST(JpkiApplet, ChunkedReadFollowsSixCAndEndOfFile) {
    const Bytes& der = userCertificate();
    ScriptedChannel channel;
    channel.expect(selectAppletHex(Applet::Jpki), "9000")
        .expect(selectFileHex(jpki_ef::kUserAuthCertificate), "9000");
    std::size_t at = 0;
    for (; der.size() - at > 256; at += 256) {
        channel.expect(readBinaryHex(static_cast<std::uint16_t>(at), 256),
                       answerHex(part(der, at, 256)));
    }
    // The card asks for the exact length once, then answers the rest with end of file.
    const auto left = static_cast<std::uint32_t>(der.size() - at);
    const std::uint8_t rightLength = static_cast<std::uint8_t>(left - 1);
    channel
        .expect(readBinaryHex(static_cast<std::uint16_t>(at), left),
                answerHex({}, static_cast<std::uint16_t>(0x6C00 | rightLength)))
        .expect(readBinaryHex(static_cast<std::uint16_t>(at), rightLength),
                answerHex(part(der, at, rightLength)))
        .expect(readBinaryHex(static_cast<std::uint16_t>(at + rightLength), 1),
                answerHex(part(der, at + rightLength, 1), 0x6282));
    const auto certificate =
        JpkiApplet(channel).readCertificate(JpkiCertificate::UserAuthentication);
    ASSERT_TRUE(certificate) << describe(certificate.error());
    EXPECT_EQ(certificate->der(), der);
}

TEST(JpkiApplet, AFileShorterThanItsHeaderSaysIsMalformed) {
    const Bytes& der = userCertificate();
    ScriptedChannel shortFirst;
    shortFirst.expect(readBinaryHex(0, 256), answerHex(part(der, 0, 100), 0x6282));
    const Result<Bytes> first = readDerFile(shortFirst);
    ASSERT_FALSE(first);
    EXPECT_EQ(first.error().code, CardErrorCode::MalformedResponse);

    ScriptedChannel shortLater;
    shortLater.expect(readBinaryHex(0, 256), answerHex(part(der, 0, 256)))
        .expect(readBinaryHex(
                    256, static_cast<std::uint32_t>(std::min<std::size_t>(256, der.size() - 256))),
                answerHex(part(der, 256, 10), 0x6282));
    const Result<Bytes> later = readDerFile(shortLater);
    ASSERT_FALSE(later);
    EXPECT_EQ(later.error().code, CardErrorCode::MalformedResponse);
}

TEST(JpkiApplet, ALengthBeyondWhatAFileHoldsIsAnUnexpectedAnswerAndReadsNoFurther) {
    ScriptedChannel channel;
    Bytes header(256, 0x00);
    header[0] = 0x30;
    header[1] = 0x82;
    header[2] = 0xFF; // 65,535 + 4 bytes: more than offsets up to 7FFF reach
    header[3] = 0xFF;
    channel.expect(readBinaryHex(0, 256), answerHex(header));
    const Result<Bytes> read = readDerFile(channel);
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().code, CardErrorCode::UnexpectedAnswer);
    EXPECT_EQ(channel.exchangeCount(), 1u);
}

TEST(JpkiApplet, AReadAnsweredWithAPinsStatusWordIsAnUnexpectedAnswer) {
    for (const char* answer : {"63C2", "6281", "9001"}) {
        ScriptedChannel channel;
        channel.expect(readBinaryHex(0, 256), answer);
        const Result<Bytes> read = readDerFile(channel);
        ASSERT_FALSE(read) << answer;
        EXPECT_EQ(read.error().code, CardErrorCode::UnexpectedAnswer) << answer;
        EXPECT_FALSE(read.error().triesLeft) << answer;
    }
    ScriptedChannel refused;
    refused.expect(readBinaryHex(0, 256), "6982");
    const Result<Bytes> read = readDerFile(refused);
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().code, CardErrorCode::SecurityStatusNotSatisfied);
}

TEST(JpkiApplet, TriesAboveThePinsLimitOrAWarningAreAnUnexpectedAnswerNotACount) {
    for (const char* answer : {"63C4", "63CF", "6282", "6300"}) {
        ScriptedChannel channel;
        channel.expect(selectAppletHex(Applet::Jpki), "9000")
            .expect(selectFileHex(jpki_ef::kUserAuthPin), "9000")
            .expect("00200080", answer);
        const Result<PinStatus> status =
            JpkiApplet(channel).pinStatus(PinReference::UserAuthentication);
        ASSERT_FALSE(status) << answer;
        EXPECT_EQ(status.error().code, CardErrorCode::UnexpectedAnswer) << answer;
    }
    ScriptedChannel withData;
    withData.expect(selectAppletHex(Applet::Jpki), "9000")
        .expect(selectFileHex(jpki_ef::kUserAuthPin), "9000")
        .expect("00200080", "03 9000");
    const Result<PinStatus> status =
        JpkiApplet(withData).pinStatus(PinReference::UserAuthentication);
    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().code, CardErrorCode::UnexpectedAnswer);

    ScriptedChannel verifying;
    verifying.expect(selectAppletHex(Applet::Jpki), "9000")
        .expect(selectFileHex(jpki_ef::kSignaturePin), "9000")
        .expect("0020008006" + pinHex("WRONG1"), "63C6"); // the password has 5 tries
    const Result<void> verified =
        JpkiApplet(verifying).verifyPin(PinReference::Signature, pinBytes("WRONG1"));
    ASSERT_FALSE(verified);
    EXPECT_EQ(verified.error().code, CardErrorCode::UnexpectedAnswer);
}

TEST(JpkiApplet, SignatureCertificateNeedsThePassword) {
    const Bytes& der = userCertificate();
    ScriptedChannel channel;
    channel.expect(selectAppletHex(Applet::Jpki), "9000")
        .expect(selectFileHex(jpki_ef::kSignatureCertificate), "9000")
        .expect(readBinaryHex(0, 256), "6982");
    const auto refused = JpkiApplet(channel).readCertificate(JpkiCertificate::Signature);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, CardErrorCode::SecurityStatusNotSatisfied);

    channel.expect(selectAppletHex(Applet::Jpki), "9000")
        .expect(selectFileHex(jpki_ef::kSignaturePin), "9000")
        .expect("002000800A" + pinHex("ABCDEF1234"), "9000")
        .expect(selectFileHex(jpki_ef::kSignatureCertificate), "9000");
    expectShortReads(channel, der);
    const auto certificate = JpkiApplet(channel).readSignatureCertificate(pinBytes("ABCDEF1234"));
    ASSERT_TRUE(certificate) << describe(certificate.error());
}

TEST(JpkiApplet, PinStatusTellsAbsentFromBlocked) {
    ScriptedChannel channel;
    channel.expect(selectAppletHex(Applet::Jpki), "9000")
        .expect(selectFileHex(jpki_ef::kUserAuthPin), "9000")
        .expect("00200080", "63C3")
        .expect(selectAppletHex(Applet::Jpki), "9000")
        .expect(selectFileHex(jpki_ef::kSignaturePin), "6A82")
        .expect(selectAppletHex(Applet::Jpki), "9000")
        .expect(selectFileHex(jpki_ef::kSignaturePin), "9000")
        .expect("00200080", "63C0")
        .expect(selectAppletHex(Applet::Jpki), "9000")
        .expect(selectFileHex(jpki_ef::kSignaturePin), "9000")
        .expect("00200080", "6983")
        .expect(selectAppletHex(Applet::Jpki), "9000")
        .expect(selectFileHex(jpki_ef::kSignaturePin), "9000")
        .expect("00200080", "6F00");
    JpkiApplet applet(channel);
    EXPECT_EQ(applet.pinStatus(PinReference::UserAuthentication).value(), PinStatus::present(3, 3));
    const PinStatus absent = applet.pinStatus(PinReference::Signature).value();
    EXPECT_EQ(absent.presence, PinPresence::Absent);
    EXPECT_FALSE(absent.blocked);
    const PinStatus blocked = applet.pinStatus(PinReference::Signature).value();
    EXPECT_TRUE(blocked.blocked);
    EXPECT_EQ(blocked.triesLeft, 0);
    EXPECT_EQ(blocked.limit, 5);
    EXPECT_TRUE(applet.pinStatus(PinReference::Signature).value().blocked);
    const PinStatus odd = applet.pinStatus(PinReference::Signature).value();
    EXPECT_EQ(odd.presence, PinPresence::Unknown);
    EXPECT_FALSE(odd.blocked);
}

TEST(JpkiApplet, WrongPinCountsDownToBlocked) {
    ScriptedChannel channel;
    for (const char* answer : {"63C2", "63C1", "63C0", "6983"}) {
        channel.expect(selectAppletHex(Applet::Jpki), "9000")
            .expect(selectFileHex(jpki_ef::kUserAuthPin), "9000")
            .expect("0020008004" + pinHex("0000"), answer);
    }
    JpkiApplet applet(channel);
    for (int expected : {2, 1}) {
        const auto result = applet.verifyPin(PinReference::UserAuthentication, pinBytes("0000"));
        ASSERT_FALSE(result);
        EXPECT_EQ(result.error().code, CardErrorCode::WrongPin);
        EXPECT_EQ(result.error().triesLeft, expected);
    }
    for (int i = 0; i < 2; ++i) {
        const auto result = applet.verifyPin(PinReference::UserAuthentication, pinBytes("0000"));
        ASSERT_FALSE(result);
        EXPECT_EQ(result.error().code, CardErrorCode::PinBlocked);
        EXPECT_EQ(result.error().triesLeft, 0);
    }
}

TEST(JpkiApplet, RefusesAnEmptyPinWithoutSendingIt) {
    ScriptedChannel channel;
    const auto result = JpkiApplet(channel).verifyPin(PinReference::UserAuthentication, {});
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, CardErrorCode::InvalidArgument);
    EXPECT_FALSE(JpkiApplet(channel).pinStatus(PinReference::CardInfo));
    EXPECT_FALSE(JpkiApplet(channel).sign(JpkiKey::Signature, {}, Bytes(51, 1)));
    EXPECT_EQ(channel.exchangeCount(), 0u);
}

TEST(JpkiApplet, ChangesAPinAfterVerifyingTheCurrentOne) {
    ScriptedChannel channel;
    channel.expect(selectAppletHex(Applet::Jpki), "9000")
        .expect(selectFileHex(jpki_ef::kUserAuthPin), "9000")
        .expect("0020008004" + pinHex("1234"), "9000")
        .expect("0024018004" + pinHex("5678"), "9000");
    EXPECT_TRUE(JpkiApplet(channel).changePin(PinReference::UserAuthentication, pinBytes("1234"),
                                              pinBytes("5678")));
}

TEST(JpkiApplet, SignsAndChecksTheSignatureWithTheCertificateKey) {
    const Bytes& der = userCertificate(); // key 1
    const Bytes digestInfo = sha256DigestInfo("login challenge");
    const Bytes good = signDigestInfo(testKey(1), digestInfo);
    const Bytes forged = signDigestInfo(testKey(2), digestInfo);
    for (const Bytes* signature : {&good, &forged}) {
        ScriptedChannel channel;
        channel.expect(selectAppletHex(Applet::Jpki), "9000")
            .expect(selectFileHex(jpki_ef::kUserAuthPin), "9000")
            .expect("0020008004" + pinHex("1234"), "9000")
            .expect(selectFileHex(jpki_ef::kUserAuthKey), "9000")
            .expect("802A008033" + toHex(digestInfo) + "00", answerHex(*signature))
            .expect(selectFileHex(jpki_ef::kUserAuthCertificate), "9000");
        expectShortReads(channel, der);
        const auto result =
            JpkiApplet(channel).sign(JpkiKey::UserAuthentication, pinBytes("1234"), digestInfo);
        if (signature == &good) {
            ASSERT_TRUE(result) << describe(result.error());
            EXPECT_EQ(*result, good);
        } else {
            ASSERT_FALSE(result);
            EXPECT_EQ(result.error().code, CardErrorCode::SignatureMismatch);
        }
    }
}

TEST(JpkiApplet, TransportFailureEndsTheOperation) {
    ScriptedChannel channel;
    channel.expect(selectAppletHex(Applet::Jpki), "9000")
        .expectFailure(selectFileHex(jpki_ef::kUserAuthCertificate),
                       CardError(CardErrorCode::CardRemoved));
    const auto result = JpkiApplet(channel).readCertificate(JpkiCertificate::UserAuthentication);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, CardErrorCode::CardRemoved);
    EXPECT_FALSE(channel.inTransaction());
}
