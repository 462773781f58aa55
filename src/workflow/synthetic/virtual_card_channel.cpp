#include "workflow/synthetic/virtual_card_channel.h"

namespace jpki::workflow {

card::Result<card::ResponseApdu> VirtualCardChannel::exchange(const card::CommandApdu& command) {
    if (m_remaining) {
        if (*m_remaining == 0) {
            return card::CardError(card::CardErrorCode::CardRemoved, "the card was pulled out");
        }
        --*m_remaining;
    }
    ++m_exchanges;
    const card::Bytes raw = command.encode();
    std::optional<card::ResponseApdu> response = card::ResponseApdu::parse(m_card.transmit(raw));
    if (!response) {
        return card::CardError(card::CardErrorCode::MalformedResponse, "virtual card answer");
    }
    return *response;
}

} // namespace jpki::workflow
