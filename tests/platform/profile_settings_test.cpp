#include "platform/profile_settings.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace jpki;
using namespace std::chrono;

namespace {

class ProfileFile : public ::testing::Test {
protected:
    QString write(const QByteArray& content) {
        const QString path = m_folder.filePath(QStringLiteral("municipality.ini"));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        return path;
    }

private:
    QTemporaryDir m_folder;
};

} // namespace

TEST_F(ProfileFile, OverridesOnlyTheKeysItNames) {
    const auto load =
        platform::loadMunicipalityProfile(write("[municipality]\n"
                                                "name=関市\n"
                                                "code=212059\n"
                                                "counter_name=市民課 3番窓口\n"
                                                "[reception]\n"
                                                "opens=8:30\n"
                                                "closes=17:15\n"
                                                "[closure]\n"
                                                "extra_days=2026-08-14, 2026-08-15\n"));
    ASSERT_TRUE(load.profile.has_value()) << load.errors.join(QLatin1Char('\n')).toStdString();
    const auto& profile = *load.profile;
    EXPECT_EQ(profile.name, "関市");
    EXPECT_EQ(profile.code, "212059");
    EXPECT_EQ(profile.counterName, "市民課 3番窓口");
    EXPECT_EQ(profile.counterPlace, domain::minoCityProfile().counterPlace); // not named: kept
    EXPECT_EQ(profile.receptionOpens, minutes{8 * 60 + 30});
    EXPECT_EQ(profile.receptionCloses, minutes{17 * 60 + 15});
    ASSERT_EQ(profile.extraClosedDays.size(), 2u);
    EXPECT_EQ(profile.extraClosedDays[1], (domain::Date{year{2026}, August, day{15}}));
    EXPECT_EQ(profile.yearEndClosureFrom, (domain::MonthDay{12, 29}));
    EXPECT_FALSE(profile.identityDocuments.empty());
}

TEST_F(ProfileFile, RefusesTheWholeFileWhenAnyValueIsWrong) {
    struct Row {
        const char* what;
        QByteArray content;
    };
    const Row rows[] = {
        {"hour out of range", "[reception]\nopens=25:00\n"},
        {"opens after closes", "[reception]\nopens=17:00\ncloses=09:00\n"},
        {"bad check digit", "[municipality]\ncode=212076\n"},
        {"five digits", "[municipality]\ncode=21207\n"},
        {"no such day", "[closure]\nyear_end_from=02-30\n"},
        {"bad extra day", "[closure]\nextra_days=2026-08-14, 2026-13-01\n"},
        {"empty name", "[municipality]\nname=\n"},
        {"misspelt key", "[reception]\nopen=09:00\n"},
    };
    for (const Row& row : rows) {
        const auto load = platform::loadMunicipalityProfile(write(row.content));
        EXPECT_FALSE(load.profile.has_value()) << row.what;
        EXPECT_FALSE(load.errors.isEmpty()) << row.what;
    }
}

TEST(ProfileCheckDigit, AcceptsRealLocalGovernmentCodes) {
    // 札幌市中央区 (remainder 0), 千代田区, 美濃市.
    for (const char* code : {"011011", "131016", "212075"}) {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("p.ini"));
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("[municipality]\ncode=") + code + '\n');
        file.close();
        const auto load = platform::loadMunicipalityProfile(path);
        EXPECT_TRUE(load.profile.has_value()) << code;
    }
}
