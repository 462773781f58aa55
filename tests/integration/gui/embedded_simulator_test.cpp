// The embedded default: jpki-counter's --simulator runs jpki-card-sim as a child process whose
// card the window shows, and takes the card out when it stops.

#include "app/embedded_simulator.h"
#include "gui/card_service_thread.h"
#include "gui/main_window.h"
#include "panel_probe.h"
#include "pcsc_test.h"

#include <QSignalSpy>
#include <QTest>
#include <filesystem>

namespace jpki::test {
namespace {

using namespace std::chrono_literals;
using gui::CardPhase;

class EmbeddedSimulatorThroughPcsc : public PcscTest {
protected:
    // pcscd with its vpcd reader and no card: the stack's own simulator is taken out.
    void startReaderWithoutCard() {
        ASSERT_NO_FATAL_FAILURE(startStack({"healthy"}));
        ASSERT_TRUE(stack().stopCard());
        ASSERT_TRUE(stack().waitForCard(false, 5s));
    }

    app::SimulatorLaunch launch(const QString& profile) {
        return app::SimulatorLaunch{
            .program = app::findSimulatorProgram(QStringLiteral(JPKI_CARD_SIM_PATH)),
            .profile = profile,
            .statePath = app::simulatorStatePath(
                QString::fromStdString(stack().directory().string()), profile),
            .host = QStringLiteral("127.0.0.1"),
            .port = stack().port(),
            .authorityDirectory = {},
        };
    }
};

TEST_F(EmbeddedSimulatorThroughPcsc, PutsTheCardInTheReaderAndTakesItOutWhenStopped) {
    ASSERT_NO_FATAL_FAILURE(startReaderWithoutCard());
    const FixedClock clock(stack().today());
    gui::MainWindow window(domain::minoCityProfile(), clock);
    gui::CardServiceThread service(clock);
    window.attachCardService(service);
    PanelProbe probe(window.cardPanel());
    service.start();
    ASSERT_TRUE(probe.waitForPhase(CardPhase::NoCard, 5s)) << phaseName(probe.phase());

    app::EmbeddedSimulator simulator(launch(QStringLiteral("sign-blocked")));
    ASSERT_FALSE(simulator.launch().program.isEmpty());
    ASSERT_TRUE(simulator.start()) << simulator.problem().toStdString();
    ASSERT_TRUE(probe.waitForPhase(CardPhase::CardRead, 10s)) << phaseName(probe.phase());
    EXPECT_EQ(probe.cell("pinTable", kSignatureRow, kTriesColumn),
              QStringLiteral("ロック中(上限 5 回)"));
    EXPECT_TRUE(std::filesystem::exists(stack().directory() / "simulator" / "sign-blocked.state"));

    simulator.stop();
    EXPECT_FALSE(simulator.running());
    EXPECT_TRUE(probe.waitForPhase(CardPhase::NoCard, 3s)) << phaseName(probe.phase());
}

TEST_F(EmbeddedSimulatorThroughPcsc, ReportsASimulatorThatStopsByItself) {
    ASSERT_NO_FATAL_FAILURE(startReaderWithoutCard());
    app::EmbeddedSimulator simulator(launch(QStringLiteral("no-such-profile")));
    QSignalSpy stopped(&simulator, &app::EmbeddedSimulator::stoppedUnexpectedly);
    ASSERT_TRUE(simulator.start());
    ASSERT_TRUE(stopped.wait(5000));
    const QString reason = stopped.at(0).at(0).toString();
    EXPECT_TRUE(reason.contains(QStringLiteral("jpki-card-sim"))) << reason.toStdString();
    EXPECT_TRUE(reason.contains(QStringLiteral("no-such-profile"))) << reason.toStdString();
}

TEST(EmbeddedSimulatorSetUp, KeepsTheProfileNameOutOfOtherFolders) {
    EXPECT_TRUE(app::isValidProfileName(QStringLiteral("sign-blocked")));
    EXPECT_FALSE(app::isValidProfileName(QStringLiteral("../healthy")));
    EXPECT_FALSE(app::isValidProfileName(QStringLiteral("")));
    EXPECT_TRUE(
        app::simulatorStatePath(QStringLiteral("/nonexistent"), QStringLiteral("a/b")).isEmpty());
    EXPECT_FALSE(app::findSimulatorProgram(QStringLiteral(JPKI_CARD_SIM_PATH)).isEmpty());
    EXPECT_TRUE(app::findSimulatorProgram(QStringLiteral("/nonexistent/jpki-card-sim")).isEmpty());
}

} // namespace
} // namespace jpki::test
