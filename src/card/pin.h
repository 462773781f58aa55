#pragma once

// The card's four PINs as the card layer addresses them, and what the card tells about one
// without spending a try. Absent (the PIN's file does not exist), unknown (the applet could not
// be asked) and blocked are distinct states (domain rules R-CARD-FACE, section 4).

#include "card/card_files.h"
#include "domain/pin_policy.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace jpki::card {

// The domain's PIN kinds, so that rules and card commands speak of the same four PINs.
using PinReference = domain::PinKind;

enum class PinPresence { Present, Absent, Unknown };

struct PinStatus {
    PinPresence presence = PinPresence::Unknown;
    std::optional<int> triesLeft; // known only when present
    int limit = 0;                // tries before the PIN locks (R-PIN-LOCK)
    bool blocked = false;         // only ever true when present

    static PinStatus present(int tries, int retryLimit) {
        return {PinPresence::Present, tries, retryLimit, tries == 0};
    }
    static PinStatus absent(int retryLimit) { return {PinPresence::Absent, {}, retryLimit, false}; }
    static PinStatus unknown(int retryLimit) {
        return {PinPresence::Unknown, {}, retryLimit, false};
    }
    bool operator==(const PinStatus&) const = default;
};

// Tries before lock: 5 for the signature password, 3 for the others (R-PIN-LOCK).
inline int pinRetryLimit(PinReference pin) {
    return domain::retryLimit(pin);
}
Applet appletOf(PinReference pin);
std::uint16_t pinFileOf(PinReference pin);
std::string_view pinName(PinReference pin);

} // namespace jpki::card
