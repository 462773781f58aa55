#include "card/ber_tlv.h"
#include "card/certificate.h"
#include "card/certificate_check.h"
#include "card/hex.h"
#include "test_certificates.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <openssl/err.h>
#include <openssl/x509.h>

using namespace jpki::card;
using namespace jpki::card::testing;
using jpki::domain::parseIsoDate;

namespace {

jpki::domain::Date day(const char* iso) {
    return parseIsoDate(iso).value();
}

struct Chain {
    Bytes caDer;
    Bytes leafDer;
};

Chain makeChain(CertificateSpec leafSpec) {
    CertificateSpec caSpec;
    caSpec.commonName = "JPKI Test Signature CA";
    caSpec.isCa = true;
    caSpec.notBefore = "20200101000000Z";
    caSpec.notAfter = "20391231000000Z";
    Chain chain;
    chain.caDer = makeCertificate(caSpec, testKey(0), testKey(0));
    chain.leafDer = makeCertificate(leafSpec, testKey(1), testKey(0), &chain.caDer);
    return chain;
}

CertificateSpec signatureSpec() {
    CertificateSpec spec;
    spec.commonName = "Signature Holder";
    spec.serial = 0x1A2B3C;
    spec.otherNames = jlisOtherNames("番号 太郎", "岐阜県美濃市1番地", "319800401", "1");
    return spec;
}

} // namespace

TEST(Certificate, ReadsNamesSerialAndKey) {
    const Chain chain = makeChain(signatureSpec());
    const auto certificate = Certificate::fromDer(chain.leafDer);
    ASSERT_TRUE(certificate) << describe(certificate.error());
    EXPECT_EQ(certificate->subject(), "CN=Signature Holder,O=JPKI Test,C=JP");
    EXPECT_EQ(certificate->issuer(), "CN=JPKI Test Signature CA,O=JPKI Test,C=JP");
    EXPECT_EQ(certificate->serialHex(), "1A2B3C");
    EXPECT_EQ(certificate->der(), chain.leafDer);
    const PublicKey key = certificate->publicKey();
    ASSERT_TRUE(key);
    EXPECT_EQ(EVP_PKEY_eq(key.get(), testKey(1)), 1);
}

TEST(Certificate, DatesAreJapanDates) {
    CertificateSpec spec;
    spec.notBefore = "20240331150000Z"; // 2024-04-01 00:00 in Japan
    spec.notAfter = "20290331145959Z";  // 2029-03-31 23:59:59 in Japan
    const auto certificate = Certificate::fromDer(makeCertificate(spec, testKey(1), testKey(1)));
    ASSERT_TRUE(certificate);
    EXPECT_EQ(certificate->notBefore(), day("2024-04-01"));
    EXPECT_EQ(certificate->notAfter(), day("2029-03-31"));
    EXPECT_EQ(certificate->daysLeft(day("2029-03-01")), 30);
    EXPECT_EQ(certificate->daysLeft(day("2029-04-02")), -2);
    EXPECT_TRUE(certificate->validOn(day("2024-04-01")));
    EXPECT_FALSE(certificate->validOn(day("2024-03-31")));
}

// The serial as OpenSSL itself reads it from the DER.
std::string serialByOpenSsl(const Bytes& der) {
    const unsigned char* cursor = der.data();
    X509* x509 = d2i_X509(nullptr, &cursor, static_cast<long>(der.size()));
    const ASN1_INTEGER* serial = X509_get0_serialNumber(x509);
    std::string text = ASN1_STRING_type(serial) == V_ASN1_NEG_INTEGER ? "-" : "";
    text += ASN1_STRING_length(serial) == 0
                ? "00"
                : toHex(std::span<const std::uint8_t>(
                      ASN1_STRING_get0_data(serial),
                      static_cast<std::size_t>(ASN1_STRING_length(serial))));
    X509_free(x509);
    return text;
}

TEST(Certificate, ReadsTheSerialAsOpenSslDoesWithoutAskingIt) {
    for (const long serial : {0L, 1L, 0x7FL, 0x80L, 0xFFL, 0x100L, 0x1A2B3CL, -1L, -0x80L, -0x81L,
                              -0x1A2B3CL, 0x7FFFFFFFFFFFFFFFL}) {
        CertificateSpec spec;
        spec.serial = serial;
        const Bytes der = makeCertificate(spec, testKey(1), testKey(1));
        const auto certificate = Certificate::fromDer(der);
        ASSERT_TRUE(certificate) << serial;
        EXPECT_EQ(certificate->serialHex(), serialByOpenSsl(der)) << serial;
    }
}

TEST(Certificate, ReadsBothKindsOfTimeOfRfc5280) {
    CertificateSpec spec;
    spec.notBefore = "19500101000000Z"; // UTCTime "50...": 1950, 09:00 in Japan
    spec.notAfter = "20501231150000Z";  // GeneralizedTime from 2050 on: 2051-01-01 in Japan
    const auto certificate = Certificate::fromDer(makeCertificate(spec, testKey(1), testKey(1)));
    ASSERT_TRUE(certificate);
    EXPECT_EQ(certificate->notBefore(), day("1950-01-01"));
    EXPECT_EQ(certificate->notAfter(), day("2051-01-01"));
}

// A certificate whose outline holds but whose issuer name OpenSSL cannot read: the status shows
// its serial and dates; everything that needs OpenSSL sees a certificate that does not check.
TEST(Certificate, OutlineReadAloneAndWhatOpenSslRefusesNeverChecks) {
    const Chain chain = makeChain(signatureSpec());
    Bytes der = chain.leafDer;
    const auto outer = parseTlvElement(der);
    ASSERT_TRUE(outer);
    const auto parts = outer->children();
    ASSERT_TRUE(parts);
    const auto fields = (*parts)[0].children();
    ASSERT_TRUE(fields);
    const TlvElement& issuer = (*fields)[3]; // version, serial, algorithm, issuer
    const Bytes encoded = encodeTlv(issuer.tag, issuer.value);
    const auto at = std::search(der.begin(), der.end(), encoded.begin(), encoded.end());
    ASSERT_NE(at, der.end());
    const auto firstSet =
        (at - der.begin()) + static_cast<std::ptrdiff_t>(encoded.size() - issuer.value.size());
    ASSERT_EQ(der[static_cast<std::size_t>(firstSet)], 0x31);
    der[static_cast<std::size_t>(firstSet)] = 0x32; // a SET no more

    const auto certificate = Certificate::fromDer(der);
    ASSERT_TRUE(certificate) << describe(certificate.error());
    EXPECT_EQ(certificate->serialHex(), "1A2B3C");
    EXPECT_EQ(certificate->notAfter(), day("2029-03-31"));
    EXPECT_EQ(certificate->x509(), nullptr);
    EXPECT_EQ(certificate->subject(), "");
    EXPECT_FALSE(certificate->publicKey());
    const auto holder = certificate->holderInfo();
    ASSERT_FALSE(holder);
    EXPECT_EQ(holder.error().code, CardErrorCode::MalformedResponse);
    const auto ca = Certificate::fromDer(chain.caDer);
    ASSERT_TRUE(ca);
    EXPECT_EQ(checkIssuedBy(*certificate, *ca, day("2025-01-01")), ChainVerdict::SignatureMismatch);
    EXPECT_EQ(ERR_peek_error(), 0UL); // OpenSSL's refusal left nothing queued
}

TEST(Certificate, RefusesAnOutlineOutOfPlaceOrATimeOfAnotherForm) {
    const Bytes der = makeCertificate(CertificateSpec{}, testKey(1), testKey(1));
    // The validity's first time with a letter in its seconds.
    const std::string notBefore = "240401000000Z"; // UTCTime of the default spec
    const auto at = std::search(der.begin(), der.end(), notBefore.begin(), notBefore.end());
    ASSERT_NE(at, der.end());
    Bytes badTime = der;
    badTime[static_cast<std::size_t>(at - der.begin()) + 11] = 'x';
    const auto refused = Certificate::fromDer(badTime);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, CardErrorCode::MalformedResponse);
    // The signature's BIT STRING made an OCTET STRING.
    const auto outer = parseTlvElement(der);
    ASSERT_TRUE(outer);
    const auto parts = outer->children();
    ASSERT_TRUE(parts);
    Bytes wrongTag = der;
    const std::size_t signatureAt = der.size() - encodeTlv(0x03, (*parts)[2].value).size();
    ASSERT_EQ(wrongTag[signatureAt], 0x03);
    wrongTag[signatureAt] = 0x04;
    EXPECT_FALSE(Certificate::fromDer(wrongTag));
}

TEST(Certificate, RefusesWhatIsNotExactlyOneDerCertificate) {
    const Bytes der = makeCertificate(CertificateSpec{}, testKey(1), testKey(1));
    EXPECT_FALSE(Certificate::fromDer(Bytes{}));
    EXPECT_FALSE(Certificate::fromDer(std::span(der).first(der.size() - 1)));
    Bytes trailing = der;
    trailing.push_back(0x00);
    EXPECT_FALSE(Certificate::fromDer(trailing));
    EXPECT_FALSE(Certificate::fromDer(Bytes{0x30, 0x03, 0x02, 0x01, 0x01}));
}

TEST(CertificateHolder, ReadsTheFourItemsFromTheJlisOtherNames) {
    const auto certificate = Certificate::fromDer(makeChain(signatureSpec()).leafDer);
    ASSERT_TRUE(certificate);
    const auto holder = certificate->holderInfo();
    ASSERT_TRUE(holder) << describe(holder.error());
    ASSERT_TRUE(holder->has_value());
    const BasicInfo& info = **holder;
    EXPECT_EQ(info.name, "番号 太郎");
    EXPECT_EQ(info.address, "岐阜県美濃市1番地");
    EXPECT_EQ(info.birthDateText, "319800401");
    EXPECT_EQ(info.birthDate, day("1980-04-01"));
    EXPECT_EQ(info.sex, Sex::Male);
}

TEST(CertificateHolder, UserAuthenticationCertificateHasNone) {
    const auto certificate =
        Certificate::fromDer(makeCertificate(CertificateSpec{}, testKey(1), testKey(0)));
    ASSERT_TRUE(certificate);
    const auto holder = certificate->holderInfo();
    ASSERT_TRUE(holder);
    EXPECT_FALSE(holder->has_value());
}

TEST(CertificateHolder, MalformedEntriesAreErrorsNeverCrashes) {
    std::vector<CertificateSpec> specs;
    CertificateSpec partial = signatureSpec();
    partial.otherNames.resize(2); // name and birth date only
    specs.push_back(partial);
    CertificateSpec repeated = signatureSpec();
    repeated.otherNames.push_back({"1.2.392.200149.8.5.5.1", "again"});
    specs.push_back(repeated);
    CertificateSpec notAString = signatureSpec();
    notAString.otherNames[0].asn1Type = 2; // INTEGER
    specs.push_back(notAString);
    CertificateSpec badUtf8 = signatureSpec();
    badUtf8.otherNames[3].value = "\xFF\xFE";
    specs.push_back(badUtf8);
    CertificateSpec badBirth = signatureSpec();
    badBirth.otherNames[1].value = "19800401";
    specs.push_back(badBirth);
    CertificateSpec badSex = signatureSpec();
    badSex.otherNames[2].value = "9";
    specs.push_back(badSex);
    CertificateSpec garbage = signatureSpec();
    garbage.rawSubjectAltName = Bytes{0x30, 0x05, 0xA0, 0x10, 0x06};
    specs.push_back(garbage);
    for (std::size_t i = 0; i < specs.size(); ++i) {
        const auto certificate =
            Certificate::fromDer(makeCertificate(specs[i], testKey(1), testKey(0)));
        ASSERT_TRUE(certificate) << "case " << i;
        const auto holder = certificate->holderInfo();
        ASSERT_FALSE(holder) << "case " << i;
        EXPECT_EQ(holder.error().code, CardErrorCode::MalformedResponse);
    }
}

TEST(CertificateChain, AcceptsACertificateIssuedByTheCaOnAValidDay) {
    const Chain chain = makeChain(signatureSpec());
    const auto leaf = Certificate::fromDer(chain.leafDer);
    const auto ca = Certificate::fromDer(chain.caDer);
    ASSERT_TRUE(leaf && ca);
    EXPECT_EQ(checkIssuedBy(*leaf, *ca, day("2025-06-01")), ChainVerdict::Valid);
    EXPECT_EQ(checkIssuedBy(*leaf, *ca, day("2024-03-01")), ChainVerdict::NotYetValid);
    EXPECT_EQ(checkIssuedBy(*leaf, *ca, day("2029-04-01")), ChainVerdict::Expired);
}

TEST(CertificateChain, RefusesAnotherIssuerOrAForgedSignature) {
    const Chain chain = makeChain(signatureSpec());
    const auto leaf = Certificate::fromDer(chain.leafDer);
    ASSERT_TRUE(leaf);

    CertificateSpec otherCa;
    otherCa.commonName = "Another CA";
    otherCa.isCa = true;
    const auto other = Certificate::fromDer(makeCertificate(otherCa, testKey(2), testKey(2)));
    ASSERT_TRUE(other);
    EXPECT_EQ(checkIssuedBy(*leaf, *other, day("2025-06-01")), ChainVerdict::IssuerMismatch);

    // Same name as the real CA, different key: the signature does not verify.
    CertificateSpec impostor;
    impostor.commonName = "JPKI Test Signature CA";
    impostor.isCa = true;
    const auto fake = Certificate::fromDer(makeCertificate(impostor, testKey(2), testKey(2)));
    ASSERT_TRUE(fake);
    EXPECT_EQ(checkIssuedBy(*leaf, *fake, day("2025-06-01")), ChainVerdict::SignatureMismatch);
}

TEST(CertificateChain, ChecksTheCaValidityToo) {
    CertificateSpec caSpec;
    caSpec.commonName = "Short CA";
    caSpec.isCa = true;
    caSpec.notBefore = "20200101000000Z";
    caSpec.notAfter = "20250101000000Z";
    const Bytes caDer = makeCertificate(caSpec, testKey(0), testKey(0));
    const auto ca = Certificate::fromDer(caDer);
    const auto leaf =
        Certificate::fromDer(makeCertificate(CertificateSpec{}, testKey(1), testKey(0), &caDer));
    ASSERT_TRUE(ca && leaf);
    EXPECT_EQ(checkIssuedBy(*leaf, *ca, day("2024-06-01")), ChainVerdict::Valid);
    EXPECT_EQ(checkIssuedBy(*leaf, *ca, day("2025-06-01")), ChainVerdict::CaNotValid);
}

TEST(Signature, VerifiesAgainstTheCertificateKey) {
    const auto certificate =
        Certificate::fromDer(makeCertificate(CertificateSpec{}, testKey(1), testKey(1)));
    ASSERT_TRUE(certificate);
    const Bytes digestInfo = sha256DigestInfo("application form");
    const Bytes signature = signDigestInfo(testKey(1), digestInfo);
    const PublicKey key = certificate->publicKey();
    EXPECT_TRUE(verifyDigestInfoSignature(key.get(), digestInfo, signature));
    const auto wrongKey =
        verifyDigestInfoSignature(key.get(), digestInfo, signDigestInfo(testKey(2), digestInfo));
    ASSERT_FALSE(wrongKey);
    EXPECT_EQ(wrongKey.error().code, CardErrorCode::SignatureMismatch);
    EXPECT_FALSE(verifyDigestInfoSignature(key.get(), sha256DigestInfo("other"), signature));
    EXPECT_FALSE(verifyDigestInfoSignature(key.get(), digestInfo, Bytes(10, 0)));
}
