#pragma once

// The virtual My Number card of the simulator behind card::CardChannel, in process: for the
// engine's unit tests and for synthetic history, where the card steps are driven without pcscd.
// The integration tests go through the real PC/SC stack instead.

#include "card/card_channel.h"
#include "simulator/virtual_card.h"

#include <cstdint>
#include <optional>

namespace jpki::workflow {

class VirtualCardChannel final : public card::CardChannel {
public:
    explicit VirtualCardChannel(sim::VirtualCard& card)
        : m_card(card) {}

    // As a card pulled out of the reader: after `exchanges` more exchanges every one fails
    // with CardRemoved, until restored.
    void cutAfter(std::uint64_t exchanges) { m_remaining = exchanges; }
    void restore() { m_remaining.reset(); }
    std::uint64_t exchanges() const { return m_exchanges; }

    std::string readerName() const override { return "in-process virtual card"; }
    card::Bytes atr() const override { return sim::VirtualCard::answerToReset(); }

protected:
    card::Result<card::ResponseApdu> exchange(const card::CommandApdu& command) override;

private:
    sim::VirtualCard& m_card;
    std::optional<std::uint64_t> m_remaining;
    std::uint64_t m_exchanges = 0;
};

} // namespace jpki::workflow
