#include "card/ber_tlv.h"
#include "card/hex.h"

#include <gtest/gtest.h>

using namespace jpki::card;

namespace {
Bytes hex(std::string_view text) {
    return fromHex(text).value();
}
} // namespace

TEST(BerTlv, ReadsTagsOfOneTwoAndThreeBytes) {
    auto one = parseTlvElement(hex("04 02 AA BB"));
    ASSERT_TRUE(one);
    EXPECT_EQ(one->tag, 0x04u);
    EXPECT_FALSE(one->constructed);
    EXPECT_EQ(one->value, hex("AABB"));

    auto two = parseTlvElement(hex("DF 22 01 41"));
    ASSERT_TRUE(two);
    EXPECT_EQ(two->tag, 0xDF22u);

    auto three = parseTlvElement(hex("5F 81 01 00"));
    ASSERT_TRUE(three);
    EXPECT_EQ(three->tag, 0x5F8101u);
    EXPECT_TRUE(three->value.empty());
}

TEST(BerTlv, ReadsShortAndLongLengths) {
    for (const char* lengthField : {"81 03", "82 00 03", "83 00 00 03", "84 00 00 00 03"}) {
        const Bytes encoded = hex(std::string("04 ") + lengthField + " 01 02 03");
        auto element = parseTlvElement(encoded);
        ASSERT_TRUE(element) << lengthField;
        EXPECT_EQ(element->value, hex("010203"));
    }
    const Bytes big(300, 0x5A);
    const Bytes encoded = encodeTlv(0xDF23, big);
    EXPECT_EQ(toHex(std::span(encoded).first(5)), "DF2382012C");
    auto element = parseTlvElement(encoded);
    ASSERT_TRUE(element);
    EXPECT_EQ(element->value, big);
}

TEST(BerTlv, ReadsConstructedTemplates) {
    const Bytes inner = encodeTlv(0xDF22, hex("41 42"));
    const Bytes outer = encodeTlv(0xFF20, inner);
    auto element = parseTlvElement(outer);
    ASSERT_TRUE(element);
    EXPECT_TRUE(element->constructed);
    auto children = element->children();
    ASSERT_TRUE(children);
    ASSERT_EQ(children->size(), 1u);
    EXPECT_EQ(children->front().tag, 0xDF22u);
    ASSERT_NE(findTlv(*children, 0xDF22), nullptr);
    EXPECT_EQ(findTlv(*children, 0xDF23), nullptr);
}

TEST(BerTlv, RefusesTruncatedAndOverlongInput) {
    for (const char* bad : {
             "",                        // nothing
             "DF",                      // tag cut after its first byte
             "5F 81",                   // three-byte tag cut
             "5F 81 81 01 00",          // four-byte tag
             "5F 80 01 00",             // tag with a leading zero group
             "04",                      // no length
             "04 80",                   // indefinite length
             "04 85 00 00 00 00 01 00", // five length bytes
             "04 82 01",                // length field cut
             "04 03 01 02",             // value shorter than its length
             "04 84 FF FF FF FF 00",    // a length beyond the input
         }) {
        const auto element = parseTlvElement(hex(bad));
        ASSERT_FALSE(element) << bad;
        EXPECT_EQ(element.error().code, CardErrorCode::MalformedResponse) << bad;
    }
}

TEST(BerTlv, SequenceMustEndExactlyAfterItsLastElement) {
    EXPECT_TRUE(parseTlvSequence(hex("01 01 AA 02 00")));
    EXPECT_FALSE(parseTlvSequence(hex("01 01 AA 02")));
    EXPECT_FALSE(parseTlvSequence(hex("01 01 AA 02 02 BB")));
    EXPECT_FALSE(parseTlvElement(hex("04 01 AA")).value().children());
}

TEST(BerTlv, HeaderAloneTellsTheTotalLength) {
    auto header = parseTlvHeader(hex("FF 20 82 01 00"));
    ASSERT_TRUE(header);
    EXPECT_EQ(header->tag, 0xFF20u);
    EXPECT_TRUE(header->constructed);
    EXPECT_EQ(header->headerLength, 5u);
    EXPECT_EQ(header->totalLength(), 5u + 256u);
}
