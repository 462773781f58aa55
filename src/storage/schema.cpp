#include "storage/schema.h"

#include "platform/logging.h"
#include "storage/record_proof.h"
#include "storage/sqlite_connection.h"

#include <array>
#include <string>
#include <string_view>

namespace jpki::storage {

namespace {

struct Migration {
    int version;
    std::string_view purpose;
    std::string_view sql;
};

// Times are UTC milliseconds since 1970 (INTEGER); days are Japan dates 'YYYY-MM-DD' (TEXT).
// Procedures and paths hold domain/procedures.h's stable ids. Nothing is ever deleted: rows that
// record what happened refuse UPDATE and DELETE in the database itself.

// 1: staff, cases and the append-only, hash-chained event log (the case engine's store).
constexpr std::string_view kVersion1 = R"sql(
CREATE TABLE staff (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL UNIQUE CHECK (length(login) BETWEEN 1 AND 64),
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('clerk', 'supervisor')),
    password_hash BLOB NOT NULL,
    password_salt BLOB NOT NULL,
    kdf TEXT NOT NULL CHECK (kdf IN ('scrypt')),
    kdf_log2_n INTEGER NOT NULL,
    kdf_r INTEGER NOT NULL,
    kdf_p INTEGER NOT NULL,
    failed_sign_ins INTEGER NOT NULL DEFAULT 0,
    locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
) STRICT;

CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    reference_year INTEGER NOT NULL,
    reference_serial INTEGER NOT NULL,
    procedure TEXT NOT NULL CHECK (procedure IN ('renewal', 'pin-reset', 'lock-release')),
    request_path TEXT NOT NULL CHECK (request_path IN ('self', 'legal-proxy', 'voluntary-proxy')),
    counter TEXT NOT NULL,
    state TEXT NOT NULL,
    outcome TEXT,
    opened_by INTEGER NOT NULL REFERENCES staff(id),
    opened_at INTEGER NOT NULL,
    opened_on TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    closed_at INTEGER,
    last_event_seq INTEGER,
    applicant_name TEXT,
    applicant_kana TEXT,
    applicant_birth_date TEXT,
    applicant_address TEXT,
    UNIQUE (reference_year, reference_serial)
) STRICT;
CREATE INDEX cases_by_day ON cases(opened_on, counter);
CREATE INDEX cases_by_clerk_day ON cases(opened_by, opened_on);
CREATE INDEX cases_open ON cases(opened_at) WHERE closed_at IS NULL;

CREATE TABLE case_events (
    seq INTEGER PRIMARY KEY,
    case_id INTEGER REFERENCES cases(id),
    staff_id INTEGER REFERENCES staff(id),
    at INTEGER NOT NULL,
    event_type TEXT NOT NULL,
    payload TEXT NOT NULL,
    prev_hash BLOB NOT NULL CHECK (length(prev_hash) = 32),
    hash BLOB NOT NULL CHECK (length(hash) = 32)
) STRICT;
CREATE INDEX case_events_by_case ON case_events(case_id) WHERE case_id IS NOT NULL;
CREATE INDEX case_events_by_time ON case_events(at, case_id, staff_id);

CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events
BEGIN SELECT RAISE(ABORT, 'case_events is append-only'); END;
CREATE TRIGGER case_events_no_delete BEFORE DELETE ON case_events
BEGIN SELECT RAISE(ABORT, 'case_events is append-only'); END;
CREATE TRIGGER cases_no_delete BEFORE DELETE ON cases
BEGIN SELECT RAISE(ABORT, 'cases are never deleted'); END;
CREATE TRIGGER staff_no_delete BEFORE DELETE ON staff
BEGIN SELECT RAISE(ABORT, 'staff accounts are deactivated, never deleted'); END;
)sql";

// 2: the counter's paperwork: documents seen and the voluntary proxy's inquiry letters.
constexpr std::string_view kVersion2 = R"sql(
CREATE TABLE documents_checked (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    event_seq INTEGER NOT NULL REFERENCES case_events(seq),
    document TEXT NOT NULL,
    holder TEXT NOT NULL CHECK (holder IN ('applicant', 'proxy')),
    accepted INTEGER NOT NULL CHECK (accepted IN (0, 1)),
    note TEXT,
    checked_by INTEGER NOT NULL REFERENCES staff(id),
    checked_at INTEGER NOT NULL
) STRICT;
CREATE INDEX documents_by_case ON documents_checked(case_id);

CREATE TABLE inquiry_letters (
    id INTEGER PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    issued_by INTEGER NOT NULL REFERENCES staff(id),
    issued_at INTEGER NOT NULL,
    mailed_at INTEGER,
    mail_method TEXT,
    reply_received_at INTEGER
) STRICT;
CREATE INDEX letters_by_case ON inquiry_letters(case_id);
CREATE INDEX letters_unanswered ON inquiry_letters(mailed_at) WHERE reply_received_at IS NULL;

CREATE TRIGGER documents_checked_no_update BEFORE UPDATE ON documents_checked
BEGIN SELECT RAISE(ABORT, 'documents_checked is append-only'); END;
CREATE TRIGGER documents_checked_no_delete BEFORE DELETE ON documents_checked
BEGIN SELECT RAISE(ABORT, 'documents_checked is append-only'); END;
CREATE TRIGGER inquiry_letters_no_delete BEFORE DELETE ON inquiry_letters
BEGIN SELECT RAISE(ABORT, 'inquiry letters are never deleted'); END;
-- A letter's dates are filled in once, as it is mailed and answered, and never changed.
CREATE TRIGGER inquiry_letters_dates_fixed BEFORE UPDATE ON inquiry_letters
WHEN NEW.reference IS NOT OLD.reference OR NEW.case_id IS NOT OLD.case_id
  OR NEW.issued_by IS NOT OLD.issued_by OR NEW.issued_at IS NOT OLD.issued_at
  OR (OLD.mailed_at IS NOT NULL
      AND (NEW.mailed_at IS NOT OLD.mailed_at OR NEW.mail_method IS NOT OLD.mail_method))
  OR (OLD.reply_received_at IS NOT NULL AND NEW.reply_received_at IS NOT OLD.reply_received_at)
BEGIN SELECT RAISE(ABORT, 'a recorded letter is never changed'); END;
)sql";

// 3: the supervisor's review: daily sign-offs, each anchoring the chain head it signed.
constexpr std::string_view kVersion3 = R"sql(
CREATE TABLE daily_sign_offs (
    id INTEGER PRIMARY KEY,
    day TEXT NOT NULL,
    counter TEXT NOT NULL,
    supervisor_id INTEGER NOT NULL REFERENCES staff(id),
    signed_at INTEGER NOT NULL,
    note TEXT,
    chain_seq INTEGER NOT NULL,
    chain_head BLOB NOT NULL CHECK (length(chain_head) = 32),
    event_seq INTEGER NOT NULL REFERENCES case_events(seq),
    UNIQUE (day, counter)
) STRICT;

CREATE TABLE sign_off_acknowledgements (
    sign_off_id INTEGER NOT NULL REFERENCES daily_sign_offs(id),
    case_id INTEGER NOT NULL REFERENCES cases(id),
    note TEXT NOT NULL,
    PRIMARY KEY (sign_off_id, case_id)
) STRICT;

CREATE TRIGGER daily_sign_offs_no_update BEFORE UPDATE ON daily_sign_offs
BEGIN SELECT RAISE(ABORT, 'a signed day is read-only'); END;
CREATE TRIGGER daily_sign_offs_no_delete BEFORE DELETE ON daily_sign_offs
BEGIN SELECT RAISE(ABORT, 'a signed day is read-only'); END;
CREATE TRIGGER sign_off_acknowledgements_no_update BEFORE UPDATE ON sign_off_acknowledgements
BEGIN SELECT RAISE(ABORT, 'a signed day is read-only'); END;
CREATE TRIGGER sign_off_acknowledgements_no_delete BEFORE DELETE ON sign_off_acknowledgements
BEGIN SELECT RAISE(ABORT, 'a signed day is read-only'); END;
)sql";

// 4: what the chain proves. The store's own key for applicant digests (an HMAC key, so that a
// digest links nothing across installations and cannot be recomputed from a name and birth
// date), and indices to find an account's events and a kind of audit event without a scan.
constexpr std::string_view kVersion4 = R"sql(
CREATE TABLE store_keys (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    applicant_key BLOB NOT NULL CHECK (length(applicant_key) = 32)
) STRICT;
CREATE TRIGGER store_keys_no_update BEFORE UPDATE ON store_keys
BEGIN SELECT RAISE(ABORT, 'the store key is never changed'); END;
CREATE TRIGGER store_keys_no_delete BEFORE DELETE ON store_keys
BEGIN SELECT RAISE(ABORT, 'the store key is never changed'); END;

CREATE INDEX audit_events_by_subject
    ON case_events(json_extract(payload, '$.subject_staff_id'), seq) WHERE case_id IS NULL;
CREATE INDEX audit_events_by_type ON case_events(event_type, seq) WHERE case_id IS NULL;
)sql";

constexpr std::array kMigrations{
    Migration{1, "staff, cases, append-only event chain", kVersion1},
    Migration{2, "documents checked, inquiry letters", kVersion2},
    Migration{3, "daily sign-offs", kVersion3},
    Migration{4, "store key, account and audit-event indices", kVersion4},
};

Result<SchemaState> readState(sqlite::Connection& connection) {
    // The first read of the file: a file that is not a database fails here, before any write.
    auto version = connection.queryInt("PRAGMA user_version");
    if (!version) {
        return version.error();
    }
    auto applicationId = connection.queryInt("PRAGMA application_id");
    if (!applicationId) {
        return applicationId.error();
    }
    auto objects = connection.queryInt("SELECT count(*) FROM sqlite_schema");
    if (!objects) {
        return objects.error();
    }
    SchemaState state{static_cast<int>(*version), *objects == 0};
    const bool newFile = state.empty && state.version == 0 && *applicationId == 0;
    if (!newFile && *applicationId != kApplicationId) {
        return StorageError(StorageErrorCode::NotADatabase, "a SQLite database of another program");
    }
    if (state.version > currentSchemaVersion()) {
        StorageError error(StorageErrorCode::NewerSchema, "the file's schema is newer");
        error.foundSchemaVersion = state.version;
        error.supportedSchemaVersion = currentSchemaVersion();
        return error;
    }
    return state;
}

} // namespace

int currentSchemaVersion() {
    return kMigrations.back().version;
}

Result<SchemaState> inspectSchema(sqlite::Connection& connection) {
    return readState(connection);
}

Result<SchemaState> migrate(sqlite::Connection& connection, int targetVersion) {
    const int target = targetVersion < 0 ? currentSchemaVersion() : targetVersion;
    if (target > currentSchemaVersion()) {
        return StorageError(StorageErrorCode::InvalidArgument, "no such schema version");
    }
    auto before = readState(connection);
    if (!before || before->version >= target) {
        return before; // up to date: no write lock taken
    }
    auto transaction = sqlite::Transaction::begin(connection, sqlite::Transaction::Kind::Immediate);
    if (!transaction) {
        return transaction.error();
    }
    // Read again under the write lock: another program may have migrated in the meantime.
    auto state = readState(connection);
    if (!state) {
        return state.error();
    }
    if (state->version >= target) {
        return state;
    }
    const int from = state->version;
    if (from == 0) {
        // PRAGMA takes no bound parameters; the value is this program's own constant.
        auto marked =
            connection.executeScript("PRAGMA application_id = " + std::to_string(kApplicationId));
        if (!marked) {
            return marked.error();
        }
    }
    for (const Migration& migration : kMigrations) {
        if (migration.version <= from || migration.version > target) {
            continue;
        }
        platform::logger("db")->info("applying schema migration {}: {}", migration.version,
                                     migration.purpose);
        auto applied = connection.executeScript(migration.sql);
        if (applied && migration.version == detail::kRecordsProvenVersion) {
            applied = detail::proveExistingRecords(connection);
        }
        if (!applied) {
            StorageError error = applied.error();
            error.context = "migration " + std::to_string(migration.version) + ": " + error.context;
            return error;
        }
    }
    auto versioned = connection.executeScript("PRAGMA user_version = " + std::to_string(target));
    if (!versioned) {
        return versioned.error();
    }
    auto committed = transaction->commit();
    if (!committed) {
        return committed.error();
    }
    platform::logger("db")->info("schema migrated from version {} to {}", from, target);
    return SchemaState{target, false};
}

} // namespace jpki::storage
