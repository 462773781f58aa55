// The rows the chain proves. The events' facts are read with SQLite's json_extract (no JSON is
// parsed per row in C++), the rows and the events of a table are read as ordered streams and
// merged by id, so that the whole check of a ten-year store is a few sequential scans.

#include "storage/record_proof.h"

#include "storage/event_log.h"
#include "storage/event_types.h"
#include "storage/sqlite_connection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <algorithm>
#include <array>
#include <chrono>
#include <cstring>
#include <limits>
#include <map>

namespace jpki::storage::detail {

namespace {

using std::int64_t;
using OptionalText = std::optional<std::string>;

class Mismatches {
public:
    void add(RecordKind kind, RecordProblem problem, int64_t rowId, int64_t sequence,
             std::string field = {}) {
        if (!full()) {
            m_found.push_back({kind, problem, rowId, sequence, std::move(field)});
        }
    }
    void differs(RecordKind kind, int64_t rowId, int64_t sequence, std::string field) {
        add(kind, RecordProblem::Differs, rowId, sequence, std::move(field));
    }
    bool full() const { return m_found.size() >= kMaxRecordMismatches; }
    std::vector<RecordMismatch> take() { return std::move(m_found); }

private:
    std::vector<RecordMismatch> m_found;
};

OptionalText optionalText(const sqlite::Statement& row, int column) {
    if (row.isNull(column)) {
        return std::nullopt;
    }
    return std::string(row.readTextView(column));
}

std::string text(const sqlite::Statement& row, int column) {
    return std::string(row.readTextView(column));
}

// A stream of rows ordered by a key (a case id, a staff id), read one ahead.
template <typename Row> class Stream {
public:
    using Reader = Row (*)(const sqlite::Statement&);

    Stream(sqlite::Statement statement, Reader reader, int64_t (*key)(const Row&))
        : m_statement(std::move(statement))
        , m_reader(reader)
        , m_key(key) {}

    Result<void> next() {
        auto row = m_statement.step();
        if (!row) {
            return row.error();
        }
        if (*row) {
            m_row = m_reader(m_statement);
        } else {
            m_row.reset();
        }
        return {};
    }
    bool atEnd() const { return !m_row.has_value(); }
    int64_t key() const { return m_key(*m_row); }
    const Row& row() const { return *m_row; }

    // Every row with `key`, in stream order.
    Result<std::vector<Row>> takeKey(int64_t key) {
        std::vector<Row> rows;
        while (!atEnd() && this->key() == key) {
            rows.push_back(*m_row);
            auto advanced = next();
            if (!advanced) {
                return advanced.error();
            }
        }
        return rows;
    }

private:
    sqlite::Statement m_statement;
    Reader m_reader;
    int64_t (*m_key)(const Row&);
    std::optional<Row> m_row;
};

template <typename Row>
Result<Stream<Row>> openStream(sqlite::Connection& connection, const std::string& sql,
                               const std::optional<std::string>& scopeIds,
                               typename Stream<Row>::Reader reader, int64_t (*key)(const Row&)) {
    auto statement = connection.prepare(sql);
    if (!statement) {
        return statement.error();
    }
    if (scopeIds) {
        statement->bind(1, std::string_view(*scopeIds));
    }
    Stream<Row> stream(std::move(statement).value(), reader, key);
    auto first = stream.next();
    if (!first) {
        return first.error();
    }
    return stream;
}

// "WHERE column IS NOT NULL" for every row, or the ids of the scope (a JSON array in ?1).
std::string scopeFilter(std::string_view column, bool scoped) {
    const std::string name(column);
    return scoped ? name + " IN (SELECT value FROM json_each(?1))" : name + " IS NOT NULL";
}

// --- Cases ---

struct CaseRow {
    int64_t id = 0;
    std::string reference;
    int64_t year = 0;
    int64_t serial = 0;
    std::string procedure;
    std::string path;
    std::string counter;
    std::string state;
    OptionalText outcome;
    int64_t openedBy = 0;
    int64_t openedAt = 0;
    std::string openedOn;
    int64_t updatedAt = 0;
    std::optional<int64_t> closedAt;
    std::optional<int64_t> lastEventSequence;
    std::optional<QString> name;
    std::optional<QString> kana;
    OptionalText birthDate;
    std::optional<QString> address;
};

constexpr std::string_view kCaseRowSelect =
    "SELECT c.id, c.reference, c.reference_year, c.reference_serial, c.procedure,"
    " c.request_path, c.counter, c.state, c.outcome, c.opened_by, c.opened_at, c.opened_on,"
    " c.updated_at, c.closed_at, c.last_event_seq, c.applicant_name, c.applicant_kana,"
    " c.applicant_birth_date, c.applicant_address FROM cases c";

CaseRow readCaseRow(const sqlite::Statement& row) {
    CaseRow c;
    c.id = row.readInt(0);
    c.reference = text(row, 1);
    c.year = row.readInt(2);
    c.serial = row.readInt(3);
    c.procedure = text(row, 4);
    c.path = text(row, 5);
    c.counter = text(row, 6);
    c.state = text(row, 7);
    c.outcome = optionalText(row, 8);
    c.openedBy = row.readInt(9);
    c.openedAt = row.readInt(10);
    c.openedOn = text(row, 11);
    c.updatedAt = row.readInt(12);
    c.closedAt = row.readOptionalInt(13);
    c.lastEventSequence = row.readOptionalInt(14);
    c.name = row.readOptionalText(15);
    c.kana = row.readOptionalText(16);
    c.birthDate = optionalText(row, 17);
    c.address = row.readOptionalText(18);
    return c;
}

struct CaseEventFacts {
    int64_t sequence = 0;
    int64_t caseId = 0;
    std::optional<int64_t> staff;
    int64_t at = 0;
    std::string type;
    bool hasProjection = false;
    OptionalText state;
    OptionalText outcome;
    bool closed = false;
    OptionalText reference;
    OptionalText procedure;
    OptionalText path;
    OptionalText counter;
    std::optional<QString> applicantDigest;
    OptionalText document;
    OptionalText holder;
    std::optional<int64_t> accepted;
    std::optional<QString> note;
    OptionalText letter;
    std::optional<QString> method;
};

constexpr std::string_view kCaseEventSelect =
    "SELECT e.seq, e.case_id, e.staff_id, e.at, e.event_type,"
    " json_type(e.payload, '$.projection') IS NOT NULL,"
    " json_extract(e.payload, '$.projection.state'),"
    " json_extract(e.payload, '$.projection.outcome'),"
    " json_extract(e.payload, '$.projection.closed'), json_extract(e.payload, '$.reference'),"
    " json_extract(e.payload, '$.procedure'), json_extract(e.payload, '$.path'),"
    " json_extract(e.payload, '$.counter'), json_extract(e.payload, '$.applicant_digest'),"
    " json_extract(e.payload, '$.document'), json_extract(e.payload, '$.holder'),"
    " json_extract(e.payload, '$.accepted'), json_extract(e.payload, '$.note'),"
    " json_extract(e.payload, '$.letter'), json_extract(e.payload, '$.method')"
    " FROM case_events e";

CaseEventFacts readCaseEvent(const sqlite::Statement& row) {
    CaseEventFacts e;
    e.sequence = row.readInt(0);
    e.caseId = row.readInt(1);
    e.staff = row.readOptionalInt(2);
    e.at = row.readInt(3);
    e.type = text(row, 4);
    e.hasProjection = row.readInt(5) != 0;
    e.state = optionalText(row, 6);
    e.outcome = optionalText(row, 7);
    e.closed = row.readOptionalInt(8).value_or(0) != 0;
    e.reference = optionalText(row, 9);
    e.procedure = optionalText(row, 10);
    e.path = optionalText(row, 11);
    e.counter = optionalText(row, 12);
    e.applicantDigest = row.readOptionalText(13);
    e.document = optionalText(row, 14);
    e.holder = optionalText(row, 15);
    e.accepted = row.readOptionalInt(16);
    e.note = row.readOptionalText(17);
    e.letter = optionalText(row, 18);
    e.method = row.readOptionalText(19);
    return e;
}

struct DocumentRow {
    int64_t id = 0;
    int64_t caseId = 0;
    int64_t eventSequence = 0;
    std::string document;
    std::string holder;
    int64_t accepted = 0;
    std::optional<QString> note;
    int64_t checkedBy = 0;
    int64_t checkedAt = 0;
};

constexpr std::string_view kDocumentSelect =
    "SELECT d.id, d.case_id, d.event_seq, d.document, d.holder, d.accepted, d.note,"
    " d.checked_by, d.checked_at FROM documents_checked d";

DocumentRow readDocumentRow(const sqlite::Statement& row) {
    return {row.readInt(0), row.readInt(1),          row.readInt(2), text(row, 3),  text(row, 4),
            row.readInt(5), row.readOptionalText(6), row.readInt(7), row.readInt(8)};
}

struct LetterRow {
    int64_t id = 0;
    std::string reference;
    int64_t caseId = 0;
    int64_t issuedBy = 0;
    int64_t issuedAt = 0;
    std::optional<int64_t> mailedAt;
    std::optional<QString> mailMethod;
    std::optional<int64_t> replyReceivedAt;
};

constexpr std::string_view kLetterSelect =
    "SELECT l.id, l.reference, l.case_id, l.issued_by, l.issued_at, l.mailed_at, l.mail_method,"
    " l.reply_received_at FROM inquiry_letters l";

LetterRow readLetterRow(const sqlite::Statement& row) {
    return {row.readInt(0),          text(row, 1),          row.readInt(2),
            row.readInt(3),          row.readInt(4),        row.readOptionalInt(5),
            row.readOptionalText(6), row.readOptionalInt(7)};
}

// The store writes these case events without a projection; every other case event carries one.
bool isStoreCaseEvent(std::string_view type) {
    return type == event_type::kApplicantRecorded || type == event_type::kDocumentChecked ||
           type == event_type::kLetterIssued || type == event_type::kLetterMailed ||
           type == event_type::kLetterReplyReceived;
}

std::optional<std::pair<int64_t, int64_t>> referenceNumbers(const std::string& reference) {
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]([0-9]{4})-([0-9]{6,})$"));
    const auto match = pattern.match(QString::fromStdString(reference));
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    return std::pair{match.captured(1).toLongLong(), match.captured(2).toLongLong()};
}

Result<void> checkApplicant(StoreCore& core, const CaseRow& row,
                            const std::vector<CaseEventFacts>& events, Mismatches& found) {
    const CaseEventFacts* recorded = nullptr;
    for (const CaseEventFacts& event : events) {
        if (event.applicantDigest && (event.type == event_type::kCaseOpened ||
                                      event.type == event_type::kApplicantRecorded)) {
            recorded = &event;
        }
    }
    const bool rowEmpty = !row.name && !row.kana && !row.birthDate && !row.address;
    if (!recorded) {
        if (!rowEmpty) {
            found.differs(RecordKind::Case, row.id, 0, "applicant");
        }
        return {};
    }
    ApplicantDetails applicant{row.name, row.kana, std::nullopt, row.address};
    if (row.birthDate) {
        applicant.birthDate = domain::parseIsoDate(*row.birthDate);
        if (!applicant.birthDate || domain::formatIsoDate(*applicant.birthDate) != *row.birthDate) {
            found.differs(RecordKind::Case, row.id, recorded->sequence, "applicant");
            return {};
        }
    }
    auto matches = applicantMatches(core, *recorded->applicantDigest, applicant);
    if (!matches) {
        return matches.error();
    }
    if (!*matches) {
        found.differs(RecordKind::Case, row.id, recorded->sequence, "applicant");
    }
    return {};
}

Result<void> checkCaseRow(StoreCore& core, const CaseRow& row,
                          const std::vector<CaseEventFacts>& events, Mismatches& found) {
    if (events.empty() || events.front().type != event_type::kCaseOpened) {
        found.add(RecordKind::Case, RecordProblem::NoEvent, row.id, 0);
        return {};
    }
    const CaseEventFacts& opened = events.front();
    const int64_t seq = opened.sequence;
    const auto differs = [&](bool different, const char* field, int64_t at) {
        if (different) {
            found.differs(RecordKind::Case, row.id, at, field);
        }
    };
    differs(opened.reference != row.reference, "reference", seq);
    const auto numbers = referenceNumbers(row.reference);
    differs(!numbers || numbers->first != row.year || numbers->second != row.serial, "reference",
            seq);
    differs(opened.procedure != row.procedure, "procedure", seq);
    differs(opened.path != row.path, "request_path", seq);
    differs(opened.counter != row.counter, "counter", seq);
    differs(opened.staff != row.openedBy, "opened_by", seq);
    differs(opened.at != row.openedAt, "opened_at", seq);
    differs(domain::formatIsoDate(japanDate(fromUnixMilliseconds(opened.at))) != row.openedOn,
            "opened_on", seq);

    const CaseEventFacts* projected = nullptr;
    for (const CaseEventFacts& event : events) {
        if (event.hasProjection) {
            projected = &event;
        }
    }
    if (projected) {
        const int64_t at = projected->sequence;
        differs(projected->state != row.state, "state", at);
        differs(projected->outcome != row.outcome, "outcome", at);
        const std::optional<int64_t> closedAt =
            projected->closed ? std::optional(projected->at) : std::nullopt;
        differs(closedAt != row.closedAt, "closed_at", at);
    } else {
        differs(true, "state", seq);
    }
    const CaseEventFacts& last = events.back();
    differs(last.at != row.updatedAt, "updated_at", last.sequence);
    differs(std::optional(last.sequence) != row.lastEventSequence, "last_event_seq", last.sequence);
    return checkApplicant(core, row, events, found);
}

void checkDocuments(const std::vector<CaseEventFacts>& events,
                    const std::vector<DocumentRow>& documents, Mismatches& found) {
    std::vector<bool> matched(documents.size(), false);
    for (const CaseEventFacts& event : events) {
        if (event.type != event_type::kDocumentChecked) {
            continue;
        }
        const auto row = std::find_if(documents.begin(), documents.end(), [&](const auto& d) {
            return d.eventSequence == event.sequence;
        });
        if (row == documents.end()) {
            found.add(RecordKind::DocumentCheck, RecordProblem::NoRow, 0, event.sequence);
            continue;
        }
        matched[static_cast<std::size_t>(row - documents.begin())] = true;
        const auto differs = [&](bool different, const char* field) {
            if (different) {
                found.differs(RecordKind::DocumentCheck, row->id, event.sequence, field);
            }
        };
        differs(event.document != row->document, "document");
        differs(event.holder != row->holder, "holder");
        differs(event.accepted.value_or(-1) != row->accepted, "accepted");
        differs(event.note != row->note, "note");
        differs(event.staff != row->checkedBy, "checked_by");
        differs(event.at != row->checkedAt, "checked_at");
    }
    for (std::size_t i = 0; i < documents.size(); ++i) {
        if (!matched[i]) {
            found.add(RecordKind::DocumentCheck, RecordProblem::NoEvent, documents[i].id, 0);
        }
    }
}

void checkLetters(const std::vector<CaseEventFacts>& events, const std::vector<LetterRow>& letters,
                  Mismatches& found) {
    struct Expected {
        const CaseEventFacts* issued = nullptr;
        const CaseEventFacts* mailed = nullptr;
        const CaseEventFacts* reply = nullptr;
    };
    std::map<std::string, Expected> expected;
    for (const CaseEventFacts& event : events) {
        if (!event.letter) {
            continue;
        }
        Expected& letter = expected[*event.letter];
        if (event.type == event_type::kLetterIssued) {
            letter.issued = &event;
        } else if (event.type == event_type::kLetterMailed) {
            letter.mailed = &event;
        } else if (event.type == event_type::kLetterReplyReceived) {
            letter.reply = &event;
        }
    }
    for (const LetterRow& row : letters) {
        const auto it = expected.find(row.reference);
        if (it == expected.end() || !it->second.issued) {
            found.add(RecordKind::Letter, RecordProblem::NoEvent, row.id, 0);
            continue;
        }
        const Expected& letter = it->second;
        const auto differs = [&](bool different, const char* field, const CaseEventFacts* at) {
            if (different) {
                found.differs(RecordKind::Letter, row.id,
                              at ? at->sequence : letter.issued->sequence, field);
            }
        };
        differs(letter.issued->staff != row.issuedBy, "issued_by", letter.issued);
        differs(letter.issued->at != row.issuedAt, "issued_at", letter.issued);
        const auto mailedAt = letter.mailed ? std::optional(letter.mailed->at) : std::nullopt;
        differs(mailedAt != row.mailedAt, "mailed_at", letter.mailed);
        const auto method = letter.mailed ? letter.mailed->method : std::nullopt;
        differs(method != row.mailMethod, "mail_method", letter.mailed);
        const auto replyAt = letter.reply ? std::optional(letter.reply->at) : std::nullopt;
        differs(replyAt != row.replyReceivedAt, "reply_received_at", letter.reply);
        expected.erase(it);
    }
    for (const auto& [reference, letter] : expected) {
        if (letter.issued) {
            found.add(RecordKind::Letter, RecordProblem::NoRow, 0, letter.issued->sequence);
        }
    }
}

// The ids of the cases a scope covers, as a JSON array for json_each.
Result<std::string> scopedCaseIds(sqlite::Connection& connection, const RecordScope& scope) {
    auto statement =
        connection.prepare("SELECT case_id FROM case_events WHERE seq >= ?1 AND case_id IS NOT NULL"
                           " UNION SELECT id FROM cases WHERE opened_on >= ?2 ORDER BY 1");
    if (!statement) {
        return statement.error();
    }
    statement->bind(1, scope.fromSequence);
    statement->bind(2, std::string_view(scope.fromDay.value_or("9999-12-31")));
    std::string ids = "[";
    for (;;) {
        auto row = statement->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        if (ids.size() > 1) {
            ids += ',';
        }
        ids += std::to_string(statement->readInt(0));
    }
    return ids + "]";
}

Result<void> checkCases(StoreCore& core, const RecordScope& scope, Mismatches& found) {
    auto& connection = *core.connection;
    const bool scoped = scope.fromSequence > 1;
    std::optional<std::string> ids;
    if (scoped) {
        auto scopeIds = scopedCaseIds(connection, scope);
        if (!scopeIds) {
            return scopeIds.error();
        }
        ids = std::move(scopeIds).value();
    }
    auto cases = openStream<CaseRow>(connection,
                                     std::string(kCaseRowSelect) + " WHERE " +
                                         scopeFilter("c.id", scoped) + " ORDER BY c.id",
                                     ids, readCaseRow, [](const CaseRow& row) { return row.id; });
    auto events = openStream<CaseEventFacts>(
        connection,
        std::string(kCaseEventSelect) + " WHERE " + scopeFilter("e.case_id", scoped) +
            " ORDER BY e.case_id, e.seq",
        ids, readCaseEvent, [](const CaseEventFacts& event) { return event.caseId; });
    auto documents = openStream<DocumentRow>(
        connection,
        std::string(kDocumentSelect) + " WHERE " + scopeFilter("d.case_id", scoped) +
            " ORDER BY d.case_id, d.id",
        ids, readDocumentRow, [](const DocumentRow& row) { return row.caseId; });
    auto letters =
        openStream<LetterRow>(connection,
                              std::string(kLetterSelect) + " WHERE " +
                                  scopeFilter("l.case_id", scoped) + " ORDER BY l.case_id, l.id",
                              ids, readLetterRow, [](const LetterRow& row) { return row.caseId; });
    if (!cases || !events || !documents || !letters) {
        return !cases ? cases.error()
                      : (!events ? events.error()
                                 : (!documents ? documents.error() : letters.error()));
    }
    constexpr int64_t kNone = std::numeric_limits<int64_t>::max();
    const auto keyOf = [&](const auto& stream) {
        return stream.atEnd() ? kNone : stream.key();
    };
    while (!found.full()) {
        const int64_t caseId =
            std::min({keyOf(*cases), keyOf(*events), keyOf(*documents), keyOf(*letters)});
        if (caseId == kNone) {
            break;
        }
        std::optional<CaseRow> row;
        if (keyOf(*cases) == caseId) {
            row = cases->row();
            auto advanced = cases->next();
            if (!advanced) {
                return advanced.error();
            }
        }
        auto caseEvents = events->takeKey(caseId);
        auto caseDocuments = documents->takeKey(caseId);
        auto caseLetters = letters->takeKey(caseId);
        if (!caseEvents || !caseDocuments || !caseLetters) {
            return !caseEvents ? caseEvents.error()
                               : (!caseDocuments ? caseDocuments.error() : caseLetters.error());
        }
        if (row) {
            auto checked = checkCaseRow(core, *row, *caseEvents, found);
            if (!checked) {
                return checked;
            }
        } else if (!caseEvents->empty()) {
            found.add(RecordKind::Case, RecordProblem::NoRow, caseId, caseEvents->front().sequence);
        }
        checkDocuments(*caseEvents, *caseDocuments, found);
        checkLetters(*caseEvents, *caseLetters, found);
    }
    return {};
}

// --- Staff ---

struct StaffRow {
    int64_t id = 0;
    QString login;
    QString displayName;
    std::string role;
    PasswordHash password;
    int64_t failedSignIns = 0;
    int64_t locked = 0;
    int64_t active = 0;
    int64_t createdAt = 0;
    int64_t updatedAt = 0;
};

constexpr std::string_view kStaffRowSelect =
    "SELECT s.id, s.login, s.display_name, s.role, s.password_hash, s.password_salt, s.kdf,"
    " s.kdf_log2_n, s.kdf_r, s.kdf_p, s.failed_sign_ins, s.locked, s.active, s.created_at,"
    " s.updated_at FROM staff s";

StaffRow readStaffRow(const sqlite::Statement& row) {
    StaffRow s;
    s.id = row.readInt(0);
    s.login = row.readText(1);
    s.displayName = row.readText(2);
    s.role = text(row, 3);
    const auto hash = row.readBlob(4);
    const auto salt = row.readBlob(5);
    s.password.hash.assign(hash.begin(), hash.end());
    s.password.salt.assign(salt.begin(), salt.end());
    s.password.kdf = row.readText(6);
    s.password.parameters = {static_cast<int>(row.readInt(7)), static_cast<int>(row.readInt(8)),
                             static_cast<int>(row.readInt(9))};
    s.failedSignIns = row.readInt(10);
    s.locked = row.readInt(11);
    s.active = row.readInt(12);
    s.createdAt = row.readInt(13);
    s.updatedAt = row.readInt(14);
    return s;
}

StaffRow staffRowOf(const StaffAccount& account) {
    StaffRow s;
    s.id = rawId(account.id);
    s.login = account.login;
    s.displayName = account.displayName;
    s.role = std::string(staffRoleId(account.role));
    s.password = account.password;
    s.failedSignIns = account.failedSignIns;
    s.locked = account.locked ? 1 : 0;
    s.active = account.active ? 1 : 0;
    s.createdAt = toUnixMilliseconds(account.createdAt);
    s.updatedAt = toUnixMilliseconds(account.updatedAt);
    return s;
}

struct StaffEventFacts {
    int64_t sequence = 0;
    int64_t at = 0;
    std::string type;
    int64_t subject = 0;
    std::optional<QString> login;
    OptionalText role;
    std::optional<QString> displayName;
    std::optional<QString> credential;
    std::optional<int64_t> failedSignIns;
    std::optional<int64_t> locked;
};

// The expression must be the index's (audit_events_by_subject) for SQLite to use it.
constexpr std::string_view kSubject = "json_extract(e.payload, '$.subject_staff_id')";

std::string staffEventSelect(std::string_view where) {
    return "SELECT e.seq, e.at, e.event_type, " + std::string(kSubject) +
           ", json_extract(e.payload, '$.login'), json_extract(e.payload, '$.role'),"
           " json_extract(e.payload, '$.display_name'),"
           " json_extract(e.payload, '$.credential_digest'),"
           " json_extract(e.payload, '$.failed_sign_ins'), json_extract(e.payload, '$.locked')"
           " FROM case_events e WHERE e.case_id IS NULL AND " +
           std::string(kSubject) + std::string(where) + " ORDER BY " + std::string(kSubject) +
           ", e.seq";
}

StaffEventFacts readStaffEvent(const sqlite::Statement& row) {
    StaffEventFacts e;
    e.sequence = row.readInt(0);
    e.at = row.readInt(1);
    e.type = text(row, 2);
    e.subject = row.readInt(3);
    e.login = row.readOptionalText(4);
    e.role = optionalText(row, 5);
    e.displayName = row.readOptionalText(6);
    e.credential = row.readOptionalText(7);
    e.failedSignIns = row.readOptionalInt(8);
    e.locked = row.readOptionalInt(9);
    return e;
}

Result<void> checkStaffRow(StoreCore& core, const StaffRow& row,
                           const std::vector<StaffEventFacts>& events, Mismatches& found) {
    if (events.empty() || events.front().type != event_type::kStaffCreated) {
        found.add(RecordKind::Staff, RecordProblem::NoEvent, row.id, 0);
        return {};
    }
    const StaffEventFacts& created = events.front();
    struct Folded {
        std::optional<QString> displayName;
        std::optional<QString> credential;
        int64_t active = 1;
        int64_t locked = 0;
        int64_t failedSignIns = 0;
        int64_t updatedAt = 0;
        int64_t credentialAt = 0;
        int64_t lastAt = 0; // the event that last changed the row
    } expected;
    for (const StaffEventFacts& event : events) {
        const std::string_view type = event.type;
        if (event.displayName) {
            expected.displayName = event.displayName;
        }
        if (event.credential) {
            expected.credential = event.credential;
            expected.credentialAt = event.sequence;
        }
        if (type == event_type::kStaffActivated) {
            expected.active = 1;
        } else if (type == event_type::kStaffDeactivated) {
            expected.active = 0;
        } else if (type == event_type::kStaffUnlocked) {
            expected.locked = 0;
            expected.failedSignIns = 0;
        } else if (type == event_type::kSignIn) {
            expected.failedSignIns = 0;
        } else if (type == event_type::kSignInFailed) {
            expected.failedSignIns = event.failedSignIns.value_or(-1);
            expected.locked = event.locked.value_or(-1);
        } else if (type != event_type::kStaffCreated && type != event_type::kStaffPasswordChanged) {
            // An event about the account that did not write its row (a refused sign-in, the
            // attestation at the upgrade).
            continue;
        }
        expected.updatedAt = event.at;
        expected.lastAt = event.sequence;
    }
    const auto differs = [&](bool different, const char* field, int64_t at) {
        if (different) {
            found.differs(RecordKind::Staff, row.id, at, field);
        }
    };
    const int64_t seq = created.sequence;
    differs(created.login != row.login, "login", seq);
    differs(created.role != row.role, "role", seq);
    differs(created.at != row.createdAt, "created_at", seq);
    differs(expected.displayName && *expected.displayName != row.displayName, "display_name", seq);
    if (expected.credential) {
        auto digest = credentialDigest(core.hasher, row.password);
        if (!digest) {
            return digest.error();
        }
        differs(*digest != *expected.credential, "password_hash", expected.credentialAt);
    }
    differs(expected.active != row.active, "active", expected.lastAt);
    differs(expected.locked != row.locked, "locked", expected.lastAt);
    differs(expected.failedSignIns != row.failedSignIns, "failed_sign_ins", expected.lastAt);
    differs(expected.updatedAt != row.updatedAt, "updated_at", expected.lastAt);
    return {};
}

Result<void> checkAllStaff(StoreCore& core, Mismatches& found) {
    auto& connection = *core.connection;
    auto rows = openStream<StaffRow>(connection, std::string(kStaffRowSelect) + " ORDER BY s.id",
                                     std::nullopt, readStaffRow,
                                     [](const StaffRow& row) { return row.id; });
    auto events = openStream<StaffEventFacts>(
        connection, staffEventSelect(" IS NOT NULL"), std::nullopt, readStaffEvent,
        [](const StaffEventFacts& event) { return event.subject; });
    if (!rows || !events) {
        return !rows ? rows.error() : events.error();
    }
    constexpr int64_t kNone = std::numeric_limits<int64_t>::max();
    const auto keyOf = [&](const auto& stream) {
        return stream.atEnd() ? kNone : stream.key();
    };
    while (!found.full()) {
        const int64_t staffId = std::min(keyOf(*rows), keyOf(*events));
        if (staffId == kNone) {
            break;
        }
        std::optional<StaffRow> row;
        if (keyOf(*rows) == staffId) {
            row = rows->row();
            auto advanced = rows->next();
            if (!advanced) {
                return advanced.error();
            }
        }
        auto staffEvents = events->takeKey(staffId);
        if (!staffEvents) {
            return staffEvents.error();
        }
        if (row) {
            auto checked = checkStaffRow(core, *row, *staffEvents, found);
            if (!checked) {
                return checked;
            }
        } else {
            found.add(RecordKind::Staff, RecordProblem::NoRow, staffId,
                      staffEvents->front().sequence);
        }
    }
    return {};
}

// --- Sign-offs ---

Result<void> checkSignOffs(StoreCore& core, const RecordScope& scope, Mismatches& found) {
    auto& connection = *core.connection;
    auto events = connection.prepare(
        "SELECT e.seq, e.staff_id, e.at, e.payload FROM case_events e"
        " WHERE e.case_id IS NULL AND e.event_type = ?1 AND e.seq >= ?2 ORDER BY e.seq");
    auto rows = connection.prepare(
        "SELECT o.id, o.day, o.counter, o.supervisor_id, o.signed_at, o.note, o.chain_seq,"
        " o.chain_head, o.event_seq FROM daily_sign_offs o WHERE o.event_seq >= ?1");
    auto acknowledgements = connection.prepare(
        "SELECT case_id, note FROM sign_off_acknowledgements WHERE sign_off_id = ?1"
        " ORDER BY case_id");
    if (!events || !rows || !acknowledgements) {
        return !events ? events.error() : (!rows ? rows.error() : acknowledgements.error());
    }
    events->bind(1, event_type::kDaySignedOff).bind(2, scope.fromSequence);
    std::map<int64_t, std::pair<int64_t, QJsonObject>> signOffEvents; // seq -> (staff, payload)
    std::map<int64_t, int64_t> signedAt;
    for (;;) {
        auto row = events->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        const std::string_view payload = events->readTextView(3);
        const QJsonObject object =
            QJsonDocument::fromJson(
                QByteArray(payload.data(), static_cast<qsizetype>(payload.size())))
                .object();
        signOffEvents[events->readInt(0)] = {events->readOptionalInt(1).value_or(0), object};
        signedAt[events->readInt(0)] = events->readInt(2);
    }
    rows->bind(1, scope.fromSequence);
    for (;;) {
        auto row = rows->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        const int64_t id = rows->readInt(0);
        const int64_t eventSeq = rows->readInt(8);
        const auto it = signOffEvents.find(eventSeq);
        if (it == signOffEvents.end()) {
            found.add(RecordKind::SignOff, RecordProblem::NoEvent, id, 0);
            continue;
        }
        const auto& [supervisor, payload] = it->second;
        const auto differs = [&](bool different, const char* field) {
            if (different) {
                found.differs(RecordKind::SignOff, id, eventSeq, field);
            }
        };
        differs(payload.value(QStringLiteral("day")).toString() != rows->readText(1), "day");
        differs(payload.value(QStringLiteral("counter")).toString() != rows->readText(2),
                "counter");
        differs(supervisor != rows->readInt(3), "supervisor_id");
        differs(signedAt[eventSeq] != rows->readInt(4), "signed_at");
        const QJsonValue note = payload.value(QStringLiteral("note"));
        differs((note.isString() ? std::optional(note.toString()) : std::nullopt) !=
                    rows->readOptionalText(5),
                "note");
        differs(payload.value(QStringLiteral("chain_sequence")).toInteger(-1) != rows->readInt(6),
                "chain_seq");
        const auto head = rows->readBlob(7);
        Digest stored{};
        const bool sized = head.size() == stored.size();
        if (sized) {
            std::copy(head.begin(), head.end(), stored.begin());
        }
        differs(!sized ||
                    payload.value(QStringLiteral("chain_head")).toString() != hexDigest(stored),
                "chain_head");
        // Acknowledgements, in case order on both sides.
        std::vector<std::pair<int64_t, QString>> expected;
        for (const QJsonValue& value :
             payload.value(QStringLiteral("acknowledgements")).toArray()) {
            const QJsonObject object = value.toObject();
            expected.emplace_back(object.value(QStringLiteral("case_id")).toInteger(-1),
                                  object.value(QStringLiteral("note")).toString());
        }
        std::sort(expected.begin(), expected.end());
        std::vector<std::pair<int64_t, QString>> recorded;
        acknowledgements->reset();
        acknowledgements->bind(1, id);
        for (;;) {
            auto ack = acknowledgements->step();
            if (!ack) {
                return ack.error();
            }
            if (!*ack) {
                break;
            }
            recorded.emplace_back(acknowledgements->readInt(0), acknowledgements->readText(1));
        }
        differs(expected != recorded, "acknowledgements");
        signOffEvents.erase(it);
    }
    for (const auto& [sequence, unused] : signOffEvents) {
        found.add(RecordKind::SignOff, RecordProblem::NoRow, 0, sequence);
    }
    return {};
}

} // namespace

Result<std::optional<Digest>> readApplicantKey(sqlite::Connection& connection) {
    auto statement = connection.prepare("SELECT applicant_key FROM store_keys WHERE id = 1");
    if (!statement) {
        return statement.error();
    }
    auto row = statement->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return std::optional<Digest>();
    }
    const auto stored = statement->readBlob(0);
    Digest key{};
    if (stored.size() != key.size()) {
        return StorageError(StorageErrorCode::InvalidData, "the store's applicant key");
    }
    std::copy(stored.begin(), stored.end(), key.begin());
    return std::optional(key);
}

Result<void> proveExistingRecords(sqlite::Connection& connection) {
    // The operating system's generator (getrandom): OpenSSL's would leave a per-thread generator
    // behind on whichever thread first opens the store.
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->generate(words.begin(), words.end());
    Digest key{};
    std::memcpy(key.data(), words.data(), key.size());
    words.fill(0);
    auto insertKey =
        connection.prepare("INSERT INTO store_keys (id, applicant_key) VALUES (1, ?1)");
    if (!insertKey) {
        return insertKey.error();
    }
    insertKey->bindBlob(1, key);
    auto inserted = insertKey->execute();
    if (!inserted) {
        return inserted;
    }
    auto staff = connection.prepare(std::string(kStaffRowSelect) + " ORDER BY s.id");
    if (!staff) {
        return staff.error();
    }
    std::vector<StaffRow> accounts;
    for (;;) {
        auto row = staff->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        accounts.push_back(readStaffRow(*staff));
    }
    staff->reset();
    EventHasher hasher;
    const auto now =
        std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now());
    for (const StaffRow& account : accounts) {
        auto credential = credentialDigest(hasher, account.password);
        if (!credential) {
            return credential.error();
        }
        const QJsonObject payload{
            {QStringLiteral("subject_staff_id"), static_cast<qint64>(account.id)},
            {QStringLiteral("display_name"), account.displayName},
            {typeText(kCredentialKey), *credential}};
        auto appended = appendEvent(
            connection, hasher,
            {std::nullopt, std::nullopt, now, typeText(event_type::kStaffRecordAttested), payload});
        if (!appended) {
            return appended.error();
        }
    }
    return {};
}

Result<std::vector<RecordMismatch>> checkRecords(StoreCore& core, const RecordScope& scope) {
    Mismatches found;
    auto transaction =
        sqlite::Transaction::begin(*core.connection, sqlite::Transaction::Kind::Deferred);
    if (!transaction) {
        return transaction.error();
    }
    auto checked = checkCases(core, scope, found);
    if (checked) {
        checked = checkAllStaff(core, found);
    }
    if (checked) {
        checked = checkSignOffs(core, scope, found);
    }
    if (!checked) {
        return checked.error();
    }
    return found.take();
}

Result<std::vector<RecordMismatch>> checkStaffRecord(StoreCore& core, const StaffAccount& account) {
    auto events = core.connection->cached(staffEventSelect(" = ?1"));
    if (!events) {
        return events.error();
    }
    (*events)->bind(1, rawId(account.id));
    std::vector<StaffEventFacts> facts;
    for (;;) {
        auto row = (*events)->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        facts.push_back(readStaffEvent(**events));
    }
    Mismatches found;
    auto checked = checkStaffRow(core, staffRowOf(account), facts, found);
    if (!checked) {
        return checked.error();
    }
    return found.take();
}

} // namespace jpki::storage::detail
