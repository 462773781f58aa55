#include "domain/renewal.h"

#include <gtest/gtest.h>
#include <optional>
#include <vector>

using namespace jpki::domain;

namespace {

Date d(const char* iso) {
    return parseIsoDate(iso).value();
}

} // namespace

TEST(Renewal, WindowOpensTheDayAfterTheSameDayThreeMonthsBeforeExpiry) {
    struct Row {
        const char* rule;
        const char* expires;
        const char* opens;
    };
    const std::vector<Row> rows = {
        {"R-REN-WINDOW", "2025-08-17", "2025-05-18"}, // Suita City's worked example
        {"R-REN-WINDOW", "2025-05-31", "2025-03-01"}, // 28 Feb + 1
        {"R-REN-WINDOW", "2024-05-31", "2024-03-01"}, // 29 Feb + 1 in a leap year
        {"R-REN-WINDOW", "2025-05-29", "2025-03-01"}, {"R-REN-WINDOW", "2025-05-28", "2025-03-01"},
        {"R-REN-WINDOW", "2024-05-28", "2024-02-29"}, {"R-REN-WINDOW", "2025-11-30", "2025-08-31"},
        {"R-REN-WINDOW", "2025-12-31", "2025-10-01"}, // 31 Sep does not exist
        {"R-REN-WINDOW", "2025-03-31", "2025-01-01"}, // across the year
        {"R-REN-WINDOW", "2026-01-02", "2025-10-03"},
    };
    for (const Row& row : rows) {
        EXPECT_EQ(formatIsoDate(renewalWindowOpens(d(row.expires))), row.opens)
            << row.rule << " expiry " << row.expires;
    }
}

TEST(Renewal, TimelyRenewalRunsFromTheWindowsFirstDayThroughTheExpiryDay) {
    struct Row {
        const char* rule;
        const char* issued;
        const char* previousExpires;
        bool timely;
    };
    const std::vector<Row> rows = {
        {"R-VAL-CERT6", "2025-05-17", "2025-08-17", false},
        {"R-VAL-CERT6", "2025-05-18", "2025-08-17", true},
        {"R-VAL-CERT6", "2025-08-17", "2025-08-17", true},
        {"R-VAL-CERT6", "2025-08-18", "2025-08-17", false},
        {"R-VAL-CERT6", "2025-02-28", "2025-05-31", false},
        {"R-VAL-CERT6", "2025-03-01", "2025-05-31", true},
    };
    for (const Row& row : rows) {
        EXPECT_EQ(isTimelyRenewal(d(row.issued), d(row.previousExpires)), row.timely)
            << row.rule << " issued " << row.issued << ", previous expiry " << row.previousExpires;
    }
}

TEST(Renewal, StatusAtEachBoundaryDayFollowsTheDocumentedPrecedence) {
    struct Row {
        const char* rule;
        const char* certificateExpires;
        const char* cardExpires;
        const char* today;
        RenewalStatus status;
        std::optional<IssuanceKind> issuance;
        bool sixthBirthday;
    };
    const auto tooEarly = RenewalStatus::TooEarly;
    const auto open = RenewalStatus::Open;
    const auto expired = RenewalStatus::Expired;
    const auto reapply = RenewalStatus::CardReapplicationRequired;
    const std::vector<Row> rows = {
        // A 10-year card whose first certificate expires on 2030-08-17.
        {"R-REN-WINDOW", "2030-08-17", "2035-08-17", "2030-05-17", tooEarly,
         IssuanceKind::RevocationAndNewIssuance, false},
        {"R-REN-WINDOW", "2030-08-17", "2035-08-17", "2030-05-18", open, IssuanceKind::Renewal,
         true},
        {"R-REN-WINDOW", "2030-08-17", "2035-08-17", "2030-08-17", open, IssuanceKind::Renewal,
         true},
        {"R-REN-LATE", "2030-08-17", "2035-08-17", "2030-08-18", expired, IssuanceKind::NewIssuance,
         false},
        {"R-REN-LATE", "2030-08-17", "2035-08-17", "2033-01-10", expired, IssuanceKind::NewIssuance,
         false},
        // The card ends with the certificate: whatever the day, only a new card helps.
        {"R-REN-CARD", "2035-08-17", "2035-08-17", "2034-01-10", reapply, std::nullopt, false},
        {"R-REN-CARD", "2035-08-17", "2035-08-17", "2035-05-18", reapply, std::nullopt, false},
        {"R-REN-CARD", "2035-08-17", "2035-08-17", "2035-08-17", reapply, std::nullopt, false},
        {"R-REN-CARD", "2035-08-17", "2035-08-17", "2035-08-18", reapply, std::nullopt, false},
        {"R-REN-CARD", "2030-08-17", "2030-06-30", "2030-06-01", reapply, std::nullopt, false},
        // The card outlives the certificate by a little: an expired certificate can be issued
        // anew up to the card's last day, after which the card must be applied for again.
        {"R-REN-LATE", "2030-08-17", "2030-09-30", "2030-09-30", expired, IssuanceKind::NewIssuance,
         false},
        {"R-REN-CARD", "2030-08-17", "2030-09-30", "2030-10-01", reapply, std::nullopt, false},
        {"R-REN-WINDOW", "2030-08-17", "2030-08-18", "2030-08-17", open, IssuanceKind::Renewal,
         true},
    };
    for (const Row& row : rows) {
        const RenewalAssessment assessment =
            assessRenewal(d(row.certificateExpires), d(row.cardExpires), d(row.today));
        const auto context = ::testing::Message()
                             << row.rule << " certificate " << row.certificateExpires << ", card "
                             << row.cardExpires << ", today " << row.today;
        EXPECT_EQ(assessment.status, row.status) << context;
        EXPECT_EQ(assessment.issuanceToday, row.issuance) << context;
        EXPECT_EQ(assessment.sixthBirthdayRuleApplies, row.sixthBirthday) << context;
        EXPECT_EQ(assessment.windowOpens, renewalWindowOpens(d(row.certificateExpires))) << context;
    }
}
