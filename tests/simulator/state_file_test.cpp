// The state file: round trip, and refusal of anything corrupt, truncated or foreign.

#include "sim_test_support.h"
#include "simulator/state_file.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

namespace jpki::sim {
namespace {

namespace fs = std::filesystem;

std::string refusal(std::string_view text) {
    try {
        parseState(text, "test.state");
    } catch (const StateFileError& error) {
        return error.what();
    }
    return "accepted";
}

TEST(StateFile, RoundTripsEveryField) {
    CardState state = testing::freshCard("sign-blocked");
    state.findApplet(Bytes(layout::jpkiAid.begin(), layout::jpkiAid.end()))
        ->binaries[layout::authenticationCertificate]
        .clear(); // an emptied certificate survives too
    const std::string text = serializeState(state);
    const CardState parsed = parseState(text, "test.state");
    EXPECT_EQ(serializeState(parsed), text);
    EXPECT_EQ(parsed.profile, "sign-blocked");
    EXPECT_EQ(parsed.createdOn, testing::referenceDay());
    const PinRecord& password =
        parsed.findApplet(Bytes(layout::jpkiAid.begin(), layout::jpkiAid.end()))
            ->pins.at(layout::signaturePassword);
    EXPECT_EQ(password.triesLeft, 0);
    EXPECT_EQ(password.limit, 5);
}

TEST(StateFile, NeverHoldsAPinInClear) {
    const std::string text = serializeState(testing::freshCard("healthy"));
    EXPECT_EQ(text.find("ABC123"), std::string::npos);
    std::size_t pinLines = 0;
    for (std::size_t start = text.find("\npin "); start != std::string::npos;
         start = text.find("\npin ", start + 1)) {
        const std::string line = text.substr(start + 1, text.find('\n', start + 1) - start - 1);
        EXPECT_EQ(line.find(toHex(testing::asBytes("ABC123"))), std::string::npos) << line;
        EXPECT_EQ(line.find(toHex(testing::asBytes("1234"))), std::string::npos) << line;
        ++pinLines;
    }
    EXPECT_EQ(pinLines, 6u); // 0018 001B, 0011 0014 0015, 001C
}

TEST(StateFile, RefusesAForeignFile) {
    EXPECT_NE(refusal("[Unit]\nDescription=x\n").find("not a jpki-card-sim state file"),
              std::string::npos);
    EXPECT_NE(refusal("").find("not a jpki-card-sim state file"), std::string::npos);
    EXPECT_NE(refusal("jpki-card-sim state v9\nprofile x\n").find("another version"),
              std::string::npos);
}

TEST(StateFile, RefusesACorruptFile) {
    std::string text = serializeState(testing::freshCard("healthy"));
    const std::size_t position = text.find("pin 0018 3");
    ASSERT_NE(position, std::string::npos);
    text[position + 9] = '9'; // 9 tries of 3: what a hand edit would do
    EXPECT_NE(refusal(text).find("checksum"), std::string::npos);
}

TEST(StateFile, RefusesATruncatedFile) {
    const std::string text = serializeState(testing::freshCard("healthy"));
    EXPECT_NE(refusal(text.substr(0, text.size() / 2)).find("refused"), std::string::npos);
    EXPECT_NE(refusal(text.substr(0, text.size() - 1)).find("truncated"), std::string::npos);
}

TEST(StateFile, SavesAtomicallyAndLoadsBack) {
    const fs::path directory =
        fs::temp_directory_path() / ("jpki-sim-state-test-" + std::to_string(::getpid()));
    fs::create_directories(directory);
    const fs::path path = directory / "card.state";
    const CardState state = testing::freshCard("minor");
    const mode_t savedMask = ::umask(0);
    saveState(state, path);
    ::umask(savedMask);
    EXPECT_FALSE(fs::exists(directory / "card.state.tmp"));
    EXPECT_EQ(serializeState(loadState(path)), serializeState(state));
    // The card's PINs and keys: the owner's only, whatever the umask (issue 16).
    EXPECT_EQ(fs::status(path).permissions(), fs::perms::owner_read | fs::perms::owner_write);
    fs::remove_all(directory);
    EXPECT_THROW(loadState(path), StateFileError);
}

} // namespace
} // namespace jpki::sim
