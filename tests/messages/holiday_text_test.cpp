#include "messages/holiday_text.h"

#include <QSet>
#include <QString>
#include <gtest/gtest.h>
#include <string>

using namespace jpki;
using domain::ClosureKind;
using domain::ClosureReason;
using domain::HolidayKind;

TEST(HolidayText, EveryHolidayKindHasItsOwnNonEmptyName) {
    QSet<QString> seen;
    for (const HolidayKind kind : domain::allHolidayKinds) {
        const QString name = messages::holidayName(kind);
        EXPECT_FALSE(name.isEmpty()) << "R-CAL-HOLIDAY kind " << static_cast<int>(kind);
        EXPECT_FALSE(seen.contains(name))
            << "R-CAL-HOLIDAY two kinds share the name " << name.toStdString();
        seen.insert(name);
    }
}

TEST(HolidayText, NamesThatChangedOverTimeKeepTheirOfficialJapaneseForm) {
    struct Row {
        const char* rule;
        HolidayKind kind;
        const char* expected;
    };
    const Row rows[] = {
        {"R-CAL-HOLIDAY 29 April to 1988, 23 Dec, 23 Feb", HolidayKind::EmperorsBirthday,
         "天皇誕生日"},
        {"R-CAL-HOLIDAY 29 April from 2007", HolidayKind::ShowaDay, "昭和の日"},
        {"R-CAL-HOLIDAY 29 April 1989-2006, 4 May from 2007", HolidayKind::GreeneryDay,
         "みどりの日"},
        {"R-CAL-HOLIDAY to 2019", HolidayKind::HealthAndSportsDay, "体育の日"},
        {"R-CAL-HOLIDAY from 2020", HolidayKind::SportsDay, "スポーツの日"},
        {"R-CAL-HOLIDAY substitute holiday", HolidayKind::SubstituteHoliday, "振替休日"},
        {"R-CAL-HOLIDAY citizens' holiday", HolidayKind::CitizensHoliday, "国民の休日"},
        {"R-CAL-HOLIDAY 2019-05-01", HolidayKind::EmperorsAccession, "天皇の即位の日"},
    };
    for (const Row& row : rows) {
        EXPECT_EQ(messages::holidayName(row.kind).toStdString(), row.expected) << row.rule;
    }
}

TEST(HolidayText, EveryClosureKindHasItsOwnNonEmptyText) {
    QSet<QString> seen;
    for (const ClosureKind kind : domain::allClosureKinds) {
        const QString text = messages::closureKindText(kind);
        EXPECT_FALSE(text.isEmpty()) << "R-CAL-CLOSED kind " << static_cast<int>(kind);
        EXPECT_FALSE(seen.contains(text))
            << "R-CAL-CLOSED two kinds share the text " << text.toStdString();
        seen.insert(text);
    }
}

TEST(HolidayText, AnUnknownYearNamesTheSupportedRange) {
    const QString text = messages::closureKindText(ClosureKind::HolidaysUnknown);
    EXPECT_TRUE(text.contains(QStringLiteral("1949"))) << "R-CAL-HOLIDAY " << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("2099"))) << "R-CAL-HOLIDAY " << text.toStdString();
    EXPECT_FALSE(text.contains(QLatin1Char('%'))) << "R-CAL-HOLIDAY " << text.toStdString();
}

TEST(HolidayText, AClosedDayIsExplainedByTheHolidayNameOrTheClosureKind) {
    struct Row {
        const char* rule;
        ClosureReason reason;
        const char* expected;
    };
    const Row rows[] = {
        {"R-CAL-HOLIDAY a holiday is given by its name",
         {ClosureKind::NationalHoliday, HolidayKind::CultureDay},
         "文化の日"},
        {"R-CAL-CLOSED a holiday without a kind falls back to the general text",
         {ClosureKind::NationalHoliday, std::nullopt},
         "国民の祝日・休日"},
        {"R-CAL-CLOSED Saturday", {ClosureKind::Saturday, std::nullopt}, "土曜日"},
        {"R-CAL-CLOSED Sunday", {ClosureKind::Sunday, std::nullopt}, "日曜日"},
        {"R-CAL-CLOSED year-end closure",
         {ClosureKind::YearEndClosure, std::nullopt},
         "年末年始の閉庁日"},
        {"R-CAL-CLOSED extra closed day",
         {ClosureKind::ExtraClosedDay, std::nullopt},
         "臨時閉庁日"},
    };
    for (const Row& row : rows) {
        EXPECT_EQ(messages::closureReasonText(row.reason).toStdString(), row.expected) << row.rule;
    }
}

// R-CAL-HOURS: nothing while reception is open; otherwise why not and when it opens next.
TEST(HolidayText, TheReceptionNoticeSaysWhyAndWhenReceptionOpensNext) {
    using domain::ReceptionState;
    using domain::ReceptionStatus;
    const std::chrono::minutes opens{9 * 60};
    const std::chrono::minutes closes{17 * 60};
    const domain::Date monday{std::chrono::year{2026}, std::chrono::December, std::chrono::day{14}};
    EXPECT_EQ(messages::receptionNoticeText({ReceptionState::Open, std::nullopt, std::nullopt},
                                            opens, closes),
              QString());
    EXPECT_EQ(messages::receptionNoticeText({ReceptionState::BeforeOpening, std::nullopt, monday},
                                            opens, closes),
              QStringLiteral("受付時間外です。本日の受付は9:00からです。"));
    EXPECT_EQ(
        messages::receptionNoticeText(
            {ReceptionState::ClosedDay, ClosureReason{ClosureKind::Saturday, std::nullopt}, monday},
            opens, closes),
        QStringLiteral("本日は閉庁日(土曜日)のため受付していません。次の受付は令和8年12月14日"
                       "(月) 9:00からです。"));
    EXPECT_EQ(messages::receptionNoticeText(
                  {ReceptionState::AfterClosing, std::nullopt, std::nullopt}, opens, closes),
              QStringLiteral("受付時間外です。本日の受付は17:00で終了しました。"));
}
