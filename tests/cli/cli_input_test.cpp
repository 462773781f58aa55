// What every command of jpki-counter-cli (and jpki-counter-print) does with input it cannot use:
// --help anywhere answers 0, an extra argument, an unknown --lang, an unreadable --profile and a
// date outside 1900-01-01..2099-12-31 exit 2 with the reason, and a PIN read from standard input
// ends at once on endless input.

#include "cli_process.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

QStringList words(const char* text) {
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

TEST(CliInput, HelpAnywhereAnswersZero) {
    for (const char* command :
         {"--help", "rules --help", "rules renewal --help", "calendar business-day --help",
          "card info --help", "db generate --help", "case letter --help", "report daily --help"}) {
        const CliRun run = runCli(words(command));
        EXPECT_EQ(run.exitCode, 0) << command << ": " << run.err.toStdString();
        EXPECT_FALSE(run.out.isEmpty()) << command;
    }
    EXPECT_TRUE(runCli(words("rules renewal --help")).out.contains("--cert-expires"));
}

TEST(CliInput, VersionAnswersTheProjectVersion) {
    const CliRun run = runCli({QStringLiteral("--version")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, QByteArray("jpki-counter-cli " JPKI_VERSION "\n"));
}

TEST(CliInput, ExtraArgumentsAreRefused) {
    for (const char* command :
         {"rules renewal --cert-expires 2027-01-31 --card-expires 2034-05-10 --today 2026-11-25 "
          "extra",
          "calendar business-day 2026-12-29 2026-12-30", "calendar holidays --year 2026 extra",
          "audit verify extra"}) {
        const CliRun run =
            runCli(words(command) << QStringLiteral("--lang") << QStringLiteral("en"));
        EXPECT_EQ(run.exitCode, 2) << command;
        EXPECT_TRUE(run.out.isEmpty()) << command;
        const QString extra = words(command).last();
        EXPECT_TRUE(QString::fromUtf8(run.err).contains(QStringLiteral("「%1」").arg(extra)) ||
                    run.err.contains(QStringLiteral("\"%1\"").arg(extra).toUtf8()))
            << command << ": " << run.err.toStdString();
    }
}

TEST(CliInput, AnUnknownLanguageIsRefusedNamingTheAcceptedOnes) {
    const CliRun run = runCli(words("calendar holidays --year 2026 --lang xx"));
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.contains("ja") && run.err.contains("en")) << run.err.toStdString();
}

TEST(CliInput, AProfileThatCannotBeReadIsRefused) {
    QTemporaryDir folder;
    for (const QString& profile : {folder.filePath(QStringLiteral("missing.ini")), folder.path()}) {
        for (const char* command :
             {"calendar business-day 2026-12-29", "calendar holidays --year 2026"}) {
            const CliRun run = runCli(words(command) << QStringLiteral("--profile") << profile);
            EXPECT_EQ(run.exitCode, 2) << command << ' ' << profile.toStdString();
            EXPECT_TRUE(run.out.isEmpty());
        }
    }
}

// Year 0000 once gave a renewal window opening on "-001-10-02".
TEST(CliInput, DatesOutsideTheAcceptedRangeAreRefused) {
    for (const char* date : {"0000-01-01", "1899-12-31", "2100-01-01", "9999-12-31"}) {
        const CliRun renewal = runCli(
            {QStringLiteral("rules"), QStringLiteral("renewal"), QStringLiteral("--cert-expires"),
             QString::fromLatin1(date), QStringLiteral("--card-expires"),
             QStringLiteral("2034-05-10"), QStringLiteral("--today"), QStringLiteral("2026-11-25"),
             QStringLiteral("--lang"), QStringLiteral("en")});
        EXPECT_EQ(renewal.exitCode, 2) << date;
        EXPECT_TRUE(renewal.out.isEmpty()) << date << ": " << renewal.out.toStdString();
        EXPECT_TRUE(renewal.err.contains("1900-01-01")) << renewal.err.toStdString();
        const CliRun day = runCli({QStringLiteral("calendar"), QStringLiteral("business-day"),
                                   QString::fromLatin1(date)});
        EXPECT_EQ(day.exitCode, 2) << date;
    }
    const CliRun edge = runCli(words("rules renewal --cert-expires 2099-12-31 --card-expires "
                                     "2099-12-31 --today 1900-01-01 --json"));
    EXPECT_NE(edge.exitCode, 2) << edge.err.toStdString();
}

// `rules pin-check < /dev/zero` never returned: the PIN was read byte by byte without a cap.
TEST(CliInput, EndlessStandardInputEndsAtOnce) {
    // Endless NUL bytes (as a file and through a pipe), and an endless line without its end;
    // "$0" is the program.
    for (const char* shell : {"\"$0\" rules pin-check --kind card-info < /dev/zero",
                              "cat /dev/zero | \"$0\" rules pin-check --kind card-info",
                              "tr '\\0' 1 < /dev/zero | \"$0\" rules pin-check --kind signature"}) {
        QElapsedTimer timer;
        timer.start();
        const CliRun run =
            runProgram(QStringLiteral("sh"), {QStringLiteral("-c"), QString::fromLatin1(shell),
                                              QStringLiteral(JPKI_CLI_PATH)});
        EXPECT_EQ(run.exitCode, 2) << shell << ": " << run.err.toStdString();
        EXPECT_LT(timer.elapsed(), 10000) << shell;
    }
    // A line longer than any PIN, a NUL byte: refused without using any of it.
    const CliRun longLine =
        runCli(words("rules pin-check --kind signature --lang en"), QByteArray(100, 'A') + '\n');
    EXPECT_EQ(longLine.exitCode, 2);
    EXPECT_TRUE(longLine.out.isEmpty());
    const CliRun nul =
        runCli(words("rules pin-check --kind card-info --lang en"), QByteArray("12\0"
                                                                               "34\n",
                                                                               5));
    EXPECT_EQ(nul.exitCode, 2);
    EXPECT_TRUE(nul.err.contains("NUL")) << nul.err.toStdString(); // the same in both languages
    // Only the first line is the PIN.
    const CliRun twoLines =
        runCli(words("rules pin-check --kind card-info --json"), QByteArray("5928\nrest"));
    EXPECT_EQ(twoLines.exitCode, 0) << twoLines.err.toStdString();
}

} // namespace
