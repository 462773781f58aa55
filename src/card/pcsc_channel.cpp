#include "card/pcsc_channel.h"

#include "card/card_log.h"
#include "card/pcsc_error.h"
#include "card/wipe.h"

#include <chrono>
#include <spdlog/spdlog.h>
#include <thread>

namespace jpki::card {

namespace {

constexpr DWORD kPreferredProtocols = SCARD_PROTOCOL_T1;
constexpr DWORD kAnyProtocol = SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1;
constexpr std::chrono::milliseconds kRemovalGrace{900};
constexpr std::chrono::milliseconds kRemovalPoll{50};

LONG connectOnce(const PcscContext& context, const std::string& reader, SCARDHANDLE& handle,
                 DWORD& protocol) {
    LONG code = SCardConnect(context.handle(), reader.c_str(), SCARD_SHARE_SHARED,
                             kPreferredProtocols, &handle, &protocol);
    if (code == SCARD_E_PROTO_MISMATCH) {
        code = SCardConnect(context.handle(), reader.c_str(), SCARD_SHARE_SHARED, kAnyProtocol,
                            &handle, &protocol);
    }
    return code;
}

} // namespace

Result<std::unique_ptr<PcscChannel>> PcscChannel::connect(PcscContext& context,
                                                          const std::string& reader) {
    Result<void> ready = context.establish();
    if (!ready) {
        return ready.error();
    }
    SCARDHANDLE handle = 0;
    DWORD protocol = 0;
    LONG code = connectOnce(context, reader, handle, protocol);
    if (meansServiceGone(code)) {
        ready = context.reestablish();
        if (!ready) {
            return ready.error();
        }
        code = connectOnce(context, reader, handle, protocol);
    }
    if (code != SCARD_S_SUCCESS) {
        return errorFromPcsc(code, "SCardConnect");
    }
    std::unique_ptr<PcscChannel> channel(new PcscChannel(reader, handle, protocol));
    channel->readAtr();
    cardLogger()->info("connected to the card in \"{}\" (T={})", reader,
                       protocol == SCARD_PROTOCOL_T1 ? 1 : 0);
    return channel;
}

PcscChannel::PcscChannel(std::string reader, SCARDHANDLE handle, DWORD protocol)
    : m_reader(std::move(reader))
    , m_handle(handle)
    , m_protocol(protocol) {}

PcscChannel::~PcscChannel() {
    if (m_connected) {
        SCardDisconnect(m_handle, SCARD_LEAVE_CARD);
    }
}

void PcscChannel::readAtr() {
    BYTE atr[MAX_ATR_SIZE];
    DWORD atrLength = sizeof atr;
    DWORD state = 0;
    DWORD protocol = 0;
    DWORD readerLength = 0;
    // pcsc-lite accepts a null reader buffer when only the length is wanted.
    if (SCardStatus(m_handle, nullptr, &readerLength, &state, &protocol, atr, &atrLength) ==
        SCARD_S_SUCCESS) {
        m_atr.assign(atr, atr + atrLength);
    }
}

Result<void> PcscChannel::reconnect() {
    DWORD protocol = 0;
    const LONG code =
        SCardReconnect(m_handle, SCARD_SHARE_SHARED, kAnyProtocol, SCARD_LEAVE_CARD, &protocol);
    if (code != SCARD_S_SUCCESS) {
        return errorFromPcsc(code, "SCardReconnect");
    }
    m_protocol = protocol;
    readAtr();
    return {};
}

bool PcscChannel::cardWentAway() const {
    // pcscd notices a removal on its next presence poll (every 400 ms), so look a few times.
    const auto deadline = std::chrono::steady_clock::now() + kRemovalGrace;
    for (;;) {
        DWORD readerLength = 0;
        DWORD state = 0;
        DWORD protocol = 0;
        DWORD atrLength = 0;
        const LONG status =
            SCardStatus(m_handle, nullptr, &readerLength, &state, &protocol, nullptr, &atrLength);
        if (status == SCARD_W_REMOVED_CARD ||
            (status == SCARD_S_SUCCESS && (state & SCARD_PRESENT) == 0)) {
            return true;
        }
        if (status != SCARD_S_SUCCESS || std::chrono::steady_clock::now() >= deadline) {
            return false;
        }
        std::this_thread::sleep_for(kRemovalPoll);
    }
}

CardError PcscChannel::failure(LONG code, const char* call) {
    // A card pulled out mid-command often shows as a generic failure (SCARD_E_NOT_TRANSACTED
    // through vpcd, SCARD_F_COMM_ERROR elsewhere): ask whether the card is still there.
    if (code != SCARD_W_REMOVED_CARD && !meansServiceGone(code) && cardWentAway()) {
        code = SCARD_W_REMOVED_CARD;
    }
    if (code == SCARD_W_REMOVED_CARD || meansServiceGone(code)) {
        m_connected = false;
    }
    return errorFromPcsc(code, call);
}

Result<ResponseApdu> PcscChannel::exchange(const CommandApdu& command) {
    if (!m_connected) {
        return CardError(CardErrorCode::CardRemoved, "connection closed");
    }
    Bytes sent = command.encode();
    const WipeOnExit wipeSent(sent);
    if (sent.empty()) {
        return CardError(CardErrorCode::InvalidArgument, "command too long to encode");
    }
    Bytes received(MAX_BUFFER_SIZE_EXTENDED);
    const WipeOnExit wipeReceived(received);
    DWORD receivedLength = static_cast<DWORD>(received.size());
    const SCARD_IO_REQUEST* pci = m_protocol == SCARD_PROTOCOL_T0 ? SCARD_PCI_T0 : SCARD_PCI_T1;
    LONG code = SCardTransmit(m_handle, pci, sent.data(), static_cast<DWORD>(sent.size()), nullptr,
                              received.data(), &receivedLength);
    if (code == SCARD_E_PROTO_MISMATCH) {
        // The card was reconnected under the other protocol (e.g. by pcscd tidying up after a
        // killed program): the command never reached it, so take the card's protocol and resend.
        cardLogger()->warn("the card's protocol changed under this connection; reconnecting");
        Result<void> restored = reconnect();
        if (!restored) {
            return restored.error();
        }
        pci = m_protocol == SCARD_PROTOCOL_T0 ? SCARD_PCI_T0 : SCARD_PCI_T1;
        receivedLength = static_cast<DWORD>(received.size());
        code = SCardTransmit(m_handle, pci, sent.data(), static_cast<DWORD>(sent.size()), nullptr,
                             received.data(), &receivedLength);
    }
    if (code == SCARD_W_RESET_CARD) {
        cardLogger()->warn("the card was reset by another program; reconnecting");
        Result<void> restored = reconnect();
        if (!restored) {
            return restored.error();
        }
        return errorFromPcsc(code, "SCardTransmit");
    }
    if (code != SCARD_S_SUCCESS) {
        return failure(code, "SCardTransmit");
    }
    std::optional<ResponseApdu> response =
        ResponseApdu::parse(std::span(received.data(), receivedLength));
    if (!response) {
        // vpcd answers nothing at all when the card is pulled out mid-command: say so, rather
        // than blame the card's answer (found by the fault tests, tests/integration/faults).
        if (cardWentAway()) {
            return failure(SCARD_W_REMOVED_CARD, "SCardTransmit");
        }
        return CardError(CardErrorCode::MalformedResponse, "response shorter than a status word");
    }
    return std::move(*response);
}

Result<void> PcscChannel::lockCard() {
    if (!m_connected) {
        return CardError(CardErrorCode::CardRemoved, "connection closed");
    }
    LONG code = SCardBeginTransaction(m_handle);
    if (code == SCARD_W_RESET_CARD) {
        cardLogger()->info("the card was reset since the last operation; reconnecting");
        Result<void> restored = reconnect();
        if (!restored) {
            return restored;
        }
        code = SCardBeginTransaction(m_handle);
    }
    if (code != SCARD_S_SUCCESS) {
        return failure(code, "SCardBeginTransaction");
    }
    return {};
}

void PcscChannel::unlockCard() {
    if (m_connected) {
        SCardEndTransaction(m_handle, SCARD_LEAVE_CARD);
    }
}

} // namespace jpki::card
