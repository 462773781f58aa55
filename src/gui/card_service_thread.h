#pragma once

// The GUI side of the card service: starts the service in its own thread, forwards its states
// (queued, so they arrive on the GUI thread) and its requests, and stops it. Stopping cancels
// the reader monitor's wait at once; a status read already under way (a few dozen commands)
// runs to its end first.

#include "card/reader_monitor.h"
#include "gui/card_service_state.h"

#include <QObject>
#include <QThread>

namespace jpki::platform {
class Clock;
}

namespace jpki::gui {

class CardService;

class CardServiceThread : public QObject {
    Q_OBJECT

public:
    explicit CardServiceThread(const platform::Clock& clock, QObject* parent = nullptr,
                               card::ReaderMonitor::Timing timing = card::ReaderMonitor::Timing{});
    ~CardServiceThread() override;

    void start();
    // Reads the card again (a no-op without a card; the state is published anyway).
    void requestRead();
    void stop();
    bool running() const { return m_thread.isRunning(); }

Q_SIGNALS:
    void stateChanged(const jpki::gui::CardServiceState& state);

private:
    QThread m_thread;
    CardService* m_service = nullptr; // lives in m_thread, which deletes it when it finishes
};

} // namespace jpki::gui
