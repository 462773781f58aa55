// The card leaving and coming back: pulled out mid-read, removed and inserted, and pcscd
// restarted under a running simulator. Also the APDU count from pcscd's log.

#include "card_reading.h"
#include "pcsc_test.h"

namespace jpki::test {
namespace {

using CardRemoval = PcscTest;

TEST_F(CardRemoval, CardPulledOutMidReadIsReportedRemoved) {
    // SELECT applet, SELECT EF, READ 4 bytes, one READ of 256: then the card is gone.
    ASSERT_NO_FATAL_FAILURE(startStack({"healthy", 4}));
    const auto card = connect();
    ASSERT_EQ(selectApplet(*card, jpkiAid).sw, 0x9000);
    ASSERT_EQ(selectFile(*card, 0x000A).sw, 0x9000);
    const FileRead read = readCertificateInShortChunks(*card);
    EXPECT_FALSE(read.last.transported()) << "the read should have been cut";
    EXPECT_EQ(read.commands, 3u);
    EXPECT_EQ(read.content.size(), 4u + 256u);
    EXPECT_TRUE(stack().waitForCard(false, std::chrono::seconds(5)));
    EXPECT_EQ(card->status(), SCARD_W_REMOVED_CARD) << pcscError(card->status());
    const std::optional<int> status = stack().simulator().waitForExit(std::chrono::seconds(5));
    ASSERT_TRUE(status) << "after vanishing the simulator exits";
    EXPECT_TRUE(exitedWith(*status, 0));
}

TEST_F(CardRemoval, CardCanStayOutAfterVanishing) {
    ASSERT_NO_FATAL_FAILURE(startStack({"healthy", 1, true}));
    const auto card = connect();
    EXPECT_EQ(selectApplet(*card, jpkiAid).sw, 0x9000);
    EXPECT_TRUE(stack().waitForCard(false, std::chrono::seconds(5)));
    EXPECT_FALSE(stack().simulator().waitForExit(std::chrono::milliseconds(600)));
    EXPECT_FALSE(stack().waitForCard(true, std::chrono::milliseconds(600)));
    const std::optional<int> status = stack().stopCard();
    ASSERT_TRUE(status);
    EXPECT_TRUE(exitedWith(*status, 0));
}

TEST_F(CardRemoval, RemovedAndInsertedAgain) {
    ASSERT_NO_FATAL_FAILURE(startStack({"expiring"}));
    auto card = connect();
    ASSERT_EQ(selectApplet(*card, jpkiAid).sw, 0x9000);
    ASSERT_TRUE(stack().stopCard());
    ASSERT_TRUE(stack().waitForCard(false, std::chrono::seconds(5)));
    EXPECT_FALSE(selectApplet(*card, jpkiAid).transported());
    card.reset();

    stack().startCard({"expiring"});
    ASSERT_TRUE(stack().waitForCard(true));
    card = connect();
    EXPECT_EQ(selectApplet(*card, jpkiAid).sw, 0x9000);
}

TEST_F(CardRemoval, SimulatorFollowsAPcscdRestart) {
    ASSERT_NO_FATAL_FAILURE(startStack({"healthy"}));
    stack().restartPcscd();
    ASSERT_TRUE(stack().waitForCard(true)) << "the simulator should reconnect to the new pcscd";
    const auto card = connect();
    EXPECT_EQ(selectApplet(*card, jpkiAid).sw, 0x9000);
    EXPECT_TRUE(stack().simulator().running());
}

TEST_F(CardRemoval, PcscdLogCountsEveryApdu) {
    ASSERT_NO_FATAL_FAILURE(startStack({"healthy"}));
    const auto card = connect();
    const std::size_t before = stack().apduCount();
    ASSERT_EQ(selectApplet(*card, jpkiAid).sw, 0x9000);
    ASSERT_EQ(selectFile(*card, 0x0018).sw, 0x9000);
    ASSERT_EQ(verify(*card, "").sw, 0x63C3);
    EXPECT_EQ(stack().apduCount(), before + 3);
}

} // namespace
} // namespace jpki::test
