#pragma once

// The card service: the one object that talks to PC/SC for the window. It lives in a worker
// thread (see CardServiceThread), owns the PC/SC context it reads cards with, turns the reader
// monitor's callbacks into queued calls on its own thread, reads the card's status snapshot when
// a card is inserted or when asked, and publishes every change as an immutable CardServiceState.
// Nothing here is shared with the GUI thread but the signal's copied value.

#include "card/pcsc_context.h"
#include "card/reader_monitor.h"
#include "gui/card_service_state.h"

#include <QObject>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace jpki::platform {
class Clock;
}

namespace jpki::gui {

class CardService : public QObject {
    Q_OBJECT

public:
    // `clock` gives the day the certificates' days left are counted from; it must outlive the
    // service and be safe to read from the service's thread.
    explicit CardService(const platform::Clock& clock,
                         card::ReaderMonitor::Timing timing = card::ReaderMonitor::Timing{});
    // Stops the reader monitor (cancelling its wait with SCardCancel) before anything else goes.
    ~CardService() override;

    // These run on the service's thread: call them through a queued invocation.
    void start();
    void readAgain();

Q_SIGNALS:
    void stateChanged(const jpki::gui::CardServiceState& state);

private:
    void handleReaderEvent(const card::ReaderEvent& event);
    void noteServiceUp();
    void readCard();
    void forgetCard();
    void publish();
    CardPhase currentPhase() const;

    const platform::Clock& m_clock;
    card::ReaderMonitor::Timing m_timing;
    card::PcscContext m_context; // for reading cards; the monitor keeps its own
    std::unique_ptr<card::ReaderMonitor> m_monitor;

    std::optional<bool> m_serviceUp; // unknown until the first look
    std::vector<std::string> m_readers;
    std::vector<std::string> m_readersWithCard; // in the order the cards came
    bool m_reading = false;
    std::optional<card::CardStatus> m_status;
    std::optional<card::CardError> m_error;
};

} // namespace jpki::gui
