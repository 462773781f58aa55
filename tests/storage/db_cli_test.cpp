// jpki-counter-cli's database commands run as a process, as scripts and supervisors use them:
// audit verify, db backup, db check, case list, case show. JSON shapes as in docs/cli.md.

#include "cli_process.h"
#include "support/store_fixture.h"
#include "support/synthetic_history.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <gtest/gtest.h>
#include <sys/stat.h>

namespace jpki::storage {
namespace {

using namespace testing;

class DatabaseCli : public ::testing::Test {
protected:
    void SetUp() override {
        path = folder.file(QStringLiteral("cases.sqlite3"));
        auto store = valueOrThrow(CaseStore::open(path, OpenOptions::creating()));
        history = valueOrThrow(fillSyntheticHistory(store, {date(2026, 4, 1), 2, 6, 5, 2, 3, 7}));
    }

    CliRun run(QStringList arguments) {
        arguments << QStringLiteral("--db") << path;
        return runCli(arguments);
    }

    TempFolder folder;
    QString path;
    SyntheticHistory history;
};

TEST_F(DatabaseCli, AuditVerifyReportsTheHead) {
    const CliRun result =
        run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    ASSERT_TRUE(result.stdoutIsOneJsonObject);
    EXPECT_TRUE(result.json.value(QStringLiteral("holds")).toBool());
    EXPECT_EQ(result.json.value(QStringLiteral("events")).toInteger(), history.events);
    EXPECT_EQ(result.json.value(QStringLiteral("head_sequence")).toInteger(), history.events);
    EXPECT_EQ(result.json.value(QStringLiteral("head_hash")).toString().size(), 64);

    const CliRun text = run({QStringLiteral("audit"), QStringLiteral("verify")});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(QByteArray::number(history.events)));
}

TEST_F(DatabaseCli, AuditVerifyNamesTheFirstBrokenRow) {
    rawExecute(path, "DROP TRIGGER case_events_no_update;"
                     "UPDATE case_events SET payload = replace(payload, '}', ' }')"
                     " WHERE seq = 20;");
    const CliRun result =
        run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    EXPECT_EQ(result.exitCode, 1);
    ASSERT_TRUE(result.stdoutIsOneJsonObject);
    EXPECT_FALSE(result.json.value(QStringLiteral("holds")).toBool());
    EXPECT_EQ(result.json.value(QStringLiteral("events")).toInteger(), 19);
    const QJsonObject broken = result.json.value(QStringLiteral("broken")).toObject();
    EXPECT_EQ(broken.value(QStringLiteral("sequence")).toInteger(), 20);
    EXPECT_EQ(broken.value(QStringLiteral("reason")).toString(), QStringLiteral("content-changed"));

    const CliRun english = run({QStringLiteral("audit"), QStringLiteral("verify"),
                                QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(english.exitCode, 1);
    EXPECT_TRUE(english.out.contains("record 20")) << english.out.toStdString();
}

// The chain proves the rows reports and access checks read: a refused case shown completed and
// a clerk raised to supervisor in the sqlite3 shell are named, not passed.
TEST_F(DatabaseCli, AuditVerifyAndDbCheckNameRowsChangedOutsideTheProgram) {
    rawExecute(path, "UPDATE cases SET state='completed', outcome='renewed' WHERE id=1;"
                     "UPDATE staff SET role='supervisor' WHERE id=2;");
    const CliRun result =
        run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    EXPECT_EQ(result.exitCode, 1) << result.err.toStdString();
    ASSERT_TRUE(result.stdoutIsOneJsonObject);
    EXPECT_FALSE(result.json.value(QStringLiteral("holds")).toBool());
    EXPECT_FALSE(result.json.contains(QStringLiteral("broken")));
    const QJsonArray records = result.json.value(QStringLiteral("records")).toArray();
    QStringList named;
    for (const QJsonValue& record : records) {
        const QJsonObject object = record.toObject();
        named << object.value(QStringLiteral("table")).toString() + QLatin1Char(':') +
                     QString::number(object.value(QStringLiteral("row")).toInteger()) +
                     QLatin1Char(':') + object.value(QStringLiteral("field")).toString();
    }
    EXPECT_TRUE(named.contains(QStringLiteral("case:1:state"))) << named.join(u' ').toStdString();
    EXPECT_TRUE(named.contains(QStringLiteral("staff:2:role"))) << named.join(u' ').toStdString();

    const CliRun text = run({QStringLiteral("audit"), QStringLiteral("verify"),
                             QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(text.exitCode, 1);
    EXPECT_TRUE(text.out.contains("\"role\"")) << text.out.toStdString();

    const CliRun check =
        run({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--json")});
    EXPECT_EQ(check.exitCode, 1);
    EXPECT_FALSE(check.json.value(QStringLiteral("ok")).toBool());
    EXPECT_GE(check.json.value(QStringLiteral("problems")).toArray().size(), 2);
}

// The head printed on a signed daily report, checked against the file: a file cut back before
// that point is told from one that still holds it, though what is left links up.
TEST_F(DatabaseCli, AuditVerifyHeadChecksTheFileAgainstAPrintedReport) {
    const CliRun now =
        run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    ASSERT_EQ(now.exitCode, 0) << now.err.toStdString();
    const QString printed = now.json.value(QStringLiteral("head_hash")).toString();
    const qint64 printedAt = now.json.value(QStringLiteral("head_sequence")).toInteger();

    const CliRun held =
        run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--head"),
             printed.toUpper(), QStringLiteral("--json")});
    EXPECT_EQ(held.exitCode, 0) << held.err.toStdString();
    const QJsonObject found = held.json.value(QStringLiteral("printed_head")).toObject();
    EXPECT_TRUE(found.value(QStringLiteral("found")).toBool());
    EXPECT_EQ(found.value(QStringLiteral("sequence")).toInteger(), printedAt);

    rawExecute(path, "DROP TRIGGER case_events_no_delete; DELETE FROM case_events WHERE seq >= " +
                         std::to_string(printedAt - 1) + ";");
    const CliRun cut = run({QStringLiteral("audit"), QStringLiteral("verify"),
                            QStringLiteral("--head"), printed, QStringLiteral("--json")});
    EXPECT_EQ(cut.exitCode, 1);
    EXPECT_FALSE(cut.json.value(QStringLiteral("holds")).toBool());
    EXPECT_FALSE(cut.json.value(QStringLiteral("printed_head"))
                     .toObject()
                     .value(QStringLiteral("found"))
                     .toBool());

    const CliRun typo = run({QStringLiteral("audit"), QStringLiteral("verify"),
                             QStringLiteral("--head"), QStringLiteral("12ab")});
    EXPECT_EQ(typo.exitCode, 2);
    EXPECT_FALSE(typo.err.isEmpty());
}

TEST_F(DatabaseCli, DatabaseCheckPasses) {
    const CliRun result =
        run({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.json.value(QStringLiteral("ok")).toBool());
    EXPECT_TRUE(result.json.value(QStringLiteral("problems")).toArray().isEmpty());
}

TEST_F(DatabaseCli, BackupIsAVerifiableCopyAndNeverOverwrites) {
    const QString backup = folder.file(QStringLiteral("backup.sqlite3"));
    const CliRun result =
        run({QStringLiteral("db"), QStringLiteral("backup"), backup, QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(result.json.value(QStringLiteral("backup")).toString(), backup);
    EXPECT_GT(result.json.value(QStringLiteral("bytes")).toInteger(), 0);
    EXPECT_FALSE(QFile::exists(backup + QStringLiteral("-wal")));

    const CliRun original =
        run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    const CliRun copy = runCli({QStringLiteral("audit"), QStringLiteral("verify"),
                                QStringLiteral("--json"), QStringLiteral("--db"), backup});
    ASSERT_EQ(copy.exitCode, 0) << copy.err.toStdString();
    EXPECT_EQ(copy.json.value(QStringLiteral("head_hash")),
              original.json.value(QStringLiteral("head_hash")));

    const QByteArray before = fileBytes(backup);
    const CliRun again = run({QStringLiteral("db"), QStringLiteral("backup"), backup});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_FALSE(again.err.isEmpty());
    EXPECT_EQ(fileBytes(backup), before);
}

TEST_F(DatabaseCli, BackupNeverFollowsALinkAndIsPrivate) {
    // A dangling link planted where the backup goes: nothing is created where it points.
    const QString elsewhere = folder.file(QStringLiteral("elsewhere.sqlite3"));
    const QString planted = folder.file(QStringLiteral("planted.sqlite3"));
    ASSERT_TRUE(QFile::link(elsewhere, planted));
    const CliRun refused = run({QStringLiteral("db"), QStringLiteral("backup"), planted});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(QString::fromUtf8(refused.err).contains(QStringLiteral("シンボリックリンク")))
        << refused.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(elsewhere));
    EXPECT_TRUE(QFileInfo(planted).isSymLink());

    // Every applicant's data: the owner's only, whatever the umask.
    const mode_t savedMask = ::umask(0);
    const QString backup = folder.file(QStringLiteral("backup.sqlite3"));
    const CliRun written = run({QStringLiteral("db"), QStringLiteral("backup"), backup});
    ::umask(savedMask);
    ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();
    struct stat found {};
    ASSERT_EQ(::stat(QFile::encodeName(backup).constData(), &found), 0);
    EXPECT_EQ(found.st_mode & 0777, 0600u);
    for (const QString& name : folderEntries(folder.path())) {
        EXPECT_FALSE(name.startsWith(QLatin1Char('.'))) << name.toStdString();
    }
}

TEST_F(DatabaseCli, BackupOnAFullDiskFailsAndLeavesNothing) {
    const QString full = folder.file(QStringLiteral("full"));
    ASSERT_TRUE(QDir().mkdir(full));
    const QString listing = folder.file(QStringLiteral("listing.txt"));
    const CliRun result =
        runCliOnAFullDisk(full, listing,
                          {QStringLiteral("db"), QStringLiteral("backup"),
                           full + QStringLiteral("/backup.sqlite3"), QStringLiteral("--db"), path});
    ASSERT_NE(result.exitCode, 97) << "no tmpfs could be mounted: " << result.err.toStdString();
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(QString::fromUtf8(result.err).contains(QStringLiteral("ディスクがいっぱい")))
        << result.err.toStdString();
    EXPECT_EQ(fileBytes(listing), QByteArray("filler\n"));
}

// An auditor's copy, the file and its folder read-only, read by a user who may not write there:
// every command here answers, as on the original.
TEST_F(DatabaseCli, ReadOnlyCommandsAnswerOnAReadOnlyCopyInAReadOnlyFolder) {
    const CliRun original =
        run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    const QString copy = readOnlyCopy(path, folder.file(QStringLiteral("audit")));
    const QByteArray before = fileBytes(copy);
    const auto asAuditor = [&](QStringList arguments) {
        arguments << QStringLiteral("--json") << QStringLiteral("--db") << copy;
        return runCliAsNobody(arguments);
    };
    const CliRun verified = asAuditor({QStringLiteral("audit"), QStringLiteral("verify")});
    ASSERT_EQ(verified.exitCode, 0) << verified.err.toStdString();
    EXPECT_TRUE(verified.json.value(QStringLiteral("holds")).toBool());
    EXPECT_EQ(verified.json.value(QStringLiteral("head_hash")),
              original.json.value(QStringLiteral("head_hash")));
    const CliRun checked = asAuditor({QStringLiteral("db"), QStringLiteral("check")});
    EXPECT_EQ(checked.exitCode, 0) << checked.err.toStdString();
    const QString day = QString::fromStdString(domain::formatIsoDate(history.days.front()));
    const CliRun listed =
        asAuditor({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--date"), day});
    EXPECT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_EQ(listed.json.value(QStringLiteral("cases")).toArray().size(), 6);
    const CliRun shown =
        asAuditor({QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("1")});
    EXPECT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    EXPECT_EQ(fileBytes(copy), before);
    EXPECT_EQ(folderEntries(folder.file(QStringLiteral("audit"))),
              QStringList{QStringLiteral("cases.sqlite3")});
}

TEST_F(DatabaseCli, CaseListGivesTheDay) {
    const QString day = QString::fromStdString(domain::formatIsoDate(history.days.front()));
    const CliRun result = run({QStringLiteral("case"), QStringLiteral("list"),
                               QStringLiteral("--date"), day, QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(result.json.value(QStringLiteral("date")).toString(), day);
    const QJsonArray cases = result.json.value(QStringLiteral("cases")).toArray();
    ASSERT_EQ(cases.size(), 6);
    const QJsonObject first = cases.first().toObject();
    for (const char* key : {"id", "reference", "procedure", "path", "counter", "state", "outcome",
                            "open", "clerk", "opened_on", "opened_at", "updated_at", "closed_at"}) {
        EXPECT_TRUE(first.contains(QLatin1String(key))) << key;
    }
    EXPECT_TRUE(
        first.value(QStringLiteral("opened_at")).toString().endsWith(QLatin1String("+09:00")));
    EXPECT_FALSE(first.contains(QStringLiteral("applicant")));

    const CliRun counter =
        run({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--date"), day,
             QStringLiteral("--counter"), QStringLiteral("1"), QStringLiteral("--json")});
    for (const QJsonValue& listed : counter.json.value(QStringLiteral("cases")).toArray()) {
        EXPECT_EQ(listed.toObject().value(QStringLiteral("counter")).toString(),
                  QStringLiteral("1"));
    }
    const CliRun unknownClerk =
        run({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--date"), day,
             QStringLiteral("--clerk"), QStringLiteral("nobody")});
    EXPECT_EQ(unknownClerk.exitCode, 2);
    const CliRun badDate = run({QStringLiteral("case"), QStringLiteral("list"),
                                QStringLiteral("--date"), QStringLiteral("2026-02-30")});
    EXPECT_EQ(badDate.exitCode, 2);
}

TEST_F(DatabaseCli, CaseShowGivesTheEventsInOrder) {
    const CliRun byNumber = run({QStringLiteral("case"), QStringLiteral("show"),
                                 QStringLiteral("1"), QStringLiteral("--json")});
    ASSERT_EQ(byNumber.exitCode, 0) << byNumber.err.toStdString();
    const QJsonObject caseObject = byNumber.json.value(QStringLiteral("case")).toObject();
    const QString reference = caseObject.value(QStringLiteral("reference")).toString();
    const QJsonArray events = byNumber.json.value(QStringLiteral("events")).toArray();
    ASSERT_EQ(events.size(), 5);
    EXPECT_EQ(events.first().toObject().value(QStringLiteral("type")).toString(),
              QStringLiteral("case-opened"));
    qint64 previous = 0;
    for (const QJsonValue& event : events) {
        const qint64 sequence = event.toObject().value(QStringLiteral("sequence")).toInteger();
        EXPECT_GT(sequence, previous);
        previous = sequence;
    }
    EXPECT_EQ(caseObject.value(QStringLiteral("last_event_sequence")).toInteger(), previous);

    const CliRun byReference = run({QStringLiteral("case"), QStringLiteral("show"),
                                    reference.toLower(), QStringLiteral("--json")});
    ASSERT_EQ(byReference.exitCode, 0);
    EXPECT_EQ(byReference.json.value(QStringLiteral("events")),
              byNumber.json.value(QStringLiteral("events")));

    const CliRun missing =
        run({QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("R1999-000001")});
    EXPECT_EQ(missing.exitCode, 1);
}

TEST(DatabaseCliRefusals, NewerMissingAndForeignFilesFailCleanly) {
    TempFolder folder;
    const QString newer = folder.file(QStringLiteral("newer.sqlite3"));
    valueOrThrow(CaseStore::open(newer, OpenOptions::creating()));
    rawExecute(newer, "PRAGMA user_version = 42;");
    const CliRun refused =
        runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), newer});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(QString::fromUtf8(refused.err).contains(QStringLiteral("新しいバージョン")));
    const CliRun english =
        runCli({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), newer,
                QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(english.exitCode, 2);
    EXPECT_TRUE(english.err.contains("newer version")) << english.err.toStdString();

    const CliRun missing =
        runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"),
                folder.file(QStringLiteral("absent.sqlite3"))});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_FALSE(QFile::exists(folder.file(QStringLiteral("absent.sqlite3"))));

    const QString text = folder.file(QStringLiteral("notes.txt"));
    QFile file(text);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'n'));
    file.close();
    const CliRun foreign =
        runCli({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--date"),
                QStringLiteral("2026-04-01"), QStringLiteral("--db"), text});
    EXPECT_EQ(foreign.exitCode, 2);
    EXPECT_EQ(fileBytes(text), QByteArray(4096, 'n'));
}

// Every command that takes --db, with `path` as its database.
std::vector<QStringList> commandsOn(const QString& path, const QString& out) {
    const QStringList db{QStringLiteral("--db"), path, QStringLiteral("--lang"),
                         QStringLiteral("en")};
    return {
        QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + db,
        QStringList{QStringLiteral("db"), QStringLiteral("check")} + db,
        QStringList{QStringLiteral("db"), QStringLiteral("backup"), out + QStringLiteral(".bak")} +
            db,
        QStringList{QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--date"),
                    QStringLiteral("2026-04-01")} +
            db,
        QStringList{QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("1")} + db,
        QStringList{QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--date"),
                    QStringLiteral("2026-04-01")} +
            db,
        QStringList{QStringLiteral("report"), QStringLiteral("range"), QStringLiteral("--from"),
                    QStringLiteral("2026-04-01"), QStringLiteral("--to"),
                    QStringLiteral("2026-04-02")} +
            db,
        QStringList{QStringLiteral("case"), QStringLiteral("receipt"), QStringLiteral("1"),
                    QStringLiteral("--out"), out + QStringLiteral(".pdf")} +
            db,
    };
}

// An empty file given as --db was made into a new database (and the window then asked for a first
// supervisor again): it is refused and stays empty.
TEST(DatabaseCliRefusals, AnEmptyFileIsNeverMadeIntoADatabase) {
    TempFolder folder;
    const QString empty = folder.file(QStringLiteral("empty.sqlite3"));
    QFile file(empty);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    for (const QStringList& command : commandsOn(empty, folder.file(QStringLiteral("out")))) {
        const CliRun run = runCli(command);
        EXPECT_EQ(run.exitCode, 2) << command.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(run.out.isEmpty());
        EXPECT_EQ(QFileInfo(empty).size(), 0) << command.join(QLatin1Char(' ')).toStdString();
    }
    EXPECT_EQ(QDir(folder.path()).entryList(QDir::Files),
              QStringList{QStringLiteral("empty.sqlite3")});
}

// A FIFO as --db hung six commands: anything but a regular file is refused at once.
TEST(DatabaseCliRefusals, AFifoOrAFolderIsRefusedAtOnce) {
    TempFolder folder;
    const QString fifo = folder.file(QStringLiteral("fifo.sqlite3"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    for (const QString& notAFile : {fifo, folder.path()}) {
        for (const QStringList& command :
             commandsOn(notAFile, folder.file(QStringLiteral("out")))) {
            QElapsedTimer timer;
            timer.start();
            const CliRun run = runCli(command);
            EXPECT_EQ(run.exitCode, 2) << command.join(QLatin1Char(' ')).toStdString();
            EXPECT_TRUE(run.out.isEmpty());
            EXPECT_LT(timer.elapsed(), 10000) << command.join(QLatin1Char(' ')).toStdString();
        }
    }
}

class GenerateCli : public ::testing::Test {
protected:
    void SetUp() override {
        // The application-data folder of these runs: where the counter's own database and
        // authority would be.
        m_previousData = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", dataHome.path().toUtf8());
    }
    void TearDown() override { qputenv("XDG_DATA_HOME", m_previousData); }

    CliRun generate(QStringList more) {
        return runCli(
            QStringList{QStringLiteral("db"), QStringLiteral("generate"), QStringLiteral("--days"),
                        QStringLiteral("1"), QStringLiteral("--cases-per-day"), QStringLiteral("2"),
                        QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--json")} +
            more);
    }

    // Nothing of the counter's own: no database, no authority in the data folder.
    void expectLiveDataUntouched() {
        const QString live = dataHome.file(QStringLiteral("jpki-counter"));
        EXPECT_FALSE(QFile::exists(live + QStringLiteral("/cases.sqlite3")));
        EXPECT_FALSE(QFile::exists(live + QStringLiteral("/authority")));
    }

    TempFolder dataHome;
    TempFolder folder;

private:
    QByteArray m_previousData;
};

// db generate without --db wrote synthetic cases into the live database, with the live authority.
TEST_F(GenerateCli, NeedsItsOwnDatabaseAndNeverTouchesTheCountersOwn) {
    const CliRun withoutDb = generate({});
    EXPECT_EQ(withoutDb.exitCode, 2);
    EXPECT_TRUE(withoutDb.out.isEmpty());
    expectLiveDataUntouched();

    const QString live = dataHome.file(QStringLiteral("jpki-counter/cases.sqlite3"));
    const CliRun intoLive = generate({QStringLiteral("--db"), live});
    EXPECT_EQ(intoLive.exitCode, 2);
    expectLiveDataUntouched();

    const QString demo = folder.file(QStringLiteral("demo.sqlite3"));
    const CliRun made = generate({QStringLiteral("--db"), demo});
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    EXPECT_EQ(made.json.value(QStringLiteral("cases")).toInt(), 2);
    EXPECT_TRUE(QFileInfo(demo + QStringLiteral(".authority")).isDir());
    expectLiveDataUntouched();
    {
        auto store = valueOrThrow(CaseStore::open(demo));
        EXPECT_TRUE(valueOrThrow(store.holdsSyntheticHistory()));
    }
    // One it made before takes more.
    const CliRun more =
        generate({QStringLiteral("--db"), demo, QStringLiteral("--seed"), QStringLiteral("2")});
    EXPECT_EQ(more.exitCode, 0) << more.err.toStdString();
}

TEST_F(GenerateCli, NeverWritesToADatabaseWithRealCases) {
    const QString real = folder.file(QStringLiteral("cases.sqlite3"));
    {
        auto store = valueOrThrow(CaseStore::open(real, OpenOptions::creating()));
        SyntheticHistoryOptions options;
        options.firstDay = date(2026, 4, 1);
        options.casesPerDay = 2;
        options.eventsPerCase = 2;
        valueOrThrow(fillSyntheticHistory(store, options));
        EXPECT_FALSE(valueOrThrow(store.holdsSyntheticHistory()));
    }
    rawExecute(real, "PRAGMA wal_checkpoint(TRUNCATE);");
    const QByteArray before = fileBytes(real);
    const CliRun run = generate({QStringLiteral("--db"), real});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_EQ(fileBytes(real), before);
    EXPECT_FALSE(QFile::exists(real + QStringLiteral(".authority")));
}

// --start 9999-12-31 aborted; --start 0000-01-01 left a broken authority that broke every later
// run beside it. Both are refused before anything is written, and the next run works.
TEST_F(GenerateCli, AStartOutsideTheRangeWritesNothing) {
    const QString demo = folder.file(QStringLiteral("demo.sqlite3"));
    for (const char* start : {"9999-12-31", "0000-01-01", "1899-12-31", "2100-01-01"}) {
        const CliRun run = generate(
            {QStringLiteral("--db"), demo, QStringLiteral("--start"), QString::fromLatin1(start)});
        EXPECT_EQ(run.exitCode, 2) << start;
        EXPECT_TRUE(run.err.contains("1900-01-01")) << run.err.toStdString();
        EXPECT_TRUE(QDir(folder.path()).isEmpty()) << start;
    }
    const CliRun later = generate(
        {QStringLiteral("--db"), demo, QStringLiteral("--start"), QStringLiteral("2099-12-28")});
    EXPECT_EQ(later.exitCode, 0) << later.err.toStdString();
}

} // namespace
} // namespace jpki::storage
