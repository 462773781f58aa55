#include "platform/termination_signals.h"

#include <QSocketNotifier>
#include <array>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace jpki::platform {
namespace {

constexpr std::array kTerminationSignals{SIGTERM, SIGINT, SIGHUP};

// The handler's end and the notifier's end of one socket pair; -1 while no object exists.
volatile std::sig_atomic_t g_writeEnd = -1;
int g_readEnd = -1;

void onTerminationSignal(int signalNumber) {
    const int savedErrno = errno;
    const auto byte = static_cast<unsigned char>(signalNumber);
    if (g_writeEnd >= 0) {
        // Nothing to do about a full socket: a signal already waits there.
        [[maybe_unused]] const ssize_t written = ::write(g_writeEnd, &byte, 1);
    }
    errno = savedErrno;
}

void restoreDefaults() {
    for (int signalNumber : kTerminationSignals) {
        struct sigaction action {};
        action.sa_handler = SIG_DFL;
        sigemptyset(&action.sa_mask);
        ::sigaction(signalNumber, &action, nullptr);
    }
}

} // namespace

TerminationSignals::TerminationSignals(QObject* parent)
    : QObject(parent) {
    if (g_writeEnd >= 0) {
        return; // another object has them
    }
    int ends[2] = {-1, -1};
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, ends) != 0) {
        return;
    }
    g_readEnd = ends[0];
    g_writeEnd = ends[1];
    m_notifier = std::make_unique<QSocketNotifier>(g_readEnd, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &TerminationSignals::readSignal);
    for (int signalNumber : kTerminationSignals) {
        struct sigaction action {};
        action.sa_handler = onTerminationSignal;
        sigemptyset(&action.sa_mask);
        // SA_RESETHAND: the second signal gets the default action. SA_RESTART: the program's
        // own system calls are not interrupted by the first.
        action.sa_flags = SA_RESTART | SA_RESETHAND;
        ::sigaction(signalNumber, &action, nullptr);
    }
    m_installed = true;
}

TerminationSignals::~TerminationSignals() {
    if (!m_installed) {
        return;
    }
    restoreDefaults();
    m_notifier.reset();
    const int writeEnd = g_writeEnd;
    g_writeEnd = -1;
    ::close(writeEnd);
    ::close(g_readEnd);
    g_readEnd = -1;
}

void TerminationSignals::readSignal() {
    unsigned char byte = 0;
    while (::read(g_readEnd, &byte, 1) == 1) {
        Q_EMIT terminationRequested(int(byte));
    }
}

const char* terminationSignalName(int signalNumber) {
    switch (signalNumber) {
    case SIGTERM:
        return "SIGTERM";
    case SIGINT:
        return "SIGINT";
    case SIGHUP:
        return "SIGHUP";
    default:
        return "another signal";
    }
}

} // namespace jpki::platform
