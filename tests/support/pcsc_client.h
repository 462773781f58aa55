#pragma once

// A small libpcsclite client for the integration tests, independent of the card layer's code:
// establish a context, connect to a reader, transmit raw APDUs.

#include <PCSC/winscard.h>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace jpki::test {

using Bytes = std::vector<std::uint8_t>;

// "3B E0 ..." for messages; spaces in input are ignored.
std::string toHex(const Bytes& bytes);
Bytes fromHex(const std::string& text);

struct CardReply {
    LONG result = SCARD_S_SUCCESS; // a transport failure is not a status word
    Bytes data;
    std::uint16_t sw = 0;

    bool transported() const { return result == SCARD_S_SUCCESS; }
};

class PcscContext {
public:
    PcscContext(); // throws when pcscd cannot be reached
    PcscContext(const PcscContext&) = delete;
    PcscContext& operator=(const PcscContext&) = delete;
    ~PcscContext();

    SCARDCONTEXT handle() const { return m_context; }
    std::vector<std::string> readers() const;
    // Blocks in SCardGetStatusChange until the reader shows (or no longer shows) a card.
    bool waitForCard(const std::string& reader, bool present,
                     std::chrono::milliseconds timeout) const;

private:
    SCARDCONTEXT m_context = 0;
};

class CardConnection {
public:
    // Shared mode, T=1 (the card's only protocol). Throws with the PC/SC error on failure.
    CardConnection(const PcscContext& context, const std::string& reader);
    CardConnection(const CardConnection&) = delete;
    CardConnection& operator=(const CardConnection&) = delete;
    ~CardConnection();

    CardReply transmit(const Bytes& command);
    CardReply transmit(const std::string& hexCommand) { return transmit(fromHex(hexCommand)); }
    Bytes atr() const;
    // SCardStatus's result: SCARD_W_REMOVED_CARD once the card has gone.
    LONG status() const;

private:
    SCARDHANDLE m_card = 0;
};

std::string pcscError(LONG result);

} // namespace jpki::test
