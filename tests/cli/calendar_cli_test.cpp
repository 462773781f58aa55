#include "cli_process.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <gtest/gtest.h>

TEST(CalendarCli, ListsTheHolidaysOfAYearAsJson) {
    const CliRun run =
        runCli({QStringLiteral("calendar"), QStringLiteral("holidays"), QStringLiteral("--year"),
                QStringLiteral("2026"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    ASSERT_TRUE(run.stdoutIsOneJsonObject) << run.out.toStdString();
    const QJsonArray holidays = run.json.value(QStringLiteral("holidays")).toArray();
    ASSERT_EQ(holidays.size(), 18); // 2026 has 18 national holidays, 9-22 Sept included
    EXPECT_EQ(holidays.first().toObject().value(QStringLiteral("date")).toString(),
              QStringLiteral("2026-01-01"));
    EXPECT_EQ(holidays.first().toObject().value(QStringLiteral("name")).toString(),
              QStringLiteral("元日"));
    // 2026-09-22 is a citizens' holiday between 敬老の日 (21st) and 秋分の日 (23rd).
    bool foundCitizensHoliday = false;
    for (const auto& value : holidays) {
        const QJsonObject holiday = value.toObject();
        if (holiday.value(QStringLiteral("date")).toString() == QStringLiteral("2026-09-22")) {
            foundCitizensHoliday =
                holiday.value(QStringLiteral("name")).toString() == QStringLiteral("国民の休日");
        }
    }
    EXPECT_TRUE(foundCitizensHoliday);
}

TEST(CalendarCli, NamesHolidaysInEnglishWithLangEn) {
    const CliRun run = runCli({QStringLiteral("calendar"), QStringLiteral("holidays"),
                               QStringLiteral("--year=2026"), QStringLiteral("--json"),
                               QStringLiteral("--lang"), QStringLiteral("en")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray holidays = run.json.value(QStringLiteral("holidays")).toArray();
    ASSERT_FALSE(holidays.isEmpty());
    EXPECT_EQ(holidays.first().toObject().value(QStringLiteral("name")).toString(),
              QStringLiteral("New Year's Day"));
}

TEST(CalendarCli, RefusesAYearOutsideTheSupportedRange) {
    const CliRun run =
        runCli({QStringLiteral("calendar"), QStringLiteral("holidays"), QStringLiteral("--year"),
                QStringLiteral("2100"), QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_FALSE(run.err.isEmpty());
}

TEST(CalendarCli, YearEndClosureIsNotABusinessDayAndNamesTheNextOne) {
    const CliRun run = runCli({QStringLiteral("calendar"), QStringLiteral("business-day"),
                               QStringLiteral("2026-12-29"), QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 1); // the rule says no
    ASSERT_TRUE(run.stdoutIsOneJsonObject) << run.out.toStdString();
    EXPECT_FALSE(run.json.value(QStringLiteral("business_day")).toBool(true));
    // 2027-01-04 is a Monday after the closure of 29 Dec to 3 Jan.
    EXPECT_EQ(run.json.value(QStringLiteral("next")).toString(), QStringLiteral("2027-01-04"));
}

TEST(CalendarCli, AWeekdayIsABusinessDay) {
    const CliRun run = runCli({QStringLiteral("calendar"), QStringLiteral("business-day"),
                               QStringLiteral("2026-11-25"), QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.json.value(QStringLiteral("business_day")).toBool(false));
    EXPECT_EQ(run.json.value(QStringLiteral("next")).toString(), QStringLiteral("2026-11-26"));
}

TEST(CalendarCli, RefusesAnImpossibleDateWithExitTwo) {
    for (const char* bad : {"2026-02-30", "2026/11/25", "tomorrow"}) {
        const CliRun run = runCli({QStringLiteral("calendar"), QStringLiteral("business-day"),
                                   QString::fromLatin1(bad), QStringLiteral("--json")});
        EXPECT_EQ(run.exitCode, 2) << bad;
        EXPECT_TRUE(run.out.isEmpty()) << bad;
        EXPECT_TRUE(run.err.contains("YYYY-MM-DD")) << bad;
    }
}

TEST(CalendarCli, AProfileFileAddsTheTownsOwnClosedDays) {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("municipality.ini"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("[closure]\nextra_days=2026-11-25\n");
    file.close();
    const CliRun run = runCli({QStringLiteral("calendar"), QStringLiteral("business-day"),
                               QStringLiteral("2026-11-25"), QStringLiteral("--profile"), path,
                               QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_FALSE(run.json.value(QStringLiteral("business_day")).toBool(true));

    const CliRun broken =
        runCli({QStringLiteral("calendar"), QStringLiteral("business-day"),
                QStringLiteral("2026-11-25"), QStringLiteral("--profile"),
                folder.filePath(QStringLiteral("missing.ini")), QStringLiteral("--json")});
    EXPECT_EQ(broken.exitCode, 2);
    EXPECT_TRUE(broken.out.isEmpty());
}
