#include "card/ber_tlv.h"
#include "card/four_items.h"
#include "card/hex.h"

#include <gtest/gtest.h>

using namespace jpki::card;

namespace {

Bytes text(std::string_view value) {
    return Bytes(value.begin(), value.end());
}

struct Items {
    std::optional<std::string> name = "番号 花子";
    std::optional<std::string> address = "岐阜県美濃市泉町1番地";
    std::optional<std::string> birth = "19800401";
    std::optional<std::string> sex = "2";
};

Bytes record(const Items& items, const Bytes& extra = {}) {
    Bytes inner = encodeTlv(0xDF21, fromHex("00 11 22").value());
    const auto add = [&](TlvTag tag, const std::optional<std::string>& value) {
        if (value) {
            const Bytes item = encodeTlv(tag, text(*value));
            inner.insert(inner.end(), item.begin(), item.end());
        }
    };
    add(0xDF22, items.name);
    add(0xDF23, items.address);
    add(0xDF24, items.birth);
    add(0xDF25, items.sex);
    inner.insert(inner.end(), extra.begin(), extra.end());
    return encodeTlv(0xFF20, inner);
}

} // namespace

TEST(FourItems, ParsesTheRecord) {
    const auto info = parseFourItems(record(Items{}));
    ASSERT_TRUE(info) << describe(info.error());
    EXPECT_EQ(info->name, "番号 花子");
    EXPECT_EQ(info->address, "岐阜県美濃市泉町1番地");
    EXPECT_EQ(info->birthDateText, "19800401");
    ASSERT_TRUE(info->birthDate);
    EXPECT_EQ(jpki::domain::formatIsoDate(*info->birthDate), "1980-04-01");
    EXPECT_EQ(info->sex, Sex::Female);
}

TEST(FourItems, IgnoresPaddingAfterTheTemplateAndUnknownItems) {
    Bytes padded = record(Items{}, encodeTlv(0xDF26, text("x")));
    padded.insert(padded.end(), 20, 0xFF);
    EXPECT_TRUE(parseFourItems(padded));
}

TEST(FourItems, MapsIso5218SexCodes) {
    for (const auto& [code, sex] :
         {std::pair{"0", Sex::NotKnown}, std::pair{"1", Sex::Male}, std::pair{"2", Sex::Female},
          std::pair{"9", Sex::NotApplicable}}) {
        Items items;
        items.sex = code;
        const auto info = parseFourItems(record(items));
        ASSERT_TRUE(info) << code;
        EXPECT_EQ(info->sex, sex);
    }
}

TEST(FourItems, KeepsABirthDateThatNamesNoDayAsText) {
    Items items;
    items.birth = "19800000"; // day and month unknown in the register
    const auto info = parseFourItems(record(items));
    ASSERT_TRUE(info);
    EXPECT_EQ(info->birthDateText, "19800000");
    EXPECT_FALSE(info->birthDate.has_value());
}

TEST(FourItems, RefusesMissingDuplicatedOrMalformedItems) {
    std::vector<Bytes> bad;
    Items missingName;
    missingName.name.reset();
    bad.push_back(record(missingName));
    Items missingSex;
    missingSex.sex.reset();
    bad.push_back(record(missingSex));
    bad.push_back(record(Items{}, encodeTlv(0xDF22, text("again"))));
    Items badUtf8;
    badUtf8.address = std::string("\xE5\xB2", 2);
    bad.push_back(record(badUtf8));
    Items badDate;
    badDate.birth = "1980-4-1";
    bad.push_back(record(badDate));
    Items badSex;
    badSex.sex = "M";
    bad.push_back(record(badSex));
    bad.push_back(encodeTlv(0xFF21, record(Items{}))); // wrong outer tag
    for (std::size_t i = 0; i < bad.size(); ++i) {
        const auto info = parseFourItems(bad[i]);
        ASSERT_FALSE(info) << "case " << i;
        EXPECT_EQ(info.error().code, CardErrorCode::MalformedResponse);
    }
}

TEST(FourItems, RefusesEveryTruncationOfTheRecord) {
    const Bytes whole = record(Items{});
    for (std::size_t length = 0; length < whole.size(); ++length) {
        EXPECT_FALSE(parseFourItems(std::span(whole).first(length))) << length;
    }
}

TEST(FourItems, LengthComesFromTheFirstBytes) {
    const Bytes whole = record(Items{});
    const auto total = fourItemsRecordLength(std::span(whole).first(kFourItemsProbeLength));
    ASSERT_TRUE(total);
    EXPECT_EQ(*total, whole.size());
    EXPECT_FALSE(fourItemsRecordLength(fromHex("DF 22 01").value()));
    EXPECT_FALSE(fourItemsRecordLength(fromHex("FF").value()));
}
