#include "gui/card_service.h"

#include "card/pcsc_channel.h"
#include "platform/clock.h"
#include "platform/logging.h"

#include <QElapsedTimer>
#include <algorithm>

namespace jpki::gui {

namespace {

std::shared_ptr<spdlog::logger> guiLog() {
    return platform::logger("gui");
}

bool contains(const std::vector<std::string>& names, const std::string& name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

} // namespace

CardService::CardService(const platform::Clock& clock, card::ReaderMonitor::Timing timing)
    : m_clock(clock)
    , m_timing(timing) {}

CardService::~CardService() {
    if (m_monitor) {
        m_monitor->stop();
    }
    m_context.release();
}

void CardService::start() {
    if (m_monitor) {
        return;
    }
    // The monitor reports the readers present, but says nothing when pcscd runs without any:
    // one look here tells "no reader" from "not started yet".
    m_serviceUp = m_context.establish().ok();
    if (!*m_serviceUp) {
        guiLog()->warn("card service: the PC/SC service is not running; waiting for it");
    }
    publish();
    m_monitor = std::make_unique<card::ReaderMonitor>(
        [this](const card::ReaderEvent& event) {
            // On the monitor's thread: hand over to this object's thread and return at once.
            QMetaObject::invokeMethod(
                this, [this, event] { handleReaderEvent(event); }, Qt::QueuedConnection);
        },
        m_timing);
    m_monitor->start();
}

void CardService::readAgain() {
    if (m_readersWithCard.empty()) {
        publish();
        return;
    }
    readCard();
}

void CardService::handleReaderEvent(const card::ReaderEvent& event) {
    using Kind = card::ReaderEvent::Kind;
    switch (event.kind) {
    case Kind::ServiceUnavailable:
        m_serviceUp = false;
        m_readers.clear();
        forgetCard();
        m_readersWithCard.clear();
        // The next read establishes a fresh context once the service is back.
        m_context.release();
        publish();
        return;
    case Kind::ServiceBack:
        noteServiceUp();
        publish();
        return;
    case Kind::ReaderAdded:
        noteServiceUp();
        if (!contains(m_readers, event.reader)) {
            m_readers.push_back(event.reader);
        }
        publish();
        return;
    case Kind::ReaderRemoved:
        std::erase(m_readers, event.reader);
        [[fallthrough]]; // its card, if any, went with it
    case Kind::CardRemoved: {
        const bool wasShown =
            !m_readersWithCard.empty() && m_readersWithCard.front() == event.reader;
        std::erase(m_readersWithCard, event.reader);
        if (!wasShown) {
            publish();
            return;
        }
        forgetCard();
        break;
    }
    case Kind::CardInserted:
        noteServiceUp();
        if (!contains(m_readers, event.reader)) {
            m_readers.push_back(event.reader);
        }
        if (contains(m_readersWithCard, event.reader)) {
            return;
        }
        m_readersWithCard.push_back(event.reader);
        if (m_readersWithCard.front() != event.reader) {
            publish(); // a second card waits until the first one leaves
            return;
        }
        forgetCard();
        break;
    }
    guiLog()->info("card service: {}", m_readersWithCard.empty()
                                           ? std::string("no card in any reader")
                                           : "card in '" + m_readersWithCard.front() + "'");
    if (m_readersWithCard.empty()) {
        publish();
        return;
    }
    readCard();
}

void CardService::noteServiceUp() {
    if (m_serviceUp != true) {
        guiLog()->info("card service: the PC/SC service is running");
    }
    m_serviceUp = true;
}

void CardService::forgetCard() {
    m_status.reset();
    m_error.reset();
}

void CardService::readCard() {
    const std::string reader = m_readersWithCard.front();
    m_reading = true;
    m_error.reset();
    publish(); // a re-read keeps the last snapshot in view while it runs

    QElapsedTimer timer;
    timer.start();
    card::Result<card::CardStatus> status = [&]() -> card::Result<card::CardStatus> {
        if (card::Result<void> established = m_context.establish(); !established) {
            return established.error();
        }
        card::Result<std::unique_ptr<card::PcscChannel>> channel =
            card::PcscChannel::connect(m_context, reader);
        if (!channel) {
            return channel.error();
        }
        return card::readCardStatus(**channel, m_clock.todayInJapan());
    }();
    m_reading = false;
    if (status) {
        guiLog()->info("card service: read the card in '{}' in {} ms", reader, timer.elapsed());
        m_status = std::move(status).value();
        m_error.reset();
    } else {
        guiLog()->warn("card service: reading the card in '{}' failed: {}", reader,
                       card::describe(status.error()));
        m_status.reset();
        m_error = status.error();
    }
    publish();
}

CardPhase CardService::currentPhase() const {
    if (!m_serviceUp) {
        return CardPhase::Starting;
    }
    if (!*m_serviceUp) {
        return CardPhase::ServiceUnavailable;
    }
    if (m_readers.empty()) {
        return CardPhase::NoReader;
    }
    if (m_readersWithCard.empty()) {
        return CardPhase::NoCard;
    }
    if (m_reading) {
        return CardPhase::Reading;
    }
    if (m_error) {
        return CardPhase::ReadFailed;
    }
    return m_status ? CardPhase::CardRead : CardPhase::Reading;
}

void CardService::publish() {
    CardServiceState state;
    state.phase = currentPhase();
    state.readers = m_readers;
    if (!m_readersWithCard.empty()) {
        state.cardReader = m_readersWithCard.front();
        state.status = m_status;
        state.error = m_error;
    }
    Q_EMIT stateChanged(state);
}

} // namespace jpki::gui
