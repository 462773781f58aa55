// CaseStore: the queries of the case engine and the supervisor review.

#include "platform/logging.h"
#include "storage/case_store.h"
#include "storage/record_proof.h"
#include "storage/row_readers.h"
#include "storage/store_core.h"

#include <QRegularExpression>

namespace jpki::storage {

namespace {

using detail::readAll;

// The first event at or after an instant: a range of case_events_by_time (which holds the
// rowid, seq), as long as the events from that instant on. Named, because SQLite otherwise
// answers min(seq) by stepping the table in seq order from the first row to the day's first
// event: nearly the whole table for a recent day (1.8 s against 10 ms at city scale).
constexpr std::string_view kFirstSequenceFrom =
    "SELECT min(seq) FROM case_events INDEXED BY case_events_by_time WHERE at >= ?1";

// SQLite's plan, one line per step.
Result<QStringList> planOf(sqlite::Statement& explained) {
    QStringList plan;
    for (;;) {
        auto row = explained.step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            return plan;
        }
        plan.append(explained.readText(3)); // id, parent, notused, detail
    }
}

std::string caseSelect(std::string_view where) {
    return "SELECT " + std::string(detail::kCaseColumns) + ", " +
           std::string(detail::kApplicantColumns) +
           " FROM cases c JOIN staff s ON s.id = c.opened_by WHERE " + std::string(where);
}

std::string eventSelect(std::string_view where) {
    return "SELECT " + std::string(detail::kEventColumns) +
           " FROM case_events e LEFT JOIN staff s ON s.id = e.staff_id WHERE " +
           std::string(where) + " ORDER BY e.seq";
}

// The day's cases: opened on the day (cases_by_day or cases_by_clerk_day) or with an event in
// the day's instants (case_events_by_time, which covers case and staff): each branch is an
// index range, never a scan. Parameters: ?1 day, ?2 ?3 the day's instants, ?4 counter,
// ?5 clerk; the text varies only with which filters are present.
std::string dayQuery(const DayQuery& query) {
    std::string opened = "SELECT id FROM cases WHERE opened_on = ?1";
    std::string touched = "SELECT case_id FROM case_events WHERE at >= ?2 AND at < ?3"
                          " AND case_id IS NOT NULL";
    std::string outer;
    if (query.counter) {
        opened += " AND counter = ?4";
        outer += " AND c.counter = ?4";
    }
    if (query.clerk) {
        opened += " AND opened_by = ?5";
        touched += " AND staff_id = ?5";
    }
    return "SELECT " + std::string(detail::kCaseColumns) +
           " FROM cases c JOIN staff s ON s.id = c.opened_by WHERE c.id IN (" + opened + " UNION " +
           touched + ")" + outer + " ORDER BY c.opened_at, c.id";
}

void bindDayQuery(sqlite::Statement& statement, const DayQuery& query) {
    const TimeRange range = japanDay(query.day);
    statement.bind(1, domain::formatIsoDate(query.day))
        .bind(2, toUnixMilliseconds(range.begin))
        .bind(3, toUnixMilliseconds(range.end));
    if (query.counter) {
        statement.bind(4, *query.counter);
    }
    if (query.clerk) {
        statement.bind(5, rawId(*query.clerk));
    }
}

template <typename T> Result<T> firstOrNotFound(Result<std::vector<T>> rows, std::string what) {
    if (!rows) {
        return rows.error();
    }
    if (rows->empty()) {
        return StorageError(StorageErrorCode::NotFound, std::move(what));
    }
    return std::move(rows->front());
}

// R2026-000123 or P2026-000123-1 as typed at the counter: NFKC folds full-width characters,
// and spaces and case are forgiven.
QString normalisedReference(const QString& typed) {
    QString folded = typed.normalized(QString::NormalizationForm_KC).trimmed().toUpper();
    folded.remove(QLatin1Char(' '));
    return folded;
}

} // namespace

Result<StaffAccount> CaseStore::findStaff(StaffId staff) {
    auto query = m_core->connection->cached("SELECT " + std::string(detail::kStaffColumns) +
                                            " FROM staff s WHERE s.id = ?1");
    if (!query) {
        return query.error();
    }
    (*query)->bind(1, rawId(staff));
    return proven(firstOrNotFound(readAll(**query, detail::readStaff), "staff"));
}

Result<StaffAccount> CaseStore::findStaffByLogin(const QString& login) {
    auto query = m_core->connection->cached("SELECT " + std::string(detail::kStaffColumns) +
                                            " FROM staff s WHERE s.login = ?1");
    if (!query) {
        return query.error();
    }
    (*query)->bind(1, login);
    return proven(firstOrNotFound(readAll(**query, detail::readStaff), "staff"));
}

Result<StaffAccount> CaseStore::proven(Result<StaffAccount> account) {
    if (!account) {
        return account;
    }
    auto mismatches = detail::checkStaffRecord(*m_core, *account);
    if (!mismatches) {
        return mismatches.error();
    }
    if (!mismatches->empty()) {
        const RecordMismatch& first = mismatches->front();
        platform::logger("db")->error("staff row {} not borne out by the chain ({}, {})",
                                      first.rowId, recordProblemId(first.problem), first.field);
        return StorageError(StorageErrorCode::Unproven,
                            "staff " + std::to_string(first.rowId) + ": " + first.field);
    }
    return account;
}

Result<std::vector<StaffAccount>> CaseStore::listStaff() {
    auto query = m_core->connection->cached("SELECT " + std::string(detail::kStaffColumns) +
                                            " FROM staff s ORDER BY s.login");
    if (!query) {
        return query.error();
    }
    return readAll(**query, detail::readStaff);
}

Result<CaseRecord> CaseStore::findCase(CaseId caseId) {
    auto query = m_core->connection->cached(caseSelect("c.id = ?1"));
    if (!query) {
        return query.error();
    }
    (*query)->bind(1, rawId(caseId));
    return firstOrNotFound(readAll(**query, detail::readCaseRecord), "case");
}

Result<CaseRecord> CaseStore::findCaseByReference(const QString& reference) {
    const QString wanted = normalisedReference(reference);
    static const QRegularExpression letterReference(
        QStringLiteral("^([RPL][0-9]{4}-[0-9]{6,})-[0-9]+$"));
    const auto letter = letterReference.match(wanted);
    if (letter.hasMatch()) {
        auto query = m_core->connection->cached(
            caseSelect("c.id = (SELECT case_id FROM inquiry_letters WHERE reference = ?1)"));
        if (!query) {
            return query.error();
        }
        (*query)->bind(1, wanted);
        return firstOrNotFound(readAll(**query, detail::readCaseRecord), "letter reference");
    }
    auto query = m_core->connection->cached(caseSelect("c.reference = ?1"));
    if (!query) {
        return query.error();
    }
    (*query)->bind(1, wanted);
    return firstOrNotFound(readAll(**query, detail::readCaseRecord), "case reference");
}

Result<std::vector<CaseSummary>> CaseStore::casesOfDay(const DayQuery& query) {
    auto statement = m_core->connection->cached(dayQuery(query));
    if (!statement) {
        return statement.error();
    }
    bindDayQuery(**statement, query);
    return readAll(**statement, detail::readCaseSummary);
}

Result<QStringList> CaseStore::explainDayQuery(const DayQuery& query) {
    auto statement = m_core->connection->prepare("EXPLAIN QUERY PLAN " + dayQuery(query));
    if (!statement) {
        return statement.error();
    }
    bindDayQuery(*statement, query);
    return planOf(*statement);
}

Result<std::optional<std::int64_t>> CaseStore::firstSequenceFrom(const domain::Date& day) {
    auto query = m_core->connection->cached(kFirstSequenceFrom);
    if (!query) {
        return query.error();
    }
    (*query)->bind(1, toUnixMilliseconds(japanDay(day).begin));
    auto row = (*query)->step();
    if (!row) {
        return row.error();
    }
    // min() gives one row, NULL when no event is that late.
    return *row ? (*query)->readOptionalInt(0) : std::nullopt;
}

Result<QStringList> CaseStore::explainFirstSequenceFrom(const domain::Date& day) {
    auto statement =
        m_core->connection->prepare("EXPLAIN QUERY PLAN " + std::string(kFirstSequenceFrom));
    if (!statement) {
        return statement.error();
    }
    statement->bind(1, toUnixMilliseconds(japanDay(day).begin));
    return planOf(*statement);
}

Result<std::vector<CaseSummary>> CaseStore::openCases() {
    auto query = m_core->connection->cached(
        "SELECT " + std::string(detail::kCaseColumns) +
        " FROM cases c JOIN staff s ON s.id = c.opened_by WHERE c.closed_at IS NULL"
        " ORDER BY c.opened_at, c.id");
    if (!query) {
        return query.error();
    }
    return readAll(**query, detail::readCaseSummary);
}

Result<std::vector<CaseEvent>> CaseStore::eventsOfCase(CaseId caseId) {
    auto query = m_core->connection->cached(eventSelect("e.case_id = ?1"));
    if (!query) {
        return query.error();
    }
    (*query)->bind(1, rawId(caseId));
    return readAll(**query, detail::readEvent);
}

Result<std::vector<CaseEvent>> CaseStore::eventsOfDay(const domain::Date& day) {
    auto query = m_core->connection->cached(eventSelect("e.at >= ?1 AND e.at < ?2"));
    if (!query) {
        return query.error();
    }
    const TimeRange range = japanDay(day);
    (*query)->bind(1, toUnixMilliseconds(range.begin)).bind(2, toUnixMilliseconds(range.end));
    return readAll(**query, detail::readEvent);
}

Result<std::vector<RecordedDocumentCheck>> CaseStore::documentsOfCase(CaseId caseId) {
    auto query = m_core->connection->cached("SELECT " + std::string(detail::kDocumentColumns) +
                                            " FROM documents_checked d WHERE d.case_id = ?1"
                                            " ORDER BY d.id");
    if (!query) {
        return query.error();
    }
    (*query)->bind(1, rawId(caseId));
    return readAll(**query, detail::readDocumentCheck);
}

Result<std::vector<InquiryLetter>> CaseStore::lettersOfCase(CaseId caseId) {
    auto query = m_core->connection->cached("SELECT " + std::string(detail::kLetterColumns) +
                                            " FROM inquiry_letters l WHERE l.case_id = ?1"
                                            " ORDER BY l.id");
    if (!query) {
        return query.error();
    }
    (*query)->bind(1, rawId(caseId));
    return readAll(**query, detail::readLetter);
}

Result<std::vector<InquiryLetter>> CaseStore::unansweredLetters() {
    auto query = m_core->connection->cached(
        "SELECT " + std::string(detail::kLetterColumns) +
        " FROM inquiry_letters l WHERE l.reply_received_at IS NULL AND l.mailed_at IS NOT NULL"
        " ORDER BY l.mailed_at, l.id");
    if (!query) {
        return query.error();
    }
    return readAll(**query, detail::readLetter);
}

Result<std::vector<DailySignOff>> CaseStore::signOffsOfDay(const domain::Date& day) {
    auto query = m_core->connection->cached("SELECT " + std::string(detail::kSignOffColumns) +
                                            " FROM daily_sign_offs o WHERE o.day = ?1"
                                            " ORDER BY o.counter");
    if (!query) {
        return query.error();
    }
    (*query)->bind(1, domain::formatIsoDate(day));
    auto signOffs = readAll(**query, detail::readSignOff);
    if (!signOffs) {
        return signOffs;
    }
    auto acknowledgements = m_core->connection->cached(
        "SELECT case_id, note FROM sign_off_acknowledgements WHERE sign_off_id = ?1"
        " ORDER BY case_id");
    if (!acknowledgements) {
        return acknowledgements.error();
    }
    for (DailySignOff& signOff : *signOffs) {
        (*acknowledgements)->reset();
        (*acknowledgements)->bind(1, signOff.id);
        for (;;) {
            auto row = (*acknowledgements)->step();
            if (!row) {
                return row.error();
            }
            if (!*row) {
                break;
            }
            signOff.acknowledgements.push_back(
                {CaseId{(*acknowledgements)->readInt(0)}, (*acknowledgements)->readText(1)});
        }
    }
    return signOffs;
}

} // namespace jpki::storage
