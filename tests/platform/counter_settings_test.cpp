// The counter's settings files as an administrator lays them out: jpki-counter.conf and its
// drop-ins in a folder like /etc/jpki-counter, and the user's own file, real files on disk.

#include "platform/counter_settings.h"
#include "platform/profile_settings.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace jpki;
using namespace std::chrono_literals;
using platform::CounterSettings;
using platform::SettingOrigin;

namespace {

class SettingsFolder : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_root.isValid());
        ASSERT_TRUE(QDir().mkpath(system() + QStringLiteral("/conf.d")));
        ASSERT_TRUE(QDir().mkpath(m_root.filePath(QStringLiteral("home"))));
    }

    QString system() const { return m_root.filePath(QStringLiteral("etc")); }
    QString mainFile() const { return system() + QStringLiteral("/jpki-counter.conf"); }
    QString dropIn(const char* name) const {
        return system() + QStringLiteral("/conf.d/") + QString::fromUtf8(name);
    }
    QString userFile() const { return m_root.filePath(QStringLiteral("home/jpki-counter.conf")); }
    QString legacyProfile() const {
        return m_root.filePath(QStringLiteral("home/municipality.ini"));
    }

    static void write(const QString& path, const QByteArray& content) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
        file.write(content);
    }

    CounterSettings read() const {
        return CounterSettings::read({system(), userFile(), legacyProfile()});
    }

    static QString valueOf(const CounterSettings& settings, const char* key) {
        const auto value = settings.value(QLatin1String(key));
        return value ? value->value : QStringLiteral("<unset>");
    }

    static QStringList problemTexts(const CounterSettings& settings) {
        QStringList texts;
        for (const auto& problem : settings.problems()) {
            texts << problem.text();
        }
        return texts;
    }

    QTemporaryDir m_root;
};

} // namespace

TEST_F(SettingsFolder, LaterLayersWinAndEachValueNamesItsFileAndLine) {
    write(mainFile(), "# the town's counters\n"
                      "[counter]\n"
                      "id = 1\n"
                      "name = 市民課 1番窓口\n"
                      "[database]\n"
                      "location = /srv/counter/cases.sqlite3\n");
    write(dropIn("20-second.conf"), "[counter]\nname = 市民課 3番窓口\n");
    write(dropIn("10-first.conf"), "[counter]\nname = 市民課 2番窓口\nplace = 本庁舎1階\n");
    write(dropIn("30-not-a-drop-in.conf.dpkg-old"), "[counter]\nname = 古い窓口\n");
    write(userFile(), "[session]\nidle_lock_minutes = 15\n");

    CounterSettings settings = read();
    EXPECT_TRUE(settings.problems().empty())
        << problemTexts(settings).join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(settings.filesRead(), (QStringList{mainFile(), dropIn("10-first.conf"),
                                                 dropIn("20-second.conf"), userFile()}));

    const auto name = settings.value(QLatin1String(platform::setting::counterName));
    ASSERT_TRUE(name.has_value());
    EXPECT_EQ(name->value, QStringLiteral("市民課 3番窓口"));
    EXPECT_EQ(name->origin, SettingOrigin::SystemFile);
    EXPECT_EQ(name->file, dropIn("20-second.conf"));
    EXPECT_EQ(name->line, 2);
    EXPECT_EQ(valueOf(settings, platform::setting::counterPlace), QStringLiteral("本庁舎1階"));
    EXPECT_EQ(valueOf(settings, platform::setting::counterId), QStringLiteral("1"));
    EXPECT_EQ(platform::idleLock(settings), 15min);
    EXPECT_FALSE(settings.value(QLatin1String(platform::setting::municipalityProfile)));

    EXPECT_EQ(platform::sqliteDatabase(settings).path,
              QStringLiteral("/srv/counter/cases.sqlite3"));
    settings.setFromCommandLine(QLatin1String(platform::setting::databaseLocation),
                                QStringLiteral("/tmp/other.sqlite3"));
    EXPECT_EQ(platform::sqliteDatabase(settings).path, QStringLiteral("/tmp/other.sqlite3"));
    EXPECT_EQ(settings.value(QLatin1String(platform::setting::databaseLocation))->origin,
              SettingOrigin::CommandLine);
}

TEST_F(SettingsFolder, NothingAnywhereLeavesEveryDefault) {
    const CounterSettings settings = read();
    EXPECT_TRUE(settings.filesRead().isEmpty());
    EXPECT_TRUE(settings.problems().empty());
    for (const QString& key : platform::settingKeys()) {
        EXPECT_FALSE(settings.value(key).has_value()) << key.toStdString();
    }
    EXPECT_EQ(platform::idleLock(settings), 5min);
    EXPECT_FALSE(platform::sqliteDatabase(settings).path.has_value());
    const auto profile = platform::resolveMunicipalityProfile(settings);
    ASSERT_TRUE(profile.profile.has_value());
    EXPECT_EQ(profile.profile->counterName, domain::minoCityProfile().counterName);
}

TEST_F(SettingsFolder, TheUserCannotChangeWhatTheAdministratorFixed) {
    write(mainFile(), "[database]\n"
                      "location = /srv/counter/cases.sqlite3\n"
                      "[fixed]\n"
                      "keys = database.location\n");
    write(dropIn("50-counter.conf"), "[counter]\n"
                                     "id = 3\n"
                                     "[fixed]\n"
                                     "keys = counter.id, counter.name\n");
    write(userFile(), "[database]\n"
                      "location = /home/clerk/mine.sqlite3\n"
                      "[counter]\n"
                      "id = 9\n"
                      "place = 2階\n"
                      "[fixed]\n"
                      "keys = session.idle_lock_minutes\n"
                      "[session]\n"
                      "idle_lock_minutes = 30\n");

    const CounterSettings settings = read();
    EXPECT_EQ(platform::sqliteDatabase(settings).path,
              QStringLiteral("/srv/counter/cases.sqlite3"));
    EXPECT_EQ(valueOf(settings, platform::setting::counterId), QStringLiteral("3"));
    EXPECT_TRUE(settings.isFixed(QLatin1String(platform::setting::databaseLocation)));
    EXPECT_TRUE(settings.isFixed(QLatin1String(platform::setting::counterName)));
    EXPECT_FALSE(settings.isFixed(QLatin1String(platform::setting::idleLockMinutes)));
    // What is not fixed stays the user's.
    EXPECT_EQ(valueOf(settings, platform::setting::counterPlace), QStringLiteral("2階"));
    EXPECT_EQ(platform::idleLock(settings), 30min);

    const QStringList problems = problemTexts(settings);
    ASSERT_EQ(problems.size(), 3) << problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(problems.at(0).startsWith(userFile() + QStringLiteral(":2: ")));
    EXPECT_TRUE(problems.at(0).contains(QStringLiteral("database.location")));
    EXPECT_TRUE(problems.at(1).startsWith(userFile() + QStringLiteral(":4: ")));
    EXPECT_TRUE(problems.at(2).startsWith(userFile() + QStringLiteral(":7: ")));

    // `*` fixes every key.
    write(mainFile(), "[fixed]\nkeys = *\n");
    EXPECT_EQ(platform::idleLock(read()), 5min);
}

TEST_F(SettingsFolder, AMalformedLineIsNamedWithItsFileAndLineAndTheOthersStillApply) {
    write(dropIn("40-typos.conf"), "[counter]\n"                  // 1
                                   "name = 税務課 窓口\n"         // 2
                                   "this line has no equals\n"    // 3
                                   "colour = blue\n"              // 4
                                   "[session\n"                   // 5
                                   "[session]\n"                  // 6
                                   "idle_lock_minutes = 600\n"    // 7
                                   "idle_lock_minutes = soon\n"   // 8
                                   "[printer]\n"                  // 9
                                   "tray = 2\n"                   // 10
                                   "[counter]\n"                  // 11
                                   "place = \n"                   // 12
                                   "place = 2階\tの奥\n"          // 13
                                   "[database]\n"                 // 14
                                   "location = cases.sqlite3\n"); // 15
    write(mainFile(), "orphan = 1\n[session]\nidle_lock_minutes = 7\n");

    const CounterSettings settings = read();
    QStringList lines;
    for (const auto& problem : settings.problems()) {
        lines << QStringLiteral("%1:%2").arg(QFileInfo(problem.file).fileName()).arg(problem.line);
    }
    EXPECT_EQ(lines,
              (QStringList{QStringLiteral("jpki-counter.conf:1"), QStringLiteral("40-typos.conf:3"),
                           QStringLiteral("40-typos.conf:4"), QStringLiteral("40-typos.conf:5"),
                           QStringLiteral("40-typos.conf:7"), QStringLiteral("40-typos.conf:8"),
                           QStringLiteral("40-typos.conf:9"), QStringLiteral("40-typos.conf:12"),
                           QStringLiteral("40-typos.conf:13")}))
        << problemTexts(settings).join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(valueOf(settings, platform::setting::counterName), QStringLiteral("税務課 窓口"));
    EXPECT_EQ(platform::idleLock(settings), 7min); // the bad values left the main file's
    EXPECT_FALSE(settings.value(QLatin1String(platform::setting::counterPlace)));
    // A relative path is taken from the folder of the file that names it.
    EXPECT_EQ(platform::sqliteDatabase(settings).path,
              system() + QStringLiteral("/conf.d/cases.sqlite3"));
}

// The window's colours are the administrator's to set like the rest: desktop or dark, nothing else.
TEST_F(SettingsFolder, TheColorSchemeIsDesktopOrDark) {
    write(mainFile(), "[display]\ncolor_scheme = Dark\n");
    write(dropIn("50-typo.conf"), "[display]\ncolor_scheme = black\n");
    const CounterSettings settings = read();
    EXPECT_EQ(valueOf(settings, platform::setting::colorScheme), QStringLiteral("dark"));
    ASSERT_EQ(settings.problems().size(), 1u);
    EXPECT_EQ(settings.problems().front().line, 2);
    EXPECT_TRUE(settings.problems().front().message.contains(QStringLiteral("black")));
}

TEST_F(SettingsFolder, AFileThatCannotBeReadIsNamedAndIgnoredWithoutBlocking) {
    write(dropIn("10-latin1.conf"), "[counter]\nname = \xb4\xeb\n");
    ASSERT_EQ(::mkfifo(dropIn("20-fifo.conf").toLocal8Bit().constData(), 0600), 0);
    ASSERT_TRUE(QFile::link(dropIn("missing"), dropIn("25-dangling.conf")));
    ASSERT_TRUE(QDir().mkpath(dropIn("30-folder.conf")));
    write(dropIn("40-good.conf"), "[counter]\nid = 4\n");

    const CounterSettings settings = read();
    QStringList named;
    for (const auto& problem : settings.problems()) {
        EXPECT_EQ(problem.line, 0);
        named << QFileInfo(problem.file).fileName();
    }
    EXPECT_EQ(named,
              (QStringList{QStringLiteral("10-latin1.conf"), QStringLiteral("20-fifo.conf"),
                           QStringLiteral("25-dangling.conf"), QStringLiteral("30-folder.conf")}));
    EXPECT_EQ(valueOf(settings, platform::setting::counterId), QStringLiteral("4"));
    EXPECT_FALSE(settings.value(QLatin1String(platform::setting::counterName)));
}

TEST_F(SettingsFolder, APostgreSqlStoreIsRefusedAsNotSupportedYetWithoutShowingItsPassword) {
    for (const QByteArray& location :
         {QByteArray("postgresql://counter:s3cret@db.example/jpki"),
          QByteArray("postgres://db.example/jpki"), QByteArray("service=jpki-counter"),
          QByteArray("host=db.example dbname=jpki password=s3cret")}) {
        write(mainFile(), "[database]\nlocation = " + location + "\n");
        const auto choice = platform::sqliteDatabase(read());
        EXPECT_FALSE(choice.path.has_value()) << location.toStdString();
        EXPECT_TRUE(choice.refusal.contains(QStringLiteral("PostgreSQL")));
        EXPECT_TRUE(choice.refusal.contains(mainFile() + QStringLiteral(":2")));
        EXPECT_FALSE(choice.refusal.contains(QStringLiteral("s3cret")));
        EXPECT_FALSE(platform::maskedStoreLocation(QString::fromUtf8(location))
                         .contains(QStringLiteral("s3cret")));
    }
    CounterSettings settings = read();
    settings.setFromCommandLine(QLatin1String(platform::setting::databaseLocation),
                                QStringLiteral("service=jpki"));
    EXPECT_TRUE(platform::sqliteDatabase(settings).refusal.startsWith(QStringLiteral("--db")));
    EXPECT_EQ(platform::maskedStoreLocation(QStringLiteral("/srv/a=b.sqlite3")),
              QStringLiteral("/srv/a=b.sqlite3"));
}

TEST_F(SettingsFolder, TheCounterNameAndPlaceGoOverTheTownsProfile) {
    write(system() + QStringLiteral("/municipality.ini"),
          "[municipality]\nname=関市\ncode=212059\ncounter_name=市民課 1番窓口\n");
    write(mainFile(), "[municipality]\nprofile = municipality.ini\n");
    write(dropIn("50-counter.conf"), "[counter]\nname = 市民課 5番窓口\n");

    const auto load = platform::resolveMunicipalityProfile(read());
    ASSERT_TRUE(load.profile.has_value()) << load.errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(load.profile->name, "関市");
    EXPECT_EQ(load.profile->counterName, "市民課 5番窓口");
    EXPECT_EQ(load.profile->counterPlace, domain::minoCityProfile().counterPlace);

    // A profile the settings name must exist.
    write(mainFile(), "[municipality]\nprofile = /nonexistent/x.ini\n");
    const auto missing = platform::resolveMunicipalityProfile(read());
    EXPECT_FALSE(missing.profile.has_value());
    ASSERT_EQ(missing.errors.size(), 1);
    EXPECT_TRUE(missing.errors.first().contains(QStringLiteral("/nonexistent/x.ini")));
}

TEST_F(SettingsFolder, TheUsersMunicipalityIniStillCountsUnlessTheProfileIsFixed) {
    write(legacyProfile(), "[municipality]\nname=関市\ncode=212059\n");
    auto profile = read().value(QLatin1String(platform::setting::municipalityProfile));
    ASSERT_TRUE(profile.has_value());
    EXPECT_EQ(profile->value, legacyProfile());
    EXPECT_EQ(profile->origin, SettingOrigin::UserFile);

    write(mainFile(), "[fixed]\nkeys = municipality.profile\n");
    EXPECT_FALSE(read().value(QLatin1String(platform::setting::municipalityProfile)));
}

// The file the packages install as /etc/jpki-counter/jpki-counter.conf changes nothing as
// shipped, and each example in it is a line the reader takes.
TEST_F(SettingsFolder, TheShippedFileChangesNothingAndItsExamplesAreValid) {
    QFile shipped(QStringLiteral(JPKI_SHIPPED_SETTINGS));
    ASSERT_TRUE(shipped.open(QIODevice::ReadOnly));
    const QByteArray content = shipped.readAll();
    write(mainFile(), content);
    const CounterSettings asShipped = read();
    EXPECT_TRUE(asShipped.problems().empty())
        << problemTexts(asShipped).join(QLatin1Char('\n')).toStdString();
    for (const QString& key : platform::settingKeys()) {
        EXPECT_FALSE(asShipped.value(key).has_value()) << key.toStdString();
    }

    static const QRegularExpression example(QStringLiteral("\n#([a-z_]+ = )"));
    QString text = QString::fromUtf8(content);
    text.replace(example, QStringLiteral("\n\\1"));
    write(mainFile(), text.toUtf8());
    const CounterSettings examples = read();
    EXPECT_TRUE(examples.problems().empty())
        << problemTexts(examples).join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(valueOf(examples, platform::setting::counterName),
              QStringLiteral("市民生活課 1番窓口"));
    EXPECT_TRUE(examples.isFixed(QLatin1String(platform::setting::databaseLocation)));
}

TEST(SettingsLocation, TheSystemFolderIsEtcUnlessTheEnvironmentNamesAnother) {
    qunsetenv("JPKI_COUNTER_SYSCONFDIR");
    EXPECT_EQ(platform::systemSettingsFolder(), QStringLiteral("/etc/jpki-counter"));
    qputenv("JPKI_COUNTER_SYSCONFDIR", "/tmp/staged/etc/jpki-counter");
    EXPECT_EQ(platform::SettingsLocations::standard().systemFolder,
              QStringLiteral("/tmp/staged/etc/jpki-counter"));
    qunsetenv("JPKI_COUNTER_SYSCONFDIR");
}
