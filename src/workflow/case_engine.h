#pragma once

// The case engine (issue 4, section 3): drives a case from reception to its end for renewal, PIN
// reset and lock release, for the applicant in person, a legal proxy or a voluntary proxy.
//
// A case is its events. Every command loads the case from the store and folds it (no case is
// kept in the engine between commands), checks that the case's step allows the command and that
// the domain rules allow what it asks, does its work, and appends its event(s) with the case's
// new projection in one transaction before it returns. A crash at any point loses nothing that
// was returned, and load() by any clerk resumes at the last stored step. A card operation stores
// one event per sub-step, so that one cut short is finished from where it stopped.
//
// One engine is used from one thread (the store's); commands block on the card and the disk.

#include "card/card_channel.h"
#include "card/card_status.h"
#include "domain/documents.h"
#include "domain/municipality_profile.h"
#include "domain/pin_policy.h"
#include "domain/procedures.h"
#include "domain/secret.h"
#include "issuer/authority.h"
#include "platform/clock.h"
#include "storage/case_store.h"
#include "workflow/case_file.h"
#include "workflow/case_inputs.h"
#include "workflow/workflow_error.h"

#include <QString>
#include <functional>

namespace jpki::workflow {

// What the caller of a long card operation sees of it: how many of its stored sub-steps are done,
// and a chance to stop between two of them (the case then stays at its last stored sub-step and
// is finished by calling the command again).
struct OperationObserver {
    std::function<void(int done, int total)> progress;
    std::function<bool()> stopRequested;
};

struct EngineSettings {
    domain::MunicipalityProfile profile = domain::minoCityProfile();
    QString counter = QStringLiteral("1");
};

class CaseEngine {
public:
    CaseEngine(storage::CaseStore& store, const platform::Clock& clock,
               issuer::Authority& authority, EngineSettings settings = {});

    // --- Reading ---
    Outcome<CaseFile> load(storage::CaseId caseId);
    // The case's reference (R2026-000123) or its letter's (P2026-000123-1), as typed.
    Outcome<CaseFile> findByReference(const QString& reference);

    // --- Reception ---
    Outcome<CaseFile> open(domain::Procedure procedure, domain::RequestPath path,
                           storage::StaffId clerk);
    Outcome<CaseFile> recordApplicant(storage::CaseId caseId, const ApplicantInput& applicant,
                                      storage::StaffId clerk);
    Outcome<CaseFile> recordProxy(storage::CaseId caseId, const ProxyInput& proxy,
                                  storage::StaffId clerk);

    // --- Documents (R-DOC-*) ---
    // Evaluates what was presented on the case's current visit. Unmet items are recorded and
    // keep the case at `documents` (a MissingDocuments refusal lists them); an opened sealed
    // form refuses the case (R-DOC-SEAL).
    Outcome<CaseFile> checkDocuments(storage::CaseId caseId, int visit,
                                     const domain::PresentedItems& presented,
                                     storage::StaffId clerk);

    // --- The voluntary proxy's letter (R-DOC-RST-VOL) ---
    Outcome<CaseFile> issueLetter(storage::CaseId caseId, storage::StaffId clerk);
    // By ordinary post, not to be forwarded (普通郵便・転送不要).
    Outcome<CaseFile> recordLetterMailed(storage::CaseId caseId, storage::StaffId clerk);
    // The second visit: the reply as brought. Sealed opens the visit's documents; opened refuses
    // the case (R-DOC-SEAL).
    Outcome<CaseFile> recordReply(storage::CaseId caseId, domain::SealState seal,
                                  storage::StaffId clerk);

    // --- Card ---
    // Records the card's snapshot and applies the rules: for a renewal the window, the card's
    // own expiry and eligibility of each certificate chosen; for a reset which PIN(s) and
    // whether each was forgotten or blocked.
    Outcome<CaseFile> checkCard(storage::CaseId caseId, const card::CardStatus& status,
                                const CardCheckChoice& choice, storage::StaffId clerk);
    // Verifies the current PINs, then per certificate: key pair on the card, certificate from
    // the authority, written, read back and chained, a challenge signed with the new key, the
    // old certificate revoked. Called again with the PINs to finish one that was cut short.
    // `observer` hears of each stored sub-step; when it asks to stop, the case is returned as
    // stored so far, still at the card operation.
    Outcome<CaseFile> renew(storage::CaseId caseId, card::CardChannel& channel,
                            const RenewalPins& pins, storage::StaffId clerk,
                            const OperationObserver& observer = {});
    // Sets `pin` anew: the two entries must match and pass the policy (R-PIN-NEW); the issuer
    // resets the counter with the new PIN; the card is checked to show full tries and the new
    // PIN verifies. Both buffers are the caller's to wipe.
    Outcome<CaseFile> resetPin(storage::CaseId caseId, card::CardChannel& channel,
                               domain::PinKind pin, const domain::SecretBuffer& newPin,
                               const domain::SecretBuffer& confirmation, storage::StaffId clerk);

    // --- Endings (nothing is deleted) ---
    Outcome<CaseFile> cancel(storage::CaseId caseId, const QString& reason, storage::StaffId clerk);
    Outcome<CaseFile> applicantLeft(storage::CaseId caseId, const QString& reason,
                                    storage::StaffId clerk);

    const EngineSettings& settings() const { return m_settings; }

private:
    friend class EngineStep;

    storage::CaseStore& m_store;
    const platform::Clock& m_clock;
    issuer::Authority& m_authority;
    EngineSettings m_settings;
};

} // namespace jpki::workflow
