#include "card/issuer_operations.h"
#include "script_steps.h"
#include "scripted_channel.h"
#include "test_certificates.h"

#include <gtest/gtest.h>

using namespace jpki::card;
using namespace jpki::card::testing;

namespace {

class FakeAuthority : public IssuingAuthority {
public:
    Result<Bytes> answerChallenge(Applet applet, std::span<const std::uint8_t> challenge) override {
        appletsAsked.push_back(applet);
        challenges.emplace_back(challenge.begin(), challenge.end());
        if (refuse) {
            return CardError(CardErrorCode::AuthenticationFailed, "authority refused");
        }
        return Bytes(256, 0x5A);
    }
    std::vector<Applet> appletsAsked;
    std::vector<Bytes> challenges;
    bool refuse = false;
};

const char* kChallenge = "0102030405060708";

void expectAuthentication(ScriptedChannel& channel, Applet applet) {
    channel.expect(selectAppletHex(applet), "9000")
        .expect("0084000008", std::string(kChallenge) + "9000")
        .expect("00820000000100" + toHex(Bytes(256, 0x5A)), "9000");
}

} // namespace

TEST(IssuerOperations, ResetsAPinAfterTheAuthorityAnswersTheChallenge) {
    ScriptedChannel channel;
    FakeAuthority authority;
    expectAuthentication(channel, Applet::CardInfo);
    channel.expect(selectFileHex(card_info_ef::kPin), "9000")
        .expect("002C028004" + pinHex("8642"), "9000");
    ASSERT_TRUE(
        IssuerOperations(channel, authority).resetPin(PinReference::CardInfo, pinBytes("8642")));
    ASSERT_EQ(authority.challenges.size(), 1u);
    EXPECT_EQ(toHex(authority.challenges[0]), kChallenge);
    EXPECT_EQ(authority.appletsAsked[0], Applet::CardInfo);
}

TEST(IssuerOperations, ARefusedAuthenticationStopsEverything) {
    ScriptedChannel channel;
    FakeAuthority authority;
    channel.expect(selectAppletHex(Applet::Jpki), "9000")
        .expect("0084000008", std::string(kChallenge) + "9000")
        .expect("00820000000100" + toHex(Bytes(256, 0x5A)), "6300");
    const auto result =
        IssuerOperations(channel, authority).resetPin(PinReference::Signature, pinBytes("NEW123"));
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, CardErrorCode::AuthenticationFailed);

    authority.refuse = true;
    channel.expect(selectAppletHex(Applet::Jpki), "9000")
        .expect("0084000008", std::string(kChallenge) + "9000");
    EXPECT_FALSE(
        IssuerOperations(channel, authority).resetPin(PinReference::Signature, pinBytes("NEW123")));
}

TEST(IssuerOperations, GeneratesAKeyPairAndReturnsItsPublicKey) {
    ScriptedChannel channel;
    FakeAuthority authority;
    expectAuthentication(channel, Applet::Jpki);
    channel.expect(selectFileHex(jpki_ef::kSignatureKey), "9000")
        .expect("00460000000000", answerHex(publicKeyDer(testKey(2))));
    const auto key = IssuerOperations(channel, authority).generateKeyPair(JpkiKey::Signature);
    ASSERT_TRUE(key) << describe(key.error());
    EXPECT_EQ(EVP_PKEY_eq(key->get(), testKey(2)), 1);
}

TEST(IssuerOperations, RefusesAPublicKeyThatDoesNotParse) {
    ScriptedChannel channel;
    FakeAuthority authority;
    expectAuthentication(channel, Applet::Jpki);
    channel.expect(selectFileHex(jpki_ef::kUserAuthKey), "9000")
        .expect("00460000000000", "30030201019000");
    const auto key =
        IssuerOperations(channel, authority).generateKeyPair(JpkiKey::UserAuthentication);
    ASSERT_FALSE(key);
    EXPECT_EQ(key.error().code, CardErrorCode::MalformedResponse);
}

TEST(IssuerOperations, WritesACertificateInOneExtendedCommand) {
    const Bytes der = makeCertificate(CertificateSpec{}, testKey(1), testKey(0));
    ScriptedChannel channel;
    FakeAuthority authority;
    expectAuthentication(channel, Applet::Jpki);
    const std::uint8_t length[] = {static_cast<std::uint8_t>(der.size() >> 8),
                                   static_cast<std::uint8_t>(der.size())};
    channel.expect(selectFileHex(jpki_ef::kUserAuthCertificate), "9000")
        .expect("00D6000000" + toHex(length) + toHex(der), "9000");
    EXPECT_TRUE(
        IssuerOperations(channel, authority).writeCertificate(JpkiKey::UserAuthentication, der));
}

TEST(IssuerOperations, WritesInShortChunksWhenExtendedIsRefused) {
    const Bytes der = makeCertificate(CertificateSpec{}, testKey(1), testKey(0));
    ScriptedChannel channel;
    FakeAuthority authority;
    expectAuthentication(channel, Applet::Jpki);
    const std::uint8_t length[] = {static_cast<std::uint8_t>(der.size() >> 8),
                                   static_cast<std::uint8_t>(der.size())};
    channel.expect(selectFileHex(jpki_ef::kSignatureCertificate), "9000")
        .expect("00D6000000" + toHex(length) + toHex(der), "6700");
    for (std::size_t at = 0; at < der.size(); at += 255) {
        const auto chunk = std::span(der).subspan(at, std::min<std::size_t>(255, der.size() - at));
        channel.expect(commandHex(commands::updateBinary(static_cast<std::uint16_t>(at), chunk)),
                       "9000");
    }
    EXPECT_TRUE(IssuerOperations(channel, authority).writeCertificate(JpkiKey::Signature, der));
    EXPECT_EQ(channel.extendedLength(), ExtendedLength::Refused);
}

TEST(IssuerOperations, RefusesToWriteSomethingThatIsNotACertificate) {
    ScriptedChannel channel;
    FakeAuthority authority;
    const auto result = IssuerOperations(channel, authority)
                            .writeCertificate(JpkiKey::Signature, Bytes{0x30, 0x00});
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, CardErrorCode::InvalidArgument);
    EXPECT_EQ(channel.exchangeCount(), 0u);
}
