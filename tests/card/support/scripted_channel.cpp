#include "scripted_channel.h"

#include "card/card_log.h"
#include "card/hex.h"

#include <gtest/gtest.h>

namespace jpki::card::testing {

namespace {

Bytes hexOrFail(std::string_view text) {
    std::optional<Bytes> bytes = fromHex(text);
    if (!bytes) {
        ADD_FAILURE() << "bad hex in a test script: " << text;
        return {};
    }
    return std::move(*bytes);
}

std::string redacted(const Bytes& encoded) {
    const std::optional<CommandApdu> command = CommandApdu::parse(encoded);
    return command ? describeCommand(*command) : std::string("<not a command APDU>");
}

} // namespace

ScriptedChannel::~ScriptedChannel() {
    if (!m_allowUnsent && !m_script.empty()) {
        ADD_FAILURE() << m_script.size() << " scripted command(s) never sent; next expected: "
                      << redacted(m_script.front().command);
    }
}

ScriptedChannel& ScriptedChannel::expect(std::string_view commandHex,
                                         std::string_view responseHex) {
    const std::optional<ResponseApdu> response = ResponseApdu::parse(hexOrFail(responseHex));
    if (!response) {
        ADD_FAILURE() << "a scripted response needs at least a status word";
    }
    m_script.push_back(Step{hexOrFail(commandHex), response, std::nullopt});
    return *this;
}

ScriptedChannel& ScriptedChannel::expectFailure(std::string_view commandHex, CardError error) {
    m_script.push_back(Step{hexOrFail(commandHex), std::nullopt, std::move(error)});
    return *this;
}

Result<ResponseApdu> ScriptedChannel::exchange(const CommandApdu& command) {
    ++m_exchangeCount;
    const Bytes sent = command.encode();
    if (m_script.empty()) {
        ADD_FAILURE() << "unexpected command " << describeCommand(command)
                      << " after the end of the script";
        return CardError(CardErrorCode::TransportFailure, "unexpected command");
    }
    Step step = std::move(m_script.front());
    m_script.pop_front();
    if (sent != step.command) {
        ADD_FAILURE() << "command #" << m_exchangeCount << ": expected " << redacted(step.command)
                      << ", got " << describeCommand(command);
        return CardError(CardErrorCode::TransportFailure, "unexpected command");
    }
    if (step.failure) {
        return *step.failure;
    }
    return *step.response;
}

Result<void> ScriptedChannel::lockCard() {
    ++m_transactionsBegun;
    ++m_lockDepth;
    return {};
}

void ScriptedChannel::unlockCard() {
    --m_lockDepth;
}

} // namespace jpki::card::testing
