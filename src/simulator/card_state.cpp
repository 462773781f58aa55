#include "simulator/card_state.h"

#include <algorithm>
#include <openssl/crypto.h>

namespace jpki::sim {

namespace {

Bytes saltedDigest(const Bytes& salt, ByteView value) {
    Bytes material(salt);
    material.insert(material.end(), value.begin(), value.end());
    Bytes digest = sha256(material);
    OPENSSL_cleanse(material.data(), material.size());
    return digest;
}

} // namespace

bool PinRecord::lengthAllowed(std::size_t length) const {
    return length >= minLength && length <= maxLength;
}

bool PinRecord::matches(ByteView candidate) const {
    if (digest.empty()) {
        return false;
    }
    const Bytes candidateDigest = saltedDigest(salt, candidate);
    return CRYPTO_memcmp(candidateDigest.data(), digest.data(), digest.size()) == 0;
}

void PinRecord::set(ByteView value) {
    salt = randomBytes(16);
    digest = saltedDigest(salt, value);
    triesLeft = limit;
}

PinRecord makePin(std::string_view value, int limit, std::size_t minLength, std::size_t maxLength) {
    PinRecord pin;
    pin.limit = limit;
    pin.minLength = minLength;
    pin.maxLength = maxLength;
    pin.set(ByteView(reinterpret_cast<const std::uint8_t*>(value.data()), value.size()));
    return pin;
}

bool AppletState::hasFile(std::uint16_t fid) const {
    return binaries.contains(fid) || pins.contains(fid) || keys.contains(fid);
}

AppletState* CardState::findApplet(ByteView aid) {
    auto found = std::find_if(applets.begin(), applets.end(), [aid](const AppletState& applet) {
        return std::equal(applet.aid.begin(), applet.aid.end(), aid.begin(), aid.end());
    });
    return found == applets.end() ? nullptr : &*found;
}

const AppletState* CardState::findApplet(ByteView aid) const {
    return const_cast<CardState*>(this)->findApplet(aid);
}

} // namespace jpki::sim
