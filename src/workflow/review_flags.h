#pragma once

// The supervisor's review flags (R-FLAG-*): what in a day's log deserves a second look, found by
// rules over the stored cases and events. Flags are data, a closed kind with its facts; the
// supervisor's text is in src/messages/review_text.h.

#include "domain/date.h"
#include "domain/municipality_profile.h"
#include "domain/pin_policy.h"
#include "storage/case_store.h"

#include <QString>
#include <array>
#include <optional>
#include <string_view>
#include <vector>

namespace jpki::workflow {

enum class FlagKind {
    ChainBroken,      // R-FLAG-CHAIN: the audit chain from the day on does not verify (no case)
    LeftOpen,         // R-FLAG-OPEN: a case still open when a past day ended
    Refused,          // R-FLAG-REFUSED
    Cancelled,        // R-FLAG-ENDED: cancelled by the clerk
    ApplicantLeft,    // R-FLAG-ENDED: the applicant left before the end
    PinBlocked,       // R-FLAG-PIN: a PIN was blocked by wrong entries during the visit
    LetterUnanswered, // R-FLAG-LETTER: a voluntary proxy's letter unanswered for N business days
    AnotherClerk,     // R-FLAG-HANDOVER: continued by a clerk other than the one who opened it
    ClockWentBack,    // R-FLAG-CLOCK: the PC's clock was behind the last record when one was made
};

inline constexpr std::array allFlagKinds{
    FlagKind::ChainBroken,      FlagKind::LeftOpen,      FlagKind::Refused,
    FlagKind::Cancelled,        FlagKind::ApplicantLeft, FlagKind::PinBlocked,
    FlagKind::LetterUnanswered, FlagKind::AnotherClerk,  FlagKind::ClockWentBack};

// Stable ids: "chain-broken", "left-open", "refused", "cancelled", "applicant-left",
// "pin-blocked", "letter-unanswered", "another-clerk", "clock-went-back".
std::string_view flagKindId(FlagKind kind);

struct ReviewFlag {
    FlagKind kind = FlagKind::LeftOpen;
    std::optional<storage::CaseId> caseId; // none for ChainBroken
    QString reference;                     // the case's, when there is one

    // Facts, each set for the kinds named.
    QString step;   // LeftOpen: the step at the day's end; Cancelled, ApplicantLeft: where it was
    QString reason; // Refused: the refusal reason's id
    std::optional<domain::PinKind> pin;            // PinBlocked
    QString letterReference;                       // LetterUnanswered
    std::optional<domain::Date> mailedOn;          // LetterUnanswered
    int businessDaysWaiting = 0;                   // LetterUnanswered
    std::optional<storage::StaffRef> openedBy;     // AnotherClerk
    std::vector<storage::StaffRef> otherClerks;    // AnotherClerk: who recorded steps that day
    std::optional<storage::ChainBreak> chainBreak; // ChainBroken: the chain itself
    std::vector<storage::RecordMismatch> records;  // ChainBroken: rows the chain does not prove
    std::int64_t eventSequence = 0;                // ClockWentBack: the event stored
    std::int64_t clockBehindMilliseconds = 0;      // ClockWentBack: how far the clock was behind
};

// R-FLAG-CHAIN: the flag for a verification that does not hold; none when it holds.
std::optional<ReviewFlag> chainFlag(const storage::ChainVerification& chain);

struct FlagSettings {
    domain::MunicipalityProfile profile = domain::minoCityProfile(); // the business calendar
    int letterReplyBusinessDays = 14;                                // R-FLAG-LETTER
    // R-FLAG-CHAIN walks the chain from the day's first event to the head (a break before the
    // day is audit verify's to find); a report over many days walks it once, not per day.
    bool checkChain = true;
};

// The flags of `query`'s day (and counter and clerk) as the log stands now, `today` being the
// counter's Japan date. Chain break first, then by case in the day's order, then by kind.
storage::Result<std::vector<ReviewFlag>> computeFlags(storage::CaseStore& store,
                                                      const storage::DayQuery& query,
                                                      const domain::Date& today,
                                                      const FlagSettings& settings = {});

} // namespace jpki::workflow
