#pragma once

// The embedded default: jpki-card-sim run as a child process, so that the window opens on a
// virtual My Number card in the machine's vpcd reader. Stopping it (SIGTERM) removes the card.

#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace jpki::app {

struct SimulatorLaunch {
    QString program;   // the jpki-card-sim executable
    QString profile;   // healthy, sign-blocked, ...
    QString statePath; // the card's PINs, counters and certificates across runs
    // Debian's vpcd driver (/etc/reader.conf.d/vpcd) listens here for its first reader.
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 35963;
    // The issuing authority a new card trusts and is issued by (--authority): the counter's own,
    // else renewal's issuer authentication fails. Empty: the simulator's own beside the state.
    QString authorityDirectory;
};

// The simulator named on the command line, else the one built next to this program
// (<build>/src/simulator beside <build>/src/app, or the same folder once installed), else the
// one in PATH. Empty when there is none.
QString findSimulatorProgram(const QString& requested = {});

// A profile name can only be letters, digits and dashes: it becomes part of a file name.
bool isValidProfileName(const QString& profile);

// <data folder>/simulator/<profile>.state, the folder created when missing; empty on failure.
QString simulatorStatePath(const QString& dataFolder, const QString& profile);

class EmbeddedSimulator : public QObject {
    Q_OBJECT

public:
    explicit EmbeddedSimulator(SimulatorLaunch launch, QObject* parent = nullptr);
    // Stops the simulator: the card leaves the reader with the program.
    ~EmbeddedSimulator() override;

    // False, with problem() set, when the program could not be started.
    bool start();
    void stop();
    bool running() const;
    QString problem() const { return m_problem; }
    const SimulatorLaunch& launch() const { return m_launch; }

Q_SIGNALS:
    // The simulator ended without being asked to (a refused state file, a bad profile).
    void stoppedUnexpectedly(const QString& reason);

private:
    void forwardLog();
    void noteFinished(int exitCode, QProcess::ExitStatus exitStatus);

    SimulatorLaunch m_launch;
    QProcess m_process;
    QString m_problem;
    QStringList m_recentLog; // the last lines, to say why it stopped
    bool m_stopping = false;
};

} // namespace jpki::app
