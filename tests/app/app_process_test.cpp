// The counter program as the desktop session sees it: told to end by a signal (the session
// ending, the machine shutting down, Ctrl-C), it ends as when its window is closed, with exit
// status 0, rather than dying where it stood.

#include <QByteArray>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <csignal>
#include <gtest/gtest.h>

namespace {

class CounterProgram : public ::testing::TestWithParam<int> {
protected:
    // Starts jpki-counter on a fresh home (so it asks for the first supervisor) with no PC/SC
    // service to reach, and waits until it handles termination signals.
    void start(const char* waitFor = "end the program through the sign-out") {
        ASSERT_TRUE(m_home.isValid());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_home.path());
        environment.insert(QStringLiteral("XDG_DATA_HOME"),
                           m_home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           m_home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.path());
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("PCSCLITE_CSOCK_NAME"),
                           m_home.filePath(QStringLiteral("no-pcscd.comm")));
        environment.insert(QStringLiteral("JPKI_COUNTER_SYSCONFDIR"), settingsFolder());
        m_program.setProcessEnvironment(environment);
        m_program.start(
            QStringLiteral(JPKI_COUNTER_PATH),
            {QStringLiteral("--verbose"), QStringLiteral("--lang"), QStringLiteral("ja")});
        ASSERT_TRUE(m_program.waitForStarted(10000)) << m_program.errorString().toStdString();
        ASSERT_TRUE(waitForOutput(waitFor)) << m_output.toStdString();
    }

    bool waitForOutput(const char* text) {
        const QDeadlineTimer deadline(60000);
        while (!m_output.contains(text)) {
            if (deadline.hasExpired() || m_program.state() != QProcess::Running) {
                return false;
            }
            m_program.waitForReadyRead(200);
            m_output += m_program.readAllStandardError();
        }
        return true;
    }

    // Like /etc/jpki-counter: empty unless a test writes a drop-in.
    QString settingsFolder() const { return m_home.filePath(QStringLiteral("etc")); }
    void writeDropIn(const QByteArray& content) {
        ASSERT_TRUE(QDir().mkpath(settingsFolder() + QStringLiteral("/conf.d")));
        QFile file(settingsFolder() + QStringLiteral("/conf.d/50-counter.conf"));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    QTemporaryDir m_home;
    QProcess m_program;
    QByteArray m_output;
};

TEST_P(CounterProgram, EndsInOrderWithStatusZeroWhenToldToByASignal) {
    start();
    ASSERT_EQ(::kill(pid_t(m_program.processId()), GetParam()), 0);
    ASSERT_TRUE(m_program.waitForFinished(60000));
    m_output += m_program.readAllStandardError();
    EXPECT_EQ(m_program.exitStatus(), QProcess::NormalExit) << m_output.toStdString();
    EXPECT_EQ(m_program.exitCode(), 0) << m_output.toStdString();
    EXPECT_TRUE(m_output.contains("received: signing out and quitting")) << m_output.toStdString();
    EXPECT_TRUE(m_output.contains("jpki-counter exiting with status 0")) << m_output.toStdString();
}

INSTANTIATE_TEST_SUITE_P(SessionEnd, CounterProgram, ::testing::Values(SIGTERM, SIGHUP, SIGINT),
                         [](const ::testing::TestParamInfo<int>& info) {
                             return info.param == SIGTERM  ? std::string("SIGTERM")
                                    : info.param == SIGHUP ? std::string("SIGHUP")
                                                           : std::string("SIGINT");
                         });

using CounterSettingsFiles = CounterProgram;

TEST_F(CounterSettingsFiles, TheWindowOpensAsTheCounterTheDropInNames) {
    writeDropIn("[counter]\nid = 3\nname = 市民課 3番窓口\nplace = 本庁舎2階\n");
    start();
    EXPECT_TRUE(m_output.contains((QStringLiteral("settings files: ") + settingsFolder() +
                                   QStringLiteral("/conf.d/50-counter.conf"))
                                      .toUtf8()))
        << m_output.toStdString();
    EXPECT_TRUE(m_output.contains("counter 3 (本庁舎2階 市民課 3番窓口)"))
        << m_output.toStdString();
    ::kill(pid_t(m_program.processId()), SIGTERM);
    EXPECT_TRUE(m_program.waitForFinished(60000));
}

TEST_F(CounterSettingsFiles, APostgreSqlStoreStopsTheWindowBeforeAnyDatabaseIsOpened) {
    writeDropIn("[database]\nlocation = postgresql://counter:s3cret@db.example/jpki\n");
    start("PostgreSQL");
    EXPECT_TRUE(m_output.contains(
        (settingsFolder() + QStringLiteral("/conf.d/50-counter.conf:2")).toUtf8()))
        << m_output.toStdString();
    EXPECT_FALSE(m_output.contains("s3cret")) << m_output.toStdString();
    EXPECT_FALSE(m_output.contains("case database")) << m_output.toStdString();
    // The message box waits for a click that never comes here.
    m_program.kill();
    m_program.waitForFinished(10000);
}

} // namespace
