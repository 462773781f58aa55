#pragma once

// A card connection through PC/SC (pcscd), shared with other programs, protocol T=1 or else
// any. Multi-command operations hold a PC/SC transaction (SCardBeginTransaction) through
// CardChannel::beginTransaction.

#include "card/card_channel.h"
#include "card/pcsc_context.h"

#include <memory>
#include <string>
#include <winscard.h>

namespace jpki::card {

class PcscChannel final : public CardChannel {
public:
    // The context must outlive the channel. If the service was restarted, the context is
    // established again first.
    static Result<std::unique_ptr<PcscChannel>> connect(PcscContext& context,
                                                        const std::string& reader);
    ~PcscChannel() override;

    std::string readerName() const override { return m_reader; }
    Bytes atr() const override { return m_atr; }
    // SCARD_PROTOCOL_T0 or SCARD_PROTOCOL_T1.
    DWORD protocol() const { return m_protocol; }

protected:
    // A card reset by someone else is reconnected and reported as CardReset: whatever was
    // selected or verified is lost, so the operation must start again.
    Result<ResponseApdu> exchange(const CommandApdu& command) override;
    // A reset noticed here, before anything was sent, is reconnected silently.
    Result<void> lockCard() override;
    void unlockCard() override;

private:
    PcscChannel(std::string reader, SCARDHANDLE handle, DWORD protocol);
    Result<void> reconnect();
    bool cardWentAway() const;
    // The error for a failed call, telling a card removed mid-command from other failures.
    CardError failure(LONG code, const char* call);
    void readAtr();

    std::string m_reader;
    SCARDHANDLE m_handle = 0;
    DWORD m_protocol = 0;
    Bytes m_atr;
    bool m_connected = true;
};

} // namespace jpki::card
