// The commands that lay out pages run in jpki-counter-print, which jpki-counter-cli starts from
// its own folder: the usage still lists them, and without that program they fail clearly.

#include "cli_process.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

TEST(PrintProgram, TheUsageListsThePageLayingCommandsToo) {
    const CliRun run = runCli({QStringLiteral("--help")});
    ASSERT_EQ(run.exitCode, 0);
    const QString usage = QString::fromUtf8(run.out);
    EXPECT_TRUE(usage.contains(QStringLiteral("case letter ")));
    EXPECT_TRUE(usage.contains(QStringLiteral("case receipt ")));
    EXPECT_TRUE(usage.contains(QStringLiteral("[--format json|csv|pdf]")));
    EXPECT_TRUE(usage.contains(QStringLiteral("calendar business-day ")));
}

// jpki-counter-cli copied alone into a folder: a page-laying command names the program it
// looked for and fails with exit 2, nothing on standard output, no file written.
TEST(PrintProgram, AMissingPrintProgramIsNamedAndFailsWithTwo) {
    QTemporaryDir folder;
    const QString alone = folder.filePath(QStringLiteral("jpki-counter-cli"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(JPKI_CLI_PATH), alone));
    const QString pdf = folder.filePath(QStringLiteral("letter.pdf"));
    const QString expected =
        QFileInfo(folder.path()).canonicalFilePath() + QStringLiteral("/jpki-counter-print");
    const auto caseLetter = [&](const QString& language) {
        return runProgram(alone, {QStringLiteral("case"), QStringLiteral("letter"),
                                  QStringLiteral("P2026-000001-1"), QStringLiteral("--out"), pdf,
                                  QStringLiteral("--json"), QStringLiteral("--lang"), language});
    };
    for (const QString& language : {QStringLiteral("ja"), QStringLiteral("en")}) {
        const CliRun run = caseLetter(language);
        EXPECT_EQ(run.exitCode, 2);
        EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
        const QString error = QString::fromUtf8(run.err);
        EXPECT_TRUE(error.startsWith(QStringLiteral("case letter: "))) << error.toStdString();
        EXPECT_TRUE(error.contains(expected)) << error.toStdString();
    }
    EXPECT_TRUE(QString::fromUtf8(caseLetter(QStringLiteral("ja")).err)
                    .contains(QStringLiteral("jpki-counter-print が実行します")));
    EXPECT_FALSE(QFileInfo::exists(pdf));
    // Commands that lay out nothing do not need it.
    EXPECT_EQ(runProgram(alone, {QStringLiteral("calendar"), QStringLiteral("business-day"),
                                 QStringLiteral("2026-11-25")})
                  .exitCode,
              0);
}

} // namespace
