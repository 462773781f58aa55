#pragma once

// A CardChannel for unit tests: a script of expected commands and canned answers. A command
// that is not the next one expected fails the running test (and answers a transport failure);
// commands left unsent when the channel is destroyed fail it too. Failure messages show
// commands through the APDU log's redaction, so a PIN never appears in a test report.

#include "card/card_channel.h"

#include <deque>
#include <string>
#include <string_view>

namespace jpki::card::testing {

class ScriptedChannel : public CardChannel {
public:
    ScriptedChannel() = default;
    ~ScriptedChannel() override;

    // Expects the command (hex, spaces allowed) and answers with data + SW (hex).
    ScriptedChannel& expect(std::string_view commandHex, std::string_view responseHex);
    // Expects the command and fails the exchange as a transport would.
    ScriptedChannel& expectFailure(std::string_view commandHex, CardError error);

    void setReaderName(std::string name) { m_readerName = std::move(name); }
    void setAtr(Bytes atr) { m_atr = std::move(atr); }
    std::string readerName() const override { return m_readerName; }
    Bytes atr() const override { return m_atr; }

    // Exchanges carried so far (each GET RESPONSE and resend counts).
    std::size_t exchangeCount() const { return m_exchangeCount; }
    std::size_t remaining() const { return m_script.size(); }
    int transactionsBegun() const { return m_transactionsBegun; }
    bool inTransaction() const { return m_lockDepth > 0; }
    // The destructor then does not complain about commands left in the script.
    void allowUnsentCommands() { m_allowUnsent = true; }

protected:
    Result<ResponseApdu> exchange(const CommandApdu& command) override;
    Result<void> lockCard() override;
    void unlockCard() override;

private:
    struct Step {
        Bytes command;
        std::optional<ResponseApdu> response;
        std::optional<CardError> failure;
    };

    std::deque<Step> m_script;
    std::string m_readerName = "Scripted Reader 00 00";
    Bytes m_atr;
    std::size_t m_exchangeCount = 0;
    int m_transactionsBegun = 0;
    int m_lockDepth = 0;
    bool m_allowUnsent = false;
};

} // namespace jpki::card::testing
