// The main window's card panel fed by the card service through pcscd and the virtual card: what
// the clerk sees for a healthy and a blocked card, and how fast it follows the card and pcscd.

#include "gui/card_presentation.h"
#include "gui/card_service_thread.h"
#include "gui/main_window.h"
#include "messages/date_text.h"
#include "panel_probe.h"
#include "pcsc_test.h"
#include "simulator/profiles.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <iostream>

namespace jpki::test {
namespace {

using namespace std::chrono_literals;
using gui::CardPhase;

class CardPanelThroughPcsc : public PcscTest {
protected:
    void TearDown() override {
        m_service.reset();
        m_window.reset();
        PcscTest::TearDown();
    }

    // Starts the stack with the card, then the window and its card service.
    void openWindow(const SimulatorOptions& card) {
        ASSERT_NO_FATAL_FAILURE(startStack(card));
        m_clock = std::make_unique<FixedClock>(stack().today());
        m_window = std::make_unique<gui::MainWindow>(domain::minoCityProfile(), *m_clock);
        m_service = std::make_unique<gui::CardServiceThread>(*m_clock);
        m_window->attachCardService(*m_service);
        m_probe = std::make_unique<PanelProbe>(m_window->cardPanel());
        m_service->start();
    }

    PanelProbe& probe() { return *m_probe; }
    gui::CardServiceThread& service() { return *m_service; }

    void expectCardRead(std::chrono::milliseconds within = 10s) {
        ASSERT_TRUE(probe().waitForPhase(CardPhase::CardRead, within))
            << "the panel shows " << phaseName(probe().phase()) << ": "
            << probe().label("stateLabel").toStdString() << " "
            << probe().label("adviceLabel").toStdString();
    }

private:
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<gui::MainWindow> m_window;
    std::unique_ptr<gui::CardServiceThread> m_service;
    std::unique_ptr<PanelProbe> m_probe;
};

TEST_F(CardPanelThroughPcsc, ShowsTheHealthyCardsExpiryAndTries) {
    ASSERT_NO_FATAL_FAILURE(openWindow({"healthy"}));
    const auto shown = probe().timeToPhase(CardPhase::CardRead, 10s);
    ASSERT_NO_FATAL_FAILURE(expectCardRead());
    std::cout << "[ figures  ] card read and shown " << shown.count()
              << " ms after the card service started\n";

    const sim::Profile profile = *sim::makeProfile("healthy", stack().today());
    const domain::Date expires = profile.authentication.expires;
    EXPECT_EQ(probe().cell("certificateTable", kAuthenticationRow, kExpiresColumn),
              messages::dateText(expires));
    EXPECT_EQ(probe().cell("certificateTable", kAuthenticationRow, kDaysLeftColumn),
              QStringLiteral("残り %1 日").arg(domain::daysBetween(stack().today(), expires)));
    EXPECT_EQ(probe().emphasis("certificateTable", kAuthenticationRow), gui::Emphasis::Normal);
    EXPECT_EQ(probe().cell("pinTable", kSignatureRow, kTriesColumn),
              QStringLiteral("残り 5 回(上限 5 回)"));
    EXPECT_EQ(probe().cell("pinTable", kAuthenticationRow, kTriesColumn),
              QStringLiteral("残り 3 回(上限 3 回)"));
    EXPECT_EQ(probe().label("readerLabel"),
              QStringLiteral("カードリーダー: ") + QString::fromStdString(stack().readerName()));
}

TEST_F(CardPanelThroughPcsc, ShowsNoCardSoonAfterTheCardLeaves) {
    ASSERT_NO_FATAL_FAILURE(openWindow({"healthy"}));
    ASSERT_NO_FATAL_FAILURE(expectCardRead());
    QElapsedTimer sinceRemoval;
    sinceRemoval.start();
    ASSERT_TRUE(stack().stopCard());
    ASSERT_TRUE(probe().waitForPhase(CardPhase::NoCard, 3s))
        << "the panel still shows " << phaseName(probe().phase());
    std::cout << "[ figures  ] 'no card' shown " << sinceRemoval.elapsed()
              << " ms after the simulator was told to stop\n";
    EXPECT_EQ(probe().label("stateLabel"), QStringLiteral("カードが置かれていません"));

    stack().startCard({"healthy"});
    const auto back = probe().timeToPhase(CardPhase::CardRead, 5s);
    ASSERT_NE(back, std::chrono::milliseconds::max());
    std::cout << "[ figures  ] card shown again " << back.count() << " ms after insertion\n";
}

TEST_F(CardPanelThroughPcsc, ShowsTheBlockedSignaturePasswordInRed) {
    ASSERT_NO_FATAL_FAILURE(openWindow({"sign-blocked"}));
    ASSERT_NO_FATAL_FAILURE(expectCardRead());
    EXPECT_EQ(probe().cell("pinTable", kSignatureRow, 0),
              QStringLiteral("署名用電子証明書の暗証番号"));
    EXPECT_EQ(probe().cell("pinTable", kSignatureRow, kTriesColumn),
              QStringLiteral("ロック中(上限 5 回)"));
    EXPECT_EQ(probe().emphasis("pinTable", kSignatureRow), gui::Emphasis::Alert);
    EXPECT_EQ(probe().cell("pinTable", kAuthenticationRow, kTriesColumn),
              QStringLiteral("残り 3 回(上限 3 回)"));
}

TEST_F(CardPanelThroughPcsc, ShowsAMinorsCardWithoutSignatureAsAbsent) {
    ASSERT_NO_FATAL_FAILURE(openWindow({"minor"}));
    ASSERT_NO_FATAL_FAILURE(expectCardRead());
    EXPECT_EQ(probe().cell("certificateTable", kSignatureRow, 1),
              QStringLiteral("発行されていません"));
    EXPECT_EQ(probe().cell("pinTable", kSignatureRow, kTriesColumn),
              QStringLiteral("このカードには設定されていません"));
    EXPECT_NE(probe().emphasis("pinTable", kSignatureRow), gui::Emphasis::Alert);
}

TEST_F(CardPanelThroughPcsc, SaysThePcscServiceStoppedAndRecoversWhenItReturns) {
    ASSERT_NO_FATAL_FAILURE(openWindow({"healthy"}));
    ASSERT_NO_FATAL_FAILURE(expectCardRead());

    QElapsedTimer sinceStop;
    sinceStop.start();
    stack().stopPcscd();
    ASSERT_TRUE(probe().waitForPhase(CardPhase::ServiceUnavailable, 5s))
        << "the panel shows " << phaseName(probe().phase());
    std::cout << "[ figures  ] 'service not running' shown " << sinceStop.elapsed()
              << " ms after pcscd was told to stop\n";
    EXPECT_TRUE(probe().label("adviceLabel").contains(QStringLiteral("pcscd")));

    stack().startPcscd();
    const auto back = probe().timeToPhase(CardPhase::CardRead, 15s);
    ASSERT_NE(back, std::chrono::milliseconds::max())
        << "the panel shows " << phaseName(probe().phase());
    std::cout << "[ figures  ] card shown again " << back.count()
              << " ms after pcscd was started again\n";
}

// How the stack unplugs the reader from Debian 12's pcscd: PcscStack::unplugReader (the service
// blinks first, as pcscd starts again without the reader).
TEST_F(CardPanelThroughPcsc, SaysNoReaderWhenTheReaderIsUnpluggedAndShowsTheCardWhenItReturns) {
    ASSERT_NO_FATAL_FAILURE(openWindow({"healthy"}));
    ASSERT_NO_FATAL_FAILURE(expectCardRead());
    const QString expiresBefore =
        probe().cell("certificateTable", kAuthenticationRow, kExpiresColumn);

    QElapsedTimer sinceUnplug;
    sinceUnplug.start();
    stack().unplugReader();
    ASSERT_TRUE(probe().waitForPhase(CardPhase::NoReader, 10s))
        << "the panel shows " << phaseName(probe().phase()) << ": "
        << probe().label("stateLabel").toStdString();
    std::cout << "[ figures  ] 'no card reader' shown " << sinceUnplug.elapsed()
              << " ms after the reader was unplugged\n";
    EXPECT_EQ(probe().label("stateLabel"), QStringLiteral("カードリーダーがありません"));
    EXPECT_EQ(
        probe().label("adviceLabel"),
        QStringLiteral("カードリーダーが見つかりません。カードリーダーの接続を確認してください。"));
    // The card that went with the reader is no longer shown as if it were there.
    EXPECT_EQ(probe().cell("certificateTable", kAuthenticationRow, kExpiresColumn),
              QStringLiteral("<no cell>"));
    EXPECT_TRUE(probe().labelHidden("readerLabel"));

    QElapsedTimer sincePlug;
    sincePlug.start();
    stack().plugReaderBackIn();
    ASSERT_NO_FATAL_FAILURE(expectCardRead(15s));
    std::cout << "[ figures  ] card shown again " << sincePlug.elapsed()
              << " ms after the reader was plugged back in\n";
    EXPECT_EQ(probe().cell("certificateTable", kAuthenticationRow, kExpiresColumn), expiresBefore);
    EXPECT_EQ(probe().label("readerLabel"),
              QStringLiteral("カードリーダー: ") + QString::fromStdString(stack().readerName()));
}

TEST_F(CardPanelThroughPcsc, ReadsAgainOnRequestAndStopsPromptly) {
    ASSERT_NO_FATAL_FAILURE(openWindow({"expiring"}));
    ASSERT_NO_FATAL_FAILURE(expectCardRead());
    EXPECT_EQ(probe().emphasis("certificateTable", kAuthenticationRow), gui::Emphasis::Notice);

    QSignalSpy states(&service(), &gui::CardServiceThread::stateChanged);
    probe().clickReadAgain();
    ASSERT_TRUE(QTest::qWaitFor([&] { return states.count() >= 2; }, 5000));
    EXPECT_EQ(states.at(0).at(0).value<gui::CardServiceState>().phase, CardPhase::Reading);
    EXPECT_EQ(states.at(1).at(0).value<gui::CardServiceState>().phase, CardPhase::CardRead);

    // The monitor is blocked in SCardGetStatusChange now; stopping cancels it.
    QElapsedTimer timer;
    timer.start();
    service().stop();
    std::cout << "[ figures  ] card service stopped in " << timer.elapsed() << " ms\n";
    EXPECT_LT(timer.elapsed(), 1000);
    EXPECT_FALSE(service().running());
}

} // namespace
} // namespace jpki::test
