#include "card/card_channel.h"
#include "card/commands.h"
#include "script_steps.h"
#include "scripted_channel.h"

#include <gtest/gtest.h>

using namespace jpki::card;
using namespace jpki::card::testing;

TEST(CardChannel, FetchesMoreDataWithGetResponse) {
    ScriptedChannel channel;
    channel.expect("00B0000000", "0102 6103")
        .expect("00C0000003", "030405 6102")
        .expect("00C0000002", "0607 9000");
    const auto response = channel.transmit(commands::readBinary(0, 256));
    ASSERT_TRUE(response);
    EXPECT_EQ(toHex(response->data), "01020304050607");
    EXPECT_EQ(response->sw, 0x9000);
    EXPECT_EQ(channel.exchangeCount(), 3u);
}

TEST(CardChannel, GetResponseOf256BytesAsksWithLe00) {
    ScriptedChannel channel;
    channel.expect("00B0000000", "6100").expect("00C0000000", "AA 9000");
    const auto response = channel.transmit(commands::readBinary(0, 256));
    ASSERT_TRUE(response);
    EXPECT_EQ(toHex(response->data), "AA");
}

TEST(CardChannel, ResendsWithTheLeTheCardAsksFor) {
    ScriptedChannel channel;
    channel.expect("00B0010000", "6C05").expect("00B0010005", "0102030405 6282");
    const auto response = channel.transmit(commands::readBinary(0x0100, 256));
    ASSERT_TRUE(response);
    EXPECT_EQ(response->data.size(), 5u);
    EXPECT_EQ(response->sw, 0x6282);
}

TEST(CardChannel, AResendAnsweredWithWrongLeAgainIsAnError) {
    ScriptedChannel channel;
    channel.expect("00B0000000", "6C05").expect("00B0000005", "6C04");
    const auto response = channel.transmit(commands::readBinary(0, 256));
    ASSERT_FALSE(response);
    EXPECT_EQ(response.error().code, CardErrorCode::WrongLe);
}

TEST(CardChannel, StatusWordsAreAnswersNotTransportErrors) {
    ScriptedChannel channel;
    channel.expect("00A4020C020001", "6A82");
    const auto response = channel.transmit(commands::selectFile(0x0001));
    ASSERT_TRUE(response);
    EXPECT_EQ(response->sw, 0x6A82);
}

TEST(CardChannel, TransportFailuresPassThrough) {
    ScriptedChannel channel;
    channel.expectFailure("00A4020C020001", CardError(CardErrorCode::CardRemoved));
    const auto response = channel.transmit(commands::selectFile(0x0001));
    ASSERT_FALSE(response);
    EXPECT_EQ(response.error().code, CardErrorCode::CardRemoved);
}

TEST(CardChannel, ACardThatNeverStopsAnswering61IsCutShort) {
    ScriptedChannel channel;
    channel.allowUnsentCommands();
    channel.expect("00B0000000", "6101");
    for (int i = 0; i < 600; ++i) {
        channel.expect("00C0000001", "00 6101");
    }
    const auto response = channel.transmit(commands::readBinary(0, 256));
    ASSERT_FALSE(response);
    EXPECT_EQ(response.error().code, CardErrorCode::MalformedResponse);
}

TEST(CardChannel, TransactionsNest) {
    ScriptedChannel channel;
    {
        const ChannelTransaction outer(channel);
        ASSERT_TRUE(outer.begun());
        {
            const ChannelTransaction inner(channel);
            EXPECT_TRUE(channel.inTransaction());
        }
        EXPECT_TRUE(channel.inTransaction());
    }
    EXPECT_FALSE(channel.inTransaction());
    EXPECT_EQ(channel.transactionsBegun(), 1);
}
