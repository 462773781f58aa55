#pragma once

// The jobs the window posts to the case worker: one engine command each (a PIN reset of several
// PINs is one command per PIN, cancellable between them), with the case reloaded after a refused
// or failed command so that the page shows where the case now stands.

#include "card/basic_info.h"
#include "card/card_error.h"
#include "domain/pin_policy.h"
#include "domain/secret.h"
#include "gui/case_worker.h"
#include "storage/case_records.h"
#include "workflow/case_engine.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace jpki::gui {

// The outcome of one job on a case.
struct CaseStep {
    std::optional<workflow::CaseFile> file; // the case as it now stands, when it could be read
    std::optional<workflow::WorkflowError> error;
    bool cancelled = false; // stopped between two steps at the clerk's request
    bool ok() const { return !error && !cancelled; }
};

using CaseJob = std::function<CaseStep(JobContext&)>;
using EngineCommand = std::function<workflow::Outcome<workflow::CaseFile>(workflow::CaseEngine&)>;

// One engine command; `caseId` (when the case exists) to reload the case after an error.
CaseJob engineJob(std::optional<storage::CaseId> caseId, EngineCommand command);

// A new PIN as the applicant typed it twice; both buffers wiped once the card has been told.
struct NewPinEntry {
    domain::PinKind pin = domain::PinKind::UserAuthentication;
    domain::SecretBuffer first;
    domain::SecretBuffer confirmation;
};

// Sets each PIN anew on the card in `reader`, one engine command per PIN, reporting progress
// and stopping between two PINs when cancelled. The entries are wiped when the job ends.
CaseJob resetPinsJob(storage::CaseId caseId, std::string reader,
                     std::shared_ptr<std::vector<NewPinEntry>> entries, storage::StaffId clerk);

// Renews the planned certificates with the current PINs, wiped when the job ends.
CaseJob renewJob(storage::CaseId caseId, std::string reader,
                 std::shared_ptr<workflow::RenewalPins> pins, storage::StaffId clerk);

// The card-info applet's four items, read after its PIN (wiped when the job ends), so that the
// holder's details are not typed again. The My Number is never read.
struct CardInfoRead {
    std::optional<card::BasicInfo> info;
    std::optional<card::CardError> error;
};
std::function<CardInfoRead(JobContext&)> readCardInfoJob(std::string reader,
                                                         std::shared_ptr<domain::SecretBuffer> pin);

// The lists of the main window.
using CaseList = storage::Result<std::vector<storage::CaseSummary>>;
std::function<CaseList(JobContext&)> casesOfDayJob(storage::DayQuery query);
// Open voluntary-proxy cases waiting for the holder's reply, oldest first.
std::function<CaseList(JobContext&)> awaitingReplyJob();

} // namespace jpki::gui
