#include "card/card_channel.h"

#include "card/card_log.h"
#include "card/commands.h"
#include "card/wipe.h"

#include <spdlog/spdlog.h>

namespace jpki::card {

namespace {

// A card that keeps answering 61 xx would otherwise loop for ever.
constexpr int kMaxGetResponseRounds = 512;
constexpr std::size_t kMaxResponseSize = 1 << 20;

std::uint32_t expectedLengthFrom(std::uint8_t sw2) {
    return sw2 == 0 ? commands::kShortLeMax : sw2;
}

} // namespace

Result<ResponseApdu> CardChannel::exchangeLogged(const CommandApdu& command) {
    const auto log = apduLogger();
    if (log->should_log(spdlog::level::debug)) {
        log->debug("> {}", describeCommand(command));
    }
    Result<ResponseApdu> response = exchange(command);
    if (log->should_log(spdlog::level::debug)) {
        if (response) {
            log->debug("< {}", describeResponse(*response));
        } else {
            log->debug("< {}", describe(response.error()));
        }
    }
    return response;
}

Result<ResponseApdu> CardChannel::transmit(const CommandApdu& command) {
    Result<ResponseApdu> first = exchangeLogged(command);
    if (!first) {
        return first;
    }
    if (first->sw1() == 0x6C) {
        CommandApdu resend = command;
        const WipeOnExit wipeCopy(resend.data);
        resend.le = expectedLengthFrom(first->sw2());
        first = exchangeLogged(resend);
        if (!first) {
            return first;
        }
        if (first->sw1() == 0x6C) {
            return errorFromStatusWord(first->sw, "resend with the Le the card asked for");
        }
    }
    if (first->sw1() != 0x61) {
        return first;
    }
    return collectResponses(std::move(first).value());
}

Result<ResponseApdu> CardChannel::collectResponses(ResponseApdu first) {
    ResponseApdu joined = std::move(first);
    for (int round = 0; joined.sw1() == 0x61; ++round) {
        if (round == kMaxGetResponseRounds || joined.data.size() > kMaxResponseSize) {
            return CardError(CardErrorCode::MalformedResponse, "GET RESPONSE never ends");
        }
        CommandApdu getResponse = commands::getResponse(joined.sw2());
        Result<ResponseApdu> next = exchangeLogged(getResponse);
        if (next && next->sw1() == 0x6C) {
            getResponse.le = expectedLengthFrom(next->sw2());
            next = exchangeLogged(getResponse);
        }
        if (!next) {
            return next;
        }
        joined.data.insert(joined.data.end(), next->data.begin(), next->data.end());
        joined.sw = next->sw;
    }
    return joined;
}

Result<void> CardChannel::beginTransaction() {
    if (m_transactionDepth == 0) {
        Result<void> locked = lockCard();
        if (!locked) {
            return locked;
        }
    }
    ++m_transactionDepth;
    return {};
}

void CardChannel::endTransaction() {
    if (m_transactionDepth == 0) {
        return;
    }
    if (--m_transactionDepth == 0) {
        unlockCard();
    }
}

void CardChannel::forgetConnection() {
    m_extendedLength = ExtendedLength::Untested;
}

ChannelTransaction::ChannelTransaction(CardChannel& channel)
    : m_channel(channel)
    , m_begun(channel.beginTransaction()) {}

ChannelTransaction::~ChannelTransaction() {
    if (m_begun) {
        m_channel.endTransaction();
    }
}

} // namespace jpki::card
