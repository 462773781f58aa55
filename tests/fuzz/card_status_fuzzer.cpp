// A whole status read against a card whose answers come from the fuzzer: each answer is a
// length byte and that many bytes (data and status word). Exercises GET RESPONSE and resend
// handling, the certificate reader's fallbacks and the PIN status logic on hostile input.

#include "card/card_status.h"

#include <chrono>
#include <openssl/err.h>
#include <spdlog/spdlog.h>

using namespace jpki::card;

namespace {

class FuzzedChannel : public CardChannel {
public:
    explicit FuzzedChannel(std::span<const std::uint8_t> script)
        : m_script(script) {}

protected:
    Result<ResponseApdu> exchange(const CommandApdu&) override {
        if (m_script.empty()) {
            return CardError(CardErrorCode::CardRemoved);
        }
        const std::size_t length = std::min<std::size_t>(m_script[0], m_script.size() - 1);
        const auto answer = ResponseApdu::parse(m_script.subspan(1, length));
        m_script = m_script.subspan(1 + length);
        if (!answer) {
            return CardError(CardErrorCode::MalformedResponse);
        }
        return *answer;
    }

private:
    std::span<const std::uint8_t> m_script;
};

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    spdlog::set_level(spdlog::level::off); // the card logger takes the default level
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedChannel channel(std::span(data, size));
    const jpki::domain::Date day{std::chrono::year{2025}, std::chrono::April, std::chrono::day{1}};
    (void)readCardStatus(channel, day);
    // OpenSSL keeps what a rejected certificate left in its per-thread error queue, with strings
    // allocated for it: left there, they outlive the input, and libFuzzer then runs the input a
    // second time and scans the heap for a leak.
    ERR_clear_error();
    return 0;
}
