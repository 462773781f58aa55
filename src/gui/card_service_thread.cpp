#include "gui/card_service_thread.h"

#include "gui/card_service.h"
#include "platform/logging.h"

#include <QDeadlineTimer>

namespace jpki::gui {

namespace {

// Long enough for a status read under way to finish on a slow reader.
constexpr int kStopWarningMs = 5000;

} // namespace

CardServiceThread::CardServiceThread(const platform::Clock& clock, QObject* parent,
                                     card::ReaderMonitor::Timing timing)
    : QObject(parent)
    , m_service(new CardService(clock, timing)) {
    qRegisterMetaType<CardServiceState>();
    m_thread.setObjectName(QStringLiteral("card service"));
    m_service->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_service, &QObject::deleteLater);
    connect(m_service, &CardService::stateChanged, this, &CardServiceThread::stateChanged);
}

CardServiceThread::~CardServiceThread() {
    stop();
}

void CardServiceThread::start() {
    if (m_service == nullptr || m_thread.isRunning()) {
        return;
    }
    m_thread.start();
    QMetaObject::invokeMethod(m_service, &CardService::start, Qt::QueuedConnection);
}

void CardServiceThread::requestRead() {
    if (m_service != nullptr && m_thread.isRunning()) {
        QMetaObject::invokeMethod(m_service, &CardService::readAgain, Qt::QueuedConnection);
    }
}

void CardServiceThread::stop() {
    if (m_service == nullptr) {
        return;
    }
    if (!m_thread.isRunning()) {
        delete m_service; // never started: nothing runs in its thread
        m_service = nullptr;
        return;
    }
    m_service = nullptr;
    // The event loop ends; the service is then deleted in its thread, and its destructor stops
    // the reader monitor with SCardCancel.
    m_thread.quit();
    if (!m_thread.wait(QDeadlineTimer(kStopWarningMs))) {
        platform::logger("gui")->warn("card service: still busy with the card; waiting for it");
        m_thread.wait();
    }
}

} // namespace jpki::gui
