// PIN verification through pcscd down to blocked, and the card's state across a restart of
// the simulator.

#include "card_reading.h"
#include "pcsc_test.h"

#include <fstream>

namespace jpki::test {
namespace {

using PinsThroughPcsc = PcscTest;

TEST_F(PinsThroughPcsc, WrongPinsCountDownToBlocked) {
    ASSERT_NO_FATAL_FAILURE(startStack({"healthy"}));
    const auto card = connect();
    ASSERT_EQ(selectApplet(*card, jpkiAid).sw, 0x9000);
    ASSERT_EQ(selectFile(*card, 0x0018).sw, 0x9000);
    EXPECT_EQ(verify(*card, "").sw, 0x63C3);
    EXPECT_EQ(verify(*card, "9999").sw, 0x63C2);
    EXPECT_EQ(verify(*card, "1234").sw, 0x9000); // a right PIN restores the counter
    EXPECT_EQ(verify(*card, "").sw, 0x63C3);
    EXPECT_EQ(verify(*card, "0000").sw, 0x63C2);
    EXPECT_EQ(verify(*card, "0000").sw, 0x63C1);
    EXPECT_EQ(verify(*card, "0000").sw, 0x63C0);
    EXPECT_EQ(verify(*card, "").sw, 0x63C0);
    EXPECT_EQ(verify(*card, "1234").sw, 0x6983);
}

TEST_F(PinsThroughPcsc, SignaturePasswordOpensTheSignatureCertificate) {
    ASSERT_NO_FATAL_FAILURE(startStack({"healthy"}));
    const auto card = connect();
    ASSERT_EQ(selectApplet(*card, jpkiAid).sw, 0x9000);
    ASSERT_EQ(selectFile(*card, 0x001B).sw, 0x9000);
    EXPECT_EQ(verify(*card, "WRONG99").sw, 0x63C4);
    ASSERT_EQ(selectFile(*card, 0x0001).sw, 0x9000);
    EXPECT_EQ(card->transmit("00 B0 00 00 04").sw, 0x6982);
    ASSERT_EQ(selectFile(*card, 0x001B).sw, 0x9000);
    EXPECT_EQ(verify(*card, "ABC123").sw, 0x9000);
    EXPECT_EQ(verify(*card, "").sw, 0x63C5);
    ASSERT_EQ(selectFile(*card, 0x0001).sw, 0x9000);
    EXPECT_EQ(readWholeFile(*card).last.sw, 0x9000);
}

TEST_F(PinsThroughPcsc, StatePersistsAcrossASimulatorRestart) {
    ASSERT_NO_FATAL_FAILURE(startStack({"healthy"}));
    Bytes certificateBefore;
    {
        const auto card = connect();
        ASSERT_EQ(selectApplet(*card, jpkiAid).sw, 0x9000);
        ASSERT_EQ(selectFile(*card, 0x0018).sw, 0x9000);
        ASSERT_EQ(verify(*card, "0000").sw, 0x63C2);
        ASSERT_EQ(selectFile(*card, 0x001B).sw, 0x9000);
        ASSERT_EQ(verify(*card, "WRONG1").sw, 0x63C4);
        ASSERT_EQ(selectFile(*card, 0x000A).sw, 0x9000);
        certificateBefore = readWholeFile(*card).content;
    }
    const std::optional<int> status = stack().stopCard();
    ASSERT_TRUE(status);
    EXPECT_TRUE(exitedWith(*status, 0)) << "SIGTERM ends the simulator cleanly";
    ASSERT_TRUE(stack().waitForCard(false));

    stack().startCard({"healthy"});
    ASSERT_TRUE(stack().waitForCard(true));
    const auto card = connect();
    ASSERT_EQ(selectApplet(*card, jpkiAid).sw, 0x9000);
    ASSERT_EQ(selectFile(*card, 0x0018).sw, 0x9000);
    EXPECT_EQ(verify(*card, "").sw, 0x63C2);
    ASSERT_EQ(selectFile(*card, 0x001B).sw, 0x9000);
    EXPECT_EQ(verify(*card, "").sw, 0x63C4);
    ASSERT_EQ(selectFile(*card, 0x000A).sw, 0x9000);
    EXPECT_EQ(readWholeFile(*card).content, certificateBefore);
    EXPECT_NE(stack().simulatorLog().find("loaded from"), std::string::npos);
}

TEST_F(PinsThroughPcsc, ACorruptStateFileIsRefused) {
    ASSERT_NO_FATAL_FAILURE(startStack({"healthy"}));
    ASSERT_TRUE(exitedWith(*stack().stopCard(), 0));
    ASSERT_TRUE(stack().waitForCard(false));
    {
        std::fstream state(stack().statePath(), std::ios::in | std::ios::out | std::ios::binary);
        state.seekp(200);
        state.put('#');
    }
    stack().startCard({"healthy"});
    const std::optional<int> status = stack().simulator().waitForExit(std::chrono::seconds(10));
    ASSERT_TRUE(status) << "the simulator should refuse to start";
    EXPECT_TRUE(exitedWith(*status, 1));
    EXPECT_NE(stack().simulatorLog().find("is refused: corrupt"), std::string::npos);
    EXPECT_FALSE(stack().waitForCard(true, std::chrono::milliseconds(800)));
}

TEST_F(PinsThroughPcsc, AStateFileOfAnotherProfileIsRefused) {
    ASSERT_NO_FATAL_FAILURE(startStack({"minor"}));
    ASSERT_TRUE(exitedWith(*stack().stopCard(), 0));
    stack().startCard({"healthy"});
    const std::optional<int> status = stack().simulator().waitForExit(std::chrono::seconds(10));
    ASSERT_TRUE(status);
    EXPECT_TRUE(exitedWith(*status, 1));
    EXPECT_NE(stack().simulatorLog().find("holds a card of profile 'minor', not 'healthy'"),
              std::string::npos);
}

} // namespace
} // namespace jpki::test
