// Revocation by serial with a reason, and the CRL each CA publishes, read back with OpenSSL.

#include "card/hex.h"
#include "issuer_test_support.h"

#include <ctime>
#include <openssl/x509v3.h>
#include <sys/stat.h>

namespace jpki::issuer {
namespace {

using namespace std::chrono;
using namespace testing;
using domain::CertificateKind;

using Revocations = AuthorityTest;

struct CrlDeleter {
    void operator()(X509_CRL* crl) const noexcept { X509_CRL_free(crl); }
};
using Crl = std::unique_ptr<X509_CRL, CrlDeleter>;

Crl parseCrl(const card::Bytes& der) {
    const unsigned char* cursor = der.data();
    Crl crl(d2i_X509_CRL(nullptr, &cursor, static_cast<long>(der.size())));
    EXPECT_EQ(cursor, der.data() + der.size());
    return crl;
}

sys_seconds instantOf(const ASN1_TIME* time) {
    std::tm utc{};
    ASN1_TIME_to_tm(time, &utc);
    return sys_seconds(seconds(timegm(&utc)));
}

std::string serialOf(const X509_REVOKED* entry) {
    const ASN1_INTEGER* serial = X509_REVOKED_get0_serialNumber(entry);
    return card::toHex(
        {ASN1_STRING_get0_data(serial), static_cast<std::size_t>(ASN1_STRING_length(serial))});
}

// The reasonCode extension's value; -1 when the entry has none.
long reasonOf(const X509_REVOKED* entry) {
    auto* code = static_cast<ASN1_ENUMERATED*>(
        X509_REVOKED_get_ext_d2i(entry, NID_crl_reason, nullptr, nullptr));
    const long value = code ? ASN1_ENUMERATED_get(code) : -1;
    ASN1_ENUMERATED_free(code);
    return value;
}

long crlNumberOf(const X509_CRL* crl) {
    auto* number =
        static_cast<ASN1_INTEGER*>(X509_CRL_get_ext_d2i(crl, NID_crl_number, nullptr, nullptr));
    const long value = number ? ASN1_INTEGER_get(number) : -1;
    ASN1_INTEGER_free(number);
    return value;
}

TEST_F(Revocations, AreRecordedWithReasonAndDate) {
    const card::Certificate certificate = issueFor(CertificateKind::UserAuthentication);
    const Result<RevokeOutcome> revoked = authority().revoke(
        CertificateKind::UserAuthentication, certificate.serialHex(), RevocationReason::Superseded);
    ASSERT_TRUE(revoked) << describe(revoked.error());
    EXPECT_EQ(*revoked, RevokeOutcome::Revoked);
    // serials() returns the ledger's map by value: keep it, not a reference into a temporary.
    const auto serials = authority().serials();
    ASSERT_TRUE(serials);
    const IssuedSerial& recorded = serials->at(certificate.serialHex());
    ASSERT_TRUE(recorded.revocation);
    EXPECT_EQ(recorded.revocation->reason, RevocationReason::Superseded);
    EXPECT_EQ(recorded.revocation->at, fixedNow());
    EXPECT_NE(
        readText(ledgerPath())
            .find("revoked auth " + certificate.serialHex() + " superseded 2025-11-25T01:02:03Z"),
        std::string::npos);
}

TEST_F(Revocations, AskingTwiceKeepsTheFirstReason) {
    const card::Certificate certificate = issueFor(CertificateKind::Signature);
    ASSERT_TRUE(authority().revoke(CertificateKind::Signature, certificate.serialHex(),
                                   RevocationReason::AffiliationChanged));
    std::string lower = certificate.serialHex();
    for (char& c : lower) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    const Result<RevokeOutcome> again =
        authority().revoke(CertificateKind::Signature, lower, RevocationReason::KeyCompromise);
    ASSERT_TRUE(again);
    EXPECT_EQ(*again, RevokeOutcome::AlreadyRevoked);
    EXPECT_EQ(authority().serials()->at(certificate.serialHex()).revocation->reason,
              RevocationReason::AffiliationChanged);
}

TEST_F(Revocations, OnlyASerialIssuedForThatKindCanBeRevoked) {
    const card::Certificate certificate = issueFor(CertificateKind::UserAuthentication);
    const Result<RevokeOutcome> otherKind = authority().revoke(
        CertificateKind::Signature, certificate.serialHex(), RevocationReason::Superseded);
    ASSERT_FALSE(otherKind);
    EXPECT_EQ(otherKind.error().code, IssuerErrorCode::UnknownSerial);
    const Result<RevokeOutcome> unknown = authority().revoke(
        CertificateKind::UserAuthentication, "0102030405", RevocationReason::Superseded);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, IssuerErrorCode::UnknownSerial);
}

TEST_F(Revocations, TheCrlListsTheRevokedSerialsWithReasonsAndDates) {
    const card::Certificate renewed = issueFor(CertificateKind::UserAuthentication);
    const card::Certificate lost = issueFor(CertificateKind::UserAuthentication);
    const card::Certificate kept = issueFor(CertificateKind::UserAuthentication);
    const card::Certificate moved = issueFor(CertificateKind::Signature);
    ASSERT_TRUE(authority().revoke(CertificateKind::UserAuthentication, renewed.serialHex(),
                                   RevocationReason::Superseded));
    ASSERT_TRUE(authority().revoke(CertificateKind::UserAuthentication, lost.serialHex(),
                                   RevocationReason::Unspecified));
    ASSERT_TRUE(authority().revoke(CertificateKind::Signature, moved.serialHex(),
                                   RevocationReason::AffiliationChanged));

    const mode_t savedMask = ::umask(0);
    const Result<card::Bytes> der = authority().publishCrl(CertificateKind::UserAuthentication);
    ::umask(savedMask);
    ASSERT_TRUE(der) << describe(der.error());
    EXPECT_EQ(modeOf(directory() / authority_files::authenticationCrl), 0600u)
        << "the owner's only, whatever the umask (issue 16)";
    const Crl crl = parseCrl(*der);
    ASSERT_TRUE(crl);
    X509* ca = authority().keys().caCertificate(CertificateKind::UserAuthentication);
    EXPECT_EQ(X509_CRL_verify(crl.get(), X509_get0_pubkey(ca)), 1) << "signed by the CA";
    EXPECT_EQ(X509_NAME_cmp(X509_CRL_get_issuer(crl.get()), X509_get_subject_name(ca)), 0);
    EXPECT_EQ(X509_CRL_get_version(crl.get()), X509_CRL_VERSION_2);
    EXPECT_EQ(instantOf(X509_CRL_get0_lastUpdate(crl.get())), fixedNow());
    EXPECT_EQ(instantOf(X509_CRL_get0_nextUpdate(crl.get())), fixedNow() + hours(24));
    EXPECT_EQ(crlNumberOf(crl.get()), 1);
    EXPECT_GE(X509_CRL_get_ext_by_NID(crl.get(), NID_authority_key_identifier, -1), 0);

    STACK_OF(X509_REVOKED)* entries = X509_CRL_get_REVOKED(crl.get());
    ASSERT_EQ(sk_X509_REVOKED_num(entries), 2) << "the kept and the signature serial are not here";
    std::map<std::string, long> reasons;
    for (int index = 0; index < sk_X509_REVOKED_num(entries); ++index) {
        const X509_REVOKED* entry = sk_X509_REVOKED_value(entries, index);
        reasons[serialOf(entry)] = reasonOf(entry);
        EXPECT_EQ(instantOf(X509_REVOKED_get0_revocationDate(entry)), fixedNow());
    }
    EXPECT_EQ(reasons.at(renewed.serialHex()), CRL_REASON_SUPERSEDED);
    EXPECT_EQ(reasons.at(lost.serialHex()), -1) << "RFC 5280: no reason code for unspecified";
    EXPECT_FALSE(reasons.contains(kept.serialHex()));
    EXPECT_EQ(readText(directory() / authority_files::authenticationCrl),
              std::string(der->begin(), der->end()));

    const Result<card::Bytes> signatureDer = authority().publishCrl(CertificateKind::Signature);
    ASSERT_TRUE(signatureDer);
    const Crl signatureCrl = parseCrl(*signatureDer);
    EXPECT_EQ(X509_CRL_verify(signatureCrl.get(), X509_get0_pubkey(authority().keys().caCertificate(
                                                      CertificateKind::Signature))),
              1);
    entries = X509_CRL_get_REVOKED(signatureCrl.get());
    ASSERT_EQ(sk_X509_REVOKED_num(entries), 1);
    EXPECT_EQ(serialOf(sk_X509_REVOKED_value(entries, 0)), moved.serialHex());
    EXPECT_EQ(reasonOf(sk_X509_REVOKED_value(entries, 0)), CRL_REASON_AFFILIATION_CHANGED);
}

TEST_F(Revocations, EachCaNumbersItsCrlsUpwards) {
    for (long expected = 1; expected <= 3; ++expected) {
        const Result<card::Bytes> der = authority().publishCrl(CertificateKind::UserAuthentication);
        ASSERT_TRUE(der);
        EXPECT_EQ(crlNumberOf(parseCrl(*der).get()), expected);
    }
    const Result<card::Bytes> first = authority().publishCrl(CertificateKind::Signature);
    ASSERT_TRUE(first);
    EXPECT_EQ(crlNumberOf(parseCrl(*first).get()), 1);
    const Result<card::Bytes> afterReopen =
        reopen().publishCrl(CertificateKind::UserAuthentication);
    ASSERT_TRUE(afterReopen);
    EXPECT_EQ(crlNumberOf(parseCrl(*afterReopen).get()), 4);
}

TEST(RevocationReasons, NamesAreRfc5280s) {
    for (const auto& [reason, name] :
         {std::pair{RevocationReason::Unspecified, "unspecified"},
          std::pair{RevocationReason::KeyCompromise, "keyCompromise"},
          std::pair{RevocationReason::AffiliationChanged, "affiliationChanged"},
          std::pair{RevocationReason::Superseded, "superseded"},
          std::pair{RevocationReason::CessationOfOperation, "cessationOfOperation"}}) {
        EXPECT_EQ(reasonName(reason), name);
        EXPECT_EQ(reasonFromName(name), reason);
    }
    EXPECT_FALSE(reasonFromName("certificateHold"));
}

} // namespace
} // namespace jpki::issuer
