// Termination signals become a Qt signal, and the process survives the first one; the second
// of the same kind has its default action again.

#include "platform/termination_signals.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <csignal>
#include <gtest/gtest.h>

namespace jpki::platform {
namespace {

void (*currentHandler(int signalNumber))(int) {
    struct sigaction action {};
    ::sigaction(signalNumber, nullptr, &action);
    return action.sa_handler;
}

class TerminationSignalsTest : public ::testing::Test {
protected:
    int m_argc = 1;
    char m_name[16] = "platform_tests";
    char* m_argv[2] = {m_name, nullptr};
    QCoreApplication m_app{m_argc, m_argv};
};

TEST_F(TerminationSignalsTest, TurnsEachTerminationSignalIntoAQtSignal) {
    TerminationSignals termination;
    ASSERT_TRUE(termination.installed());
    QSignalSpy requested(&termination, &TerminationSignals::terminationRequested);
    for (int signalNumber : {SIGTERM, SIGINT, SIGHUP}) {
        ASSERT_EQ(::raise(signalNumber), 0);
        ASSERT_TRUE(requested.count() > 0 || requested.wait(5000)) << signalNumber;
        EXPECT_EQ(requested.takeFirst().at(0).toInt(), signalNumber);
    }
}

TEST_F(TerminationSignalsTest, GivesTheDefaultActionsBackWhenDestroyed) {
    {
        TerminationSignals termination;
        ASSERT_TRUE(termination.installed());
        EXPECT_NE(currentHandler(SIGTERM), SIG_DFL);
        // A second object would share one socket with the first: it installs nothing.
        TerminationSignals second;
        EXPECT_FALSE(second.installed());
    }
    EXPECT_EQ(currentHandler(SIGTERM), SIG_DFL);
    EXPECT_EQ(currentHandler(SIGHUP), SIG_DFL);
    // And another program part can take them again.
    TerminationSignals again;
    EXPECT_TRUE(again.installed());
}

TEST_F(TerminationSignalsTest, ASecondSignalWhileTheFirstIsHandledEndsTheProcess) {
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    EXPECT_EXIT(
        {
            TerminationSignals termination;
            ::raise(SIGTERM); // handled: written to the socket, nobody reads it yet
            ::raise(SIGTERM); // the default action: the process ends here
            std::exit(0);
        },
        ::testing::KilledBySignal(SIGTERM), "");
}

TEST(TerminationSignalName, NamesTheThreeSignals) {
    EXPECT_STREQ(terminationSignalName(SIGTERM), "SIGTERM");
    EXPECT_STREQ(terminationSignalName(SIGINT), "SIGINT");
    EXPECT_STREQ(terminationSignalName(SIGHUP), "SIGHUP");
    EXPECT_STREQ(terminationSignalName(SIGUSR1), "another signal");
}

} // namespace
} // namespace jpki::platform
