#pragma once

// The card side of the vpcd protocol (vsmartcard's virtual reader driver): the card connects to
// the driver's TCP port; every message either way is a 2-byte big-endian length and a body.
// A 1-byte body from the driver is a control message (00 power off, 01 power on, 02 reset,
// 04 send the ATR); a longer body is a command APDU, answered with the response APDU.

#include "simulator/virtual_card.h"

#include <cstdint>
#include <optional>
#include <string>

namespace jpki::sim {

inline constexpr std::uint16_t defaultVpcdPort = 35963;

namespace vpcd_control {
inline constexpr std::uint8_t powerOff = 0x00;
inline constexpr std::uint8_t powerOn = 0x01;
inline constexpr std::uint8_t reset = 0x02;
inline constexpr std::uint8_t sendAtr = 0x04;
} // namespace vpcd_control

struct VpcdOptions {
    std::string host = "127.0.0.1";
    std::uint16_t port = defaultVpcdPort;
    // Cut the connection right after answering this many APDUs, as a card pulled out.
    std::optional<std::uint64_t> vanishAfterApdus;
};

enum class LinkOutcome { Stopped, Vanished };

// The 2-byte big-endian length followed by the body (at most 65535 bytes).
Bytes frameMessage(ByteView body);

class VpcdLink {
public:
    // `stopDescriptor` becomes readable when the simulator must stop (a signal arrived).
    VpcdLink(VirtualCard& card, VpcdOptions options, int stopDescriptor);

    // Connects, serves, reconnects whenever the connection is cut; returns when stopped or
    // when the card vanishes.
    LinkOutcome run();

private:
    enum class Wait { Ready, Stop };
    enum class ConnectionEnd { Stopped, Cut, Vanished };

    int connectOnce();
    ConnectionEnd serve(int socket);
    // Reads exactly `size` bytes; false when the connection is cut or a stop is asked.
    bool receiveExact(int socket, std::uint8_t* buffer, std::size_t size, bool& stopAsked);
    bool sendFramed(int socket, ByteView body);
    Wait waitForStop(int timeoutMs);

    VirtualCard& m_card;
    VpcdOptions m_options;
    int m_stopDescriptor;
    std::uint64_t m_apdusAnswered = 0;
};

} // namespace jpki::sim
