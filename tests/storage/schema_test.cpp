// Schema versions: numbered migrations from an empty file and from every older version, all
// pending ones in one transaction; newer, foreign and non-database files refused untouched.

#include "storage/schema.h"
#include "storage/sqlite_connection.h"
#include "support/store_fixture.h"

#include <QFile>
#include <QFileInfo>
#include <gtest/gtest.h>
#include <sys/stat.h>

namespace jpki::storage {
namespace {

using namespace testing;

std::unique_ptr<sqlite::Connection> rawConnection(const QString& path) {
    return valueOrThrow(sqlite::Connection::open(path, sqlite::OpenMode::ReadWrite,
                                                 std::chrono::milliseconds(1000)));
}

// Rows a program at `version` could have written: a clerk created with its staff-created event,
// a case with its case-opened event, each with its real hash, in the payloads of that time (no
// display name or password digest in the staff event). Every version from 1 has these tables.
void writeVersionOneRows(sqlite::Connection& connection) {
    okOrThrow(connection.executeScript(
        "INSERT INTO staff (id, login, display_name, role, password_hash, password_salt, kdf,"
        " kdf_log2_n, kdf_r, kdf_p, created_at, updated_at) VALUES (1, 'old', 'Old Clerk',"
        " 'clerk', x'00', x'00', 'scrypt', 10, 8, 1, 1775000000000, 1775000000000);"
        "INSERT INTO cases (id, reference, reference_year, reference_serial, procedure,"
        " request_path, counter, state, opened_by, opened_at, opened_on, updated_at,"
        " last_event_seq) VALUES (7, 'R2026-000001', 2026, 1, 'renewal', 'self', '1',"
        " 'reception', 1, 1775000000000, '2026-04-01', 1775000000000, 2);"));
    EventHasher hasher;
    const std::string created = R"({"login":"old","role":"clerk","subject_staff_id":1})";
    const std::string opened =
        R"({"counter":"1","path":"self","procedure":"renewal",)"
        R"("projection":{"closed":false,"state":"reception"},"reference":"R2026-000001"})";
    const Digest first = valueOrThrow(
        hasher.hash(kGenesisHash, {1, std::nullopt, 1, 1775000000000, "staff-created", created}));
    const Digest second =
        valueOrThrow(hasher.hash(first, {2, 7, 1, 1775000000000, "case-opened", opened}));
    auto insert = valueOrThrow(connection.prepare(
        "INSERT INTO case_events (seq, case_id, staff_id, at, event_type, payload, prev_hash,"
        " hash) VALUES (?1, ?2, 1, 1775000000000, ?3, ?4, ?5, ?6)"));
    insert.bind(1, std::int64_t{1})
        .bindNull(2)
        .bind(3, std::string_view("staff-created"))
        .bind(4, std::string_view(created))
        .bindBlob(5, kGenesisHash)
        .bindBlob(6, first);
    okOrThrow(insert.execute());
    insert.reset();
    insert.bind(1, std::int64_t{2})
        .bind(2, std::int64_t{7})
        .bind(3, std::string_view("case-opened"))
        .bind(4, std::string_view(opened))
        .bindBlob(5, first)
        .bindBlob(6, second);
    okOrThrow(insert.execute());
}

TEST(Schema, EmptyFileGetsTheCurrentVersion) {
    TempFolder folder;
    const QString path = folder.file(QStringLiteral("cases.sqlite3"));
    auto store = valueOrThrow(CaseStore::open(path, OpenOptions::creating()));
    EXPECT_EQ(store.schemaVersion(), currentSchemaVersion());
    EXPECT_EQ(rawQueryInt(path, "PRAGMA user_version"), currentSchemaVersion());
    EXPECT_EQ(rawQueryInt(path, "PRAGMA application_id"), kApplicationId);
    EXPECT_EQ(rawQueryInt(path, "SELECT count(*) FROM pragma_journal_mode WHERE "
                                "journal_mode = 'wal'"),
              1);
    EXPECT_EQ(rawQueryInt(path, "SELECT count(*) FROM sqlite_schema WHERE name IN ('staff',"
                                " 'cases', 'case_events', 'documents_checked', 'inquiry_letters',"
                                " 'daily_sign_offs', 'sign_off_acknowledgements')"),
              7);
}

TEST(Schema, ZeroByteFileIsANewDatabase) {
    TempFolder folder;
    const QString path = folder.file(QStringLiteral("empty.sqlite3"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    auto store = valueOrThrow(CaseStore::open(path, OpenOptions::creating()));
    EXPECT_EQ(store.schemaVersion(), currentSchemaVersion());
}

TEST(Schema, MigratesFromEachOlderVersionKeepingEverything) {
    for (int version = 1; version < currentSchemaVersion(); ++version) {
        SCOPED_TRACE(version);
        TempFolder folder;
        const QString path = folder.file(QStringLiteral("old.sqlite3"));
        {
            auto connection = rawConnection(path);
            EXPECT_EQ(valueOrThrow(migrate(*connection, version)).version, version);
            writeVersionOneRows(*connection);
        }
        ASSERT_EQ(rawQueryInt(path, "PRAGMA user_version"), version);

        auto store = valueOrThrow(CaseStore::open(path, OpenOptions::creating()));
        EXPECT_EQ(store.schemaVersion(), currentSchemaVersion());
        const CaseRecord found = valueOrThrow(store.findCase(CaseId{7}));
        EXPECT_EQ(found.summary.reference, QStringLiteral("R2026-000001"));
        EXPECT_EQ(found.summary.openedBy.login, QStringLiteral("old"));
        const ChainVerification chain = valueOrThrow(store.verifyChain());
        EXPECT_TRUE(chain.holds());
        // The two old events and the upgrade's attestation of the account.
        EXPECT_EQ(chain.eventsChecked, 3);
        // The migrated file takes new work after the old.
        const OpenedCase next =
            openCase(store, StaffId{1}, japanTime(2026, 4, 2, 9, 0), domain::Procedure::PinReset);
        EXPECT_EQ(next.reference, QStringLiteral("P2026-000002"));
        EXPECT_TRUE(valueOrThrow(store.verifyChain()).holds());
        // The attestation holds the account's password hash from the upgrade on.
        rawExecute(path, "UPDATE staff SET password_hash = x'01' WHERE id = 1");
        const ChainVerification changed = valueOrThrow(store.verifyChain());
        ASSERT_EQ(changed.records.size(), 1u);
        EXPECT_EQ(changed.records.front().field, "password_hash");
    }
}

TEST(Schema, PendingMigrationsApplyAllOrNothing) {
    TempFolder folder;
    const QString path = folder.file(QStringLiteral("clash.sqlite3"));
    {
        auto connection = rawConnection(path);
        valueOrThrow(migrate(*connection, 1));
        // Something in the way of migration 2: it fails, and migration 3 must not stay either.
        okOrThrow(connection->executeScript("CREATE TABLE inquiry_letters (x INTEGER)"));
    }
    auto store = CaseStore::open(path, OpenOptions::creating());
    ASSERT_FALSE(store);
    EXPECT_EQ(rawQueryInt(path, "PRAGMA user_version"), 1);
    EXPECT_EQ(rawQueryInt(path, "SELECT count(*) FROM sqlite_schema WHERE name IN "
                                "('documents_checked', 'daily_sign_offs')"),
              0);
}

TEST(Schema, NewerVersionIsRefusedAndLeftUntouched) {
    TempFolder folder;
    const QString path = folder.file(QStringLiteral("newer.sqlite3"));
    {
        auto store = valueOrThrow(CaseStore::open(path, OpenOptions::creating()));
        addStaff(store, QStringLiteral("a"), StaffRole::Clerk, japanTime(2026, 4, 1, 8, 0));
    }
    rawExecute(path, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99;");
    const QByteArray before = fileBytes(path);

    for (auto mode : {sqlite::OpenMode::ReadWrite, sqlite::OpenMode::ReadOnly}) {
        OpenOptions options;
        options.mode = mode;
        auto refused = CaseStore::open(path, options);
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.error().code, StorageErrorCode::NewerSchema);
        EXPECT_EQ(refused.error().foundSchemaVersion, 99);
        EXPECT_EQ(refused.error().supportedSchemaVersion, currentSchemaVersion());
        EXPECT_TRUE(errorText(refused.error()).contains(QStringLiteral("99")));
    }
    EXPECT_EQ(fileBytes(path), before);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-journal")));
}

TEST(Schema, NonDatabaseFileIsRefusedAndLeftUntouched) {
    TempFolder folder;
    const QString path = folder.file(QStringLiteral("notes.sqlite3"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    for (int i = 0; i < 200; ++i) {
        file.write("This is a clerk's note, not a database.\n");
    }
    file.close();
    const QByteArray before = fileBytes(path);

    auto refused = CaseStore::open(path, OpenOptions::creating());
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, StorageErrorCode::NotADatabase);
    EXPECT_EQ(fileBytes(path), before);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-journal")));
}

TEST(Schema, AnotherProgramsDatabaseIsRefusedAndLeftUntouched) {
    TempFolder folder;
    const QString path = folder.file(QStringLiteral("other.sqlite3"));
    {
        auto connection = rawConnection(path);
        okOrThrow(connection->executeScript("CREATE TABLE bookmarks (url TEXT)"));
    }
    const QByteArray before = fileBytes(path);
    auto refused = CaseStore::open(path, OpenOptions::creating());
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, StorageErrorCode::NotADatabase);
    EXPECT_EQ(fileBytes(path), before);
}

TEST(Schema, ReadOnlyOpeningRefusesAnOlderVersion) {
    TempFolder folder;
    const QString path = folder.file(QStringLiteral("old.sqlite3"));
    {
        auto connection = rawConnection(path);
        valueOrThrow(migrate(*connection, 1));
    }
    OpenOptions options;
    options.mode = sqlite::OpenMode::ReadOnly;
    auto refused = CaseStore::open(path, options);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, StorageErrorCode::OlderSchema);
    EXPECT_EQ(rawQueryInt(path, "PRAGMA user_version"), 1);
}

TEST(Schema, MissingFileOpenedReadOnlyIsNoDatabase) {
    TempFolder folder;
    OpenOptions options;
    options.mode = sqlite::OpenMode::ReadOnly;
    auto refused = CaseStore::open(folder.file(QStringLiteral("absent.sqlite3")), options);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, StorageErrorCode::NoDatabase);
    EXPECT_FALSE(QFile::exists(folder.file(QStringLiteral("absent.sqlite3"))));
}

// A missing or empty file becomes a database only where the caller asks for one; a mistyped path
// or a truncated file is never silently made into an empty database.
TEST(Schema, AMissingOrEmptyFileIsCreatedOnlyWhenAsked) {
    TempFolder folder;
    const QString missing = folder.file(QStringLiteral("missing.sqlite3"));
    const QString empty = folder.file(QStringLiteral("empty.sqlite3"));
    QFile(empty).open(QIODevice::WriteOnly);
    for (const QString& path : {missing, empty}) {
        auto refused = CaseStore::open(path);
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.error().code, StorageErrorCode::NoDatabase);
    }
    EXPECT_FALSE(QFile::exists(missing));
    EXPECT_EQ(QFileInfo(empty).size(), 0);
    for (const QString& path : {missing, empty}) {
        auto created = valueOrThrow(CaseStore::open(path, OpenOptions::creating()));
        EXPECT_TRUE(created.created());
        EXPECT_EQ(created.schemaVersion(), currentSchemaVersion());
        EXPECT_FALSE(valueOrThrow(created.holdsSyntheticHistory()));
    }
    auto again = valueOrThrow(CaseStore::open(missing, OpenOptions::creating()));
    EXPECT_FALSE(again.created());
    // Built under a temporary name and moved into place: nothing of it is left beside.
    EXPECT_FALSE(QFile::exists(missing + QStringLiteral(".creating")));
}

// A FIFO as the database hung SQLite's open; a folder, a FIFO or a device is refused before.
TEST(Schema, AnythingButARegularFileIsRefusedBeforeSqliteOpensIt) {
    TempFolder folder;
    const QString fifo = folder.file(QStringLiteral("fifo.sqlite3"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    for (const QString& path : {fifo, folder.path(), QStringLiteral("/dev/null")}) {
        for (const auto mode : {sqlite::OpenMode::ReadWrite, sqlite::OpenMode::ReadOnly}) {
            OpenOptions options = OpenOptions::creating();
            options.mode = mode;
            auto refused = CaseStore::open(path, options);
            ASSERT_FALSE(refused) << path.toStdString();
            EXPECT_EQ(refused.error().code, StorageErrorCode::NotARegularFile)
                << path.toStdString();
        }
    }
}

TEST(Schema, SyntheticHistoryGoesOnlyIntoADatabaseMadeForIt) {
    TempFolder folder;
    const QString real = folder.file(QStringLiteral("cases.sqlite3"));
    valueOrThrow(CaseStore::open(real, OpenOptions::creating()));
    OpenOptions synthetic = OpenOptions::creating();
    synthetic.syntheticHistory = true;
    auto refused = CaseStore::open(real, synthetic);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, StorageErrorCode::NotSynthetic);

    const QString demo = folder.file(QStringLiteral("demo.sqlite3"));
    EXPECT_TRUE(
        valueOrThrow(valueOrThrow(CaseStore::open(demo, synthetic)).holdsSyntheticHistory()));
    auto reopened = valueOrThrow(CaseStore::open(demo, synthetic));
    EXPECT_FALSE(reopened.created());
    EXPECT_TRUE(valueOrThrow(reopened.holdsSyntheticHistory()));
}

} // namespace
} // namespace jpki::storage
