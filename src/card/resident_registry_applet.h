#pragma once

// The resident-registry applet (住基 AP): only its PIN's tries. Its AID and EF are inferred by
// public code, so a failed SELECT makes the PIN "unknown", never "blocked".

#include "card/card_channel.h"
#include "card/pin.h"
#include "card/result.h"

namespace jpki::card {

class ResidentRegistryApplet {
public:
    explicit ResidentRegistryApplet(CardChannel& channel)
        : m_channel(channel) {}

    Result<PinStatus> pinStatus();

private:
    CardChannel& m_channel;
};

} // namespace jpki::card
