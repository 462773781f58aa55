#include "card/applet_io.h"
#include "card/card_log.h"
#include "card/commands.h"
#include "card/jpki_applet.h"
#include "script_steps.h"
#include "scripted_channel.h"

#include <gtest/gtest.h>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>
#include <sstream>

using namespace jpki::card;
using namespace jpki::card::testing;

namespace {

// Captures what the "apdu" logger writes while the fixture lives.
class ApduLogCapture : public ::testing::Test {
protected:
    void SetUp() override {
        m_previous = spdlog::get("apdu");
        spdlog::drop("apdu");
        auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(m_output);
        auto logger = std::make_shared<spdlog::logger>("apdu", sink);
        logger->set_level(spdlog::level::trace);
        logger->set_pattern("%v");
        spdlog::register_logger(logger);
    }
    void TearDown() override {
        spdlog::drop("apdu");
        if (m_previous) {
            spdlog::register_logger(m_previous);
        }
    }
    std::string output() const { return m_output.str(); }

private:
    std::ostringstream m_output;
    std::shared_ptr<spdlog::logger> m_previous;
};

} // namespace

TEST_F(ApduLogCapture, PinBytesNeverReachTheLog) {
    const std::string authPin = "4826";
    const std::string password = "ZX81QL77";
    const std::string newPassword = "NEWPASS9";
    ScriptedChannel channel;
    channel.expect(selectAppletHex(Applet::Jpki), "9000")
        .expect(selectFileHex(jpki_ef::kUserAuthPin), "9000")
        .expect("0020008004" + pinHex(authPin), "63C2")
        .expect(selectAppletHex(Applet::Jpki), "9000")
        .expect(selectFileHex(jpki_ef::kSignaturePin), "9000")
        .expect("0020008008" + pinHex(password), "9000")
        .expect("0024018008" + pinHex(newPassword), "9000");
    JpkiApplet applet(channel);
    EXPECT_FALSE(applet.verifyPin(PinReference::UserAuthentication, pinBytes(authPin)));
    EXPECT_TRUE(
        applet.changePin(PinReference::Signature, pinBytes(password), pinBytes(newPassword)));
    const auto resetCommand = commands::resetRetryCounter(pinBytes("1357"));
    const std::string log = output() + describeCommand(resetCommand);

    for (const std::string& secret : {authPin, password, newPassword, std::string("1357")}) {
        EXPECT_EQ(log.find(secret), std::string::npos) << "a PIN in clear";
        EXPECT_EQ(log.find(pinHex(secret)), std::string::npos) << "a PIN in hex";
        EXPECT_EQ(log.find(toHex(pinBytes(secret), " ")), std::string::npos) << "a PIN in hex";
    }
    EXPECT_NE(log.find("00 20 00 80 Lc=4 <redacted>"), std::string::npos);
    EXPECT_NE(log.find("00 24 01 80 Lc=8 <redacted>"), std::string::npos);
    EXPECT_NE(log.find("00 2C 02 80 Lc=4 <redacted>"), std::string::npos);
    // The rest of the exchange stays readable.
    EXPECT_NE(log.find("00 A4 04 0C Lc=10 D3 92 F0 00 26 01 00 00 00 01"), std::string::npos);
    EXPECT_NE(log.find("63 C2, 0 bytes"), std::string::npos);
}

TEST_F(ApduLogCapture, ResponseDataIsNeverLogged) {
    ScriptedChannel channel;
    channel.expect("00B0000004", "30820123 9000");
    ASSERT_TRUE(channel.transmit(commands::readBinary(0, 4)));
    EXPECT_NE(output().find("90 00, 4 bytes"), std::string::npos);
    EXPECT_EQ(output().find("30 82 01 23"), std::string::npos);
    EXPECT_EQ(output().find("30820123"), std::string::npos);
}
