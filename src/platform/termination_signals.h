#pragma once

// SIGTERM, SIGINT and SIGHUP (the desktop session ending, the machine shutting down, Ctrl-C in a
// terminal) as a Qt signal on the thread that made this object, so that a program ends as it
// does when its window is closed: the sign-out stored, the threads stopped, the virtual card
// taken out, the log flushed. The handler only writes a byte to a socket, the one safe thing in
// a signal handler. A second signal of the same kind while the first is being handled ends the
// process at once (the default action): a program stuck on its way out can still be stopped.
// One object at a time per process; its destruction restores the default actions.

#include <QObject>
#include <memory>

class QSocketNotifier;

namespace jpki::platform {

class TerminationSignals : public QObject {
    Q_OBJECT

public:
    explicit TerminationSignals(QObject* parent = nullptr);
    ~TerminationSignals() override;
    TerminationSignals(const TerminationSignals&) = delete;
    TerminationSignals& operator=(const TerminationSignals&) = delete;

    // False when the handlers could not be installed (the default actions then stay).
    bool installed() const { return m_installed; }

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    std::unique_ptr<QSocketNotifier> m_notifier;
    bool m_installed = false;
};

// "SIGTERM", "SIGINT", "SIGHUP", or the number, for the log.
const char* terminationSignalName(int signalNumber);

} // namespace jpki::platform
