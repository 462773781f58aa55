#pragma once

// Drives a case of the engine to its end through the real PC/SC stack, one command per step
// as a counter would give it: used by the test process and by the child it kills mid-case.

#include "card/card_channel.h"
#include "platform/clock.h"
#include "workflow/case_engine.h"

#include <QDateTime>
#include <string>

namespace jpki::test {

class FixedClock final : public platform::Clock {
public:
    explicit FixedClock(const domain::Date& day);
    QDateTime nowUtc() const override { return m_now; }

private:
    QDateTime m_now;
};

// What the case is for, with the inputs that take it to completion.
struct CaseScript {
    domain::Procedure procedure = domain::Procedure::Renewal;
    domain::RequestPath path = domain::RequestPath::Self;
    std::string profile = "expiring";
    domain::PinKind pinToReset = domain::PinKind::UserAuthentication;
    std::string newPin = "5678"; // test data, not a secret
};

// Gives the one command the case's step waits for; the case as it then stands, or the error.
workflow::Outcome<workflow::CaseFile> advance(workflow::CaseEngine& engine,
                                              const workflow::CaseFile& file,
                                              card::CardChannel& channel, const CaseScript& script,
                                              const domain::Date& today, storage::StaffId clerk);

// advance() until the case is closed; stops at the first error.
workflow::Outcome<workflow::CaseFile> runToEnd(workflow::CaseEngine& engine,
                                               workflow::CaseFile file, card::CardChannel& channel,
                                               const CaseScript& script, const domain::Date& today,
                                               storage::StaffId clerk);

} // namespace jpki::test
