#include "simulator/state_file.h"

#include "issuer/durable_file.h"

#include <charconv>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <vector>

namespace jpki::sim {

namespace {

constexpr std::string_view checksumKeyword = "sha256 ";

std::vector<std::string_view> splitWords(std::string_view line) {
    std::vector<std::string_view> words;
    std::size_t position = 0;
    while (position < line.size()) {
        const std::size_t end = std::min(line.find(' ', position), line.size());
        if (end > position) {
            words.push_back(line.substr(position, end - position));
        }
        position = end + 1;
    }
    return words;
}

std::string fidText(std::uint16_t fid) {
    char text[8];
    std::snprintf(text, sizeof text, "%04X", fid);
    return text;
}

class Parser {
public:
    explicit Parser(std::string origin)
        : m_origin(std::move(origin)) {}

    [[noreturn]] void fail(const std::string& why) const {
        throw StateFileError("state file " + m_origin + " is refused: " + why);
    }
    [[noreturn]] void failAt(std::size_t lineNumber, const std::string& why) const {
        fail("line " + std::to_string(lineNumber) + ": " + why);
    }

    Bytes hex(std::string_view word, std::size_t lineNumber) const {
        if (word == "-") {
            return {};
        }
        std::optional<Bytes> bytes = fromHex(word);
        if (!bytes) {
            failAt(lineNumber, "malformed hex data");
        }
        return *bytes;
    }

    int number(std::string_view word, std::size_t lineNumber) const {
        int value = 0;
        const auto [end, error] = std::from_chars(word.data(), word.data() + word.size(), value);
        if (error != std::errc() || end != word.data() + word.size() || value < 0) {
            failAt(lineNumber, "malformed number");
        }
        return value;
    }

    std::uint16_t fid(std::string_view word, std::size_t lineNumber) const {
        const Bytes bytes = hex(word, lineNumber);
        if (bytes.size() != 2) {
            failAt(lineNumber, "malformed file identifier");
        }
        return static_cast<std::uint16_t>(bytes[0] << 8 | bytes[1]);
    }

private:
    std::string m_origin;
};

void parseLine(const Parser& parser, std::size_t lineNumber,
               const std::vector<std::string_view>& words, CardState& state) {
    const std::string_view keyword = words.front();
    auto expect = [&](std::size_t count) {
        if (words.size() != count) {
            parser.failAt(lineNumber, "'" + std::string(keyword) + "' needs " +
                                          std::to_string(count - 1) + " fields");
        }
    };
    auto currentApplet = [&]() -> AppletState& {
        if (state.applets.empty()) {
            parser.failAt(lineNumber, "file content before any applet");
        }
        return state.applets.back();
    };
    if (keyword == "profile") {
        expect(2);
        state.profile = std::string(words[1]);
    } else if (keyword == "created") {
        expect(2);
        const std::optional<domain::Date> created = domain::parseIsoDate(words[1]);
        if (!created) {
            parser.failAt(lineNumber, "malformed creation date");
        }
        state.createdOn = *created;
    } else if (keyword == "issuer-public-key") {
        expect(2);
        state.issuerPublicKey = parser.hex(words[1], lineNumber);
    } else if (keyword == "applet") {
        expect(2);
        state.applets.push_back(AppletState{parser.hex(words[1], lineNumber), {}, {}, {}});
    } else if (keyword == "binary") {
        expect(3);
        currentApplet().binaries[parser.fid(words[1], lineNumber)] =
            parser.hex(words[2], lineNumber);
    } else if (keyword == "key") {
        expect(3);
        currentApplet().keys[parser.fid(words[1], lineNumber)] = parser.hex(words[2], lineNumber);
    } else if (keyword == "pin") {
        expect(8);
        PinRecord pin;
        pin.triesLeft = parser.number(words[2], lineNumber);
        pin.limit = parser.number(words[3], lineNumber);
        pin.minLength = static_cast<std::size_t>(parser.number(words[4], lineNumber));
        pin.maxLength = static_cast<std::size_t>(parser.number(words[5], lineNumber));
        pin.salt = parser.hex(words[6], lineNumber);
        pin.digest = parser.hex(words[7], lineNumber);
        if (pin.triesLeft > pin.limit || pin.minLength > pin.maxLength) {
            parser.failAt(lineNumber, "inconsistent PIN record");
        }
        currentApplet().pins[parser.fid(words[1], lineNumber)] = std::move(pin);
    } else {
        parser.failAt(lineNumber, "unknown entry '" + std::string(keyword) + "'");
    }
}

void checkKeys(const Parser& parser, const CardState& state) {
    try {
        publicKeyFromDer(state.issuerPublicKey);
        for (const AppletState& applet : state.applets) {
            for (const auto& [fid, der] : applet.keys) {
                privateKeyFromDer(der);
            }
        }
    } catch (const CryptoError& error) {
        parser.fail(std::string("a key does not decode (") + error.what() + ")");
    }
}

} // namespace

std::string serializeState(const CardState& state) {
    std::ostringstream out;
    out << stateFileMagic << "\n";
    out << "profile " << state.profile << "\n";
    out << "created " << domain::formatIsoDate(state.createdOn) << "\n";
    out << "issuer-public-key " << toHex(state.issuerPublicKey) << "\n";
    for (const AppletState& applet : state.applets) {
        out << "applet " << toHex(applet.aid) << "\n";
        for (const auto& [fid, content] : applet.binaries) {
            out << "binary " << fidText(fid) << " " << (content.empty() ? "-" : toHex(content))
                << "\n";
        }
        for (const auto& [fid, pin] : applet.pins) {
            out << "pin " << fidText(fid) << " " << pin.triesLeft << " " << pin.limit << " "
                << pin.minLength << " " << pin.maxLength << " " << toHex(pin.salt) << " "
                << (pin.digest.empty() ? "-" : toHex(pin.digest)) << "\n";
        }
        for (const auto& [fid, der] : applet.keys) {
            out << "key " << fidText(fid) << " " << toHex(der) << "\n";
        }
    }
    std::string body = out.str();
    const std::string_view view(body);
    const Bytes digest =
        sha256(ByteView(reinterpret_cast<const std::uint8_t*>(view.data()), view.size()));
    body += std::string(checksumKeyword) + toHex(digest) + "\n";
    return body;
}

CardState parseState(std::string_view text, const std::string& origin) {
    const Parser parser(origin);
    if (text.substr(0, stateFileMagic.size()) != stateFileMagic ||
        text.size() <= stateFileMagic.size() || text[stateFileMagic.size()] != '\n') {
        if (text.substr(0, 14) == "jpki-card-sim ") {
            parser.fail("written by another version of jpki-card-sim (expected \"" +
                        std::string(stateFileMagic) + "\")");
        }
        parser.fail("not a jpki-card-sim state file");
    }
    if (text.empty() || text.back() != '\n') {
        parser.fail("truncated (no final line end)");
    }
    const std::size_t lastLineStart = text.rfind('\n', text.size() - 2) + 1;
    const std::string_view lastLine = text.substr(lastLineStart, text.size() - 1 - lastLineStart);
    if (lastLine.substr(0, checksumKeyword.size()) != checksumKeyword) {
        parser.fail("truncated (no checksum line)");
    }
    const std::string_view body = text.substr(0, lastLineStart);
    const Bytes digest =
        sha256(ByteView(reinterpret_cast<const std::uint8_t*>(body.data()), body.size()));
    if (toHex(digest) != lastLine.substr(checksumKeyword.size())) {
        parser.fail("corrupt (its checksum does not match its content)");
    }

    CardState state;
    std::size_t lineNumber = 1;
    std::size_t position = stateFileMagic.size() + 1;
    while (position < body.size()) {
        ++lineNumber;
        const std::size_t end = body.find('\n', position);
        const std::vector<std::string_view> words =
            splitWords(body.substr(position, end - position));
        position = end + 1;
        if (!words.empty()) {
            parseLine(parser, lineNumber, words, state);
        }
    }
    if (state.profile.empty() || state.issuerPublicKey.empty() || state.applets.empty() ||
        !state.createdOn.ok()) {
        parser.fail("incomplete (profile, creation date, issuer key or applets missing)");
    }
    checkKeys(parser, state);
    return state;
}

void saveState(const CardState& state, const std::filesystem::path& path) {
    // The simulator may be killed at any moment: the file is replaced whole, never half written.
    const issuer::Result<void> written =
        issuer::writeFileDurably(path, serializeState(state), platform::kPrivateFileMode);
    if (!written) {
        throw StateFileError("cannot write state file: " + issuer::describe(written.error()));
    }
}

CardState loadState(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw StateFileError("cannot read state file " + path.string());
    }
    std::ostringstream content;
    content << in.rdbuf();
    return parseState(content.str(), path.string());
}

} // namespace jpki::sim
