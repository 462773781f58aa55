#pragma once

// The seam between the card protocol and whatever carries the bytes: "send a command, get data
// and a status word". Implementations (PC/SC, scripted channels in tests, fault injection) carry
// one exchange in exchange(); transmit() adds what every caller needs on top: GET RESPONSE on
// 61 xx, a resend with the right Le on 6C xx, and the APDU log. A channel is not thread-safe:
// the one worker thread that owns it sends every command.

#include "card/apdu.h"
#include "card/result.h"

#include <string>

namespace jpki::card {

// Whether the reader and card carry extended-length APDUs; learned once per connection.
enum class ExtendedLength { Untested, Supported, Refused };

class CardChannel {
public:
    virtual ~CardChannel() = default;
    CardChannel() = default;
    CardChannel(const CardChannel&) = delete;
    CardChannel& operator=(const CardChannel&) = delete;

    // Sends a command and returns the final answer: the data of all GET RESPONSE rounds joined,
    // with the last status word. A status word is a successful transmit; only transport
    // failures (and a card that never settles on a length) are errors here.
    Result<ResponseApdu> transmit(const CommandApdu& command);

    // Transactions nest: only the outermost begin and end reach the transport.
    Result<void> beginTransaction();
    void endTransaction();

    virtual std::string readerName() const { return {}; }
    virtual Bytes atr() const { return {}; }

    ExtendedLength extendedLength() const { return m_extendedLength; }
    void rememberExtendedLength(ExtendedLength support) { m_extendedLength = support; }

protected:
    // One exchange on the transport, nothing more.
    virtual Result<ResponseApdu> exchange(const CommandApdu& command) = 0;
    virtual Result<void> lockCard() { return {}; }
    virtual void unlockCard() {}
    // For transports whose connection was replaced: what was learned about it is forgotten.
    void forgetConnection();

private:
    Result<ResponseApdu> exchangeLogged(const CommandApdu& command);
    Result<ResponseApdu> collectResponses(ResponseApdu first);

    ExtendedLength m_extendedLength = ExtendedLength::Untested;
    int m_transactionDepth = 0;
};

// Holds a transaction for a scope; check begun() before relying on it.
class ChannelTransaction {
public:
    explicit ChannelTransaction(CardChannel& channel);
    ~ChannelTransaction();
    ChannelTransaction(const ChannelTransaction&) = delete;
    ChannelTransaction& operator=(const ChannelTransaction&) = delete;

    const Result<void>& begun() const { return m_begun; }

private:
    CardChannel& m_channel;
    Result<void> m_begun;
};

} // namespace jpki::card
