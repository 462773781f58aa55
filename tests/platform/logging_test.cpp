// The log files on real files: they name staff and cases, so they are their owner's only,
// whatever the umask, a rotation's new file too, and one kept from before is tightened.

#include "platform/logging.h"

#include <QTemporaryDir>
#include <fstream>
#include <gtest/gtest.h>
#include <string>
#include <sys/stat.h>

namespace jpki::platform {
namespace {

unsigned modeOf(const QString& path) {
    struct stat found {};
    return ::lstat(path.toLocal8Bit().constData(), &found) == 0 ? found.st_mode & 07777 : 0;
}

class LogFiles : public ::testing::Test {
protected:
    void TearDown() override { initLogging({.logFile = {}, .console = false}); }

    QString logFile() const { return m_folder.filePath(QStringLiteral("jpki-counter.log")); }

    QTemporaryDir m_folder;
};

TEST_F(LogFiles, AreTheOwnersOnlyUnderAPermissiveUmaskAcrossARotation) {
    const mode_t saved = ::umask(0);
    initLogging({.logFile = logFile(), .console = false, .routeQtMessages = false});
    logger("app")->info("first line");
    // Past the 5 MiB a file may hold, so that the file is rotated and a new one started.
    const std::string line(1000, 'x');
    for (int written = 0; written < 6 * 1024; ++written) {
        logger("app")->info("{}", line);
    }
    logger("app")->flush();
    ::umask(saved);
    EXPECT_EQ(modeOf(logFile()), 0600u);
    const QString rotated = m_folder.filePath(QStringLiteral("jpki-counter.1.log"));
    ASSERT_NE(modeOf(rotated), 0u) << "the file was rotated";
    EXPECT_EQ(modeOf(rotated), 0600u);
}

TEST_F(LogFiles, AnOlderLogReadableByOthersIsTightened) {
    std::ofstream(logFile().toStdString()) << "an older line\n";
    ASSERT_EQ(::chmod(logFile().toLocal8Bit().constData(), 0644), 0);
    initLogging({.logFile = logFile(), .console = false, .routeQtMessages = false});
    logger("app")->info("next line");
    EXPECT_EQ(modeOf(logFile()), 0600u);
}

} // namespace
} // namespace jpki::platform
