// Issuing both kinds of certificate for a key made elsewhere, with the caller's dates, and the
// serial numbers: random, unique, recorded before the certificate is handed out.

#include "card/certificate_check.h"
#include "card/hex.h"
#include "issuer/x509_builder.h"
#include "issuer_test_support.h"

#include <ctime>
#include <openssl/x509v3.h>
#include <set>

namespace jpki::issuer {
namespace {

using namespace std::chrono;
using namespace testing;
using domain::CertificateKind;

using Issuing = AuthorityTest;

card::Certificate caOf(const LocalAuthority& authority, CertificateKind kind) {
    return card::Certificate::fromDer(
               crypto::certificateToDer(authority.keys().caCertificate(kind)))
        .value();
}

// The UTC instant of an ASN.1 time.
sys_seconds instantOf(const ASN1_TIME* time) {
    std::tm utc{};
    ASN1_TIME_to_tm(time, &utc);
    return sys_seconds(seconds(timegm(&utc)));
}

IssueRequest requestFor(CertificateKind kind, EVP_PKEY* key) {
    IssueRequest request;
    request.kind = kind;
    request.publicKey = subjectPublicKeyInfo(key);
    request.notBefore = domain::Date{2025y, November, 25d};
    request.notAfter = domain::Date{2031y, May, 14d};
    if (kind == CertificateKind::Signature) {
        request.holder = holderItems();
    }
    return request;
}

TEST_F(Issuing, AUserAuthenticationCertificateForTheGivenKeyAndDays) {
    const crypto::Key key = pooledKey();
    const Result<card::Certificate> issued =
        authority().issue(requestFor(CertificateKind::UserAuthentication, key.get()));
    ASSERT_TRUE(issued) << describe(issued.error());

    EXPECT_EQ(issued->notBefore(), (domain::Date{2025y, November, 25d}));
    EXPECT_EQ(issued->notAfter(), (domain::Date{2031y, May, 14d}));
    // 00:00:00 of the first day to 23:59:59 of the last, Japan time (UTC+9).
    EXPECT_EQ(instantOf(X509_get0_notBefore(issued->x509())),
              sys_days(2025y / November / 24d) + hours(15));
    EXPECT_EQ(instantOf(X509_get0_notAfter(issued->x509())),
              sys_days(2031y / May / 14d) + hours(14) + minutes(59) + seconds(59));
    EXPECT_EQ(EVP_PKEY_eq(issued->publicKey().get(), key.get()), 1);

    const card::Certificate authenticationCa =
        caOf(authority(), CertificateKind::UserAuthentication);
    const card::Certificate signatureCa = caOf(authority(), CertificateKind::Signature);
    EXPECT_EQ(card::checkIssuedBy(*issued, authenticationCa, today()), card::ChainVerdict::Valid);
    EXPECT_EQ(card::checkIssuedBy(*issued, signatureCa, today()),
              card::ChainVerdict::IssuerMismatch);

    const auto holder = issued->holderInfo();
    ASSERT_TRUE(holder);
    EXPECT_FALSE(*holder) << "a user-authentication certificate carries no personal items";
    EXPECT_EQ(X509_get_ext_by_NID(issued->x509(), NID_subject_alt_name, -1), -1);
    EXPECT_EQ(X509_get_key_usage(const_cast<X509*>(issued->x509())), KU_DIGITAL_SIGNATURE);
    EXPECT_EQ(X509_get_version(issued->x509()), X509_VERSION_3);
}

TEST_F(Issuing, ASignatureCertificateCarriesTheFourItems) {
    const crypto::Key key = pooledKey();
    const Result<card::Certificate> issued =
        authority().issue(requestFor(CertificateKind::Signature, key.get()));
    ASSERT_TRUE(issued) << describe(issued.error());

    const card::Certificate signatureCa = caOf(authority(), CertificateKind::Signature);
    EXPECT_EQ(card::checkIssuedBy(*issued, signatureCa, today()), card::ChainVerdict::Valid);
    const card::Result<std::optional<card::BasicInfo>> holder = issued->holderInfo();
    ASSERT_TRUE(holder) << card::describe(holder.error());
    ASSERT_TRUE(*holder);
    const card::BasicInfo expected = holderItems();
    EXPECT_EQ((*holder)->name, expected.name);
    EXPECT_EQ((*holder)->address, expected.address);
    EXPECT_EQ((*holder)->birthDate, expected.birthDate);
    EXPECT_EQ((*holder)->birthDateText, "319830514") << "Showa era digit, then YYYYMMDD";
    EXPECT_EQ((*holder)->sex, card::Sex::Male);
    EXPECT_EQ(X509_get_key_usage(const_cast<X509*>(issued->x509())),
              static_cast<std::uint32_t>(KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION));
    EXPECT_EQ(issued->subject().find(expected.name), std::string::npos)
        << "the subject's name is an opaque serial, not the holder's";
}

TEST_F(Issuing, EverySexCodeReadsBack) {
    for (const card::Sex sex : {card::Sex::Male, card::Sex::Female, card::Sex::NotKnown}) {
        const crypto::Key key = pooledKey();
        IssueRequest request = requestFor(CertificateKind::Signature, key.get());
        request.holder->sex = sex;
        const Result<card::Certificate> issued = authority().issue(request);
        ASSERT_TRUE(issued) << describe(issued.error());
        EXPECT_EQ((*issued->holderInfo())->sex, sex) << card::sexName(sex);
    }
}

TEST_F(Issuing, ARequestThatCannotBeIssuedIsRefused) {
    const crypto::Key key = pooledKey();
    const crypto::Key smallKey = crypto::generateRsaKey(1024);
    struct Case {
        const char* what;
        IssueRequest request;
    };
    std::vector<Case> cases;
    cases.push_back({"signature without items", requestFor(CertificateKind::Signature, key.get())});
    cases.back().request.holder.reset();
    cases.push_back(
        {"user authentication with items", requestFor(CertificateKind::Signature, key.get())});
    cases.back().request.kind = CertificateKind::UserAuthentication;
    cases.push_back(
        {"ends before it begins", requestFor(CertificateKind::UserAuthentication, key.get())});
    cases.back().request.notAfter = domain::Date{2025y, November, 24d};
    cases.push_back({"not a key", requestFor(CertificateKind::UserAuthentication, key.get())});
    cases.back().request.publicKey = card::Bytes{0x30, 0x03, 0x02, 0x01, 0x00};
    cases.push_back({"RSA 1024", requestFor(CertificateKind::UserAuthentication, smallKey.get())});
    cases.push_back({"sex not applicable", requestFor(CertificateKind::Signature, key.get())});
    cases.back().request.holder->sex = card::Sex::NotApplicable;
    cases.push_back({"no birth date", requestFor(CertificateKind::Signature, key.get())});
    cases.back().request.holder->birthDate.reset();
    cases.push_back({"no address", requestFor(CertificateKind::Signature, key.get())});
    cases.back().request.holder->address.clear();

    for (const Case& refused : cases) {
        const Result<card::Certificate> issued = authority().issue(refused.request);
        ASSERT_FALSE(issued) << refused.what;
        EXPECT_EQ(issued.error().code, IssuerErrorCode::InvalidRequest) << refused.what;
    }
    EXPECT_TRUE(authority().serials()->empty()) << "a refused request records nothing";
}

TEST_F(Issuing, SerialsAreRandomUniqueAndRecorded) {
    std::set<std::string> serials;
    for (int index = 0; index < 12; ++index) {
        const CertificateKind kind =
            index % 2 ? CertificateKind::Signature : CertificateKind::UserAuthentication;
        const card::Certificate certificate = issueFor(kind);
        const std::string& serial = certificate.serialHex();
        EXPECT_EQ(serial.size(), 32u) << "128 bits";
        EXPECT_LT(std::stoi(serial.substr(0, 2), nullptr, 16), 0x80) << "positive";
        EXPECT_TRUE(serials.insert(serial).second);
    }
    const auto recorded = authority().serials();
    ASSERT_TRUE(recorded);
    ASSERT_EQ(recorded->size(), serials.size());
    for (const std::string& serial : serials) {
        const auto found = recorded->find(serial);
        ASSERT_NE(found, recorded->end()) << serial;
        EXPECT_EQ(found->second.notBefore, today());
        EXPECT_EQ(found->second.issuedAt, fixedNow());
        EXPECT_FALSE(found->second.revocation);
    }
}

TEST_F(Issuing, ASerialTheLedgerHoldsIsNeverUsedAgain) {
    const crypto::Bytes first(16, 0x11);
    const crypto::Bytes second(16, 0x22);
    std::vector<crypto::Bytes> draws{first, first, second};
    LocalAuthorityOptions options = testOptions();
    options.serials = [&draws, index = std::size_t{0}]() mutable {
        return draws[std::min(index++, draws.size() - 1)];
    };
    Result<LocalAuthority> made = LocalAuthority::create(directory(), today(), options);
    ASSERT_TRUE(made);
    const crypto::Key key = pooledKey();
    const IssueRequest request = requestFor(CertificateKind::UserAuthentication, key.get());
    const Result<card::Certificate> one = made->issue(request);
    const Result<card::Certificate> two = made->issue(request);
    ASSERT_TRUE(one && two);
    EXPECT_EQ(one->serialHex(), card::toHex(first));
    EXPECT_EQ(two->serialHex(), card::toHex(second)) << "the repeated draw was passed over";

    // A source that gives only used serials ends in an error, not a duplicate.
    const Result<card::Certificate> three = made->issue(request);
    ASSERT_FALSE(three);
    EXPECT_EQ(three.error().code, IssuerErrorCode::CryptoFailure);
    EXPECT_EQ(made->serials()->size(), 2u);
}

TEST_F(Issuing, RecordsACertificateMadeWithItsKeysElsewhere) {
    const crypto::Key key = pooledKey();
    CertificateSpec spec;
    spec.subject = {{"C", "JP"}, {"CN", opaqueCommonName()}};
    spec.firstDay = today();
    spec.lastDay = domain::Date{2030y, May, 14d};
    const AuthorityKeys& keys = authority().keys();
    const crypto::Certificate made = issueCertificate(
        spec, key.get(), keys.authenticationCaCertificate.get(), keys.authenticationCaKey.get());
    const card::Certificate certificate =
        card::Certificate::fromDer(crypto::certificateToDer(made.get())).value();

    ASSERT_TRUE(authority().recordIssued(CertificateKind::UserAuthentication, certificate));
    EXPECT_TRUE(authority().serials()->contains(certificate.serialHex()));
    const Result<void> again =
        authority().recordIssued(CertificateKind::UserAuthentication, certificate);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, IssuerErrorCode::SerialInUse);

    const Result<void> wrongCa = authority().recordIssued(CertificateKind::Signature, certificate);
    ASSERT_FALSE(wrongCa);
    EXPECT_EQ(wrongCa.error().code, IssuerErrorCode::NotIssuedHere);
    // Another authority's CA of the same name: only the signature tells them apart.
    const crypto::Key stranger = pooledKey();
    const crypto::Certificate foreign =
        issueCertificate(spec, key.get(), keys.authenticationCaCertificate.get(), stranger.get());
    const Result<void> notOurs = authority().recordIssued(
        CertificateKind::UserAuthentication,
        card::Certificate::fromDer(crypto::certificateToDer(foreign.get())).value());
    ASSERT_FALSE(notOurs);
    EXPECT_EQ(notOurs.error().code, IssuerErrorCode::NotIssuedHere);
}

} // namespace
} // namespace jpki::issuer
