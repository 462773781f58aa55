// R-FLAG-*: the review flags of a day, from the stored cases, events, letters and the chain.

#include "workflow/review_flags.h"

#include "domain/business_calendar.h"
#include "workflow/domain_ids.h"
#include "workflow/payload_codec.h"
#include "workflow/step.h"
#include "workflow/workflow_events.h"

#include <algorithm>
#include <map>

namespace jpki::workflow {

namespace {

using storage::CaseEvent;
using storage::CaseSummary;

bool isType(const CaseEvent& event, std::string_view type) {
    return event.type == payload::text(type);
}

QString textField(const CaseEvent& event, const QString& key) {
    return event.payload.value(key).toString();
}

// A PIN blocked by this event: a failed verification, or the refusal it led to, that left no
// try (R-PIN-LOCK).
std::optional<domain::PinKind> pinBlockedBy(const CaseEvent& event) {
    if (!isType(event, event::kPinVerificationFailed) && !isType(event, event::kCaseRefused)) {
        return std::nullopt;
    }
    const QJsonValue tries = event.payload.value(QStringLiteral("tries_left"));
    if (!tries.isDouble() || tries.toInt() != 0) {
        return std::nullopt;
    }
    return domain::parsePinKind(textField(event, QStringLiteral("pin_kind")).toStdString());
}

// The case's step as the last event before `end` left it (every case event carries the case
// row's projection); `fallback` when none does.
QString stepBefore(const std::vector<CaseEvent>& events, storage::Timestamp end,
                   const QString& fallback) {
    QString step = fallback;
    for (const CaseEvent& event : events) {
        if (event.at >= end) {
            break;
        }
        const QJsonObject projection = event.payload.value(QStringLiteral("projection")).toObject();
        if (projection.contains(QStringLiteral("state"))) {
            step = projection.value(QStringLiteral("state")).toString();
        }
    }
    return step;
}

ReviewFlag caseFlag(FlagKind kind, const CaseSummary& summary) {
    ReviewFlag flag;
    flag.kind = kind;
    flag.caseId = summary.id;
    flag.reference = summary.reference;
    return flag;
}

bool matchesFilter(const CaseSummary& summary, const storage::DayQuery& query) {
    return (!query.counter || summary.counter == *query.counter) &&
           (!query.clerk || summary.openedBy.id == *query.clerk);
}

// The flags of one case from its events of the day, in the order of allFlagKinds.
storage::Result<std::vector<ReviewFlag>> flagsOfCase(storage::CaseStore& store,
                                                     const CaseSummary& summary,
                                                     const std::vector<const CaseEvent*>& dayEvents,
                                                     const storage::TimeRange& day,
                                                     bool dayIsOver) {
    std::vector<ReviewFlag> flags;
    // R-FLAG-OPEN: open when the day ended. A voluntary proxy's case waiting for the reply is
    // meant to be; its letter has its own flag.
    if (dayIsOver && summary.openedAt < day.end &&
        (!summary.closedAt || *summary.closedAt >= day.end)) {
        auto events = store.eventsOfCase(summary.id);
        if (!events) {
            return events.error();
        }
        const QString step = stepBefore(*events, day.end, summary.state);
        if (step != payload::text(stepId(Step::AwaitingReply))) {
            ReviewFlag flag = caseFlag(FlagKind::LeftOpen, summary);
            flag.step = step;
            flags.push_back(std::move(flag));
        }
    }
    std::vector<domain::PinKind> blocked;
    std::vector<storage::StaffRef> otherClerks;
    for (const CaseEvent* event : dayEvents) {
        if (isType(*event, event::kCaseRefused)) {
            ReviewFlag flag = caseFlag(FlagKind::Refused, summary);
            flag.reason = textField(*event, QStringLiteral("reason"));
            flags.push_back(std::move(flag));
        } else if (isType(*event, event::kCaseCancelled) || isType(*event, event::kApplicantLeft)) {
            ReviewFlag flag =
                caseFlag(isType(*event, event::kCaseCancelled) ? FlagKind::Cancelled
                                                               : FlagKind::ApplicantLeft,
                         summary);
            flag.step = textField(*event, QStringLiteral("at_step"));
            flags.push_back(std::move(flag));
        }
        if (auto pin = pinBlockedBy(*event);
            pin && std::find(blocked.begin(), blocked.end(), *pin) == blocked.end()) {
            blocked.push_back(*pin);
            ReviewFlag flag = caseFlag(FlagKind::PinBlocked, summary);
            flag.pin = pin;
            flags.push_back(std::move(flag));
        }
        if (event->staff && event->staff->id != summary.openedBy.id &&
            std::none_of(
                otherClerks.begin(), otherClerks.end(),
                [&](const storage::StaffRef& known) { return known.id == event->staff->id; })) {
            otherClerks.push_back(*event->staff);
        }
    }
    if (!otherClerks.empty()) {
        ReviewFlag flag = caseFlag(FlagKind::AnotherClerk, summary);
        flag.openedBy = summary.openedBy;
        flag.otherClerks = std::move(otherClerks);
        flags.push_back(std::move(flag));
    }
    std::stable_sort(flags.begin(), flags.end(), [](const ReviewFlag& a, const ReviewFlag& b) {
        return static_cast<int>(a.kind) < static_cast<int>(b.kind);
    });
    return flags;
}

// R-FLAG-LETTER: letters mailed on or before the day and unanswered now, for N business days
// or more by the day.
storage::Result<std::vector<ReviewFlag>> unansweredLetterFlags(storage::CaseStore& store,
                                                               const storage::DayQuery& query,
                                                               const FlagSettings& settings) {
    auto letters = store.unansweredLetters();
    if (!letters) {
        return letters.error();
    }
    const domain::BusinessCalendar calendar(settings.profile);
    std::vector<ReviewFlag> flags;
    for (const storage::InquiryLetter& letter : *letters) {
        const domain::Date mailedOn = storage::japanDate(*letter.mailedAt);
        if (query.day < mailedOn) {
            continue;
        }
        const std::optional<int> waiting = calendar.businessDaysBetween(mailedOn, query.day);
        if (!waiting || *waiting < settings.letterReplyBusinessDays) {
            continue;
        }
        auto record = store.findCase(letter.caseId);
        if (!record) {
            return record.error();
        }
        if (!matchesFilter(record->summary, query)) {
            continue;
        }
        ReviewFlag flag = caseFlag(FlagKind::LetterUnanswered, record->summary);
        flag.letterReference = letter.reference;
        flag.mailedOn = mailedOn;
        flag.businessDaysWaiting = *waiting;
        flags.push_back(std::move(flag));
    }
    return flags;
}

} // namespace

std::string_view flagKindId(FlagKind kind) {
    switch (kind) {
    case FlagKind::ChainBroken:
        return "chain-broken";
    case FlagKind::LeftOpen:
        return "left-open";
    case FlagKind::Refused:
        return "refused";
    case FlagKind::Cancelled:
        return "cancelled";
    case FlagKind::ApplicantLeft:
        return "applicant-left";
    case FlagKind::PinBlocked:
        return "pin-blocked";
    case FlagKind::LetterUnanswered:
        return "letter-unanswered";
    case FlagKind::AnotherClerk:
        return "another-clerk";
    case FlagKind::ClockWentBack:
        return "clock-went-back";
    }
    return {};
}

std::optional<ReviewFlag> chainFlag(const storage::ChainVerification& chain) {
    if (chain.holds()) {
        return std::nullopt;
    }
    ReviewFlag flag;
    flag.kind = FlagKind::ChainBroken;
    flag.chainBreak = chain.broken;
    flag.records = chain.records;
    return flag;
}

storage::Result<std::vector<ReviewFlag>> computeFlags(storage::CaseStore& store,
                                                      const storage::DayQuery& query,
                                                      const domain::Date& today,
                                                      const FlagSettings& settings) {
    std::vector<ReviewFlag> flags;
    if (settings.checkChain) {
        auto chain = store.verifyChainFromDay(query.day);
        if (!chain) {
            return chain.error();
        }
        if (auto flag = chainFlag(*chain)) {
            flags.push_back(std::move(*flag));
        }
    }
    auto cases = store.casesOfDay(query);
    if (!cases) {
        return cases.error();
    }
    auto events = store.eventsOfDay(query.day);
    if (!events) {
        return events.error();
    }
    std::map<std::int64_t, std::vector<const CaseEvent*>> eventsByCase;
    std::vector<ReviewFlag> clockFlags;
    for (const CaseEvent& event : *events) {
        if (event.caseId) {
            eventsByCase[storage::rawId(*event.caseId)].push_back(&event);
        }
        // R-FLAG-CLOCK: the store kept the record's time from running backwards and noted the
        // clock's reading; a case of another counter or clerk is not this review's.
        const qint64 behind =
            event.payload.value(payload::text(storage::kClockBehindKey)).toInteger();
        if (behind > 0) {
            ReviewFlag flag;
            flag.kind = FlagKind::ClockWentBack;
            flag.caseId = event.caseId;
            flag.eventSequence = event.sequence;
            flag.clockBehindMilliseconds = behind;
            clockFlags.push_back(std::move(flag));
        }
    }
    const storage::TimeRange day = storage::japanDay(query.day);
    for (const CaseSummary& summary : *cases) {
        auto ofCase = flagsOfCase(store, summary, eventsByCase[storage::rawId(summary.id)], day,
                                  query.day < today);
        if (!ofCase) {
            return ofCase.error();
        }
        std::move(ofCase->begin(), ofCase->end(), std::back_inserter(flags));
    }
    auto letters = unansweredLetterFlags(store, query, settings);
    if (!letters) {
        return letters.error();
    }
    std::move(letters->begin(), letters->end(), std::back_inserter(flags));
    for (ReviewFlag& flag : clockFlags) {
        const auto shown = std::find_if(cases->begin(), cases->end(), [&](const CaseSummary& c) {
            return flag.caseId && c.id == *flag.caseId;
        });
        if (flag.caseId && shown == cases->end()) {
            continue;
        }
        if (shown != cases->end()) {
            flag.reference = shown->reference;
        }
        flags.push_back(std::move(flag));
    }
    return flags;
}

} // namespace jpki::workflow
