#include "domain/municipality_profile.h"
#include "gui/about_dialog.h"
#include "gui/card_panel.h"
#include "gui/diagnostics_dialog.h"
#include "gui/main_window.h"
#include "platform/clock.h"
#include "platform/language.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
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
    EXPECT_EQ(today->text(), QStringLiteral("本日: 2026年11月25日(水)"));

    // R-CAL-HOLIDAY: 23 November is Labour Thanksgiving Day.
    const FixedClock holiday(QDate(2026, 11, 23));
    MainWindow closed(jpki::domain::minoCityProfile(), holiday);
    const auto* closedToday = closed.findChild<QLabel*>(QStringLiteral("todayLabel"));
    ASSERT_NE(closedToday, nullptr);
    EXPECT_EQ(closedToday->text(), QStringLiteral("本日: 2026年11月23日(月) 閉庁日(勤労感謝の日)"));
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
