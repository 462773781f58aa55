// The fold of a case's events into its CaseFile. Unknown event types are skipped, so that a case
// written by a later version still reads; the step always comes from the last projection stored.

#include "workflow/case_file.h"

#include "storage/event_types.h"
#include "workflow/domain_ids.h"
#include "workflow/payload_codec.h"
#include "workflow/workflow_events.h"

#include <algorithm>
#include <functional>
#include <map>

namespace jpki::workflow {

namespace {

using payload::codeFrom;
using payload::dateFrom;
using payload::utf8;

QString key(const char* name) {
    return QString::fromLatin1(name);
}

bool isType(const storage::CaseEvent& event, std::string_view type) {
    return event.type == payload::text(type);
}

CertificateRenewal* renewalOf(CaseFile& file, const QJsonObject& object) {
    const auto kind = codeFrom(object.value(key("certificate")), parseCertificateKind);
    if (!kind) {
        return nullptr;
    }
    for (CertificateRenewal& renewal : file.renewals) {
        if (renewal.kind == *kind) {
            return &renewal;
        }
    }
    return nullptr;
}

PinReset* resetOf(CaseFile& file, const QJsonObject& object) {
    const auto pin = codeFrom(object.value(key("pin_kind")), domain::parsePinKind);
    if (!pin) {
        return nullptr;
    }
    for (PinReset& reset : file.resets) {
        if (reset.pin == *pin) {
            return &reset;
        }
    }
    return nullptr;
}

void foldApplicantFacts(CaseFile& file, const storage::CaseRecord& record,
                        const QJsonObject& object) {
    ApplicantFacts facts;
    facts.name = record.applicant.name.value_or(QString());
    facts.kana = record.applicant.kana.value_or(QString());
    facts.birthDate = record.applicant.birthDate;
    facts.address = record.applicant.address.value_or(QString());
    facts.sex = codeFrom(object.value(key("sex")), parseSex).value_or(card::Sex::NotKnown);
    facts.source = codeFrom(object.value(key("source")), parseApplicantSource)
                       .value_or(ApplicantSource::Typed);
    facts.cardExpires = dateFrom(object.value(key("card_expires")));
    facts.adultWard = object.value(key("adult_ward")).toBool();
    facts.faceAuthenticationCard = object.value(key("face_authentication_card")).toBool();
    facts.periodOfStayEnds = dateFrom(object.value(key("period_of_stay_ends")));
    file.applicant = facts;
}

void foldCardChecked(CaseFile& file, const QJsonObject& object) {
    file.card = payload::cardFactsFrom(object.value(key("card")).toObject());
    file.renewals.clear();
    for (const QJsonValue& value : object.value(key("renewals")).toArray()) {
        const QJsonObject entry = value.toObject();
        CertificateRenewal renewal;
        const auto kind = codeFrom(entry.value(key("certificate")), parseCertificateKind);
        const auto status = codeFrom(entry.value(key("status")), parseRenewalStatus);
        const auto issuance = codeFrom(entry.value(key("issuance")), parseIssuanceKind);
        if (!kind || !status || !issuance) {
            continue;
        }
        renewal.kind = *kind;
        renewal.status = *status;
        renewal.issuance = *issuance;
        renewal.assessed = entry.value(key("assessed")).toBool(true);
        renewal.optional = entry.value(key("optional")).toBool(false);
        renewal.oldSerial = entry.value(key("old_serial")).toString();
        renewal.oldExpires = dateFrom(entry.value(key("old_expires")));
        file.renewals.push_back(renewal);
    }
    file.resets.clear();
    for (const QJsonValue& value : object.value(key("resets")).toArray()) {
        const QJsonObject entry = value.toObject();
        const auto pin = codeFrom(entry.value(key("pin_kind")), domain::parsePinKind);
        const auto resetCase = codeFrom(entry.value(key("reset_case")), parseResetCase);
        if (!pin || !resetCase) {
            continue;
        }
        PinReset reset;
        reset.pin = *pin;
        reset.resetCase = *resetCase;
        reset.triesAtCheck = entry.value(key("tries_at_check")).toInt();
        file.resets.push_back(reset);
    }
}

// The certificates assessed once the signature password had verified, and those dropped.
void foldPinsVerified(CaseFile& file, const QJsonObject& object) {
    for (const QJsonValue& value : object.value(key("assessed")).toArray()) {
        const QJsonObject entry = value.toObject();
        CertificateRenewal* renewal = renewalOf(file, entry);
        if (renewal == nullptr) {
            continue;
        }
        renewal->assessed = true;
        renewal->status =
            codeFrom(entry.value(key("status")), parseRenewalStatus).value_or(renewal->status);
        renewal->issuance =
            codeFrom(entry.value(key("issuance")), parseIssuanceKind).value_or(renewal->issuance);
        renewal->oldSerial = entry.value(key("old_serial")).toString();
        renewal->oldExpires = dateFrom(entry.value(key("old_expires")));
    }
    for (const QJsonValue& value : object.value(key("dropped")).toArray()) {
        const auto kind = codeFrom(value, parseCertificateKind);
        std::erase_if(file.renewals, [&](const CertificateRenewal& renewal) {
            return kind && renewal.kind == *kind;
        });
    }
}

void foldRenewalStage(CaseFile& file, const storage::CaseEvent& event) {
    CertificateRenewal* renewal = renewalOf(file, event.payload);
    if (renewal == nullptr) {
        return;
    }
    const QJsonObject& object = event.payload;
    if (isType(event, event::kKeyGenerationStarted)) {
        renewal->stage = RenewalStage::KeyGenerating;
    } else if (isType(event, event::kKeyGenerated)) {
        renewal->stage = RenewalStage::KeyGenerated;
        renewal->newPublicKey =
            QByteArray::fromBase64(object.value(key("public_key")).toString().toLatin1());
        renewal->newSerial.clear();
    } else if (isType(event, event::kCertificateIssued)) {
        renewal->stage = RenewalStage::Issued;
        renewal->newSerial = object.value(key("serial")).toString();
        renewal->newNotBefore = dateFrom(object.value(key("not_before")));
        renewal->newExpires = dateFrom(object.value(key("not_after")));
        renewal->expiryBasis = codeFrom(object.value(key("expiry_basis")), parseExpiryBasis);
        renewal->timelyRenewal = object.value(key("timely_renewal")).toBool();
    } else if (isType(event, event::kCertificateWritten)) {
        renewal->stage = RenewalStage::Written;
    } else if (isType(event, event::kCertificateVerified)) {
        renewal->stage = object.value(key("revocation_needed")).toBool() ? RenewalStage::Verified
                                                                         : RenewalStage::Done;
    } else if (isType(event, event::kCertificateWithdrawn)) {
        // Issued but never written: the next attempt issues again for the same key.
        renewal->stage = RenewalStage::KeyGenerated;
        renewal->newSerial.clear();
    } else if (isType(event, event::kOldCertificateRevoked)) {
        renewal->stage = RenewalStage::Done;
    }
}

void foldPinReset(CaseFile& file, const storage::CaseEvent& event) {
    PinReset* reset = resetOf(file, event.payload);
    if (reset == nullptr) {
        return;
    }
    if (isType(event, event::kPinCounterReset)) {
        reset->counterReset = true;
        file.refusal.reset();
    } else if (isType(event, event::kPinResetConfirmed)) {
        reset->confirmed = true;
        reset->triesAfter = event.payload.value(key("tries_left")).toInt();
    }
}

void foldLetter(CaseFile& file, const storage::CaseEvent& event,
                const std::vector<storage::InquiryLetter>& letters) {
    const QString reference = event.payload.value(key("letter")).toString();
    if (isType(event, storage::event_type::kLetterIssued)) {
        LetterFacts letter;
        letter.reference = reference;
        for (const storage::InquiryLetter& stored : letters) {
            if (stored.reference == reference) {
                letter.id = stored.id;
            }
        }
        file.letter = letter;
        return;
    }
    if (!file.letter || file.letter->reference != reference) {
        return;
    }
    if (isType(event, storage::event_type::kLetterMailed)) {
        file.letter->mailed = true;
        file.letter->mailMethod = event.payload.value(key("method")).toString();
    } else if (isType(event, storage::event_type::kLetterReplyReceived)) {
        file.letter->replyReceived = true;
    }
}

} // namespace

const CertificateFacts* CardFacts::certificate(domain::CertificateKind kind) const {
    for (const CertificateFacts& facts : certificates) {
        if (facts.kind == kind) {
            return &facts;
        }
    }
    return nullptr;
}

const PinFacts* CardFacts::pin(domain::PinKind kind) const {
    for (const PinFacts& facts : pins) {
        if (facts.kind == kind) {
            return &facts;
        }
    }
    return nullptr;
}

domain::Procedure CaseFile::effectiveProcedure() const {
    if (!domain::isPinReinitialisation(procedure) || resets.empty()) {
        return procedure;
    }
    // R-PIN-RESET: a case in which any PIN was blocked released a lock.
    const bool anyLocked = std::any_of(resets.begin(), resets.end(), [](const PinReset& reset) {
        return reset.resetCase == domain::ResetCase::Locked;
    });
    return domain::procedureFor(anyLocked ? domain::ResetCase::Locked
                                          : domain::ResetCase::Forgotten);
}

bool CaseFile::proxyInPlace() const {
    return path == domain::RequestPath::Self || proxy.has_value();
}

bool CaseFile::documentsMet(int visitNumber) const {
    return std::any_of(documents.begin(), documents.end(), [&](const DocumentsResult& result) {
        return result.visit == visitNumber && result.met();
    });
}

const CertificateRenewal* CaseFile::renewal(domain::CertificateKind kind) const {
    for (const CertificateRenewal& renewal : renewals) {
        if (renewal.kind == kind) {
            return &renewal;
        }
    }
    return nullptr;
}

const PinReset* CaseFile::reset(domain::PinKind pin) const {
    for (const PinReset& reset : resets) {
        if (reset.pin == pin) {
            return &reset;
        }
    }
    return nullptr;
}

std::string_view renewalStageId(RenewalStage stage) {
    switch (stage) {
    case RenewalStage::Planned:
        return "planned";
    case RenewalStage::KeyGenerating:
        return "key-generating";
    case RenewalStage::KeyGenerated:
        return "key-generated";
    case RenewalStage::Issued:
        return "issued";
    case RenewalStage::Written:
        return "written";
    case RenewalStage::Verified:
        return "verified";
    case RenewalStage::Done:
        return "done";
    }
    return {};
}

CaseFile foldCase(const storage::CaseRecord& record, const std::vector<storage::CaseEvent>& events,
                  const std::vector<storage::InquiryLetter>& letters) {
    CaseFile file;
    const storage::CaseSummary& summary = record.summary;
    file.id = summary.id;
    file.reference = summary.reference;
    file.procedure = summary.procedure;
    file.path = summary.path;
    file.counter = summary.counter;
    file.step = parseStep(summary.state.toStdString()).value_or(Step::Reception);
    file.outcome = summary.outcome;

    for (const storage::CaseEvent& event : events) {
        ++file.eventCount;
        file.lastEventSequence = event.sequence;
        const QJsonObject& object = event.payload;
        const QJsonObject projection = object.value(key("projection")).toObject();
        if (auto step = parseStep(utf8(projection.value(key("state"))))) {
            file.step = *step;
            file.outcome = projection.contains(key("outcome"))
                               ? std::optional<QString>(projection.value(key("outcome")).toString())
                               : std::nullopt;
        }

        if (isType(event, event::kApplicantFactsRecorded)) {
            foldApplicantFacts(file, record, object);
        } else if (isType(event, event::kProxyRecorded)) {
            file.proxy = ProxyFacts{
                codeFrom(object.value(key("kind")), parseProxyKind).value_or(ProxyKind::Legal),
                codeFrom(object.value(key("basis")), parseLegalAuthorityBasis)
                    .value_or(domain::LegalAuthorityBasis::NotStated)};
        } else if (isType(event, event::kDocumentsEvaluated)) {
            DocumentsResult result{object.value(key("visit")).toInt(1),
                                   payload::unmetFrom(object.value(key("unmet")))};
            file.documents.push_back(result);
            file.refusal.reset();
            if (!result.met()) {
                Refusal refusal;
                refusal.reason = RefusalReason::MissingDocuments;
                refusal.stepAfter = Step::Documents;
                refusal.unmet = result.unmet;
                file.refusal = refusal;
            }
        } else if (isType(event, storage::event_type::kLetterIssued) ||
                   isType(event, storage::event_type::kLetterMailed) ||
                   isType(event, storage::event_type::kLetterReplyReceived)) {
            foldLetter(file, event, letters);
        } else if (isType(event, event::kStepChanged)) {
            if (file.letter && object.contains(key("reply_seal"))) {
                file.letter->replySeal = codeFrom(object.value(key("reply_seal")), parseSealState);
            }
            if (object.contains(key("visit"))) {
                file.visit = object.value(key("visit")).toInt(file.visit);
            }
        } else if (isType(event, event::kCardChecked)) {
            foldCardChecked(file, object);
        } else if (isType(event, event::kPinVerificationFailed)) {
            ++file.pinVerificationFailures;
        } else if (isType(event, event::kPinsVerified)) {
            foldPinsVerified(file, object);
        } else if (isType(event, event::kKeyGenerationStarted) ||
                   isType(event, event::kKeyGenerated) ||
                   isType(event, event::kCertificateIssued) ||
                   isType(event, event::kCertificateWritten) ||
                   isType(event, event::kCertificateWithdrawn) ||
                   isType(event, event::kCertificateVerified) ||
                   isType(event, event::kOldCertificateRevoked)) {
            foldRenewalStage(file, event);
        } else if (isType(event, event::kNewPinRefused)) {
            file.refusal = payload::refusalFrom(object, Step::PinEntry);
        } else if (isType(event, event::kPinCounterReset) ||
                   isType(event, event::kPinResetConfirmed)) {
            foldPinReset(file, event);
        } else if (isType(event, event::kCaseRefused)) {
            file.refusal = payload::refusalFrom(object, Step::Refused);
        } else if (isType(event, event::kCaseCancelled) || isType(event, event::kApplicantLeft)) {
            file.closingReason = object.value(key("reason")).toString();
        }
    }
    return file;
}

} // namespace jpki::workflow
