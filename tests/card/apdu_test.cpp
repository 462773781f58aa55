#include "card/apdu.h"
#include "card/hex.h"

#include <gtest/gtest.h>

using namespace jpki::card;

namespace {

Bytes hex(std::string_view text) {
    return fromHex(text).value();
}

CommandApdu command(std::uint8_t ins, Bytes data, std::optional<std::uint32_t> le) {
    CommandApdu apdu;
    apdu.cla = 0x00;
    apdu.ins = ins;
    apdu.p1 = 0x01;
    apdu.p2 = 0x02;
    apdu.data = std::move(data);
    apdu.le = le;
    return apdu;
}

} // namespace

TEST(CommandApdu, EncodesTheFourShortCases) {
    EXPECT_EQ(toHex(command(0xB0, {}, std::nullopt).encode()), "00B00102");
    EXPECT_EQ(toHex(command(0xB0, {}, 4).encode()), "00B0010204");
    EXPECT_EQ(toHex(command(0xB0, {}, 256).encode()), "00B0010200");
    EXPECT_EQ(toHex(command(0xA4, {0x00, 0x0A}, std::nullopt).encode()), "00A40102"
                                                                         "02000A");
    EXPECT_EQ(toHex(command(0x2A, {0xAA}, 256).encode()), "002A0102"
                                                          "01AA00");
}

TEST(CommandApdu, EncodesExtendedCasesWhenDataOrLeDoNotFitShort) {
    EXPECT_EQ(toHex(command(0xB0, {}, 257).encode()), "00B00102"
                                                      "000101");
    EXPECT_EQ(toHex(command(0xB0, {}, 65536).encode()), "00B00102"
                                                        "000000");
    const Bytes data(256, 0x11);
    const Bytes case3 = command(0x82, data, std::nullopt).encode();
    ASSERT_EQ(case3.size(), 4u + 3u + 256u);
    EXPECT_EQ(toHex(std::span(case3).first(7)), "00820102000100");
    const Bytes case4 = command(0x82, data, 256).encode();
    ASSERT_EQ(case4.size(), 4u + 3u + 256u + 2u);
    EXPECT_EQ(toHex(std::span(case4).last(2)), "0100");
    // Short data with an extended Le makes the whole command extended.
    EXPECT_EQ(toHex(command(0x2A, {0xAA}, 300).encode()), "002A0102"
                                                          "000001AA012C");
}

TEST(CommandApdu, RefusesToEncodeWhatNoFormCarries) {
    EXPECT_TRUE(command(0xD6, Bytes(65536, 0), std::nullopt).encode().empty());
    EXPECT_TRUE(command(0xB0, {}, 65537).encode().empty());
    EXPECT_FALSE(command(0xD6, Bytes(65535, 0), 65536).encode().empty());
}

TEST(CommandApdu, ParsesEveryCaseBackToTheSameCommand) {
    const std::vector<CommandApdu> commands = {
        command(0xB0, {}, std::nullopt),
        command(0xB0, {}, 1),
        command(0xB0, {}, 256),
        command(0xA4, {0x12}, std::nullopt),
        command(0x2A, Bytes(255, 7), 256),
        command(0xB0, {}, 257),
        command(0xB0, {}, 65536),
        command(0x82, Bytes(256, 1), std::nullopt),
        command(0x82, Bytes(65535, 2), 65536),
        command(0x2A, {0xAA}, 300),
    };
    for (const CommandApdu& original : commands) {
        const Bytes encoded = original.encode();
        const std::optional<CommandApdu> parsed = CommandApdu::parse(encoded);
        ASSERT_TRUE(parsed.has_value()) << toHex(std::span(encoded).first(7));
        EXPECT_EQ(parsed->cla, original.cla);
        EXPECT_EQ(parsed->ins, original.ins);
        EXPECT_EQ(parsed->p1, original.p1);
        EXPECT_EQ(parsed->p2, original.p2);
        EXPECT_EQ(parsed->data, original.data);
        EXPECT_EQ(parsed->le, original.le);
    }
}

TEST(CommandApdu, ParsesTheProtocolDocumentsExamples) {
    const auto select = CommandApdu::parse(hex("00 A4 04 0C 0A D3 92 F0 00 26 01 00 00 00 01"));
    ASSERT_TRUE(select);
    EXPECT_EQ(select->data.size(), 10u);
    EXPECT_FALSE(select->le);
    const auto generate = CommandApdu::parse(hex("00 46 00 00 00 00 00"));
    ASSERT_TRUE(generate);
    EXPECT_EQ(generate->le, 65536u);
    EXPECT_TRUE(generate->data.empty());
}

TEST(CommandApdu, RejectsMalformedEncodings) {
    for (const char* bad : {
             "",                           // nothing
             "00 A4 04",                   // short header
             "00 A4 04 0C 02 00",          // Lc says 2, one byte follows
             "00 A4 04 0C 02 00 0A 00 00", // Lc 2 plus two trailing bytes
             "00 B0 00 00 00 01",          // extended marker without the second Le byte
             "00 82 00 00 00 00 00 00",    // extended Lc 0 followed by data
             "00 82 00 00 00 00 03 01 02", // extended Lc 3, two bytes
             "00 82 00 00 00 00 01 01 02", // extended Lc 1, one stray byte
         }) {
        EXPECT_FALSE(CommandApdu::parse(hex(bad)).has_value()) << bad;
    }
}

TEST(ResponseApdu, SplitsDataAndStatusWord) {
    const auto response = ResponseApdu::parse(hex("01 02 03 90 00"));
    ASSERT_TRUE(response);
    EXPECT_EQ(response->data, hex("010203"));
    EXPECT_EQ(response->sw, 0x9000);
    EXPECT_TRUE(response->ok());
    EXPECT_EQ(toHex(response->encode()), "0102039000");

    const auto onlyStatus = ResponseApdu::parse(hex("63 C2"));
    ASSERT_TRUE(onlyStatus);
    EXPECT_TRUE(onlyStatus->data.empty());
    EXPECT_EQ(onlyStatus->sw1(), 0x63);
    EXPECT_EQ(onlyStatus->sw2(), 0xC2);
    EXPECT_FALSE(onlyStatus->ok());
}

TEST(ResponseApdu, RejectsInputShorterThanAStatusWord) {
    EXPECT_FALSE(ResponseApdu::parse(Bytes{}).has_value());
    EXPECT_FALSE(ResponseApdu::parse(hex("90")).has_value());
}

TEST(Hex, RoundTripsAndRejectsOddOrForeignDigits) {
    EXPECT_EQ(toHex(hex("3b e0 00 ff"), " "), "3B E0 00 FF");
    EXPECT_EQ(fromHex("3B:E0"), hex("3BE0"));
    EXPECT_FALSE(fromHex("3BE").has_value());
    EXPECT_FALSE(fromHex("3G").has_value());
}
