// ヘルプ → 診断情報 through the real PC/SC stack, offscreen: the dialog collects on its own thread,
// shows the reader and the applets' answers, and saves a file only its owner may read.

#include "child_process.h"
#include "gui/diagnostics_dialog.h"
#include "pcsc_test.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <sys/stat.h>

namespace jpki::test {
namespace {

// JPKI_SCREENSHOT_DIR on a real display (xvfb-run): the screen as `import` sees it.
void screenshotOfTheScreen(QWidget& dialog, const std::filesystem::path& work) {
    const QByteArray folder = qgetenv("JPKI_SCREENSHOT_DIR");
    if (folder.isEmpty() || qgetenv("DISPLAY").isEmpty()) {
        return;
    }
    dialog.move(0, 0);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QTest::qWait(500);
    const std::string target = folder.toStdString() + "/diagnostics-dialog.png";
    const std::string dialogArea =
        std::to_string(dialog.width()) + "x" + std::to_string(dialog.height()) + "+0+0";
    const auto status =
        runToCompletion({"import", "-window", "root", "-crop", dialogArea, "+repage", target},
                        work / "import.txt", std::chrono::seconds(20));
    EXPECT_TRUE(status && exitedWith(*status, 0));
}

class DiagnosticsDialogThroughPcsc : public PcscTest {};

TEST_F(DiagnosticsDialogThroughPcsc, ShowsTheReportAndSavesAFileOnlyItsOwnerMayRead) {
    ASSERT_NO_FATAL_FAILURE(startStack({"healthy"}));
    diagnostics::CollectOptions options;
    options.databasePath = QString::fromStdString((stack().directory() / "none.sqlite3").string());
    gui::DiagnosticsDialog dialog(options);
    QSignalSpy collected(&dialog, &gui::DiagnosticsDialog::reportCollected);
    // The window goes on while pcscd is asked: the report comes later, through the event loop.
    EXPECT_FALSE(dialog.collected());
    ASSERT_TRUE(collected.wait(20000));

    const QString report = dialog.reportText();
    EXPECT_TRUE(report.contains(QString::fromStdString(stack().readerName())))
        << report.toStdString();
    EXPECT_TRUE(report.contains(QStringLiteral("3B E0 00 FF 81 31 FE 45 14")));
    EXPECT_EQ(report.count(QStringLiteral(": 90 00")), 3) << report.toStdString();
    // The window knows its screen: the scaling is said, not "n/a".
    EXPECT_TRUE(report.contains(QStringLiteral("offscreen")) ||
                report.contains(QStringLiteral("xcb")))
        << report.toStdString();

    ASSERT_NO_FATAL_FAILURE(screenshotOfTheScreen(dialog, stack().directory()));

    const std::filesystem::path saved = stack().directory() / "diagnostics.txt";
    ASSERT_TRUE(dialog.saveTo(QString::fromStdString(saved.string())));
    struct stat info {};
    ASSERT_EQ(::stat(saved.c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 07777, 0600u);
    QFile file(QString::fromStdString(saved.string()));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(file.readAll()), report);

    QTest::qWait(100); // the finished worker thread's deferred deletion
}

} // namespace
} // namespace jpki::test
