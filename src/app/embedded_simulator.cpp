#include "app/embedded_simulator.h"

#include "platform/durable_file.h"
#include "platform/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <csignal>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace jpki::app {

namespace {

constexpr const char* kProgramName = "jpki-card-sim";
constexpr int kStartTimeoutMs = 5000;
// SIGTERM removes the card at once; this is only for a simulator that does not answer.
constexpr int kStopGraceMs = 3000;
// A usage error ends with a hint line; the reason is the line before.
constexpr qsizetype kRecentLogLines = 2;

bool isExecutableFile(const QString& path) {
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}

} // namespace

QString findSimulatorProgram(const QString& requested) {
    if (!requested.isEmpty()) {
        if (!requested.contains(QLatin1Char('/'))) {
            return QStandardPaths::findExecutable(requested);
        }
        return isExecutableFile(requested) ? QFileInfo(requested).absoluteFilePath() : QString();
    }
    const QString name = QString::fromLatin1(kProgramName);
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString& candidate :
         {here.filePath(QStringLiteral("../simulator/") + name), here.filePath(name)}) {
        if (isExecutableFile(candidate)) {
            return QFileInfo(candidate).canonicalFilePath();
        }
    }
    return QStandardPaths::findExecutable(name);
}

bool isValidProfileName(const QString& profile) {
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9-]{0,63}$"));
    return pattern.match(profile).hasMatch();
}

QString simulatorStatePath(const QString& dataFolder, const QString& profile) {
    if (dataFolder.isEmpty() || !isValidProfileName(profile)) {
        return {};
    }
    const QString folder = dataFolder + QStringLiteral("/simulator");
    if (!platform::makePrivateDirectory(QFile::encodeName(folder).toStdString())) {
        return {};
    }
    return folder + QLatin1Char('/') + profile + QStringLiteral(".state");
}

EmbeddedSimulator::EmbeddedSimulator(SimulatorLaunch launch, QObject* parent)
    : QObject(parent)
    , m_launch(std::move(launch)) {
    m_process.setProcessChannelMode(QProcess::MergedChannels);
#ifdef Q_OS_LINUX
    // If this program dies without stopping it, the card must not stay in the reader.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &EmbeddedSimulator::forwardLog);
    connect(&m_process, &QProcess::finished, this, &EmbeddedSimulator::noteFinished);
}

EmbeddedSimulator::~EmbeddedSimulator() {
    stop();
}

bool EmbeddedSimulator::start() {
    if (running()) {
        return true;
    }
    m_stopping = false;
    m_problem.clear();
    m_recentLog.clear();
    m_process.setProgram(m_launch.program);
    QStringList arguments{QStringLiteral("--profile"), m_launch.profile,
                          QStringLiteral("--state"),   m_launch.statePath,
                          QStringLiteral("--host"),    m_launch.host,
                          QStringLiteral("--port"),    QString::number(m_launch.port)};
    if (!m_launch.authorityDirectory.isEmpty()) {
        arguments << QStringLiteral("--authority") << m_launch.authorityDirectory;
    }
    m_process.setArguments(arguments);
    platform::logger("app")->info("starting the virtual card: {} --profile {} on {}:{}",
                                  m_launch.program.toStdString(), m_launch.profile.toStdString(),
                                  m_launch.host.toStdString(), m_launch.port);
    m_process.start();
    if (!m_process.waitForStarted(kStartTimeoutMs)) {
        //: en: The virtual card (jpki-card-sim) could not be started: %1
        m_problem =
            tr("仮想カード(jpki-card-sim)を起動できませんでした: %1").arg(m_process.errorString());
        platform::logger("app")->error("{}", m_process.errorString().toStdString());
        return false;
    }
    return true;
}

void EmbeddedSimulator::stop() {
    if (!running()) {
        return;
    }
    m_stopping = true;
    platform::logger("app")->info("stopping the virtual card (the card leaves the reader)");
    m_process.terminate();
    if (!m_process.waitForFinished(kStopGraceMs)) {
        m_process.kill();
        m_process.waitForFinished(kStopGraceMs);
    }
}

bool EmbeddedSimulator::running() const {
    return m_process.state() != QProcess::NotRunning;
}

void EmbeddedSimulator::forwardLog() {
    // The simulator logs command headers and status words, never a PIN.
    while (m_process.canReadLine()) {
        const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
        if (!line.isEmpty()) {
            m_recentLog.append(line);
            if (m_recentLog.size() > kRecentLogLines) {
                m_recentLog.removeFirst();
            }
            platform::logger("app")->info("jpki-card-sim: {}", line.toStdString());
        }
    }
}

void EmbeddedSimulator::noteFinished(int exitCode, QProcess::ExitStatus exitStatus) {
    forwardLog();
    if (m_stopping) {
        return;
    }
    platform::logger("app")->warn("the virtual card stopped by itself (exit code {}, {})", exitCode,
                                  exitStatus == QProcess::CrashExit ? "crashed" : "exited");
    //: en: The virtual card (jpki-card-sim) has stopped (exit code %1). %2
    Q_EMIT stoppedUnexpectedly(
        tr("仮想カード(jpki-card-sim)が終了しました(終了コード %1)。%2")
            .arg(QString::number(exitCode), m_recentLog.join(QLatin1Char(' '))));
}

} // namespace jpki::app
