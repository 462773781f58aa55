#include "pcsc_client.h"

#include <stdexcept>
#include <thread>

namespace jpki::test {

namespace {

using Clock = std::chrono::steady_clock;

} // namespace

std::string toHex(const Bytes& bytes) {
    static constexpr char digits[] = "0123456789ABCDEF";
    std::string text;
    for (const std::uint8_t byte : bytes) {
        if (!text.empty()) {
            text += ' ';
        }
        text += digits[byte >> 4];
        text += digits[byte & 0x0F];
    }
    return text;
}

Bytes fromHex(const std::string& text) {
    std::string digits;
    for (const char c : text) {
        if (c != ' ') {
            digits += c;
        }
    }
    if (digits.size() % 2 != 0) {
        throw std::invalid_argument("odd hex: " + text);
    }
    Bytes bytes;
    for (std::size_t i = 0; i < digits.size(); i += 2) {
        bytes.push_back(static_cast<std::uint8_t>(std::stoul(digits.substr(i, 2), nullptr, 16)));
    }
    return bytes;
}

std::string pcscError(LONG result) {
    return std::string(pcsc_stringify_error(result)) + " (" + std::to_string(result) + ")";
}

PcscContext::PcscContext() {
    const LONG result = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &m_context);
    if (result != SCARD_S_SUCCESS) {
        throw std::runtime_error("SCardEstablishContext: " + pcscError(result));
    }
}

PcscContext::~PcscContext() {
    SCardReleaseContext(m_context);
}

std::vector<std::string> PcscContext::readers() const {
    DWORD length = 0;
    if (SCardListReaders(m_context, nullptr, nullptr, &length) != SCARD_S_SUCCESS) {
        return {};
    }
    std::string buffer(length, '\0');
    if (SCardListReaders(m_context, nullptr, buffer.data(), &length) != SCARD_S_SUCCESS) {
        return {};
    }
    std::vector<std::string> names;
    for (std::size_t start = 0; start < buffer.size() && buffer[start] != '\0';) {
        const std::size_t end = buffer.find('\0', start);
        names.push_back(buffer.substr(start, end - start));
        start = end + 1;
    }
    return names;
}

bool PcscContext::waitForCard(const std::string& reader, bool present,
                              std::chrono::milliseconds timeout) const {
    const auto deadline = Clock::now() + timeout;
    SCARD_READERSTATE state{};
    state.szReader = reader.c_str();
    state.dwCurrentState = SCARD_STATE_UNAWARE;
    while (true) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        if (left.count() <= 0) {
            return false;
        }
        const LONG result =
            SCardGetStatusChange(m_context, static_cast<DWORD>(left.count()), &state, 1);
        if (result == SCARD_S_SUCCESS) {
            const bool hasCard = (state.dwEventState & SCARD_STATE_PRESENT) != 0;
            // A card that is present but still mute (being powered) is not ready yet.
            if (hasCard == present && !(present && (state.dwEventState & SCARD_STATE_MUTE))) {
                return true;
            }
            state.dwCurrentState = state.dwEventState & ~SCARD_STATE_CHANGED;
        } else if (result == SCARD_E_TIMEOUT) {
            return false;
        } else {
            // The reader is not known yet (pcscd still starting): ask again shortly.
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            state.dwCurrentState = SCARD_STATE_UNAWARE;
        }
    }
}

CardConnection::CardConnection(const PcscContext& context, const std::string& reader) {
    DWORD protocol = 0;
    const LONG result = SCardConnect(context.handle(), reader.c_str(), SCARD_SHARE_SHARED,
                                     SCARD_PROTOCOL_T1, &m_card, &protocol);
    if (result != SCARD_S_SUCCESS) {
        throw std::runtime_error("SCardConnect: " + pcscError(result));
    }
}

CardConnection::~CardConnection() {
    SCardDisconnect(m_card, SCARD_LEAVE_CARD);
}

CardReply CardConnection::transmit(const Bytes& command) {
    CardReply reply;
    Bytes buffer(65538);
    DWORD length = static_cast<DWORD>(buffer.size());
    reply.result =
        SCardTransmit(m_card, SCARD_PCI_T1, command.data(), static_cast<DWORD>(command.size()),
                      nullptr, buffer.data(), &length);
    if (reply.result != SCARD_S_SUCCESS) {
        return reply;
    }
    if (length < 2) {
        reply.result = SCARD_F_COMM_ERROR;
        return reply;
    }
    reply.data.assign(buffer.begin(), buffer.begin() + length - 2);
    reply.sw = static_cast<std::uint16_t>(buffer[length - 2] << 8 | buffer[length - 1]);
    return reply;
}

Bytes CardConnection::atr() const {
    Bytes atr(MAX_ATR_SIZE);
    DWORD atrLength = static_cast<DWORD>(atr.size());
    DWORD state = 0;
    DWORD protocol = 0;
    char name[256];
    DWORD nameLength = sizeof name;
    if (SCardStatus(m_card, name, &nameLength, &state, &protocol, atr.data(), &atrLength) !=
        SCARD_S_SUCCESS) {
        return {};
    }
    atr.resize(atrLength);
    return atr;
}

LONG CardConnection::status() const {
    DWORD state = 0;
    DWORD protocol = 0;
    DWORD atrLength = MAX_ATR_SIZE;
    BYTE atr[MAX_ATR_SIZE];
    char name[256];
    DWORD nameLength = sizeof name;
    return SCardStatus(m_card, name, &nameLength, &state, &protocol, atr, &atrLength);
}

} // namespace jpki::test
