#include "case_driver.h"

#include "card/card_status.h"
#include "simulator/profiles.h"

#include <QTimeZone>
#include <algorithm>

namespace jpki::test {

namespace {

using namespace jpki::workflow;

card::Sex sexOf(int code) {
    return code == 1 ? card::Sex::Male : code == 2 ? card::Sex::Female : card::Sex::NotApplicable;
}

domain::PresentedItems everythingPresented(const domain::Date& today) {
    domain::PresentedItems presented;
    presented.applicantCard = true;
    presented.expiryNotice = true;
    presented.pinsKnown = true;
    presented.inquiryForm = domain::SealState::Sealed;
    presented.proxyIds = {domain::IdDocumentType::DrivingLicence,
                          domain::IdDocumentType::PensionBook};
    presented.applicantIds = {domain::IdDocumentType::Passport};
    presented.authority.familyRegisterCopy = true;
    presented.authority.guardianshipCertificateIssued = domain::addDays(today, -10);
    presented.applicationFormSigned = true;
    return presented;
}

std::span<const std::uint8_t> bytesOf(std::string_view text) {
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

} // namespace

FixedClock::FixedClock(const domain::Date& day)
    : m_now(QDateTime(QDate(int(day.year()), int(unsigned(day.month())), int(unsigned(day.day()))),
                      QTime(1, 0), Qt::UTC)) {}

Outcome<CaseFile> advance(CaseEngine& engine, const CaseFile& file, card::CardChannel& channel,
                          const CaseScript& script, const domain::Date& today,
                          storage::StaffId clerk) {
    const sim::Profile profile = *sim::makeProfile(script.profile, today);
    const bool legal = file.path == domain::RequestPath::LegalProxy;
    switch (file.step) {
    case Step::Reception:
        if (!file.applicant) {
            ApplicantInput applicant;
            applicant.name = QString::fromStdString(profile.holder.name);
            applicant.kana = QString::fromStdString(profile.holder.nameKana);
            applicant.birthDate = profile.holder.birthDate;
            applicant.address = QString::fromStdString(profile.holder.address);
            applicant.sex = sexOf(profile.holder.sexCode);
            applicant.cardExpires = profile.cardExpires;
            applicant.adultWard = legal; // an adult's legal proxy is a guardian
            return engine.recordApplicant(file.id, applicant, clerk);
        }
        return engine.recordProxy(file.id,
                                  {QStringLiteral("代理　一郎"),
                                   legal ? ProxyKind::Legal : ProxyKind::Voluntary,
                                   legal ? domain::LegalAuthorityBasis::AdultWard
                                         : domain::LegalAuthorityBasis::NotStated},
                                  clerk);
    case Step::Documents:
        return engine.checkDocuments(file.id, file.visit, everythingPresented(today), clerk);
    case Step::LetterIssued:
        return file.letter ? engine.recordLetterMailed(file.id, clerk)
                           : engine.issueLetter(file.id, clerk);
    case Step::AwaitingReply:
        return engine.recordReply(file.id, domain::SealState::Sealed, clerk);
    case Step::CardCheck: {
        const std::string password(sim::default_pins::signature);
        card::Result<card::CardStatus> status =
            card::readCardStatus(channel, today, bytesOf(password));
        if (!status) {
            return WorkflowError::card(status.error());
        }
        CardCheckChoice choice;
        choice.pinsToReset = {script.pinToReset};
        return engine.checkCard(file.id, *status, choice, clerk);
    }
    case Step::PinEntry:
    case Step::CardOperation: {
        if (file.procedure == domain::Procedure::Renewal) {
            RenewalPins pins;
            pins.userAuthentication.append(sim::default_pins::authentication);
            pins.signature.append(sim::default_pins::signature);
            return engine.renew(file.id, channel, pins, clerk);
        }
        const domain::SecretBuffer typed(script.newPin);
        return engine.resetPin(file.id, channel, script.pinToReset, typed, typed, clerk);
    }
    default:
        return file;
    }
}

Outcome<CaseFile> runToEnd(CaseEngine& engine, CaseFile file, card::CardChannel& channel,
                           const CaseScript& script, const domain::Date& today,
                           storage::StaffId clerk) {
    for (int steps = 0; !file.isClosed() && steps < 40; ++steps) {
        auto next = advance(engine, file, channel, script, today, clerk);
        if (!next) {
            return next;
        }
        file = *next;
    }
    return file;
}

} // namespace jpki::test
