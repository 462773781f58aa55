#pragma once

// The card-info input-support applet (券面事項入力補助 AP): its PIN and the four basic items.
// Its EF 00 01 (the My Number) is never read by this program.

#include "card/basic_info.h"
#include "card/card_channel.h"
#include "card/pin.h"
#include "card/result.h"

#include <span>

namespace jpki::card {

class CardInfoApplet {
public:
    explicit CardInfoApplet(CardChannel& channel)
        : m_channel(channel) {}

    // Unknown (never blocked) when the applet cannot be selected.
    Result<PinStatus> pinStatus();
    Result<void> verifyPin(std::span<const std::uint8_t> value);
    // Verifies the PIN, then reads EF 00 02: its first bytes for the length, then the rest.
    Result<BasicInfo> readBasicInfo(std::span<const std::uint8_t> pinValue);

private:
    CardChannel& m_channel;
};

} // namespace jpki::card
