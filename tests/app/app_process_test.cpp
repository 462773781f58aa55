// The counter program as the desktop session sees it: told to end by a signal (the session
// ending, the machine shutting down, Ctrl-C), it ends as when its window is closed, with exit
// status 0, rather than dying where it stood.

#include <QByteArray>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <csignal>
#include <gtest/gtest.h>
#include <sys/stat.h>

namespace {

class CounterProcess : public ::testing::Test {
protected:
    // Starts jpki-counter on a fresh home (so it asks for the first supervisor) with no PC/SC
    // service to reach, and waits until it handles termination signals.
    void start(const char* waitFor = "end the program through the sign-out") {
        ASSERT_TRUE(m_home.isValid());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_home.path());
        environment.insert(QStringLiteral("XDG_DATA_HOME"),
                           m_home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           m_home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.path());
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("PCSCLITE_CSOCK_NAME"),
                           m_home.filePath(QStringLiteral("no-pcscd.comm")));
        environment.insert(QStringLiteral("JPKI_COUNTER_SYSCONFDIR"), settingsFolder());
        m_program.setProcessEnvironment(environment);
        m_program.start(
            QStringLiteral(JPKI_COUNTER_PATH),
            {QStringLiteral("--verbose"), QStringLiteral("--lang"), QStringLiteral("ja")});
        ASSERT_TRUE(m_program.waitForStarted(10000)) << m_program.errorString().toStdString();
        ASSERT_TRUE(waitForOutput(waitFor)) << m_output.toStdString();
    }

    bool waitForOutput(const char* text) {
        const QDeadlineTimer deadline(60000);
        while (!m_output.contains(text)) {
            if (deadline.hasExpired() || m_program.state() != QProcess::Running) {
                return false;
            }
            m_program.waitForReadyRead(200);
            m_output += m_program.readAllStandardError();
        }
        return true;
    }

    // Ends the program as the desktop session would, and waits for it.
    void stop() {
        ASSERT_EQ(::kill(pid_t(m_program.processId()), SIGTERM), 0);
        ASSERT_TRUE(m_program.waitForFinished(60000));
        m_output += m_program.readAllStandardError();
    }

    QString dataFolder() const { return m_home.filePath(QStringLiteral("data/jpki-counter")); }

    // Like /etc/jpki-counter: empty unless a test writes a drop-in.
    QString settingsFolder() const { return m_home.filePath(QStringLiteral("etc")); }
    void writeDropIn(const QByteArray& content) {
        ASSERT_TRUE(QDir().mkpath(settingsFolder() + QStringLiteral("/conf.d")));
        QFile file(settingsFolder() + QStringLiteral("/conf.d/50-counter.conf"));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    QTemporaryDir m_home;
    QProcess m_program;
    QByteArray m_output;
};

class CounterProgram : public CounterProcess, public ::testing::WithParamInterface<int> {};

TEST_P(CounterProgram, EndsInOrderWithStatusZeroWhenToldToByASignal) {
    start();
    ASSERT_EQ(::kill(pid_t(m_program.processId()), GetParam()), 0);
    ASSERT_TRUE(m_program.waitForFinished(60000));
    m_output += m_program.readAllStandardError();
    EXPECT_EQ(m_program.exitStatus(), QProcess::NormalExit) << m_output.toStdString();
    EXPECT_EQ(m_program.exitCode(), 0) << m_output.toStdString();
    EXPECT_TRUE(m_output.contains("received: signing out and quitting")) << m_output.toStdString();
    EXPECT_TRUE(m_output.contains("jpki-counter exiting with status 0")) << m_output.toStdString();
}

INSTANTIATE_TEST_SUITE_P(SessionEnd, CounterProgram, ::testing::Values(SIGTERM, SIGHUP, SIGINT),
                         [](const ::testing::TestParamInfo<int>& info) {
                             return info.param == SIGTERM  ? std::string("SIGTERM")
                                    : info.param == SIGHUP ? std::string("SIGHUP")
                                                           : std::string("SIGINT");
                         });

// The permission bits of a file or folder, without following a link.
unsigned modeOf(const QString& path) {
    struct stat found {};
    if (::lstat(QFile::encodeName(path).constData(), &found) != 0) {
        return 0;
    }
    return found.st_mode & 07777;
}

// Sets the umask for the program started under it (a child inherits it), and puts it back.
class Umask {
public:
    explicit Umask(mode_t mask)
        : m_saved(::umask(mask)) {}
    ~Umask() { ::umask(m_saved); }
    Umask(const Umask&) = delete;
    Umask& operator=(const Umask&) = delete;

private:
    mode_t m_saved;
};

using CounterFiles = CounterProcess;

// Issue 16: the case database holds applicants' names, addresses and birth dates; the logs name
// staff and cases; the authority holds keys. None of it is readable by anyone but the owner,
// whatever the umask the desktop session gives the program.
TEST_F(CounterFiles, EveryFileAndFolderItMakesIsTheOwnersOnlyUnderAPermissiveUmask) {
    {
        const Umask permissive(0);
        start();
    }
    ASSERT_TRUE(waitForOutput("case worker ready")) << m_output.toStdString();
    const QString data = dataFolder();
    const QString database = data + QStringLiteral("/cases.sqlite3");
    // Open, in WAL mode: SQLite keeps its -wal and -shm beside the database meanwhile.
    for (const QString& file :
         {database, database + QStringLiteral("-wal"), database + QStringLiteral("-shm"),
          data + QStringLiteral("/logs/jpki-counter.log")}) {
        EXPECT_EQ(modeOf(file), 0600u) << file.toStdString();
    }
    for (const QString& folder :
         {m_home.filePath(QStringLiteral("data")), data, data + QStringLiteral("/logs"),
          data + QStringLiteral("/authority")}) {
        EXPECT_EQ(modeOf(folder), 0700u) << folder.toStdString();
    }
    const QDir authority(data + QStringLiteral("/authority"));
    const QStringList keys = authority.entryList(QDir::Files | QDir::Hidden);
    EXPECT_GE(keys.size(), 7) << "keys, certificates and the ledger";
    for (const QString& file : keys) {
        EXPECT_EQ(modeOf(authority.filePath(file)), 0600u) << file.toStdString();
    }
    stop();
    EXPECT_EQ(m_program.exitCode(), 0) << m_output.toStdString();
}

// A database, a log and a data folder left readable by others (an older version, a copy made
// with another umask) are made the owner's only when the program starts, and the log says so.
TEST_F(CounterFiles, ADatabaseReadableByOthersIsTightenedWithALogLine) {
    start();
    ASSERT_TRUE(waitForOutput("case worker ready")) << m_output.toStdString();
    stop();
    const QString data = dataFolder();
    const QString database = data + QStringLiteral("/cases.sqlite3");
    const QString log = data + QStringLiteral("/logs/jpki-counter.log");
    for (const QString& file : {database, log}) {
        ASSERT_EQ(::chmod(QFile::encodeName(file).constData(), 0644), 0);
    }
    ASSERT_EQ(::chmod(QFile::encodeName(data).constData(), 0755), 0);

    m_output.clear();
    start();
    ASSERT_TRUE(waitForOutput("case worker ready")) << m_output.toStdString();
    EXPECT_EQ(modeOf(database), 0600u);
    EXPECT_EQ(modeOf(log), 0600u);
    EXPECT_EQ(modeOf(data), 0700u);
    EXPECT_TRUE(m_output.contains("cases.sqlite3 was readable by others; it is now readable by "
                                  "its owner only"))
        << m_output.toStdString();
    stop();
using CounterSettingsFiles = CounterProgram;

TEST_F(CounterSettingsFiles, TheWindowOpensAsTheCounterTheDropInNames) {
    writeDropIn("[counter]\nid = 3\nname = 市民課 3番窓口\nplace = 本庁舎2階\n");
    start();
    EXPECT_TRUE(m_output.contains((QStringLiteral("settings files: ") + settingsFolder() +
                                   QStringLiteral("/conf.d/50-counter.conf"))
                                      .toUtf8()))
        << m_output.toStdString();
    EXPECT_TRUE(m_output.contains("counter 3 (本庁舎2階 市民課 3番窓口)"))
        << m_output.toStdString();
    ::kill(pid_t(m_program.processId()), SIGTERM);
    EXPECT_TRUE(m_program.waitForFinished(60000));
}

TEST_F(CounterSettingsFiles, APostgreSqlStoreStopsTheWindowBeforeAnyDatabaseIsOpened) {
    writeDropIn("[database]\nlocation = postgresql://counter:s3cret@db.example/jpki\n");
    start("PostgreSQL");
    EXPECT_TRUE(m_output.contains(
        (settingsFolder() + QStringLiteral("/conf.d/50-counter.conf:2")).toUtf8()))
        << m_output.toStdString();
    EXPECT_FALSE(m_output.contains("s3cret")) << m_output.toStdString();
    EXPECT_FALSE(m_output.contains("case database")) << m_output.toStdString();
    // The message box waits for a click that never comes here.
    m_program.kill();
    m_program.waitForFinished(10000);
}

} // namespace
