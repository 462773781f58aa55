// The card layer's own PC/SC channel and applet clients against the virtual card, through the
// same pcscd: the two are written apart, from the same protocol page.

#include "card/card_status.h"
#include "card/jpki_applet.h"
#include "card/pcsc_channel.h"
#include "card/pcsc_context.h"
#include "card_reading.h"
#include "pcsc_test.h"
#include "simulator/card_layout.h"
#include "simulator/profiles.h"
#include "simulator/state_file.h"

#include <functional>

#include <fstream>
#include <sstream>

namespace jpki::test {
namespace {

Bytes asBytes(std::string_view text) {
    return Bytes(text.begin(), text.end());
}

// The local addresses of the TCP sockets listening on `port`, as /proc/net/tcp and tcp6 list them
// (hex, in the kernel's byte order: 0100007F is 127.0.0.1, 00000000 every interface).
std::vector<std::string> listeningAddresses(std::uint16_t port) {
    std::vector<std::string> addresses;
    char wanted[8];
    std::snprintf(wanted, sizeof wanted, "%04X", port);
    for (const char* table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
        std::ifstream in(table);
        std::string line;
        std::getline(in, line); // the header
        while (std::getline(in, line)) {
            std::istringstream fields(line);
            std::string slot, local, remote, state;
            fields >> slot >> local >> remote >> state;
            const auto colon = local.rfind(':');
            if (state == "0A" && colon != std::string::npos && local.substr(colon + 1) == wanted) {
                addresses.push_back(local.substr(0, colon));
            }
        }
    }
    return addresses;
}

// Debian's vpcd listens for the card on every interface; the project's pcscd (started with
// libjpki_loopback_bind) only on 127.0.0.1, so no other machine can put a card in the reader.
TEST_F(PcscTest, TheVirtualReaderListensOnLoopbackOnly) {
    ASSERT_NO_FATAL_FAILURE(startStack({"healthy"}));
    for (const std::uint16_t port : {stack().port(), std::uint16_t(stack().port() + 1)}) {
        const std::vector<std::string> addresses = listeningAddresses(port);
        ASSERT_FALSE(addresses.empty()) << "nothing listens on port " << port;
        for (const std::string& address : addresses) {
            EXPECT_EQ(address, "0100007F") << "port " << port;
        }
    }
}

class CardLayerThroughPcsc : public PcscTest {
protected:
    std::unique_ptr<card::PcscChannel> openChannel() {
        const card::Result<void> established = m_cardContext.establish();
        if (!established) {
            ADD_FAILURE() << card::describe(established.error());
            return nullptr;
        }
        card::Result<std::unique_ptr<card::PcscChannel>> channel =
            card::PcscChannel::connect(m_cardContext, stack().readerName());
        if (!channel) {
            ADD_FAILURE() << card::describe(channel.error());
            return nullptr;
        }
        return std::move(channel).value();
    }

    card::Result<card::CardStatus> readStatus(card::CardChannel& channel,
                                              std::optional<std::string_view> password) {
        const Bytes value = password ? asBytes(*password) : Bytes{};
        return card::readCardStatus(channel, stack().today(),
                                    password ? std::optional<std::span<const std::uint8_t>>(value)
                                             : std::nullopt);
    }

    void expectFullStatusWithin(std::size_t apduLimit);
    // Takes the card out, changes its JPKI applet in the state file, and puts it back: a card
    // that answers what a real one never should.
    void changeJpkiApplet(const std::function<void(sim::AppletState&)>& change);

    card::PcscContext m_cardContext;
};

TEST_F(CardLayerThroughPcsc, ReadsTheStatusOfAHealthyCard) {
    ASSERT_NO_FATAL_FAILURE(startStack({"healthy"}));
    const sim::Profile profile = *sim::makeProfile("healthy", stack().today());
    const auto channel = openChannel();
    ASSERT_TRUE(channel);
    const std::size_t before = stack().apduCount();
    const card::Result<card::CardStatus> status = readStatus(*channel, "ABC123");
    ASSERT_TRUE(status) << card::describe(status.error());
    std::cout << "[ figures  ] readCardStatus with the signature password: "
              << stack().apduCount() - before << " APDUs\n";

    EXPECT_EQ(status->atrHex(), realCardAtr);
    EXPECT_EQ(status->signaturePassword(), card::PasswordCheck::Accepted);
    const card::CertificateSummary& authentication =
        status->certificate(card::JpkiCertificate::UserAuthentication);
    ASSERT_EQ(authentication.presence, card::CertificatePresence::Present);
    EXPECT_EQ(authentication.certificate->notAfter(), profile.authentication.expires);
    const card::CertificateSummary& signature =
        status->certificate(card::JpkiCertificate::Signature);
    ASSERT_EQ(signature.presence, card::CertificatePresence::Present);
    EXPECT_EQ(signature.certificate->notAfter(), profile.signature->expires);
    const card::Result<std::optional<card::BasicInfo>> holder = signature.certificate->holderInfo();
    ASSERT_TRUE(holder && *holder);
    EXPECT_EQ((*holder)->name, profile.holder.name);
    EXPECT_EQ((*holder)->address, profile.holder.address);
    EXPECT_EQ((*holder)->birthDate, profile.holder.birthDate);

    EXPECT_EQ(status->pin(card::PinReference::UserAuthentication).triesLeft, 3);
    EXPECT_EQ(status->pin(card::PinReference::Signature).triesLeft, 5);
    EXPECT_EQ(status->pin(card::PinReference::CardInfo).triesLeft, 3);
    EXPECT_EQ(status->pin(card::PinReference::ResidentRegistry).triesLeft, 3);
}

// The full status without a password, counted in pcscd's log: each applet selected once, the
// user-authentication certificate, the signature certificate's file, every PIN's tries.
void CardLayerThroughPcsc::expectFullStatusWithin(std::size_t apduLimit) {
    const sim::Profile profile = *sim::makeProfile("healthy", stack().today());
    const auto channel = openChannel();
    ASSERT_TRUE(channel);
    const std::size_t before = stack().apduCount();
    const card::Result<card::CardStatus> status = readStatus(*channel, std::nullopt);
    ASSERT_TRUE(status) << card::describe(status.error());
    const std::size_t apdus = stack().apduCount() - before;
    std::cout << "[ figures  ] readCardStatus without a password: " << apdus << " APDUs\n";
    EXPECT_LE(apdus, apduLimit);

    const card::CertificateSummary& authentication =
        status->certificate(card::JpkiCertificate::UserAuthentication);
    ASSERT_EQ(authentication.presence, card::CertificatePresence::Present);
    EXPECT_EQ(authentication.certificate->notAfter(), profile.authentication.expires);
    EXPECT_EQ(status->certificate(card::JpkiCertificate::Signature).presence,
              card::CertificatePresence::NotRead);
    EXPECT_EQ(status->pin(card::PinReference::UserAuthentication).triesLeft, 3);
    EXPECT_EQ(status->pin(card::PinReference::Signature).triesLeft, 5);
    EXPECT_EQ(status->pin(card::PinReference::CardInfo).triesLeft, 3);
    EXPECT_EQ(status->pin(card::PinReference::ResidentRegistry).triesLeft, 3);
}

TEST_F(CardLayerThroughPcsc, ReadsTheFullStatusOfAShortApduCardInSeventeenApdus) {
    SimulatorOptions options("healthy");
    options.shortApdusOnly = true;
    ASSERT_NO_FATAL_FAILURE(startStack(options));
    expectFullStatusWithin(17);
}

TEST_F(CardLayerThroughPcsc, ReadsTheFullStatusOfAnExtendedLengthCardInEighteenApdusAtMost) {
    ASSERT_NO_FATAL_FAILURE(startStack({"healthy"}));
    expectFullStatusWithin(18);
}

void CardLayerThroughPcsc::changeJpkiApplet(const std::function<void(sim::AppletState&)>& change) {
    ASSERT_TRUE(stack().stopCard());
    ASSERT_TRUE(stack().waitForCard(false));
    sim::CardState state = sim::loadState(stack().statePath());
    const Bytes jpki(sim::layout::jpkiAid.begin(), sim::layout::jpkiAid.end());
    for (sim::AppletState& applet : state.applets) {
        if (applet.aid == jpki) {
            change(applet);
        }
    }
    sim::saveState(state, stack().statePath());
    stack().startCard({"healthy"});
    ASSERT_TRUE(stack().waitForCard(true));
}

TEST_F(CardLayerThroughPcsc, TriesAboveThePinsLimitAreAnUnexpectedAnswerNotACount) {
    ASSERT_NO_FATAL_FAILURE(startStack({"healthy"}));
    ASSERT_NO_FATAL_FAILURE(changeJpkiApplet([](sim::AppletState& applet) {
        sim::PinRecord& pin = applet.pins.at(sim::layout::authenticationPin);
        pin.limit = 9;
        pin.triesLeft = 7; // answers 63 C7 for a PIN of 3 tries
    }));
    const auto channel = openChannel();
    ASSERT_TRUE(channel);
    const card::Result<card::CardStatus> status = readStatus(*channel, std::nullopt);
    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().code, card::CardErrorCode::UnexpectedAnswer);
    EXPECT_EQ(status.error().statusWord, 0x63C7);

    card::JpkiApplet applet(*channel);
    const card::Result<card::PinStatus> tries =
        applet.pinStatus(card::PinReference::UserAuthentication);
    ASSERT_FALSE(tries);
    EXPECT_EQ(tries.error().code, card::CardErrorCode::UnexpectedAnswer);
    const card::Result<void> wrong =
        applet.verifyPin(card::PinReference::UserAuthentication, asBytes("9999"));
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().code, card::CardErrorCode::UnexpectedAnswer); // 63 C6
}

TEST_F(CardLayerThroughPcsc, ACertificateLengthBeyondWhatAFileHoldsIsAnUnexpectedAnswer) {
    ASSERT_NO_FATAL_FAILURE(startStack({"healthy"}));
    ASSERT_NO_FATAL_FAILURE(changeJpkiApplet([](sim::AppletState& applet) {
        Bytes content(600, 0x00);
        content[0] = 0x30;
        content[1] = 0x82;
        content[2] = 0xFF; // announces 65,539 bytes: beyond offsets up to 7FFF
        content[3] = 0xFF;
        applet.binaries.at(sim::layout::authenticationCertificate) = content;
    }));
    const auto channel = openChannel();
    ASSERT_TRUE(channel);
    const card::Result<card::CardStatus> status = readStatus(*channel, std::nullopt);
    ASSERT_TRUE(status) << card::describe(status.error());
    const card::CertificateSummary& authentication =
        status->certificate(card::JpkiCertificate::UserAuthentication);
    EXPECT_EQ(authentication.presence, card::CertificatePresence::Unreadable);
    EXPECT_EQ(authentication.problem, card::CardErrorCode::UnexpectedAnswer);

    const std::size_t before = stack().apduCount();
    const card::Result<card::Certificate> read =
        card::JpkiApplet(*channel).readCertificate(card::JpkiCertificate::UserAuthentication);
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().code, card::CardErrorCode::UnexpectedAnswer);
    EXPECT_EQ(stack().apduCount() - before, 3u); // SELECT applet, SELECT EF, one READ BINARY
}

TEST_F(CardLayerThroughPcsc, TellsAnAbsentSignatureCertificateFromABlockedPassword) {
    ASSERT_NO_FATAL_FAILURE(startStack({"minor"}));
    {
        const auto channel = openChannel();
        ASSERT_TRUE(channel);
        const card::Result<card::CardStatus> minor = readStatus(*channel, std::nullopt);
        ASSERT_TRUE(minor) << card::describe(minor.error());
        EXPECT_EQ(minor->certificate(card::JpkiCertificate::Signature).presence,
                  card::CertificatePresence::Absent);
        EXPECT_EQ(minor->pin(card::PinReference::Signature).presence, card::PinPresence::Absent);
        EXPECT_FALSE(minor->pin(card::PinReference::Signature).blocked);
    }
    ASSERT_TRUE(stack().stopCard());
    ASSERT_TRUE(stack().waitForCard(false));
    std::filesystem::remove(stack().statePath());
    stack().startCard({"sign-blocked"});
    ASSERT_TRUE(stack().waitForCard(true));

    const auto channel = openChannel();
    ASSERT_TRUE(channel);
    const card::Result<card::CardStatus> blocked = readStatus(*channel, "ABC123");
    ASSERT_TRUE(blocked) << card::describe(blocked.error());
    EXPECT_EQ(blocked->pin(card::PinReference::Signature).presence, card::PinPresence::Present);
    EXPECT_TRUE(blocked->pin(card::PinReference::Signature).blocked);
    EXPECT_EQ(blocked->signaturePassword(), card::PasswordCheck::Blocked);
    EXPECT_NE(blocked->certificate(card::JpkiCertificate::Signature).presence,
              card::CertificatePresence::Absent);
}

TEST_F(CardLayerThroughPcsc, SignsWithTheUserAuthenticationKey) {
    ASSERT_NO_FATAL_FAILURE(startStack({"healthy"}));
    const auto channel = openChannel();
    ASSERT_TRUE(channel);
    card::JpkiApplet applet(*channel);
    // DigestInfo of SHA-256 over "abc".
    const Bytes digestInfo =
        fromHex("3031300d060960864801650304020105000420"
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const card::Result<Bytes> signature =
        applet.sign(card::JpkiKey::UserAuthentication, asBytes("1234"), digestInfo);
    ASSERT_TRUE(signature) << card::describe(signature.error());
    EXPECT_EQ(signature->size(), 256u);
    const card::Result<card::PinStatus> tries =
        applet.pinStatus(card::PinReference::UserAuthentication);
    ASSERT_TRUE(tries);
    EXPECT_EQ(tries->triesLeft, 3);
}

} // namespace
} // namespace jpki::test
