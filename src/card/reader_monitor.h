#pragma once

// Watches readers and cards on its own thread, blocking in SCardGetStatusChange (with the
// "\\?PnP?\Notification" pseudo-reader for readers coming and going), and reports changes
// through a callback. When pcscd stops, it reports the readers removed and the service
// unavailable, then retries until the service is back. stop() returns promptly: it cancels the
// blocking call with SCardCancel.

#include "card/apdu.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <winscard.h>

namespace jpki::card {

struct ReaderEvent {
    enum class Kind {
        ReaderAdded,
        ReaderRemoved,
        CardInserted, // atr holds the card's ATR
        CardRemoved,
        ServiceUnavailable, // pcscd is not running; every reader is gone
        ServiceBack,
    };
    Kind kind = Kind::ReaderAdded;
    std::string reader;
    Bytes atr;
};

class ReaderMonitor {
public:
    // Called on the monitor's thread: hand the event over (a queued signal), do not block.
    using Callback = std::function<void(const ReaderEvent&)>;

    struct Timing {
        // How long SCardGetStatusChange may block before the loop looks around again.
        std::chrono::milliseconds statusTimeout{std::chrono::seconds(10)};
        // How often to try the service again while it is not running.
        std::chrono::milliseconds serviceRetry{std::chrono::seconds(1)};
    };

    explicit ReaderMonitor(Callback callback);
    ReaderMonitor(Callback callback, Timing timing);
    ~ReaderMonitor();
    ReaderMonitor(const ReaderMonitor&) = delete;
    ReaderMonitor& operator=(const ReaderMonitor&) = delete;

    // Starts the thread; the readers present at start are reported as added, and their cards
    // as inserted.
    void start();
    // Stops and joins the thread; no callback runs after it returns.
    void stop();
    bool running() const { return m_thread.joinable(); }

private:
    class Loop;
    friend class Loop;
    void run();
    void publishContext(bool active, SCARDCONTEXT context = 0);
    void waitForRetry();

    Callback m_callback;
    Timing m_timing;
    std::thread m_thread;
    std::atomic<bool> m_stopping{false};
    std::atomic<bool> m_finished{false};
    std::mutex m_mutex; // guards m_activeContext and the waits
    std::condition_variable m_wake;
    SCARDCONTEXT m_activeContext = 0; // the context being waited on, when there is one
    bool m_hasActiveContext = false;
};

} // namespace jpki::card
