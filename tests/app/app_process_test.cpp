// The counter program as the desktop session sees it: told to end by a signal (the session
// ending, the machine shutting down, Ctrl-C), it ends as when its window is closed, with exit
// status 0, rather than dying where it stood.

#include <QByteArray>
#include <QDeadlineTimer>
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
    void start() {
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
        m_program.setProcessEnvironment(environment);
        m_program.start(
            QStringLiteral(JPKI_COUNTER_PATH),
            {QStringLiteral("--verbose"), QStringLiteral("--lang"), QStringLiteral("ja")});
        ASSERT_TRUE(m_program.waitForStarted(10000)) << m_program.errorString().toStdString();
        ASSERT_TRUE(waitForOutput("end the program through the sign-out"))
            << m_output.toStdString();
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

} // namespace
