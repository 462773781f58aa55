// The case engine: reading, reception, documents, the voluntary proxy's letter and the endings.
// The card check is in card_check.cpp, the card operations in renewal_operation.cpp and
// pin_reset_operation.cpp.

#include "workflow/case_engine.h"

#include "storage/audit_chain.h"
#include "storage/event_types.h"
#include "workflow/domain_ids.h"
#include "workflow/engine_step.h"
#include "workflow/workflow_events.h"

#include <algorithm>

namespace jpki::workflow {

namespace {

using payload::text;

// What the letter is recorded as sent by (R-DOC-RST-VOL: 普通郵便・転送不要).
constexpr std::string_view kOrdinaryPostNoForwarding = "ordinary-post-no-forwarding";

constexpr std::initializer_list<Step> kOpenSteps{
    Step::Reception, Step::Documents, Step::LetterIssued, Step::AwaitingReply,
    Step::CardCheck, Step::PinEntry,  Step::CardOperation};

std::optional<ProxyKind> proxyKindFor(domain::RequestPath path) {
    switch (path) {
    case domain::RequestPath::Self:
        return std::nullopt;
    case domain::RequestPath::LegalProxy:
        return ProxyKind::Legal;
    case domain::RequestPath::VoluntaryProxy:
        return ProxyKind::Voluntary;
    }
    return std::nullopt;
}

// Reception is done once the applicant and, on a proxy path, the proxy are recorded.
Step stepAfterReception(const CaseFile& file) {
    return file.applicant && file.proxyInPlace() ? Step::Documents : Step::Reception;
}

storage::DocumentCheck documentCheck(const QString& document, storage::DocumentHolder holder,
                                     bool accepted, storage::StaffId clerk, storage::Timestamp at) {
    return storage::DocumentCheck{document, holder, accepted, std::nullopt, clerk, at};
}

bool hasShortfall(const std::vector<domain::UnmetRequirement>& unmet, domain::Shortfall which) {
    return std::any_of(unmet.begin(), unmet.end(), [&](const domain::UnmetRequirement& item) {
        return item.shortfall == which;
    });
}

// One row per document seen, so that the day's report lists what was shown; what the rules
// did not accept is marked so.
std::vector<storage::DocumentCheck>
documentsSeen(const domain::PresentedItems& presented, const domain::MunicipalityProfile& profile,
              const domain::Date& today, const std::vector<domain::UnmetRequirement>& unmet,
              storage::StaffId clerk, storage::Timestamp at) {
    using storage::DocumentHolder;
    std::vector<storage::DocumentCheck> seen;
    auto add = [&](std::string_view document, DocumentHolder holder, bool accepted) {
        seen.push_back(documentCheck(text(document), holder, accepted, clerk, at));
    };
    if (presented.applicantCard) {
        add("applicant-card", DocumentHolder::Applicant, true);
    }
    if (presented.expiryNotice) {
        add("expiry-notice", DocumentHolder::Applicant, true);
    }
    if (presented.pinMemo) {
        add("pin-memo", DocumentHolder::Applicant, true);
    }
    if (presented.inquiryForm != domain::SealState::NotPresented) {
        add("sealed-inquiry-form", DocumentHolder::Applicant,
            presented.inquiryForm == domain::SealState::Sealed);
    }
    auto addIds = [&](const std::vector<domain::IdDocumentType>& ids, DocumentHolder holder) {
        for (domain::IdDocumentType type : ids) {
            const domain::AcceptedIdDocument* accepted =
                domain::findAcceptedIdDocument(profile, type);
            add(idDocumentId(type), holder,
                accepted != nullptr && domain::isAcceptedOn(*accepted, today));
        }
    };
    addIds(presented.applicantIds, DocumentHolder::Applicant);
    addIds(presented.proxyIds, DocumentHolder::Proxy);
    const domain::LegalAuthorityEvidence& authority = presented.authority;
    if (authority.familyRegisterCopy) {
        add("family-register-copy", DocumentHolder::Proxy, true);
    }
    if (authority.guardianshipCertificateIssued) {
        add("guardianship-certificate", DocumentHolder::Proxy,
            !hasShortfall(unmet, domain::Shortfall::GuardianshipCertificateTooOld) &&
                !hasShortfall(unmet, domain::Shortfall::GuardianshipCertificateDatedInFuture));
    }
    if (presented.applicationFormSigned) {
        add("signed-application-form", DocumentHolder::Applicant, true);
    }
    return seen;
}

} // namespace

CaseEngine::CaseEngine(storage::CaseStore& store, const platform::Clock& clock,
                       issuer::Authority& authority, EngineSettings settings)
    : m_store(store)
    , m_clock(clock)
    , m_authority(authority)
    , m_settings(std::move(settings)) {}

Outcome<CaseFile> CaseEngine::load(storage::CaseId caseId) {
    return EngineStep(*this).load(caseId);
}

Outcome<CaseFile> CaseEngine::findByReference(const QString& reference) {
    auto record = m_store.findCaseByReference(reference);
    if (!record) {
        if (record.error().code == storage::StorageErrorCode::NotFound) {
            return WorkflowError::invalidInput(InputProblem::CaseNotFound);
        }
        return WorkflowError::storage(record.error());
    }
    return load(record->summary.id);
}

Outcome<CaseFile> CaseEngine::open(domain::Procedure procedure, domain::RequestPath path,
                                   storage::StaffId clerk) {
    EngineStep step(*this);
    storage::NewCase newCase;
    newCase.procedure = procedure;
    newCase.path = path;
    newCase.counter = m_settings.counter;
    newCase.openedBy = clerk;
    newCase.at = step.now();
    newCase.initialState = text(stepId(Step::Reception));
    if (auto refused = step.signedDayRefusal(m_settings.counter)) {
        return *refused;
    }
    auto opened =
        m_store.write([&](storage::CaseWriter& writer) { return writer.openCase(newCase); });
    if (!opened) {
        return WorkflowError::storage(opened.error());
    }
    return step.load(opened->id);
}

Outcome<CaseFile> CaseEngine::recordApplicant(storage::CaseId caseId,
                                              const ApplicantInput& applicant,
                                              storage::StaffId clerk) {
    EngineStep step(*this);
    auto file = step.loadAt(caseId, Command::RecordApplicant, {Step::Reception, Step::Documents});
    if (!file) {
        return file;
    }
    if (!applicant.birthDate) {
        return WorkflowError::invalidInput(InputProblem::ApplicantIncomplete);
    }
    for (const auto& [kind, value] : {std::pair{domain::TextKind::PersonName, &applicant.name},
                                      std::pair{domain::TextKind::PersonName, &applicant.kana},
                                      std::pair{domain::TextKind::Address, &applicant.address}}) {
        if (const auto refused = refusedText(kind, *value)) {
            return WorkflowError::invalidText(*refused);
        }
    }
    storage::ApplicantDetails details;
    auto present = [](const QString& value) {
        return value.isEmpty() ? std::nullopt : std::optional<QString>(value);
    };
    details.name = present(applicant.name);
    details.kana = present(applicant.kana);
    details.birthDate = applicant.birthDate;
    details.address = present(applicant.address);

    QJsonObject facts{
        {QStringLiteral("source"), text(applicantSourceId(applicant.source))},
        {QStringLiteral("sex"), text(sexId(applicant.sex))},
        {QStringLiteral("adult_ward"), applicant.adultWard},
        {QStringLiteral("face_authentication_card"), applicant.faceAuthenticationCard}};
    payload::insertDate(facts, QStringLiteral("card_expires"), applicant.cardExpires);
    payload::insertDate(facts, QStringLiteral("period_of_stay_ends"), applicant.periodOfStayEnds);

    CaseFile after = *file;
    after.applicant = ApplicantFacts{};
    const Step next = file->step == Step::Reception ? stepAfterReception(after) : file->step;
    const storage::NewEvent factsEvent = step.event(event::kApplicantFactsRecorded, facts, clerk);
    return step.write(caseId, [&](storage::CaseWriter& writer) -> storage::Result<void> {
        auto recorded = writer.recordApplicant(caseId, details, clerk, factsEvent.at);
        if (!recorded) {
            return recorded.error();
        }
        auto appended = writer.appendCaseEvent(caseId, factsEvent, EngineStep::projection(next));
        if (!appended) {
            return appended.error();
        }
        return {};
    });
}

Outcome<CaseFile> CaseEngine::recordProxy(storage::CaseId caseId, const ProxyInput& proxy,
                                          storage::StaffId clerk) {
    EngineStep step(*this);
    auto file = step.loadAt(caseId, Command::RecordProxy, {Step::Reception, Step::Documents});
    if (!file) {
        return file;
    }
    if (proxyKindFor(file->path) != proxy.kind) {
        return WorkflowError::invalidInput(InputProblem::WrongPath);
    }
    if (const auto refused = refusedText(domain::TextKind::PersonName, proxy.name)) {
        return WorkflowError::invalidText(*refused);
    }
    // The name is checked against the proxy's documents at the counter; the log keeps its
    // digest only, as it does for the applicant (R-DATA-MIN).
    storage::EventHasher hasher;
    auto digest = hasher.sha256(proxy.name.trimmed().toStdString());
    if (!digest) {
        return WorkflowError::storage(digest.error());
    }
    QJsonObject facts{{QStringLiteral("kind"), text(proxyKindId(proxy.kind))},
                      {QStringLiteral("basis"), text(legalAuthorityBasisId(proxy.basis))},
                      {QStringLiteral("name_digest"), storage::hexDigest(*digest)}};
    CaseFile after = *file;
    after.proxy = ProxyFacts{proxy.kind, proxy.basis};
    const Step next = file->step == Step::Reception ? stepAfterReception(after) : file->step;
    return step.append(caseId, event::kProxyRecorded, facts, next, clerk);
}

Outcome<CaseFile> CaseEngine::checkDocuments(storage::CaseId caseId, int visit,
                                             const domain::PresentedItems& presented,
                                             storage::StaffId clerk) {
    EngineStep step(*this);
    auto file = step.loadAt(caseId, Command::CheckDocuments, {Step::Documents});
    if (!file) {
        return file;
    }
    if (!file->applicant) {
        return WorkflowError::invalidInput(InputProblem::ApplicantIncomplete);
    }
    if (!file->proxyInPlace()) {
        return WorkflowError::invalidInput(InputProblem::ProxyNotRecorded);
    }
    const domain::DocumentPlan plan = domain::documentPlan(file->procedure, file->path);
    const auto planned = std::find_if(plan.visits.begin(), plan.visits.end(),
                                      [&](const domain::Visit& v) { return v.number == visit; });
    if (visit != file->visit || planned == plan.visits.end()) {
        return WorkflowError::invalidInput(InputProblem::WrongVisit);
    }
    domain::PresentedItems items = presented;
    if (file->proxy && file->proxy->kind == ProxyKind::Legal) {
        // The ground was stated at reception; the evidence is what is on the counter now.
        items.authority.basis = file->proxy->basis;
    }
    const domain::Date today = step.today();
    const std::vector<domain::UnmetRequirement> unmet =
        domain::evaluateVisit(*planned, items, settings().profile, today);

    Step next = Step::Documents;
    if (unmet.empty()) {
        next = planned->completesProcedure ? Step::CardCheck : Step::LetterIssued;
    }
    QJsonObject evaluation{{QStringLiteral("visit"), visit},
                           {QStringLiteral("met"), unmet.empty()},
                           {QStringLiteral("unmet"), payload::unmetRequirements(unmet)},
                           {QStringLiteral("presented"), payload::presentedItems(items)}};
    const storage::NewEvent evaluated = step.event(event::kDocumentsEvaluated, evaluation, clerk);
    const std::vector<storage::DocumentCheck> seen =
        documentsSeen(items, settings().profile, today, unmet, clerk, evaluated.at);
    const EngineStep::Work evaluate = [&](storage::CaseWriter& writer) -> storage::Result<void> {
        for (const storage::DocumentCheck& check : seen) {
            auto recorded = writer.recordDocumentCheck(caseId, check);
            if (!recorded) {
                return recorded.error();
            }
        }
        auto appended = writer.appendCaseEvent(caseId, evaluated, EngineStep::projection(next));
        if (!appended) {
            return appended.error();
        }
        return {};
    };
    if (unmet.empty()) {
        return step.write(caseId, evaluate);
    }
    Refusal refusal;
    refusal.unmet = unmet;
    // R-DOC-SEAL: an opened form cannot be put right at the counter; anything else can be
    // brought, so the case waits at its documents.
    refusal.reason = hasShortfall(unmet, domain::Shortfall::InquiryFormOpened)
                         ? RefusalReason::InquiryFormOpened
                         : RefusalReason::MissingDocuments;
    return step.refuseAfter(caseId, evaluate, next, std::move(refusal), clerk);
}

Outcome<CaseFile> CaseEngine::issueLetter(storage::CaseId caseId, storage::StaffId clerk) {
    EngineStep step(*this);
    auto file = step.loadAt(caseId, Command::IssueLetter, {Step::LetterIssued});
    if (!file) {
        return file;
    }
    if (file->letter) {
        return WorkflowError::invalidInput(InputProblem::LetterNotIssued);
    }
    const storage::Timestamp at = step.now();
    return step.write(caseId, [&](storage::CaseWriter& writer) -> storage::Result<void> {
        auto issued = writer.issueLetter(caseId, clerk, at);
        if (!issued) {
            return issued.error();
        }
        return {};
    });
}

Outcome<CaseFile> CaseEngine::recordLetterMailed(storage::CaseId caseId, storage::StaffId clerk) {
    EngineStep step(*this);
    auto file = step.loadAt(caseId, Command::RecordLetterMailed, {Step::LetterIssued});
    if (!file) {
        return file;
    }
    if (!file->letter || file->letter->mailed) {
        return WorkflowError::invalidInput(InputProblem::LetterNotIssued);
    }
    const storage::LetterId letter = file->letter->id;
    const storage::NewEvent changed =
        step.event(event::kStepChanged,
                   {{QStringLiteral("after"), text(storage::event_type::kLetterMailed)}}, clerk);
    return step.write(caseId, [&](storage::CaseWriter& writer) -> storage::Result<void> {
        auto mailed =
            writer.recordLetterMailed(letter, text(kOrdinaryPostNoForwarding), clerk, changed.at);
        if (!mailed) {
            return mailed.error();
        }
        auto appended =
            writer.appendCaseEvent(caseId, changed, EngineStep::projection(Step::AwaitingReply));
        if (!appended) {
            return appended.error();
        }
        return {};
    });
}

Outcome<CaseFile> CaseEngine::recordReply(storage::CaseId caseId, domain::SealState seal,
                                          storage::StaffId clerk) {
    EngineStep step(*this);
    auto file = step.loadAt(caseId, Command::RecordReply, {Step::AwaitingReply});
    if (!file) {
        return file;
    }
    if (seal == domain::SealState::NotPresented) {
        return WorkflowError::invalidInput(InputProblem::ReplyNotPresented);
    }
    if (!file->letter) {
        return WorkflowError::invalidInput(InputProblem::LetterNotIssued);
    }
    const bool sealed = seal == domain::SealState::Sealed;
    const storage::LetterId letter = file->letter->id;
    // The second visit begins: its documents include the reply itself (R-DOC-RST-VOL).
    const storage::NewEvent changed =
        step.event(event::kStepChanged,
                   {{QStringLiteral("after"), text(storage::event_type::kLetterReplyReceived)},
                    {QStringLiteral("reply_seal"), text(sealStateId(seal))},
                    {QStringLiteral("visit"), 2}},
                   clerk);
    const Step next = sealed ? Step::Documents : Step::AwaitingReply;
    const EngineStep::Work receive = [&](storage::CaseWriter& writer) -> storage::Result<void> {
        auto received = writer.recordLetterReply(letter, clerk, changed.at);
        if (!received) {
            return received.error();
        }
        auto appended = writer.appendCaseEvent(caseId, changed, EngineStep::projection(next));
        if (!appended) {
            return appended.error();
        }
        return {};
    };
    if (sealed) {
        return step.write(caseId, receive);
    }
    Refusal refusal;
    refusal.reason = RefusalReason::InquiryFormOpened; // R-DOC-SEAL
    refusal.unmet = {
        {domain::Requirement::SealedInquiryForm, domain::Shortfall::InquiryFormOpened}};
    return step.refuseAfter(caseId, receive, next, std::move(refusal), clerk);
}

Outcome<CaseFile> CaseEngine::cancel(storage::CaseId caseId, const QString& reason,
                                     storage::StaffId clerk) {
    EngineStep step(*this);
    auto file = step.loadAt(caseId, Command::Cancel, kOpenSteps);
    if (!file) {
        return file;
    }
    if (reason.trimmed().isEmpty()) {
        return WorkflowError::invalidInput(InputProblem::ReasonMissing);
    }
    if (const auto refused = refusedText(domain::TextKind::Reason, reason.trimmed())) {
        return WorkflowError::invalidText(*refused);
    }
    return step.append(caseId, event::kCaseCancelled,
                       {{QStringLiteral("reason"), reason.trimmed()},
                        {QStringLiteral("at_step"), text(stepId(file->step))}},
                       Step::Cancelled, clerk, text(stepId(Step::Cancelled)));
}

Outcome<CaseFile> CaseEngine::applicantLeft(storage::CaseId caseId, const QString& reason,
                                            storage::StaffId clerk) {
    EngineStep step(*this);
    auto file = step.loadAt(caseId, Command::ApplicantLeft, kOpenSteps);
    if (!file) {
        return file;
    }
    if (reason.trimmed().isEmpty()) {
        return WorkflowError::invalidInput(InputProblem::ReasonMissing);
    }
    if (const auto refused = refusedText(domain::TextKind::Reason, reason.trimmed())) {
        return WorkflowError::invalidText(*refused);
    }
    return step.append(caseId, event::kApplicantLeft,
                       {{QStringLiteral("reason"), reason.trimmed()},
                        {QStringLiteral("at_step"), text(stepId(file->step))}},
                       Step::ApplicantLeft, clerk, text(stepId(Step::ApplicantLeft)));
}

} // namespace jpki::workflow
