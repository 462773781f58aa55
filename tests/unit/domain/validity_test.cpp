#include "domain/validity.h"

#include <gtest/gtest.h>
#include <optional>
#include <vector>

using namespace jpki::domain;

namespace {

Date d(const char* iso) {
    return parseIsoDate(iso).value();
}

std::optional<Date> maybeDate(const char* iso) {
    return iso ? std::optional<Date>{d(iso)} : std::nullopt;
}

} // namespace

// ---- R-VAL-FEB29 and the counting of birthdays ----

TEST(Validity, BirthdayOfALeapDayBirthFallsOnTheTwentyEighthInCommonYears) {
    struct Row {
        const char* rule;
        const char* birth;
        int year;
        const char* expected;
    };
    const std::vector<Row> rows = {
        {"R-VAL-FEB29", "2004-02-29", 2023, "2023-02-28"},
        {"R-VAL-FEB29", "2004-02-29", 2024, "2024-02-29"},
        {"R-VAL-FEB29", "2004-02-29", 2100, "2100-02-28"}, // a century that is not a leap year
        {"R-VAL-FEB29", "2004-02-28", 2023, "2023-02-28"},
        {"R-VAL-FEB29", "1990-08-17", 2025, "2025-08-17"},
        {"R-VAL-FEB29", "1990-03-01", 2023, "2023-03-01"},
    };
    for (const Row& row : rows) {
        EXPECT_EQ(formatIsoDate(birthdayInYear(d(row.birth), std::chrono::year{row.year})),
                  row.expected)
            << row.rule << " born " << row.birth << " in " << row.year;
    }
}

TEST(Validity, CountsOnlyBirthdaysStrictlyAfterTheStartDay) {
    struct Row {
        const char* rule;
        const char* birth;
        const char* after;
        int n;
        const char* expected;
    };
    const std::vector<Row> rows = {
        {"R-VAL-CARD", "1990-08-17", "2025-08-17", 1, "2026-08-17"}, // on the birthday
        {"R-VAL-CARD", "1990-08-17", "2025-08-16", 1, "2025-08-17"}, // the day before
        {"R-VAL-CARD", "1990-08-17", "2025-08-18", 1, "2026-08-17"}, // the day after
        {"R-VAL-CARD", "1990-08-17", "2025-08-17", 10, "2035-08-17"},
        {"R-VAL-CARD", "1990-08-17", "2025-08-16", 10, "2034-08-17"},
        {"R-VAL-FEB29", "1992-02-29", "2023-02-28", 1, "2024-02-29"}, // 28 Feb is the birthday
        {"R-VAL-FEB29", "1992-02-29", "2024-02-28", 1, "2024-02-29"},
        {"R-VAL-FEB29", "1992-02-29", "2024-02-29", 1, "2025-02-28"},
    };
    for (const Row& row : rows) {
        EXPECT_EQ(formatIsoDate(nthBirthdayAfter(d(row.birth), d(row.after), row.n)), row.expected)
            << row.rule << " born " << row.birth << ", birthday " << row.n << " after "
            << row.after;
    }
}

// ---- R-VAL-CARD, R-VAL-AGELINE, R-VAL-FOREIGN: the card body ----

TEST(Validity, CardRunsToTheTenthOrFifthBirthdayByAgeOnTheIssueDay) {
    struct Row {
        const char* rule;
        const char* birth;
        const char* issued;
        const char* applicationReceived; // nullptr: only the issue date is known
        const char* periodOfStayEnds;    // nullptr: no period of stay
        const char* expires;
        ExpiryBasis basis;
        int ageLine;
    };
    const auto tenth = ExpiryBasis::TenthBirthday;
    const auto fifth = ExpiryBasis::FifthBirthday;
    const auto stay = ExpiryBasis::PeriodOfStay;
    const std::vector<Row> rows = {
        // Adult card issued on, the day before and the day after the birthday.
        {"R-VAL-CARD", "1990-08-17", "2025-08-17", nullptr, nullptr, "2035-08-17", tenth, 18},
        {"R-VAL-CARD", "1990-08-17", "2025-08-16", nullptr, nullptr, "2034-08-17", tenth, 18},
        {"R-VAL-CARD", "1990-08-17", "2025-08-18", nullptr, nullptr, "2035-08-17", tenth, 18},
        // A child's card.
        {"R-VAL-CARD", "2015-05-05", "2025-01-10", nullptr, nullptr, "2029-05-05", fifth, 18},
        {"R-VAL-CARD", "2015-05-05", "2025-05-05", nullptr, nullptr, "2030-05-05", fifth, 18},
        // Leap-day births, issued in common and in leap years.
        {"R-VAL-FEB29", "1992-02-29", "2023-02-28", nullptr, nullptr, "2033-02-28", tenth, 18},
        {"R-VAL-FEB29", "1992-02-29", "2024-02-28", nullptr, nullptr, "2033-02-28", tenth, 18},
        {"R-VAL-FEB29", "1992-02-29", "2024-02-29", nullptr, nullptr, "2034-02-28", tenth, 18},
        {"R-VAL-FEB29", "1992-02-29", "2026-03-01", nullptr, nullptr, "2036-02-29", tenth, 18},
        // A leap-day birth turns 18 on 1 March in a common year (ageOn), so 28 Feb gives 5 years.
        {"R-VAL-FEB29", "2008-02-29", "2026-02-28", nullptr, nullptr, "2031-02-28", fifth, 18},
        {"R-VAL-FEB29", "2008-02-29", "2026-03-01", nullptr, nullptr, "2036-02-29", tenth, 18},
        // Exactly 18 on the issue day, application received after the age line was lowered;
        // the day before, still 17: five birthdays, the first of them the next day.
        {"R-VAL-AGELINE", "2004-06-10", "2022-06-10", "2022-05-01", nullptr, "2032-06-10", tenth,
         18},
        {"R-VAL-AGELINE", "2004-06-10", "2022-06-09", "2022-05-01", nullptr, "2026-06-10", fifth,
         18},
        // 18 on the issue day, but the application was received the day before the change.
        {"R-VAL-AGELINE", "2004-04-20", "2022-04-20", "2022-03-31", nullptr, "2027-04-20", fifth,
         20},
        {"R-VAL-AGELINE", "2004-04-20", "2022-04-20", "2022-04-01", nullptr, "2032-04-20", tenth,
         18},
        // Exactly 20 (and the day before) under the old age line.
        {"R-VAL-AGELINE", "2002-03-15", "2022-03-15", "2022-02-01", nullptr, "2032-03-15", tenth,
         20},
        {"R-VAL-AGELINE", "2002-03-15", "2022-03-14", "2022-02-01", nullptr, "2026-03-15", fifth,
         20},
        // Only the issue date known: it stands for the application date.
        {"R-VAL-AGELINE", "2004-03-20", "2022-03-31", nullptr, nullptr, "2027-03-20", fifth, 20},
        {"R-VAL-AGELINE", "2004-03-20", "2022-04-01", nullptr, nullptr, "2032-03-20", tenth, 18},
        // Foreign residents: the period of stay known at issue caps the card.
        {"R-VAL-FOREIGN", "1990-08-17", "2025-08-17", nullptr, "2027-03-31", "2027-03-31", stay,
         18},
        {"R-VAL-FOREIGN", "1990-08-17", "2025-08-17", nullptr, "2040-01-01", "2035-08-17", tenth,
         18},
        {"R-VAL-FOREIGN", "1990-08-17", "2025-08-17", nullptr, "2035-08-17", "2035-08-17", tenth,
         18},
        {"R-VAL-FOREIGN", "2015-05-05", "2025-01-10", nullptr, "2029-05-04", "2029-05-04", stay,
         18},
    };
    for (const Row& row : rows) {
        const CardIssue card{d(row.birth), d(row.issued), maybeDate(row.applicationReceived)};
        const CardValidity validity = cardValidity(card, maybeDate(row.periodOfStayEnds));
        const auto context = ::testing::Message()
                             << row.rule << " born " << row.birth << ", issued " << row.issued;
        EXPECT_EQ(formatIsoDate(validity.expires), row.expires) << context;
        EXPECT_EQ(validity.basis, row.basis) << context;
        EXPECT_EQ(validity.ageLine, row.ageLine) << context;
    }
}

// ---- R-VAL-CERT, R-VAL-CERT6, R-VAL-FOREIGN: the certificates ----

TEST(Validity, CertificateRunsToTheFifthBirthdayOrSixthForATimelyRenewalWithinItsCaps) {
    struct Row {
        const char* rule;
        CertificateKind kind;
        const char* birth;
        const char* issued;
        const char* cardExpires;
        const char* replacedExpires;
        const char* userAuthenticationExpires;
        const char* periodOfStayEnds;
        const char* expires;
        ExpiryBasis basis;
    };
    const auto sign = CertificateKind::Signature;
    const auto auth = CertificateKind::UserAuthentication;
    const auto fifth = ExpiryBasis::FifthBirthday;
    const auto sixth = ExpiryBasis::SixthBirthday;
    const auto card = ExpiryBasis::CardExpiry;
    const auto byAuth = ExpiryBasis::UserAuthenticationCertificate;
    const auto stay = ExpiryBasis::PeriodOfStay;
    const std::vector<Row> rows = {
        // A first certificate on a new adult card, whatever the kind.
        {"R-VAL-CERT", auth, "1990-08-17", "2025-08-17", "2035-08-17", nullptr, nullptr, nullptr,
         "2030-08-17", fifth},
        {"R-VAL-CERT", sign, "1990-08-17", "2025-08-17", "2035-08-17", nullptr, nullptr, nullptr,
         "2030-08-17", fifth},
        {"R-VAL-CERT", auth, "1990-08-17", "2025-08-16", "2034-08-17", nullptr, nullptr, nullptr,
         "2029-08-17", fifth},
        // A child: card and certificate end together on the 5th birthday; nothing is cut short.
        {"R-VAL-CERT", auth, "2015-05-05", "2025-01-10", "2029-05-05", nullptr, nullptr, nullptr,
         "2029-05-05", fifth},
        // The card expires first: the certificate ends with it.
        {"R-VAL-CERT", auth, "1990-08-17", "2032-01-10", "2035-08-17", nullptr, nullptr, nullptr,
         "2035-08-17", card},
        // Renewed on the expiry day of a 10-year card's first certificate: the 6th birthday
        // would pass the card's 10th.
        {"R-VAL-CERT", auth, "1990-08-17", "2030-08-17", "2035-08-17", "2030-08-17", nullptr,
         nullptr, "2035-08-17", card},
        // Renewed inside the window: the 6th birthday is the card's 10th, nothing is cut short.
        {"R-VAL-CERT6", auth, "1990-08-17", "2030-06-01", "2035-08-17", "2030-08-17", nullptr,
         nullptr, "2035-08-17", sixth},
        // A signature certificate re-issued after a move ends with the user-authentication one.
        {"R-VAL-CERT", sign, "1990-08-17", "2027-04-01", "2035-08-17", nullptr, "2030-08-17",
         nullptr, "2030-08-17", byAuth},
        // ... but that cap does not apply to a user-authentication certificate.
        {"R-VAL-CERT", auth, "1990-08-17", "2027-04-01", "2035-08-17", nullptr, "2030-08-17",
         nullptr, "2031-08-17", fifth},
        // CERT6 boundary days around a previous expiry of 2030-08-17 (window opens 2030-05-18).
        {"R-VAL-CERT6", auth, "1990-08-17", "2030-05-17", "2040-08-17", "2030-08-17", nullptr,
         nullptr, "2034-08-17", fifth},
        {"R-VAL-CERT6", auth, "1990-08-17", "2030-05-18", "2040-08-17", "2030-08-17", nullptr,
         nullptr, "2035-08-17", sixth},
        {"R-VAL-CERT6", sign, "1990-08-17", "2030-05-18", "2040-08-17", "2030-08-17", "2035-08-17",
         nullptr, "2035-08-17", sixth},
        // Issued on the expiry day (the birthday itself, not counted): six full years.
        {"R-VAL-CERT6", auth, "1990-08-17", "2030-08-17", "2040-08-17", "2030-08-17", nullptr,
         nullptr, "2036-08-17", sixth},
        {"R-VAL-CERT6", auth, "1990-08-17", "2030-08-18", "2040-08-17", "2030-08-17", nullptr,
         nullptr, "2035-08-17", fifth},
        // A window clamped at the end of February: expiry 31 May opens on 1 March.
        {"R-VAL-CERT6", auth, "1994-05-31", "2029-02-28", "2040-05-31", "2029-05-31", nullptr,
         nullptr, "2033-05-31", fifth},
        {"R-VAL-CERT6", auth, "1994-05-31", "2029-03-01", "2040-05-31", "2029-05-31", nullptr,
         nullptr, "2034-05-31", sixth},
        // Leap-day birth: the 5th birthday lands on 28 Feb of a common year.
        {"R-VAL-FEB29", auth, "2000-02-29", "2025-06-01", "2035-02-28", nullptr, nullptr, nullptr,
         "2030-02-28", fifth},
        {"R-VAL-FEB29", auth, "2000-02-29", "2023-06-01", "2035-02-28", nullptr, nullptr, nullptr,
         "2028-02-29", fifth},
        // Foreign residents: the end of stay caps the certificate; on a tie with the card the
        // stay, the root cause, is reported.
        {"R-VAL-FOREIGN", auth, "1990-08-17", "2025-08-17", "2027-03-31", nullptr, nullptr,
         "2027-03-31", "2027-03-31", stay},
        {"R-VAL-FOREIGN", sign, "1990-08-17", "2025-08-17", "2035-08-17", nullptr, "2030-08-17",
         "2028-01-31", "2028-01-31", stay},
        {"R-VAL-FOREIGN", auth, "1990-08-17", "2025-08-17", "2035-08-17", nullptr, nullptr,
         "2032-01-31", "2030-08-17", fifth},
    };
    for (const Row& row : rows) {
        CertificateIssue issue;
        issue.kind = row.kind;
        issue.birth = d(row.birth);
        issue.issued = d(row.issued);
        issue.cardExpires = d(row.cardExpires);
        issue.replacedCertificateExpires = maybeDate(row.replacedExpires);
        issue.userAuthenticationExpires = maybeDate(row.userAuthenticationExpires);
        issue.periodOfStayEnds = maybeDate(row.periodOfStayEnds);
        const CertificateValidity validity = certificateValidity(issue);
        const auto context = ::testing::Message()
                             << row.rule << " born " << row.birth << ", issued " << row.issued;
        EXPECT_EQ(formatIsoDate(validity.expires), row.expires) << context;
        EXPECT_EQ(validity.basis, row.basis) << context;
    }
}

TEST(Validity, TimelyRenewalIsRecordedEvenWhenTheCardCutsTheSixYearTermShort) {
    CertificateIssue issue;
    issue.birth = d("1990-08-17");
    issue.issued = d("2030-08-17");
    issue.cardExpires = d("2035-08-17");
    issue.replacedCertificateExpires = d("2030-08-17");
    const CertificateValidity validity = certificateValidity(issue);
    EXPECT_TRUE(validity.timelyRenewal) << "R-VAL-CERT6";
    EXPECT_EQ(validity.basis, ExpiryBasis::CardExpiry) << "R-VAL-CERT";

    issue.issued = d("2030-05-17");
    EXPECT_FALSE(certificateValidity(issue).timelyRenewal) << "R-VAL-CERT6";
}

// ---- R-VAL-FOREIGN: validity change and the one-time extension ----

TEST(Validity, ValidityChangeFollowsTheNewStayButNeverPassesTheBirthdayLimit) {
    struct Row {
        const char* rule;
        const char* birth;
        const char* cardIssued;
        const char* currentExpires;
        const char* newStayEnds;
        const char* today;
        StayChangeStatus status;
        const char* newExpires;
        ExpiryBasis basis;
        bool certificatesReissued;
    };
    const auto changed = StayChangeStatus::Changed;
    const auto lapsed = StayChangeStatus::CardLapsed;
    const auto stay = ExpiryBasis::PeriodOfStay;
    const std::vector<Row> rows = {
        {"R-VAL-FOREIGN", "1990-08-17", "2025-08-17", "2027-03-31", "2030-03-31", "2027-03-01",
         changed, "2030-03-31", stay, true},
        {"R-VAL-FOREIGN", "1990-08-17", "2025-08-17", "2027-03-31", "2030-03-31", "2027-03-31",
         changed, "2030-03-31", stay, true},
        {"R-VAL-FOREIGN", "1990-08-17", "2025-08-17", "2027-03-31", "2030-03-31", "2027-04-01",
         lapsed, "2027-03-31", stay, false},
        // Capped by the 10th birthday counted from the original issue, not from today.
        {"R-VAL-FOREIGN", "1990-08-17", "2025-08-17", "2027-03-31", "2037-03-31", "2027-03-01",
         changed, "2035-08-17", ExpiryBasis::TenthBirthday, true},
        {"R-VAL-FOREIGN", "1990-08-17", "2025-08-17", "2034-03-31", "2039-03-31", "2034-01-10",
         changed, "2035-08-17", ExpiryBasis::TenthBirthday, true},
        // A child's card: the 5th birthday.
        {"R-VAL-FOREIGN", "2012-01-01", "2025-08-17", "2026-03-31", "2031-01-01", "2026-03-01",
         changed, "2030-01-01", ExpiryBasis::FifthBirthday, true},
    };
    for (const Row& row : rows) {
        const CardIssue card{d(row.birth), d(row.cardIssued), std::nullopt};
        const StayChange change = changeCardValidityForNewStay(card, d(row.currentExpires),
                                                               d(row.newStayEnds), d(row.today));
        const auto context = ::testing::Message() << row.rule << " new stay " << row.newStayEnds
                                                  << ", today " << row.today;
        EXPECT_EQ(change.status, row.status) << context;
        EXPECT_EQ(formatIsoDate(change.newCardExpires), row.newExpires) << context;
        EXPECT_EQ(change.certificatesReissued, row.certificatesReissued) << context;
        if (row.status == changed) {
            EXPECT_EQ(change.basis, row.basis) << context;
        }
    }
}

TEST(Validity, TwoMonthExtensionIsGrantedOnceBeforeTheCardLapsesWithinTheBirthdayLimit) {
    struct Row {
        const char* rule;
        const char* currentExpires;
        bool alreadyExtended;
        const char* today;
        StayExtensionStatus status;
        const char* newExpires;
        ExpiryBasis basis;
    };
    // Card of a holder born 1990-08-17 issued 2025-08-17: 10th birthday 2035-08-17.
    const auto extended = StayExtensionStatus::Extended;
    const auto stay = ExpiryBasis::PeriodOfStay;
    const auto tenth = ExpiryBasis::TenthBirthday;
    const std::vector<Row> rows = {
        {"R-VAL-FOREIGN", "2027-03-31", false, "2027-03-20", extended, "2027-05-31", stay},
        {"R-VAL-FOREIGN", "2027-03-31", false, "2027-03-31", extended, "2027-05-31", stay},
        // End of month clamped: 31 Dec + 2 months is the last day of February.
        {"R-VAL-FOREIGN", "2026-12-31", false, "2026-12-01", extended, "2027-02-28", stay},
        {"R-VAL-FOREIGN", "2027-12-31", false, "2027-12-01", extended, "2028-02-29", stay},
        {"R-VAL-FOREIGN", "2027-03-31", true, "2027-03-20", StayExtensionStatus::AlreadyExtended,
         "2027-03-31", stay},
        {"R-VAL-FOREIGN", "2027-03-31", false, "2027-04-01", StayExtensionStatus::CardLapsed,
         "2027-03-31", stay},
        // A lapsed card is reported as lapsed even if it was extended before.
        {"R-VAL-FOREIGN", "2027-03-31", true, "2027-04-01", StayExtensionStatus::CardLapsed,
         "2027-03-31", stay},
        {"R-VAL-FOREIGN", "2035-07-01", false, "2035-06-20", extended, "2035-08-17", tenth},
        {"R-VAL-FOREIGN", "2035-08-17", false, "2035-08-01",
         StayExtensionStatus::BirthdayLimitReached, "2035-08-17", tenth},
    };
    const CardIssue card{d("1990-08-17"), d("2025-08-17"), std::nullopt};
    for (const Row& row : rows) {
        const StayExtension extension = extendCardWhileStayRenewalPending(
            card, d(row.currentExpires), row.alreadyExtended, d(row.today));
        const auto context = ::testing::Message() << row.rule << " card expires "
                                                  << row.currentExpires << ", today " << row.today;
        EXPECT_EQ(extension.status, row.status) << context;
        EXPECT_EQ(formatIsoDate(extension.newCardExpires), row.newExpires) << context;
        EXPECT_EQ(extension.basis, row.basis) << context;
    }
}

// ---- R-VAL-CHANGE ----

TEST(Validity, ChangesOfTheFourItemsRevokeOnlyTheSignatureCertificate) {
    struct Row {
        const char* rule;
        LifeEvent event;
        bool signatureRevoked;
        bool userAuthenticationRevoked;
        bool cardEnds;
    };
    const std::vector<Row> rows = {
        {"R-VAL-CHANGE", LifeEvent::AddressChange, true, false, false},
        {"R-VAL-CHANGE", LifeEvent::DomesticMoveOut, true, false, false},
        {"R-VAL-CHANGE", LifeEvent::NameChange, true, false, false},
        {"R-VAL-CHANGE", LifeEvent::BirthDateChange, true, false, false},
        {"R-VAL-CHANGE", LifeEvent::SexChange, true, false, false},
        {"R-VAL-CHANGE", LifeEvent::EmigrationWithContinuedUse, true, false, false},
        {"R-VAL-CHANGE", LifeEvent::EmigrationWithoutContinuedUse, true, true, true},
        {"R-VAL-CHANGE", LifeEvent::MoveStepMissed, true, true, true},
        {"R-VAL-CHANGE", LifeEvent::CardReturned, true, true, true},
        {"R-VAL-CHANGE", LifeEvent::CardInvalidated, true, true, true},
        {"R-VAL-CHANGE", LifeEvent::CardExpired, true, true, true},
        {"R-VAL-CHANGE", LifeEvent::Death, true, true, true},
    };
    for (const Row& row : rows) {
        const LifeEventEffect effect = lifeEventEffect(row.event);
        const auto context = ::testing::Message()
                             << row.rule << " event " << static_cast<int>(row.event);
        EXPECT_EQ(effect.signatureRevoked, row.signatureRevoked) << context;
        EXPECT_EQ(effect.userAuthenticationRevoked, row.userAuthenticationRevoked) << context;
        EXPECT_EQ(effect.cardEnds, row.cardEnds) << context;
    }
}
