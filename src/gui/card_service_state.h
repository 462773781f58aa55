#pragma once

// What the card service knows about the readers and the card, as one immutable value handed to
// the GUI thread by a queued signal. The card's own data is a card::CardStatus snapshot, which
// shares its parsed content read-only, so copies are cheap and nothing is shared for writing.

#include "card/card_error.h"
#include "card/card_status.h"

#include <QMetaType>
#include <optional>
#include <string>
#include <vector>

namespace jpki::gui {

enum class CardPhase {
    Starting,           // the service has not looked at PC/SC yet
    ServiceUnavailable, // pcscd is not running; the service keeps trying
    NoReader,
    NoCard,
    Reading,    // a card is in a reader and its status is being read
    CardRead,   // `status` holds the snapshot
    ReadFailed, // `error` says why
};

// A stable name of each phase for logs and measurements (never shown to the clerk).
constexpr const char* cardPhaseId(CardPhase phase) {
    switch (phase) {
    case CardPhase::Starting:
        return "starting";
    case CardPhase::ServiceUnavailable:
        return "service-unavailable";
    case CardPhase::NoReader:
        return "no-reader";
    case CardPhase::NoCard:
        return "no-card";
    case CardPhase::Reading:
        return "reading";
    case CardPhase::CardRead:
        return "card-read";
    case CardPhase::ReadFailed:
        break;
    }
    return "read-failed";
}

struct CardServiceState {
    CardPhase phase = CardPhase::Starting;
    std::vector<std::string> readers;
    std::string cardReader; // the reader whose card is shown; empty without a card
    std::optional<card::CardStatus> status;
    std::optional<card::CardError> error;
};

} // namespace jpki::gui

Q_DECLARE_METATYPE(jpki::gui::CardServiceState)
