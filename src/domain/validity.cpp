#include "domain/validity.h"

#include "domain/renewal.h"

#include <algorithm>

namespace jpki::domain {

using namespace std::chrono;

namespace {

constexpr int cardTermLongBirthdays = 10;
constexpr int cardTermShortBirthdays = 5;
constexpr int certificateTermBirthdays = 5;
constexpr int timelyRenewalTermBirthdays = 6;
constexpr int ageLineFromApril2022 = 18;
constexpr int ageLineBeforeApril2022 = 20;
constexpr int stayExtensionMonths = 2;

// A cap shortens a term only when it falls strictly before the term's current end.
void applyCap(Date& expires, ExpiryBasis& basis, const std::optional<Date>& cap,
              ExpiryBasis capBasis) {
    if (cap && *cap < expires) {
        expires = *cap;
        basis = capBasis;
    }
}

} // namespace

Date birthdayInYear(const Date& birth, year inYear) {
    // R-VAL-FEB29: 29 February becomes 28 February in a common year, the last day of the month
    // (Civil Code art. 143(2)); the same clamp as a month with no such day.
    const Date candidate{inYear, birth.month(), birth.day()};
    if (candidate.ok()) {
        return candidate;
    }
    return Date{year_month_day_last{inYear, month_day_last{birth.month()}}};
}

Date nthBirthdayAfter(const Date& birth, const Date& after, int n) {
    const year firstYear =
        birthdayInYear(birth, after.year()) > after ? after.year() : after.year() + years{1};
    return birthdayInYear(birth, firstYear + years{n - 1});
}

int cardAgeLine(const CardIssue& card) {
    const Date received = card.applicationReceived.value_or(card.issued);
    return received >= ageLineLoweredOn ? ageLineFromApril2022 : ageLineBeforeApril2022;
}

CardValidity cardBirthdayTerm(const CardIssue& card) {
    CardValidity term;
    term.ageLine = cardAgeLine(card);
    term.ageOnIssue = ageOn(card.birth, card.issued);
    const bool overAgeLine = term.ageOnIssue >= term.ageLine;
    term.basis = overAgeLine ? ExpiryBasis::TenthBirthday : ExpiryBasis::FifthBirthday;
    term.expires = nthBirthdayAfter(card.birth, card.issued,
                                    overAgeLine ? cardTermLongBirthdays : cardTermShortBirthdays);
    return term;
}

CardValidity cardValidity(const CardIssue& card, std::optional<Date> periodOfStayEnds) {
    CardValidity validity = cardBirthdayTerm(card);
    applyCap(validity.expires, validity.basis, periodOfStayEnds, ExpiryBasis::PeriodOfStay);
    return validity;
}

CertificateValidity certificateValidity(const CertificateIssue& certificate) {
    CertificateValidity validity;
    validity.timelyRenewal =
        certificate.replacedCertificateExpires &&
        isTimelyRenewal(certificate.issued, *certificate.replacedCertificateExpires);
    const int birthdays =
        validity.timelyRenewal ? timelyRenewalTermBirthdays : certificateTermBirthdays;
    validity.basis =
        validity.timelyRenewal ? ExpiryBasis::SixthBirthday : ExpiryBasis::FifthBirthday;
    validity.expires = nthBirthdayAfter(certificate.birth, certificate.issued, birthdays);

    // Caps in the order reported on a tie: the root cause (the stay) before the card, the card
    // before the user-authentication certificate that itself ends with the card.
    applyCap(validity.expires, validity.basis, certificate.periodOfStayEnds,
             ExpiryBasis::PeriodOfStay);
    applyCap(validity.expires, validity.basis, certificate.cardExpires, ExpiryBasis::CardExpiry);
    if (certificate.kind == CertificateKind::Signature) {
        applyCap(validity.expires, validity.basis, certificate.userAuthenticationExpires,
                 ExpiryBasis::UserAuthenticationCertificate);
    }
    return validity;
}

StayChange changeCardValidityForNewStay(const CardIssue& card, const Date& currentCardExpires,
                                        const Date& newPeriodOfStayEnds, const Date& today) {
    StayChange change;
    if (currentCardExpires < today) {
        change.status = StayChangeStatus::CardLapsed;
        change.newCardExpires = currentCardExpires;
        return change;
    }
    // The limit is counted from the card's original issue, not from the day of the change.
    const CardValidity limit = cardBirthdayTerm(card);
    change.status = StayChangeStatus::Changed;
    change.newCardExpires = limit.expires;
    change.basis = limit.basis;
    applyCap(change.newCardExpires, change.basis, newPeriodOfStayEnds, ExpiryBasis::PeriodOfStay);
    change.certificatesReissued = true;
    return change;
}

StayExtension extendCardWhileStayRenewalPending(const CardIssue& card,
                                                const Date& currentCardExpires,
                                                bool alreadyExtended, const Date& today) {
    StayExtension extension;
    extension.newCardExpires = currentCardExpires;
    if (currentCardExpires < today) {
        extension.status = StayExtensionStatus::CardLapsed;
        return extension;
    }
    if (alreadyExtended) {
        extension.status = StayExtensionStatus::AlreadyExtended;
        return extension;
    }
    const CardValidity limit = cardBirthdayTerm(card);
    if (limit.expires <= currentCardExpires) {
        extension.status = StayExtensionStatus::BirthdayLimitReached;
        extension.basis = limit.basis;
        return extension;
    }
    extension.status = StayExtensionStatus::Extended;
    extension.newCardExpires =
        std::min(addMonthsClamped(currentCardExpires, stayExtensionMonths), limit.expires);
    extension.basis =
        extension.newCardExpires == limit.expires ? limit.basis : ExpiryBasis::PeriodOfStay;
    return extension;
}

LifeEventEffect lifeEventEffect(LifeEvent event) {
    // R-VAL-CHANGE: the signature certificate carries address, name, birth date and sex, so any
    // change of them ends it; the user-authentication certificate ends only with the card.
    switch (event) {
    case LifeEvent::AddressChange:
    case LifeEvent::DomesticMoveOut:
    case LifeEvent::NameChange:
    case LifeEvent::BirthDateChange:
    case LifeEvent::SexChange:
    case LifeEvent::EmigrationWithContinuedUse:
        return {.signatureRevoked = true, .userAuthenticationRevoked = false, .cardEnds = false};
    case LifeEvent::EmigrationWithoutContinuedUse:
    case LifeEvent::MoveStepMissed:
    case LifeEvent::CardReturned:
    case LifeEvent::CardInvalidated:
    case LifeEvent::CardExpired:
    case LifeEvent::Death:
        return {.signatureRevoked = true, .userAuthenticationRevoked = true, .cardEnds = true};
    }
    return {.signatureRevoked = true, .userAuthenticationRevoked = true, .cardEnds = true};
}

} // namespace jpki::domain
