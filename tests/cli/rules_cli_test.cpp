#include "cli_process.h"

#include <QJsonArray>
#include <gtest/gtest.h>

namespace {

QStringList args(std::initializer_list<const char*> words) {
    QStringList list;
    for (const char* word : words) {
        list << QString::fromUtf8(word);
    }
    return list;
}

} // namespace

TEST(RulesCli, CardExpiryIsTheTenthBirthdayAfterIssueForAnAdult) {
    // R-VAL-CARD: issued 2024-06-01 to someone born 1990-05-10 → 10th birthday after issue.
    const CliRun run = runCli(args({"rules", "expiry", "--kind", "card", "--birth", "1990-05-10",
                                    "--issued", "2024-06-01", "--json"}));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    ASSERT_TRUE(run.stdoutIsOneJsonObject) << run.out.toStdString();
    EXPECT_EQ(run.json.value(QStringLiteral("expires")).toString(), QStringLiteral("2034-05-10"));
}

TEST(RulesCli, CardIssuedOnTheBirthdayRunsAFullTermAndMinorsGetFiveYears) {
    // R-VAL-CARD, R-VAL-AGELINE: 17 on the issue date → 5th birthday after it.
    const CliRun run = runCli(args({"rules", "expiry", "--kind", "card", "--birth", "2009-04-02",
                                    "--issued", "2026-04-02", "--json"}));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.json.value(QStringLiteral("expires")).toString(), QStringLiteral("2031-04-02"));
}

TEST(RulesCli, CertificateExpiryAppliesTheSixthBirthdayForATimelyRenewal) {
    // R-VAL-CERT6: renewed on 2026-11-25 while the old one ends 2027-01-31 (inside the window).
    const CliRun timely =
        runCli(args({"rules", "expiry", "--kind", "certificate", "--birth", "1990-05-10",
                     "--issued", "2026-11-25", "--card-expires", "2040-05-10", "--previous-expires",
                     "2027-01-31", "--json"}));
    ASSERT_EQ(timely.exitCode, 0) << timely.err.toStdString();
    EXPECT_EQ(timely.json.value(QStringLiteral("expires")).toString(),
              QStringLiteral("2032-05-10"));
    const CliRun plain =
        runCli(args({"rules", "expiry", "--kind", "certificate", "--birth", "1990-05-10",
                     "--issued", "2026-11-25", "--card-expires", "2040-05-10", "--json"}));
    EXPECT_EQ(plain.json.value(QStringLiteral("expires")).toString(), QStringLiteral("2031-05-10"));
}

TEST(RulesCli, CertificateNeverOutlivesTheCard) {
    // R-VAL-CERT: the card ends first, the certificate ends with it.
    const CliRun run =
        runCli(args({"rules", "expiry", "--kind", "certificate", "--birth", "1990-05-10",
                     "--issued", "2026-11-25", "--card-expires", "2029-05-10", "--json"}));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.json.value(QStringLiteral("expires")).toString(), QStringLiteral("2029-05-10"));
}

TEST(RulesCli, RenewalStatusFollowsTheWindow) {
    struct Row {
        const char* rule;
        const char* certExpires;
        const char* today;
        const char* status;
        const char* windowOpens;
        int exitCode;
    };
    const Row rows[] = {
        {"R-REN-WINDOW", "2027-08-17", "2027-05-17", "too-early", "2027-05-18", 1},
        {"R-REN-WINDOW", "2027-08-17", "2027-05-18", "open", "2027-05-18", 0},
        {"R-REN-WINDOW", "2027-05-31", "2027-03-01", "open", "2027-03-01", 0},
        {"R-REN-LATE", "2027-08-17", "2027-08-18", "expired", "2027-05-18", 1},
    };
    for (const Row& row : rows) {
        const CliRun run =
            runCli(args({"rules", "renewal", "--cert-expires", row.certExpires, "--card-expires",
                         "2035-01-01", "--today", row.today, "--json"}));
        EXPECT_EQ(run.exitCode, row.exitCode) << row.rule << ' ' << row.today;
        EXPECT_EQ(run.json.value(QStringLiteral("status")).toString().toStdString(), row.status)
            << row.rule << ' ' << row.today;
        EXPECT_EQ(run.json.value(QStringLiteral("window_opens")).toString().toStdString(),
                  row.windowOpens)
            << row.rule;
    }
}

TEST(RulesCli, RenewalIsRefusedWhenTheCardMustBeAppliedForAgain) {
    // R-REN-CARD: the card ends with the certificate.
    const CliRun run =
        runCli(args({"rules", "renewal", "--cert-expires", "2027-01-31", "--card-expires",
                     "2027-01-31", "--today", "2026-11-25", "--json"}));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.json.value(QStringLiteral("status")).toString(),
              QStringLiteral("card-reapplication-required"));
}

TEST(RulesCli, PinCheckReadsThePinFromStandardInputAndNeverPrintsIt) {
    // R-PIN-SIGN: lower case is converted; the PIN itself never appears in the output.
    const CliRun run =
        runCli(args({"rules", "pin-check", "--kind", "signature", "--json"}), "abc123\n");
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    ASSERT_TRUE(run.stdoutIsOneJsonObject) << run.out.toStdString();
    EXPECT_TRUE(run.json.value(QStringLiteral("valid")).toBool(false));
    EXPECT_TRUE(run.json.value(QStringLiteral("uppercased")).toBool(false));
    EXPECT_FALSE(run.out.contains("abc123"));
    EXPECT_FALSE(run.out.contains("ABC123"));
    EXPECT_FALSE(run.err.contains("abc123"));
    EXPECT_FALSE(run.err.contains("ABC123"));
}

TEST(RulesCli, PinCheckRefusesWithAReasonInTheChosenLanguage) {
    struct Row {
        const char* rule;
        const char* kind;
        const char* pin;
    };
    // R-PIN-SIGN needs a digit; R-PIN-AUTH is exactly 4 digits; full width is refused.
    const Row rows[] = {{"R-PIN-SIGN", "signature", "ABCDEF"},
                        {"R-PIN-AUTH", "user-auth", "12345"},
                        {"R-PIN-INFO", "card-info", "12a4"},
                        {"R-PIN-SIGN", "signature", "ＡＢＣ１２３"}};
    for (const Row& row : rows) {
        const CliRun ja = runCli(args({"rules", "pin-check", "--kind", row.kind, "--json"}),
                                 QByteArray(row.pin) + '\n');
        EXPECT_EQ(ja.exitCode, 1) << row.rule;
        EXPECT_FALSE(ja.json.value(QStringLiteral("valid")).toBool(true)) << row.rule;
        const QString reasonJa = ja.json.value(QStringLiteral("reason")).toString();
        EXPECT_FALSE(reasonJa.isEmpty()) << row.rule;
        const CliRun en =
            runCli(args({"rules", "pin-check", "--kind", row.kind, "--json", "--lang", "en"}),
                   QByteArray(row.pin) + '\n');
        const QString reasonEn = en.json.value(QStringLiteral("reason")).toString();
        EXPECT_FALSE(reasonEn.isEmpty()) << row.rule;
        EXPECT_NE(reasonJa, reasonEn) << row.rule << ": the English reason is not translated";
        for (const QChar c : reasonEn) {
            EXPECT_LT(c.unicode(), 0x3000) << row.rule << ": " << reasonEn.toStdString();
        }
    }
}

TEST(RulesCli, PinCheckNeverTakesThePinFromTheCommandLine) {
    const CliRun run = runCli(args({"rules", "pin-check", "--kind", "user-auth", "1234"}), {});
    EXPECT_EQ(run.exitCode, 2);
}

TEST(RulesCli, EligibilityRefusesTheSignatureCertificateUnderFifteen) {
    // R-ELIG-SIGN: born 2013-04-02, 13 on 2026-11-25.
    const CliRun minor = runCli(
        args({"rules", "eligibility", "--birth", "2013-04-02", "--today", "2026-11-25", "--json"}));
    EXPECT_EQ(minor.exitCode, 1);
    EXPECT_FALSE(minor.json.value(QStringLiteral("signature")).toBool(true));
    EXPECT_TRUE(minor.json.value(QStringLiteral("user_auth")).toBool(false));
    const CliRun ward = runCli(args({"rules", "eligibility", "--birth", "1960-01-01", "--today",
                                     "2026-11-25", "--adult-ward", "--json"}));
    EXPECT_FALSE(ward.json.value(QStringLiteral("signature")).toBool(true));
    const CliRun adult = runCli(
        args({"rules", "eligibility", "--birth", "2011-11-25", "--today", "2026-11-25", "--json"}));
    EXPECT_EQ(adult.exitCode, 0); // 15 today
    EXPECT_TRUE(adult.json.value(QStringLiteral("signature")).toBool(false));
}

TEST(RulesCli, DocumentsListTwoVisitsForAVoluntaryProxyReset) {
    // R-DOC-RST-VOL: two visits; R-DOC-RST-SELF: one.
    const CliRun voluntary = runCli(args(
        {"rules", "documents", "--procedure", "pin-reset", "--path", "voluntary-proxy", "--json"}));
    ASSERT_EQ(voluntary.exitCode, 0) << voluntary.err.toStdString();
    const QJsonArray visits = voluntary.json.value(QStringLiteral("visits")).toArray();
    ASSERT_EQ(visits.size(), 2);
    EXPECT_FALSE(visits.at(0).toObject().value(QStringLiteral("documents")).toArray().isEmpty());
    EXPECT_GT(visits.at(1).toObject().value(QStringLiteral("documents")).toArray().size(),
              visits.at(0).toObject().value(QStringLiteral("documents")).toArray().size());
    const CliRun self = runCli(
        args({"rules", "documents", "--procedure", "lock-release", "--path", "self", "--json"}));
    EXPECT_EQ(self.json.value(QStringLiteral("visits")).toArray().size(), 1);
}

TEST(RulesCli, BadInputIsRefusedWithExitTwoAndNothingOnStandardOutput) {
    const QStringList bad[] = {
        args({"rules", "expiry", "--kind", "card", "--birth", "1990-02-30", "--issued",
              "2024-06-01", "--json"}),
        args({"rules", "expiry", "--kind", "passport", "--birth", "1990-01-01", "--issued",
              "2024-06-01", "--json"}),
        args({"rules", "renewal", "--cert-expires", "2027-01-31", "--json"}),
        args({"rules", "documents", "--procedure", "renewal", "--path", "friend", "--json"}),
        args({"rules", "eligibility", "--birth", "2030-01-01", "--today", "2026-11-25", "--json"}),
        args({"rules", "no-such-command"}),
    };
    for (const QStringList& arguments : bad) {
        const CliRun run = runCli(arguments);
        EXPECT_EQ(run.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(run.out.isEmpty()) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_FALSE(run.err.isEmpty()) << arguments.join(QLatin1Char(' ')).toStdString();
    }
}
