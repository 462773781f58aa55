#include "sim_test_support.h"

#include "simulator/profiles.h"
#include "simulator/provisioning.h"

#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace jpki::sim::testing {

domain::Date referenceDay() {
    using namespace std::chrono;
    return domain::Date{2025y, November, 25d};
}

// The keys the build made in advance, handed out in turn so that the keys of one test process
// are all different; generated on the spot when the file is not there.
Key pooledKey() {
    static const KeyMaker pool = [] {
        std::ifstream in(JPKI_SIM_TEST_KEYS);
        std::ostringstream text;
        text << in.rdbuf();
        return keysFromPool(text.str());
    }();
    return pool();
}

const TestAuthority& sharedAuthority() {
    static const TestAuthority authority =
        TestAuthority::create(referenceDay(), testAuthorityMarking, pooledKey).value();
    return authority;
}

CardState freshCard(std::string_view profile) {
    static std::map<std::string, CardState, std::less<>> cards;
    auto found = cards.find(profile);
    if (found == cards.end()) {
        const std::optional<Profile> facts = makeProfile(profile, referenceDay());
        if (!facts) {
            throw std::invalid_argument("no profile " + std::string(profile));
        }
        found =
            cards.emplace(std::string(profile), provisionCard(*facts, sharedAuthority(), pooledKey))
                .first;
    }
    return found->second;
}

Bytes hex(std::string_view text) {
    const std::optional<Bytes> bytes = fromHex(text); // spaces are ignored
    if (!bytes) {
        throw std::invalid_argument("bad hex: " + std::string(text));
    }
    return *bytes;
}

Bytes concat(std::initializer_list<ByteView> parts) {
    Bytes joined;
    for (const ByteView part : parts) {
        joined.insert(joined.end(), part.begin(), part.end());
    }
    return joined;
}

Bytes asBytes(std::string_view text) {
    return Bytes(text.begin(), text.end());
}

card::ResponseApdu send(VirtualCard& card, const Bytes& command) {
    const Bytes raw = card.transmit(command);
    return *card::ResponseApdu::parse(raw);
}

card::ResponseApdu send(VirtualCard& card, std::string_view hexCommand) {
    return send(card, hex(hexCommand));
}

card::ResponseApdu selectApplet(VirtualCard& card, std::span<const std::uint8_t> aid) {
    const Bytes header = hex("00 A4 04 0C");
    Bytes command = concat({header, Bytes{static_cast<std::uint8_t>(aid.size())}});
    command.insert(command.end(), aid.begin(), aid.end());
    return send(card, command);
}

card::ResponseApdu selectFile(VirtualCard& card, layout::Fid fid) {
    return send(card, Bytes{0x00, 0xA4, 0x02, 0x0C, 0x02, static_cast<std::uint8_t>(fid >> 8),
                            static_cast<std::uint8_t>(fid & 0xFF)});
}

card::ResponseApdu verifyPin(VirtualCard& card, std::string_view pin) {
    Bytes command{0x00, 0x20, 0x00, 0x80, static_cast<std::uint8_t>(pin.size())};
    command.insert(command.end(), pin.begin(), pin.end());
    return send(card, command);
}

card::ResponseApdu readAll(VirtualCard& card) {
    return send(card, "00 B0 00 00 00 00 00");
}

card::ResponseApdu authenticateIssuer(VirtualCard& card, EVP_PKEY* authorityKey) {
    const card::ResponseApdu challenge = send(card, "00 84 00 00 08");
    if (!challenge.ok()) {
        return challenge;
    }
    const Bytes signature = signSha256(authorityKey, challenge.data);
    Bytes command = hex("00 82 00 00 00");
    command.push_back(static_cast<std::uint8_t>(signature.size() >> 8));
    command.push_back(static_cast<std::uint8_t>(signature.size() & 0xFF));
    command.insert(command.end(), signature.begin(), signature.end());
    return send(card, command);
}

} // namespace jpki::sim::testing
