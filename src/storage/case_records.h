#pragma once

// Cases and their events as the case engine writes them and the review reads them. A case is its
// events; the case row is a projection (state, outcome, times) updated in the same transaction
// as the event that changes it.
//
// Reference numbers: <P><YYYY>-<NNNNNN>, e.g. R2026-000123. P is the procedure (R renewal,
// P PIN reset, L lock release), YYYY the Japan calendar year the case was opened, NNNNNN a
// serial counted per year across all procedures (so that a mistyped letter is caught: R2026-000123
// and P2026-000123 never both exist). An inquiry letter's reference is its case's with the
// letter's number appended: P2026-000123-1.

#include "domain/date.h"
#include "domain/procedures.h"
#include "storage/audit_chain.h"
#include "storage/ids.h"
#include "storage/japan_time.h"
#include "storage/staff_records.h"

#include <QJsonObject>
#include <QString>
#include <algorithm>
#include <chrono>
#include <optional>

namespace jpki::storage {

// R-DATA-MIN: the least the counter needs, as read from the card or typed. Never the My Number.
struct ApplicantDetails {
    std::optional<QString> name;
    std::optional<QString> kana;
    std::optional<domain::Date> birthDate;
    std::optional<QString> address;
};

struct NewCase {
    domain::Procedure procedure = domain::Procedure::Renewal;
    domain::RequestPath path = domain::RequestPath::Self;
    QString counter; // the counter's id, e.g. "1"
    StaffId openedBy{};
    Timestamp at;
    QString initialState; // the engine's state id, e.g. "reception"
    std::optional<ApplicantDetails> applicant;
};

struct OpenedCase {
    CaseId id{};
    QString reference;
    std::int64_t eventSequence = 0; // the case-opened event
};

// An event as the engine hands it over. The payload holds ids and facts of the step, never a
// PIN, a password or the My Number (keys naming them are refused), nor the applicant's name.
struct NewEvent {
    QString type; // the engine's stable id, e.g. "card-checked"
    QJsonObject payload;
    std::optional<StaffId> staff;
    Timestamp at;
};

// The payload key the store adds to an event made while the PC's clock was behind the chain's
// head: how many milliseconds it was behind. The event is stored at the head's time instead, so
// that time never runs backwards along the chain.
inline constexpr std::string_view kClockBehindKey = "clock_behind_ms";

// The case row after an event.
struct CaseProjection {
    QString state;
    std::optional<QString> outcome;
    bool closed = false; // a final state; false again reopens the case
};

struct AppendedEvent {
    std::int64_t sequence = 0;
    Digest hash{};
    Timestamp at; // as stored: never before the event before it
};

struct CaseSummary {
    CaseId id{};
    QString reference;
    domain::Procedure procedure = domain::Procedure::Renewal;
    domain::RequestPath path = domain::RequestPath::Self;
    QString counter;
    QString state;
    std::optional<QString> outcome;
    StaffRef openedBy;
    Timestamp openedAt;
    domain::Date openedOn; // Japan date
    Timestamp updatedAt;
    std::optional<Timestamp> closedAt;
    std::optional<std::int64_t> lastEventSequence; // where a resumed case picks up

    bool isOpen() const { return !closedAt.has_value(); }
    // From opening to closing; none while open. Never negative: a row from before stored times
    // were kept from running backwards may close "before" it opened, which counts as zero.
    std::optional<std::chrono::milliseconds> handlingTime() const {
        if (!closedAt) {
            return std::nullopt;
        }
        return std::max(*closedAt - openedAt, std::chrono::milliseconds{0});
    }
};

struct CaseRecord {
    CaseSummary summary;
    ApplicantDetails applicant;
};

struct CaseEvent {
    std::int64_t sequence = 0;
    std::optional<CaseId> caseId; // none for audit events outside a case (sign-in, sign-off)
    std::optional<StaffRef> staff;
    Timestamp at;
    QString type;
    QJsonObject payload;
    Digest hash{};
};

// A day's cases: those opened on the Japan day, and those with an event on it (a voluntary
// proxy's second visit, a case closed the next morning), optionally for one counter or clerk.
// The clerk filter matches the clerk who opened the case that day or recorded an event on it.
struct DayQuery {
    domain::Date day;
    std::optional<QString> counter;
    std::optional<StaffId> clerk;
};

} // namespace jpki::storage
