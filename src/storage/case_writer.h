#pragma once

// Everything that changes the case database, available only inside CaseStore::write, where it
// runs in one IMMEDIATE transaction: a step of the engine (its event, the case row's new state,
// the documents seen) is stored whole or not at all, before the next step is shown.
//
// Every change appends at least one event to the hash chain, attributed to a staff member.

#include "storage/case_records.h"
#include "storage/paperwork_records.h"
#include "storage/result.h"
#include "storage/sign_off_records.h"
#include "storage/staff_records.h"

namespace jpki::storage {

namespace detail {
struct StoreCore;
struct EventInput;
} // namespace detail

class CaseWriter {
public:
    CaseWriter(const CaseWriter&) = delete;
    CaseWriter& operator=(const CaseWriter&) = delete;

    // --- Staff accounts (audited: staff-created, staff-password-changed, …) ---
    // `createdBy` is empty only for the first account of a new database.
    Result<StaffAccount> createStaff(const NewStaff& staff, std::optional<StaffId> createdBy,
                                     Timestamp at);
    Result<AppendedEvent> changePassword(StaffId staff, const PasswordHash& password,
                                         StaffId changedBy, Timestamp at);
    Result<AppendedEvent> setStaffActive(StaffId staff, bool active, StaffId changedBy,
                                         Timestamp at);
    Result<AppendedEvent> unlockStaff(StaffId staff, StaffId unlockedBy, Timestamp at);
    // Counts a failed sign-in and locks the account at `lockAfterFailures`, or clears the count
    // on success; either way a sign-in event.
    Result<SignInRecord> recordSignIn(StaffId staff, bool succeeded, int lockAfterFailures,
                                      Timestamp at);

    // --- Cases ---
    // Gives the case its reference number and appends case-opened.
    Result<OpenedCase> openCase(const NewCase& newCase);
    // Sets the applicant's details on the case row; the event carries only their digest.
    Result<AppendedEvent> recordApplicant(CaseId caseId, const ApplicantDetails& applicant,
                                          StaffId by, Timestamp at);
    // A step of the engine: the event and the case row's new projection together.
    Result<AppendedEvent> appendCaseEvent(CaseId caseId, const NewEvent& event,
                                          const CaseProjection& after);
    // An audit event outside any case: an export, a detailed report viewed, a setting changed.
    Result<AppendedEvent> appendAuditEvent(const NewEvent& event);

    // --- Paperwork ---
    Result<RecordedDocumentCheck> recordDocumentCheck(CaseId caseId, const DocumentCheck& check);
    Result<InquiryLetter> issueLetter(CaseId caseId, StaffId by, Timestamp at);
    Result<InquiryLetter> recordLetterMailed(LetterId letter, const QString& method, StaffId by,
                                             Timestamp at);
    Result<InquiryLetter> recordLetterReply(LetterId letter, StaffId by, Timestamp at);

    // --- Review ---
    // Records the chain's head before the sign-off, then the day-signed-off event. A second
    // sign-off of the same day and counter gives Constraint.
    Result<DailySignOff> signOffDay(const NewSignOff& signOff);

private:
    friend class CaseStore;
    explicit CaseWriter(detail::StoreCore& core)
        : m_core(core) {}

    // The time a step stores for a clock reading (detail::stampTime): never before the chain's
    // head. A reading behind it is kept for the next event appended, which records it.
    Result<Timestamp> stamp(Timestamp reading);
    Result<AppendedEvent> append(detail::EventInput event);

    Result<AppendedEvent> touchCase(CaseId caseId, const QString& type, const QJsonObject& payload,
                                    std::optional<StaffId> staff, Timestamp at);
    Result<InquiryLetter> readLetter(LetterId letter);
    Result<AppendedEvent> appendStaffEvent(StaffId staff, std::string_view type,
                                           QJsonObject payload, std::optional<StaffId> by,
                                           Timestamp at);

    detail::StoreCore& m_core;
    std::optional<Timestamp> m_clockReading;
};

} // namespace jpki::storage
