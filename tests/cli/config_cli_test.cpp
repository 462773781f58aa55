// The counter's settings files as the command line reads them: config show, the database a
// command opens, and a PostgreSQL location refused as not supported yet. The files are real, in a
// folder laid out like /etc/jpki-counter and named by JPKI_COUNTER_SYSCONFDIR; the user's file is
// in XDG_CONFIG_HOME. The program inherits both from this process.

#include "cli_process.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

class ConfigCli : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_root.isValid());
        ASSERT_TRUE(QDir().mkpath(system() + QStringLiteral("/conf.d")));
        ASSERT_TRUE(QDir().mkpath(m_root.filePath(QStringLiteral("config/jpki-counter"))));
        qputenv("JPKI_COUNTER_SYSCONFDIR", system().toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", m_root.filePath(QStringLiteral("config")).toLocal8Bit());
    }
    void TearDown() override {
        qunsetenv("JPKI_COUNTER_SYSCONFDIR");
        qunsetenv("XDG_CONFIG_HOME");
    }

    QString system() const { return m_root.filePath(QStringLiteral("etc")); }
    QString mainFile() const { return system() + QStringLiteral("/jpki-counter.conf"); }
    QString dropIn(const char* name) const {
        return system() + QStringLiteral("/conf.d/") + QString::fromUtf8(name);
    }
    QString userFile() const {
        return m_root.filePath(QStringLiteral("config/jpki-counter/jpki-counter.conf"));
    }
    QString path(const char* name) const { return m_root.filePath(QString::fromUtf8(name)); }

    static void write(const QString& path, const QByteArray& content) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
        file.write(content);
    }

    QTemporaryDir m_root;
};

QStringList words(const char* text) {
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

TEST_F(ConfigCli, ShowsEachValueInEffectWithTheFileAndLineItCameFrom) {
    write(mainFile(), "[database]\n"
                      "location = /srv/jpki-counter/cases.sqlite3\n"
                      "[fixed]\n"
                      "keys = database.location, counter.id\n");
    write(dropIn("50-counter.conf"), "[counter]\n"
                                     "id = 2\n"
                                     "name = 市民課 2番窓口\n");
    write(userFile(), "[counter]\n"
                      "id = 7\n"
                      "[session]\n"
                      "idle_lock_minutes = 12\n");

    const CliRun run = runCli(words("config show --json"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    ASSERT_TRUE(run.stdoutIsOneJsonObject) << run.out.toStdString();
    const QJsonObject settings = run.json.value(QStringLiteral("settings")).toObject();

    const QJsonObject id = settings.value(QStringLiteral("counter.id")).toObject();
    EXPECT_EQ(id.value(QStringLiteral("value")).toString(), QStringLiteral("2"));
    EXPECT_EQ(id.value(QStringLiteral("origin")).toString(), QStringLiteral("system"));
    EXPECT_EQ(id.value(QStringLiteral("file")).toString(), dropIn("50-counter.conf"));
    EXPECT_EQ(id.value(QStringLiteral("line")).toInt(), 2);
    EXPECT_TRUE(id.value(QStringLiteral("fixed")).toBool());

    const QJsonObject idle = settings.value(QStringLiteral("session.idle_lock_minutes")).toObject();
    EXPECT_EQ(idle.value(QStringLiteral("value")).toString(), QStringLiteral("12"));
    EXPECT_EQ(idle.value(QStringLiteral("origin")).toString(), QStringLiteral("user"));
    EXPECT_EQ(idle.value(QStringLiteral("file")).toString(), userFile());

    const QJsonObject place = settings.value(QStringLiteral("counter.place")).toObject();
    EXPECT_EQ(place.value(QStringLiteral("origin")).toString(), QStringLiteral("default"));
    EXPECT_EQ(place.value(QStringLiteral("value")).toString(), QStringLiteral("市役所1階"));

    EXPECT_EQ(run.json.value(QStringLiteral("files")).toArray().toVariantList(),
              (QVariantList{mainFile(), dropIn("50-counter.conf"), userFile()}));
    const QJsonArray problems = run.json.value(QStringLiteral("problems")).toArray();
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems.at(0).toObject().value(QStringLiteral("file")).toString(), userFile());
    EXPECT_EQ(problems.at(0).toObject().value(QStringLiteral("line")).toInt(), 2);

    // --db on the command line wins over the fixed value.
    const CliRun overridden = runCli(QStringList{QStringLiteral("config"), QStringLiteral("show"),
                                                 QStringLiteral("--json"), QStringLiteral("--db"),
                                                 path("elsewhere.sqlite3")});
    const QJsonObject database = overridden.json.value(QStringLiteral("settings"))
                                     .toObject()
                                     .value(QStringLiteral("database.location"))
                                     .toObject();
    EXPECT_EQ(database.value(QStringLiteral("value")).toString(), path("elsewhere.sqlite3"));
    EXPECT_EQ(database.value(QStringLiteral("origin")).toString(), QStringLiteral("command-line"));
}

TEST_F(ConfigCli, TheTextAnswerNamesTheSourcesAndTheIgnoredLines) {
    write(mainFile(), "[counter]\nname = 税務課 窓口\n[session]\nidle_lock_minutes = lots\n");

    const CliRun run = runCli(words("config show --lang en"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString text = QString::fromUtf8(run.out);
    EXPECT_TRUE(text.contains(QStringLiteral("counter.name = 税務課 窓口  [%1:2]").arg(mainFile())))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("session.idle_lock_minutes = 5  [")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(mainFile() + QStringLiteral(":4: "))) << text.toStdString();
}

TEST_F(ConfigCli, CommandsOpenTheConfiguredDatabaseUnlessDbIsGiven) {
    write(mainFile(), "[database]\nlocation = " + path("configured.sqlite3").toUtf8() + "\n");
    const CliRun configured = runCli(words("db check --lang en"));
    EXPECT_EQ(configured.exitCode, 2);
    EXPECT_TRUE(configured.err.contains(path("configured.sqlite3").toUtf8()))
        << configured.err.toStdString();

    const CliRun named =
        runCli({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"),
                path("named.sqlite3"), QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(named.exitCode, 2);
    EXPECT_TRUE(named.err.contains(path("named.sqlite3").toUtf8())) << named.err.toStdString();
    EXPECT_FALSE(named.err.contains("configured.sqlite3")) << named.err.toStdString();
}

TEST_F(ConfigCli, APostgreSqlLocationIsNotSupportedYetAndNeverTakenForAFile) {
    write(mainFile(), "[database]\nlocation = postgresql://counter:s3cret@db.example/jpki\n");
    const QString previousFolder = QDir::currentPath();
    QDir::setCurrent(m_root.path()); // where a location taken for a relative file name would go
    for (const char* command : {"db check", "audit verify", "case list --date 2026-11-25",
                                "report range --from 2026-11-01 --to "
                                "2026-11-30"}) {
        const CliRun run =
            runCli(words(command) << QStringLiteral("--lang") << QStringLiteral("ja"));
        EXPECT_EQ(run.exitCode, 2) << command;
        EXPECT_TRUE(run.err.contains("PostgreSQL")) << command << ": " << run.err.toStdString();
        EXPECT_TRUE(QString::fromUtf8(run.err).contains(QStringLiteral("まだ使えません")))
            << run.err.toStdString();
        EXPECT_TRUE(run.err.contains((mainFile() + QStringLiteral(":2")).toUtf8()))
            << run.err.toStdString();
        EXPECT_FALSE(run.err.contains("s3cret")) << run.err.toStdString();
    }
    const CliRun service = runCli({QStringLiteral("db"), QStringLiteral("check"),
                                   QStringLiteral("--db"), QStringLiteral("service=jpki")});
    EXPECT_EQ(service.exitCode, 2);
    EXPECT_TRUE(service.err.contains("--db: ")) << service.err.toStdString();
    EXPECT_TRUE(service.err.contains("PostgreSQL")) << service.err.toStdString();
    // Nothing was made under a name taken from the location.
    EXPECT_EQ(QDir(m_root.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
              (QStringList{QStringLiteral("config"), QStringLiteral("etc")}));
    QDir::setCurrent(previousFolder);

    const CliRun shown = runCli(words("config show --json"));
    EXPECT_EQ(shown.exitCode, 0);
    EXPECT_FALSE(shown.out.contains("s3cret")) << shown.out.toStdString();
    EXPECT_TRUE(shown.out.contains("\"supported\":false")) << shown.out.toStdString();
}

TEST_F(ConfigCli, AMalformedLineIsNamedAsANoteAndTheCommandGoesOn) {
    write(dropIn("10-typo.conf"), "[counter]\nname 市民課\n");
    const CliRun run = runCli(words("calendar business-day 2026-11-25 --lang en"));
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains((dropIn("10-typo.conf") + QStringLiteral(":2: ")).toUtf8()))
        << run.err.toStdString();
}
