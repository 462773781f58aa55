// The ledger on disk: what survives reopening, a crash's torn last line, damage elsewhere, and
// two handles (two processes) on one directory.

#include "issuer_test_support.h"

#include <fstream>

namespace jpki::issuer {
namespace {

namespace fs = std::filesystem;
using namespace testing;
using domain::CertificateKind;

using LedgerOnDisk = AuthorityTest;

void replaceInFile(const fs::path& path, const std::string& from, const std::string& to) {
    std::string text = readText(path);
    const std::size_t at = text.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    text.replace(at, from.size(), to);
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
}

TEST_F(LedgerOnDisk, ReopeningKeepsEverything) {
    const card::Certificate revoked = issueFor(CertificateKind::UserAuthentication);
    const card::Certificate kept = issueFor(CertificateKind::Signature);
    ASSERT_TRUE(authority().revoke(CertificateKind::UserAuthentication, revoked.serialHex(),
                                   RevocationReason::Superseded));
    const card::Bytes challenge{9, 8, 7, 6, 5, 4, 3, 2};
    const card::Bytes answerBefore = *authority().answerChallenge(card::Applet::Jpki, challenge);
    const auto before = *authority().serials();

    LocalAuthority& again = reopen();
    EXPECT_TRUE(again.tornLedgerLines().empty());
    const auto after = *again.serials();
    ASSERT_EQ(after.size(), 2u);
    EXPECT_EQ(after.at(kept.serialHex()).kind, CertificateKind::Signature);
    EXPECT_EQ(after.at(kept.serialHex()).notAfter, before.at(kept.serialHex()).notAfter);
    ASSERT_TRUE(after.at(revoked.serialHex()).revocation);
    EXPECT_EQ(after.at(revoked.serialHex()).revocation->reason, RevocationReason::Superseded);
    // PKCS#1 v1.5 is deterministic: the same key gives the same answer.
    EXPECT_EQ(*again.answerChallenge(card::Applet::Jpki, challenge), answerBefore);
    const Result<RevokeOutcome> twice = again.revoke(
        CertificateKind::UserAuthentication, revoked.serialHex(), RevocationReason::Superseded);
    ASSERT_TRUE(twice);
    EXPECT_EQ(*twice, RevokeOutcome::AlreadyRevoked);
}

TEST_F(LedgerOnDisk, HoldsNoPersonalItems) {
    issueFor(CertificateKind::Signature);
    const std::string ledger = readText(ledgerPath());
    const card::BasicInfo holder = holderItems();
    EXPECT_EQ(ledger.find(holder.name), std::string::npos);
    EXPECT_EQ(ledger.find(holder.address), std::string::npos);
    EXPECT_EQ(ledger.find("1983"), std::string::npos);
}

TEST_F(LedgerOnDisk, ATornLastLineIsIgnoredReportedAndCut) {
    const card::Certificate issued = issueFor(CertificateKind::UserAuthentication);
    const std::string whole = readText(ledgerPath());
    appendText(ledgerPath(), "revoked auth " + issued.serialHex() + " supers"); // no newline

    LocalAuthority& again = reopen();
    ASSERT_EQ(again.tornLedgerLines().size(), 1u);
    EXPECT_EQ(again.tornLedgerLines()[0].lineNumber, 3u);
    EXPECT_EQ(again.tornLedgerLines()[0].length, 13u + issued.serialHex().size() + 7u);
    EXPECT_FALSE(again.serials()->at(issued.serialHex()).revocation)
        << "the torn revocation never returned, so it did not happen";
    EXPECT_EQ(readText(ledgerPath()), whole) << "cut back to the last whole line";

    ASSERT_TRUE(again.revoke(CertificateKind::UserAuthentication, issued.serialHex(),
                             RevocationReason::Superseded));
    EXPECT_TRUE(reopen().tornLedgerLines().empty());
    EXPECT_TRUE(authority().serials()->at(issued.serialHex()).revocation);
}

TEST_F(LedgerOnDisk, ALastLineWithABadChecksumOrZerosIsTakenAsTorn) {
    issueFor(CertificateKind::UserAuthentication);
    appendText(ledgerPath(), "issued auth 0A0B 2025-11-25 2030-05-14 2025-11-25T01:02:03Z "
                             "0000000000000000\n");
    EXPECT_EQ(reopen().tornLedgerLines().size(), 1u);
    EXPECT_EQ(authority().serials()->size(), 1u);

    appendText(ledgerPath(), std::string(512, '\0')); // a block the crash did not write
    EXPECT_EQ(reopen().tornLedgerLines().size(), 1u);
    issueFor(CertificateKind::Signature);
    EXPECT_EQ(reopen().serials()->size(), 2u);
}

TEST_F(LedgerOnDisk, ADamagedLineBeforeTheLastMakesItCorrupt) {
    const card::Certificate first = issueFor(CertificateKind::UserAuthentication);
    issueFor(CertificateKind::UserAuthentication);
    replaceInFile(ledgerPath(), "issued auth " + first.serialHex(),
                  "issued sign " + first.serialHex());
    const Result<LocalAuthority> opened = LocalAuthority::open(directory(), testOptions());
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code, IssuerErrorCode::CorruptLedger);
    EXPECT_NE(opened.error().context.find("line 2"), std::string::npos) << opened.error().context;
}

TEST_F(LedgerOnDisk, AnotherFileIsNotTakenForALedger) {
    authority();
    replaceInFile(ledgerPath(), "jpki-issuer ledger v1", "jpki-issuer ledger v9");
    const Result<LocalAuthority> opened = LocalAuthority::open(directory(), testOptions());
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code, IssuerErrorCode::CorruptLedger);
}

TEST_F(LedgerOnDisk, ADirectoryWithoutALedgerGetsAnEmptyOne) {
    authority();
    fs::remove(ledgerPath());
    LocalAuthority& again = reopen();
    EXPECT_TRUE(again.serials()->empty());
    EXPECT_EQ(readText(ledgerPath()), "jpki-issuer ledger v1\n");
    EXPECT_EQ(modeOf(ledgerPath()), 0600u);
}

TEST_F(LedgerOnDisk, TwoHandlesOnOneDirectorySeeEachOthersLines) {
    const card::Certificate issued = issueFor(CertificateKind::Signature);
    Result<LocalAuthority> other = LocalAuthority::open(directory(), testOptions());
    ASSERT_TRUE(other);
    const card::Certificate second = issueFor(CertificateKind::Signature);
    // The other handle learns of the second certificate when it next takes the lock.
    const Result<RevokeOutcome> revoked = other->revoke(
        CertificateKind::Signature, second.serialHex(), RevocationReason::AffiliationChanged);
    ASSERT_TRUE(revoked) << describe(revoked.error());
    const auto seen = authority().serials();
    ASSERT_TRUE(seen);
    EXPECT_TRUE(seen->at(second.serialHex()).revocation);
    EXPECT_FALSE(seen->at(issued.serialHex()).revocation);
}

} // namespace
} // namespace jpki::issuer
