#pragma once

// How the case flow is laid out on the window, without widgets: which page a case stands at,
// which procedure the card in the reader suggests, which PINs a reset preselects, and the lines
// of a case list. The decisions come from the workflow (the case's step) and the domain (the
// renewal window, the PIN's tries); the text for codes from src/messages.

#include "card/card_status.h"
#include "domain/date.h"
#include "domain/procedures.h"
#include "gui/card_service_state.h"
#include "storage/case_records.h"
#include "workflow/case_file.h"

#include <QString>
#include <optional>
#include <vector>

namespace jpki::gui {

// The pages of the new-case wizard, in their order; the ids are the wizard's page ids.
enum class CasePage {
    Procedure,
    Applicant,
    Proxy,
    Documents,
    Letter,
    CardCheck,
    Operation, // the applicant's PINs, then the card operation with its progress
    Result,
};

// The page a case stands at while the wizard follows it. A voluntary proxy's case waiting for
// the reply has nothing left to do on this visit: the result page says so.
CasePage pageForCase(const workflow::CaseFile& file);
// The page a case resumes at when the wizard opens on it: the reply on the second visit is
// recorded on the documents page.
CasePage resumePageForCase(const workflow::CaseFile& file);

// What the card in the reader suggests the applicant came for.
struct ProcedureSuggestion {
    domain::Procedure procedure = domain::Procedure::Renewal;
    QString reason; // why, for the clerk; empty when nothing is suggested
};

// R-PIN-RESET: a blocked PIN suggests a lock release; R-REN-WINDOW: a certificate in its renewal
// window (or expired) suggests a renewal. Nothing without a card that was read.
std::optional<ProcedureSuggestion> suggestProcedure(const CardServiceState& state,
                                                    const domain::Date& today);

// The PINs a reset or lock release preselects at the card check: the blocked ones for a lock
// release, none for a reset (the applicant says which PIN was forgotten).
std::vector<domain::PinKind> suggestedPinsToReset(const card::CardStatus& status,
                                                  domain::Procedure procedure);

// The tries left of `pin` on the card, when it told them.
std::optional<int> triesLeft(const CardServiceState& state, domain::PinKind pin);

// One line of the case lists.
struct CaseLine {
    QString reference;
    QString time; // opened at, Japan time, "9:05"
    QString procedure;
    QString path;
    QString step;
    QString clerk;
    bool open = true;
};

CaseLine caseLine(const storage::CaseSummary& summary);

// What the result page says about a case that reached the end of this visit.
struct ResultText {
    QString headline;
    QString details;
};
ResultText resultText(const workflow::CaseFile& file);

} // namespace jpki::gui
