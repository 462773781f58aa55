// Every profile through pcscd: ATR, applets, PIN tries, certificates readable as the protocol
// says (the signature certificate only after its password), and the card-info items.

#include "card_reading.h"
#include "pcsc_test.h"
#include "simulator/profiles.h"

#include <algorithm>

namespace jpki::test {
namespace {

class ProfileCard : public PcscTest, public ::testing::WithParamInterface<std::string> {};

std::uint16_t triesWord(int tries) {
    return static_cast<std::uint16_t>(0x63C0 | tries);
}

TEST_P(ProfileCard, BehavesAsItsProfileSays) {
    ASSERT_NO_FATAL_FAILURE(startStack({GetParam()}));
    const sim::Profile profile = *sim::makeProfile(GetParam(), stack().today());
    const auto card = connect();

    EXPECT_EQ(toHex(card->atr()), realCardAtr);

    ASSERT_EQ(selectApplet(*card, residentRegistryAid).sw, 0x9000);
    ASSERT_EQ(selectFile(*card, 0x001C).sw, 0x9000);
    EXPECT_EQ(verify(*card, "").sw, triesWord(profile.triesLeft.residentRegistry));

    ASSERT_EQ(selectApplet(*card, cardInfoAid).sw, 0x9000);
    ASSERT_EQ(selectFile(*card, 0x0011).sw, 0x9000);
    EXPECT_EQ(verify(*card, "").sw, triesWord(profile.triesLeft.cardInfo));
    ASSERT_EQ(selectFile(*card, 0x0002).sw, 0x9000);
    EXPECT_EQ(card->transmit("00 B0 00 00 05").sw, 0x6982);
    ASSERT_EQ(selectFile(*card, 0x0011).sw, 0x9000);
    ASSERT_EQ(verify(*card, "1234").sw, 0x9000);
    ASSERT_EQ(selectFile(*card, 0x0002).sw, 0x9000);
    const FileRead items = readWholeFile(*card);
    ASSERT_EQ(items.last.sw, 0x9000);
    const std::string itemsText(items.content.begin(), items.content.end());
    EXPECT_NE(itemsText.find(profile.holder.name), std::string::npos);
    EXPECT_NE(itemsText.find(profile.holder.address), std::string::npos);

    ASSERT_EQ(selectApplet(*card, jpkiAid).sw, 0x9000);
    ASSERT_EQ(selectFile(*card, 0x0018).sw, 0x9000);
    EXPECT_EQ(verify(*card, "").sw, triesWord(profile.triesLeft.authentication));

    // The user-authentication certificate and both CA certificates are free to read, in short
    // chunks as in one extended command.
    for (const std::uint16_t fid : {0x000A, 0x000B, 0x0002}) {
        SCOPED_TRACE(fid);
        ASSERT_EQ(selectFile(*card, fid).sw, 0x9000);
        const FileRead chunked = readCertificateInShortChunks(*card);
        ASSERT_TRUE(chunked.last.transported()) << pcscError(chunked.last.result);
        ASSERT_FALSE(chunked.content.empty()) << std::hex << chunked.last.sw;
        const FileRead whole = readWholeFile(*card);
        EXPECT_EQ(whole.last.sw, 0x9000);
        EXPECT_EQ(whole.content, chunked.content);
        EXPECT_GT(chunked.commands, 4u); // a 2048-bit certificate needs several short reads
    }
    ASSERT_EQ(selectFile(*card, 0x000A).sw, 0x9000);
    EXPECT_EQ(lastValidDay(readWholeFile(*card).content),
              domain::formatIsoDate(profile.authentication.expires));

    if (!profile.signature) {
        // Absent, which is not the same as blocked.
        EXPECT_EQ(selectFile(*card, 0x0001).sw, 0x6A82);
        EXPECT_EQ(selectFile(*card, 0x001A).sw, 0x6A82);
        EXPECT_EQ(selectFile(*card, 0x001B).sw, 0x6A82);
        return;
    }
    ASSERT_EQ(selectFile(*card, 0x001B).sw, 0x9000);
    EXPECT_EQ(verify(*card, "").sw, triesWord(profile.triesLeft.signature));
    ASSERT_EQ(selectFile(*card, 0x0001).sw, 0x9000);
    EXPECT_EQ(card->transmit("00 B0 00 00 04").sw, 0x6982);
    ASSERT_EQ(selectFile(*card, 0x001B).sw, 0x9000);
    if (profile.triesLeft.signature == 0) {
        EXPECT_EQ(verify(*card, "ABC123").sw, 0x6983);
        ASSERT_EQ(selectFile(*card, 0x0001).sw, 0x9000);
        EXPECT_EQ(card->transmit("00 B0 00 00 04").sw, 0x6982);
        return;
    }
    ASSERT_EQ(verify(*card, "ABC123").sw, 0x9000);
    ASSERT_EQ(selectFile(*card, 0x0001).sw, 0x9000);
    const FileRead signature = readCertificateInShortChunks(*card);
    ASSERT_FALSE(signature.content.empty()) << std::hex << signature.last.sw;
    EXPECT_EQ(lastValidDay(signature.content), domain::formatIsoDate(profile.signature->expires));
    const std::string der(signature.content.begin(), signature.content.end());
    EXPECT_NE(der.find(profile.holder.name), std::string::npos); // otherName in the SAN
}

std::string testName(const ::testing::TestParamInfo<std::string>& info) {
    std::string name = info.param;
    std::replace(name.begin(), name.end(), '-', '_');
    return name;
}

INSTANTIATE_TEST_SUITE_P(Profiles, ProfileCard, ::testing::ValuesIn(sim::profileNames()), testName);

} // namespace
} // namespace jpki::test
