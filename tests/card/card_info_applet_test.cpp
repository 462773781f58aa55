#include "card/ber_tlv.h"
#include "card/card_info_applet.h"
#include "card/resident_registry_applet.h"
#include "script_steps.h"
#include "scripted_channel.h"

#include <gtest/gtest.h>

using namespace jpki::card;
using namespace jpki::card::testing;

namespace {

Bytes text(std::string_view value) {
    return Bytes(value.begin(), value.end());
}

Bytes fourItemsRecord() {
    Bytes inner;
    for (const auto& [tag, value] : {std::pair<TlvTag, std::string>{0xDF21, "\x01\x02"},
                                     {0xDF22, "番号 花子"},
                                     {0xDF23, "岐阜県美濃市泉町1番地の1 美濃マンション101号"},
                                     {0xDF24, "19800401"},
                                     {0xDF25, "2"}}) {
        const Bytes item = encodeTlv(tag, text(value));
        inner.insert(inner.end(), item.begin(), item.end());
    }
    return encodeTlv(0xFF20, inner);
}

} // namespace

TEST(CardInfoApplet, ReadsTheFourItemsLengthFirstThenTheRest) {
    const Bytes record = fourItemsRecord();
    ASSERT_LT(record.size(), 7u + 256u);
    ScriptedChannel channel;
    channel.expect(selectAppletHex(Applet::CardInfo), "9000")
        .expect(selectFileHex(card_info_ef::kPin), "9000")
        .expect("0020008004" + pinHex("2580"), "9000")
        .expect(selectFileHex(card_info_ef::kBasicInfo), "9000")
        .expect(readBinaryHex(0, 7), answerHex(std::span(record).first(7)))
        .expect(readBinaryHex(7, static_cast<std::uint32_t>(record.size() - 7)),
                answerHex(std::span(record).subspan(7)));
    const auto info = CardInfoApplet(channel).readBasicInfo(pinBytes("2580"));
    ASSERT_TRUE(info) << describe(info.error());
    EXPECT_EQ(info->name, "番号 花子");
    EXPECT_EQ(info->sex, Sex::Female);
    EXPECT_EQ(info->birthDateText, "19800401");
}

TEST(CardInfoApplet, NeverTouchesTheMyNumberFile) {
    // The script has no SELECT of EF 00 01: any attempt would fail the test.
    const Bytes record = fourItemsRecord();
    ScriptedChannel channel;
    channel.expect(selectAppletHex(Applet::CardInfo), "9000")
        .expect(selectFileHex(card_info_ef::kPin), "9000")
        .expect("0020008004" + pinHex("2580"), "9000")
        .expect(selectFileHex(card_info_ef::kBasicInfo), "9000")
        .expect(readBinaryHex(0, 7), answerHex(std::span(record).first(7)))
        .expect(readBinaryHex(7, static_cast<std::uint32_t>(record.size() - 7)),
                answerHex(std::span(record).subspan(7)));
    ASSERT_TRUE(CardInfoApplet(channel).readBasicInfo(pinBytes("2580")));
}

TEST(CardInfoApplet, AWrongPinStopsBeforeTheRecord) {
    ScriptedChannel channel;
    channel.expect(selectAppletHex(Applet::CardInfo), "9000")
        .expect(selectFileHex(card_info_ef::kPin), "9000")
        .expect("0020008004" + pinHex("1111"), "63C1");
    const auto info = CardInfoApplet(channel).readBasicInfo(pinBytes("1111"));
    ASSERT_FALSE(info);
    EXPECT_EQ(info.error().code, CardErrorCode::WrongPin);
    EXPECT_EQ(info.error().triesLeft, 1);
}

TEST(CardInfoApplet, ATruncatedRecordIsMalformed) {
    const Bytes record = fourItemsRecord();
    ScriptedChannel channel;
    channel.expect(selectAppletHex(Applet::CardInfo), "9000")
        .expect(selectFileHex(card_info_ef::kPin), "9000")
        .expect("0020008004" + pinHex("2580"), "9000")
        .expect(selectFileHex(card_info_ef::kBasicInfo), "9000")
        .expect(readBinaryHex(0, 7), answerHex(std::span(record).first(7)))
        .expect(readBinaryHex(7, static_cast<std::uint32_t>(record.size() - 7)),
                answerHex(std::span(record).subspan(7, 10), 0x6282));
    const auto info = CardInfoApplet(channel).readBasicInfo(pinBytes("2580"));
    ASSERT_FALSE(info);
    EXPECT_EQ(info.error().code, CardErrorCode::EndOfFile);
}

TEST(CardInfoApplet, ARecordThatIsNotATemplateIsMalformed) {
    ScriptedChannel channel;
    channel.expect(selectAppletHex(Applet::CardInfo), "9000")
        .expect(selectFileHex(card_info_ef::kPin), "9000")
        .expect("0020008004" + pinHex("2580"), "9000")
        .expect(selectFileHex(card_info_ef::kBasicInfo), "9000")
        .expect(readBinaryHex(0, 7), "DF220141 6282");
    const auto info = CardInfoApplet(channel).readBasicInfo(pinBytes("2580"));
    ASSERT_FALSE(info);
    EXPECT_EQ(info.error().code, CardErrorCode::MalformedResponse);
}

TEST(ResidentRegistryApplet, UnknownWhenTheAppletCannotBeSelected) {
    ScriptedChannel channel;
    channel.expect(selectAppletHex(Applet::ResidentRegistry), "6A82")
        .expect(selectAppletHex(Applet::ResidentRegistry), "9000")
        .expect(selectFileHex(resident_registry_ef::kPin), "9000")
        .expect("00200080", "63C3");
    ResidentRegistryApplet applet(channel);
    const PinStatus unknown = applet.pinStatus().value();
    EXPECT_EQ(unknown.presence, PinPresence::Unknown);
    EXPECT_FALSE(unknown.blocked);
    EXPECT_EQ(applet.pinStatus().value(), PinStatus::present(3, 3));
}
