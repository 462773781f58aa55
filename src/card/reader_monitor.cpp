#include "card/reader_monitor.h"

#include "card/card_log.h"
#include "card/pcsc_context.h"
#include "card/pcsc_error.h"

#include <algorithm>
#include <spdlog/spdlog.h>
#include <vector>

namespace jpki::card {

namespace {

constexpr const char* kPnpNotification = "\\\\?PnP?\\Notification";
constexpr std::chrono::milliseconds kStopPoll{20};

struct TrackedReader {
    std::string name;
    DWORD currentState = SCARD_STATE_UNAWARE;
    bool cardPresent = false;
};

DWORD eventCounter(DWORD state) {
    return state >> 16;
}

} // namespace

// The state of one run of the monitor thread.
class ReaderMonitor::Loop {
public:
    explicit Loop(ReaderMonitor& monitor)
        : m_monitor(monitor) {}

    void run() {
        while (!m_monitor.m_stopping) {
            if (!m_context.established() && !connectService()) {
                m_monitor.waitForRetry();
                continue;
            }
            if (m_needResync && !resync()) {
                continue;
            }
            waitForChange();
        }
        m_monitor.publishContext(false);
        m_context.release();
    }

private:
    void emit(ReaderEvent::Kind kind, const std::string& reader = {}, Bytes atr = {}) {
        if (m_monitor.m_stopping || !m_monitor.m_callback) {
            return;
        }
        m_monitor.m_callback(ReaderEvent{kind, reader, std::move(atr)});
    }

    bool connectService() {
        Result<void> established = m_context.establish();
        if (!established) {
            if (!m_serviceDown) {
                cardLogger()->warn("PC/SC service unavailable: {}", describe(established.error()));
                m_serviceDown = true;
                emit(ReaderEvent::Kind::ServiceUnavailable);
            }
            return false;
        }
        m_monitor.publishContext(true, m_context.handle());
        if (m_serviceDown) {
            cardLogger()->info("PC/SC service is back");
            m_serviceDown = false;
            emit(ReaderEvent::Kind::ServiceBack);
        }
        m_needResync = true;
        return true;
    }

    void serviceLost() {
        cardLogger()->warn("PC/SC service stopped");
        forgetReaders();
        m_monitor.publishContext(false);
        m_context.release();
        m_serviceDown = true;
        emit(ReaderEvent::Kind::ServiceUnavailable);
        m_monitor.waitForRetry();
    }

    void forgetReaders() {
        for (const TrackedReader& reader : m_readers) {
            if (reader.cardPresent) {
                emit(ReaderEvent::Kind::CardRemoved, reader.name);
            }
            emit(ReaderEvent::Kind::ReaderRemoved, reader.name);
        }
        m_readers.clear();
        m_pnpState = SCARD_STATE_UNAWARE;
    }

    bool resync() {
        Result<std::vector<std::string>> names = m_context.listReaders();
        if (!names) {
            if (names.error().code == CardErrorCode::ServiceUnavailable) {
                serviceLost();
            } else {
                cardLogger()->warn("listing readers failed: {}", describe(names.error()));
                m_monitor.waitForRetry();
            }
            return false;
        }
        // Listing may have established the context again after a restart.
        m_monitor.publishContext(true, m_context.handle());
        std::erase_if(m_readers, [&](const TrackedReader& reader) {
            if (std::find(names->begin(), names->end(), reader.name) != names->end()) {
                return false;
            }
            if (reader.cardPresent) {
                emit(ReaderEvent::Kind::CardRemoved, reader.name);
            }
            emit(ReaderEvent::Kind::ReaderRemoved, reader.name);
            return true;
        });
        for (const std::string& name : *names) {
            const bool known = std::any_of(m_readers.begin(), m_readers.end(),
                                           [&](const TrackedReader& r) { return r.name == name; });
            if (!known) {
                m_readers.push_back(TrackedReader{name});
                emit(ReaderEvent::Kind::ReaderAdded, name);
            }
        }
        // pcsc-lite keeps the reader count in the high word of the pseudo-reader's state.
        m_pnpState = static_cast<DWORD>(names->size()) << 16;
        m_needResync = false;
        return true;
    }

    void waitForChange() {
        std::vector<SCARD_READERSTATE> states(m_readers.size() + 1);
        states[0].szReader = kPnpNotification;
        states[0].dwCurrentState = m_pnpState;
        for (std::size_t i = 0; i < m_readers.size(); ++i) {
            states[i + 1].szReader = m_readers[i].name.c_str();
            states[i + 1].dwCurrentState = m_readers[i].currentState;
        }
        const auto timeout = static_cast<DWORD>(m_monitor.m_timing.statusTimeout.count());
        const LONG code = SCardGetStatusChange(m_context.handle(), timeout, states.data(),
                                               static_cast<DWORD>(states.size()));
        if (m_monitor.m_stopping || code == SCARD_E_TIMEOUT || code == SCARD_E_CANCELLED) {
            return;
        }
        if (meansServiceGone(code)) {
            serviceLost();
            return;
        }
        if (code != SCARD_S_SUCCESS) {
            // A reader that went away, or the link to pcscd cut as it stops: listing again
            // tells which.
            const bool expected = code == SCARD_E_UNKNOWN_READER ||
                                  code == SCARD_E_READER_UNAVAILABLE || code == SCARD_F_COMM_ERROR;
            if (!expected) {
                cardLogger()->warn("SCardGetStatusChange: {}", describe(errorFromPcsc(code)));
                m_monitor.waitForRetry();
            }
            m_needResync = true;
            return;
        }
        if ((states[0].dwEventState & SCARD_STATE_CHANGED) != 0) {
            m_pnpState = states[0].dwEventState & ~static_cast<DWORD>(SCARD_STATE_CHANGED);
            m_needResync = true;
        }
        for (std::size_t i = 0; i < m_readers.size(); ++i) {
            noteReaderState(m_readers[i], states[i + 1]);
        }
    }

    void noteReaderState(TrackedReader& reader, const SCARD_READERSTATE& state) {
        const DWORD event = state.dwEventState;
        if ((event & SCARD_STATE_CHANGED) == 0) {
            return;
        }
        if ((event & (SCARD_STATE_UNKNOWN | SCARD_STATE_IGNORE)) != 0) {
            m_needResync = true; // the reader went away; the listing will tell
            return;
        }
        const bool present = (event & SCARD_STATE_PRESENT) != 0;
        // A card swapped between two waits shows only as a new event count.
        const bool swapped = present && reader.cardPresent &&
                             reader.currentState != SCARD_STATE_UNAWARE &&
                             eventCounter(event) != eventCounter(reader.currentState);
        if (reader.cardPresent && (!present || swapped)) {
            emit(ReaderEvent::Kind::CardRemoved, reader.name);
        }
        if (present && (!reader.cardPresent || swapped)) {
            const DWORD atrLength = std::min<DWORD>(state.cbAtr, sizeof state.rgbAtr);
            emit(ReaderEvent::Kind::CardInserted, reader.name,
                 Bytes(state.rgbAtr, state.rgbAtr + atrLength));
        }
        reader.cardPresent = present;
        reader.currentState = event & ~static_cast<DWORD>(SCARD_STATE_CHANGED);
    }

    ReaderMonitor& m_monitor;
    PcscContext m_context;
    std::vector<TrackedReader> m_readers;
    DWORD m_pnpState = SCARD_STATE_UNAWARE;
    bool m_serviceDown = false;
    bool m_needResync = true;
};

ReaderMonitor::ReaderMonitor(Callback callback)
    : ReaderMonitor(std::move(callback), Timing{}) {}

ReaderMonitor::ReaderMonitor(Callback callback, Timing timing)
    : m_callback(std::move(callback))
    , m_timing(timing) {}

ReaderMonitor::~ReaderMonitor() {
    stop();
}

void ReaderMonitor::start() {
    if (m_thread.joinable()) {
        return;
    }
    m_stopping = false;
    m_finished = false;
    m_thread = std::thread([this] { run(); });
}

void ReaderMonitor::run() {
    Loop(*this).run();
    const std::lock_guard lock(m_mutex);
    m_finished = true;
    m_wake.notify_all();
}

void ReaderMonitor::publishContext(bool active, SCARDCONTEXT context) {
    const std::lock_guard lock(m_mutex);
    m_hasActiveContext = active;
    m_activeContext = active ? context : 0;
}

void ReaderMonitor::waitForRetry() {
    std::unique_lock lock(m_mutex);
    m_wake.wait_for(lock, m_timing.serviceRetry, [this] { return m_stopping.load(); });
}

void ReaderMonitor::stop() {
    if (!m_thread.joinable()) {
        return;
    }
    m_stopping = true;
    std::unique_lock lock(m_mutex);
    // A cancel that arrives before the thread blocks is lost, so repeat it until it has ended.
    while (!m_finished) {
        if (m_hasActiveContext) {
            SCardCancel(m_activeContext);
        }
        m_wake.notify_all();
        m_wake.wait_for(lock, kStopPoll, [this] { return m_finished.load(); });
    }
    lock.unlock();
    m_thread.join();
}

} // namespace jpki::card
