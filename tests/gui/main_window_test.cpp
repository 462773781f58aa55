#include "domain/municipality_profile.h"
#include "gui/about_dialog.h"
#include "gui/card_panel.h"
#include "gui/diagnostics_dialog.h"
#include "gui/main_window.h"
#include "platform/clock.h"
#include "platform/counter_settings.h"
#include "platform/language.h"
#include "platform/profile_settings.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QTemporaryDir>
#include <QTranslator>
#include <gtest/gtest.h>

using jpki::gui::AboutDialog;
using jpki::gui::MainWindow;

namespace {

// A counter clock standing still at noon, Japan time, on the given day.
class FixedClock final : public jpki::platform::Clock {
public:
    explicit FixedClock(QDate japanDay)
        : m_instant(QDateTime(japanDay, QTime(3, 0), Qt::UTC)) {}
    QDateTime nowUtc() const override { return m_instant; }

private:
    QDateTime m_instant;
};

// A counter clock that runs from a given Japan time, as the real one does.
class RunningClock final : public jpki::platform::Clock {
public:
    explicit RunningClock(QDateTime japanStart)
        : m_start(QDateTime(japanStart.date(), japanStart.time(), Qt::UTC).addSecs(-9 * 3600)) {
        m_running.start();
    }
    QDateTime nowUtc() const override { return m_start.addMSecs(m_running.elapsed()); }

private:
    QDateTime m_start;
    QElapsedTimer m_running;
};

const FixedClock& wednesday() {
    static const FixedClock clock(QDate(2026, 11, 25));
    return clock;
}

// Removes every translator the test installed, so that each test starts in Japanese.
class TranslationGuard {
public:
    ~TranslationGuard() {
        for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
};

QStringList menuTitles(const MainWindow& window) {
    QStringList titles;
    for (QAction* action : window.menuBar()->actions()) {
        titles << action->text();
    }
    return titles;
}

} // namespace

TEST(MainWindow, OpensWithAJapaneseTitleAndTheCounterFromTheProfile) {
    TranslationGuard guard;
    jpki::platform::installTranslations(*qApp, jpki::platform::Language::Japanese);
    MainWindow window(jpki::domain::minoCityProfile(), wednesday());
    window.show();
    EXPECT_EQ(window.windowTitle(), QStringLiteral("マイナンバーカード電子証明書 窓口"));
    const auto* counter = window.findChild<QLabel*>(QStringLiteral("counterLabel"));
    ASSERT_NE(counter, nullptr);
    EXPECT_EQ(counter->text(), QStringLiteral("美濃市 市民生活課 1番窓口"));
    const auto* hours = window.findChild<QLabel*>(QStringLiteral("hoursLabel"));
    ASSERT_NE(hours, nullptr);
    EXPECT_TRUE(hours->text().contains(QStringLiteral("9:00〜17:00")))
        << hours->text().toStdString();
    EXPECT_EQ(menuTitles(window),
              (QStringList{QStringLiteral("ファイル(&F)"), QStringLiteral("ヘルプ(&H)")}));
}

// The counter this PC is, as the administrator's drop-in names it in a folder like
// /etc/jpki-counter: in the window's heading and its status bar.
TEST(MainWindow, ShowsTheCounterTheSettingsFilesName) {
    TranslationGuard guard;
    jpki::platform::installTranslations(*qApp, jpki::platform::Language::Japanese);
    QTemporaryDir root;
    ASSERT_TRUE(QDir().mkpath(root.filePath(QStringLiteral("etc/conf.d"))));
    QFile dropIn(root.filePath(QStringLiteral("etc/conf.d/50-counter.conf")));
    ASSERT_TRUE(dropIn.open(QIODevice::WriteOnly));
    dropIn.write("[counter]\nid = 3\nname = 市民課 3番窓口\nplace = 本庁舎2階\n");
    dropIn.close();
    qputenv("JPKI_COUNTER_SYSCONFDIR", root.filePath(QStringLiteral("etc")).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", root.filePath(QStringLiteral("config")).toLocal8Bit());
    const auto settings = jpki::platform::CounterSettings::read();
    qunsetenv("JPKI_COUNTER_SYSCONFDIR");
    qunsetenv("XDG_CONFIG_HOME");
    const auto load = jpki::platform::resolveMunicipalityProfile(settings);
    ASSERT_TRUE(load.profile.has_value());

    MainWindow window(*load.profile, wednesday());
    window.show();
    const auto* counter = window.findChild<QLabel*>(QStringLiteral("counterLabel"));
    ASSERT_NE(counter, nullptr);
    EXPECT_EQ(counter->text(), QStringLiteral("美濃市 市民課 3番窓口"));
    QStringList statusTexts;
    for (const QLabel* label : window.statusBar()->findChildren<QLabel*>()) {
        statusTexts << label->text();
    }
    EXPECT_TRUE(statusTexts.contains(QStringLiteral("本庁舎2階 市民課 3番窓口")))
        << statusTexts.join(QLatin1Char('|')).toStdString();
}

TEST(MainWindow, ShowsEnglishWhenTheEnglishTranslationIsInstalled) {
    TranslationGuard guard;
    ASSERT_TRUE(jpki::platform::installTranslations(*qApp, jpki::platform::Language::English));
    MainWindow window(jpki::domain::minoCityProfile(), wednesday());
    EXPECT_EQ(window.windowTitle(), QStringLiteral("My Number Card Certificates Counter"));
    EXPECT_EQ(menuTitles(window), (QStringList{QStringLiteral("&File"), QStringLiteral("&Help")}));
}

// ヘルプ → 診断情報 opens the dialog at once; the report follows from its worker thread (here
// without pcscd, which the report then says).
TEST(MainWindow, HelpDiagnosticsOpensTheReportWithoutWaitingForIt) {
    TranslationGuard guard;
    MainWindow window(jpki::domain::minoCityProfile(), wednesday());
    auto* action = window.findChild<QAction*>(QStringLiteral("diagnosticsAction"));
    ASSERT_NE(action, nullptr);
    action->trigger();
    auto* dialog =
        window.findChild<jpki::gui::DiagnosticsDialog*>(QStringLiteral("diagnosticsDialog"));
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    QSignalSpy collected(dialog, &jpki::gui::DiagnosticsDialog::reportCollected);
    ASSERT_TRUE(dialog->collected() || collected.wait(20000));
    EXPECT_TRUE(dialog->reportText().contains(QStringLiteral("PC/SC")))
        << dialog->reportText().toStdString();
    dialog->close();
    QTest::qWait(100); // the dialog and the finished thread are deleted later
}

TEST(MainWindow, ShowsTodayFromTheCounterClockAndWhyTheCounterIsClosed) {
    TranslationGuard guard;
    jpki::platform::installTranslations(*qApp, jpki::platform::Language::Japanese);
    MainWindow open(jpki::domain::minoCityProfile(), wednesday());
    const auto* today = open.findChild<QLabel*>(QStringLiteral("todayLabel"));
    ASSERT_NE(today, nullptr);
    EXPECT_EQ(today->text(), QStringLiteral("本日: 令和8年11月25日(水)"));

    // R-CAL-HOLIDAY: 23 November is Labour Thanksgiving Day.
    const FixedClock holiday(QDate(2026, 11, 23));
    MainWindow closed(jpki::domain::minoCityProfile(), holiday);
    const auto* closedToday = closed.findChild<QLabel*>(QStringLiteral("todayLabel"));
    ASSERT_NE(closedToday, nullptr);
    EXPECT_EQ(closedToday->text(),
              QStringLiteral("本日: 令和8年11月23日(月) 閉庁日(勤労感謝の日)"));
}

TEST(MainWindow, HoldsTheCardPanelWaitingForTheCardService) {
    TranslationGuard guard;
    jpki::platform::installTranslations(*qApp, jpki::platform::Language::Japanese);
    MainWindow window(jpki::domain::minoCityProfile(), wednesday());
    const auto* state = window.cardPanel().findChild<QLabel*>(QStringLiteral("stateLabel"));
    ASSERT_NE(state, nullptr);
    EXPECT_EQ(state->text(), QStringLiteral("カードサービスを開始しています…"));
    EXPECT_EQ(window.findChildren<jpki::gui::CardPanel*>().size(), 1);
}

TEST(AboutDialog, ListsEveryLibraryWithItsVersionAndLicence) {
    TranslationGuard guard;
    AboutDialog dialog;
    const auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("componentsTable"));
    ASSERT_NE(table, nullptr);
    QStringList names;
    for (int row = 0; row < table->rowCount(); ++row) {
        names << table->item(row, 0)->text();
        EXPECT_FALSE(table->item(row, 1)->text().isEmpty()) << row;
        EXPECT_FALSE(table->item(row, 2)->text().isEmpty()) << row;
    }
    for (const char* expected : {"Qt", "OpenSSL", "SQLite", "pcsc-lite", "spdlog"}) {
        EXPECT_TRUE(names.contains(QString::fromLatin1(expected))) << expected;
    }
    const auto* title = dialog.findChild<QLabel*>(QStringLiteral("titleLabel"));
    ASSERT_NE(title, nullptr);
    EXPECT_TRUE(title->text().contains(QStringLiteral(JPKI_VERSION)));
}

QString receptionNotice(const MainWindow& window) {
    const auto* notice = window.findChild<QLabel*>(QStringLiteral("receptionNoticeLabel"));
    return notice && notice->isVisibleTo(&window) ? notice->text() : QString();
}

// R-CAL-HOURS, issue 16: outside the reception hours the window says so and when reception opens
// next; the notice follows the clock as it runs, without anyone touching the window.
TEST(MainWindow, SaysWhenReceptionIsClosedAndFollowsTheClock) {
    TranslationGuard guard;
    jpki::platform::installTranslations(*qApp, jpki::platform::Language::Japanese);
    MainWindow open(jpki::domain::minoCityProfile(), wednesday()); // noon on a Wednesday
    EXPECT_EQ(receptionNotice(open), QString());

    const FixedClock saturday(QDate(2026, 12, 12));
    MainWindow closed(jpki::domain::minoCityProfile(), saturday);
    EXPECT_EQ(receptionNotice(closed),
              QStringLiteral("本日は閉庁日(土曜日)のため受付していません。"
                             "次の受付は令和8年12月14日(月) 9:00からです。"));

    // Tuesday 8 December 2026, just before closing time.
    const RunningClock closing(QDateTime(QDate(2026, 12, 8), QTime(16, 59, 59, 500)));
    MainWindow window(jpki::domain::minoCityProfile(), closing);
    window.show();
    EXPECT_EQ(receptionNotice(window), QString());
    const QString afterClosing = QStringLiteral(
        "受付時間外です。本日の受付は17:00で終了しました。次の受付は令和8年12月9日(水) 9:00からです。");
    EXPECT_TRUE(QTest::qWaitFor([&] { return receptionNotice(window) == afterClosing; }, 5000))
        << receptionNotice(window).toStdString();
}

// Dates as the office writes them: the era in Japanese, a plain English date with --lang en.
TEST(MainWindow, ShowsTodayInTheEnglishFormWithTheEnglishTranslation) {
    TranslationGuard guard;
    ASSERT_TRUE(jpki::platform::installTranslations(*qApp, jpki::platform::Language::English));
    MainWindow window(jpki::domain::minoCityProfile(), wednesday());
    const auto* today = window.findChild<QLabel*>(QStringLiteral("todayLabel"));
    ASSERT_NE(today, nullptr);
    EXPECT_EQ(today->text(), QStringLiteral("Today: Wednesday 25 November 2026"));
    jpki::platform::installTranslations(*qApp, jpki::platform::Language::Japanese);
}
