#include "issuer/crl.h"

#include <memory>
#include <openssl/bn.h>
#include <openssl/x509v3.h>

namespace jpki::issuer {

namespace {

struct CrlDeleter {
    void operator()(X509_CRL* crl) const noexcept { X509_CRL_free(crl); }
};
struct RevokedDeleter {
    void operator()(X509_REVOKED* entry) const noexcept { X509_REVOKED_free(entry); }
};
struct IntegerDeleter {
    void operator()(ASN1_INTEGER* integer) const noexcept { ASN1_INTEGER_free(integer); }
};
struct TimeDeleter {
    void operator()(ASN1_TIME* time) const noexcept { ASN1_TIME_free(time); }
};
struct EnumeratedDeleter {
    void operator()(ASN1_ENUMERATED* value) const noexcept { ASN1_ENUMERATED_free(value); }
};

using IntegerPtr = std::unique_ptr<ASN1_INTEGER, IntegerDeleter>;
using TimePtr = std::unique_ptr<ASN1_TIME, TimeDeleter>;

void check(bool ok, const char* what) {
    if (!ok) {
        throw crypto::CryptoError(std::string("building a CRL: ") + what);
    }
}

TimePtr timeOf(std::chrono::sys_seconds instant) {
    TimePtr time(ASN1_TIME_set(nullptr, std::chrono::system_clock::to_time_t(instant)));
    check(time != nullptr, "time");
    return time;
}

IntegerPtr integerOf(const crypto::Bytes& magnitude) {
    BIGNUM* number = BN_bin2bn(magnitude.data(), static_cast<int>(magnitude.size()), nullptr);
    check(number != nullptr, "serial");
    IntegerPtr integer(BN_to_ASN1_INTEGER(number, nullptr));
    BN_free(number);
    check(integer != nullptr, "serial");
    return integer;
}

int reasonCode(RevocationReason reason) {
    switch (reason) {
    case RevocationReason::Unspecified:
        return CRL_REASON_UNSPECIFIED;
    case RevocationReason::KeyCompromise:
        return CRL_REASON_KEY_COMPROMISE;
    case RevocationReason::AffiliationChanged:
        return CRL_REASON_AFFILIATION_CHANGED;
    case RevocationReason::Superseded:
        return CRL_REASON_SUPERSEDED;
    case RevocationReason::CessationOfOperation:
        return CRL_REASON_CESSATION_OF_OPERATION;
    }
    return CRL_REASON_UNSPECIFIED;
}

void addEntry(X509_CRL* crl, const CrlEntry& entry) {
    std::unique_ptr<X509_REVOKED, RevokedDeleter> revoked(X509_REVOKED_new());
    check(revoked != nullptr, "entry");
    check(X509_REVOKED_set_serialNumber(revoked.get(), integerOf(entry.serial).get()) == 1,
          "entry serial");
    check(X509_REVOKED_set_revocationDate(revoked.get(), timeOf(entry.revokedAt).get()) == 1,
          "revocation date");
    // RFC 5280 5.3.1: the reason code "unspecified" should be left out.
    if (entry.reason != RevocationReason::Unspecified) {
        std::unique_ptr<ASN1_ENUMERATED, EnumeratedDeleter> code(ASN1_ENUMERATED_new());
        check(code && ASN1_ENUMERATED_set(code.get(), reasonCode(entry.reason)) == 1,
              "reason code");
        check(X509_REVOKED_add1_ext_i2d(revoked.get(), NID_crl_reason, code.get(), 0, 0) == 1,
              "reason code");
    }
    check(X509_CRL_add0_revoked(crl, revoked.get()) == 1, "entry");
    revoked.release(); // the CRL owns it now
}

} // namespace

crypto::Bytes buildCrl(const CrlSpec& spec, X509* caCertificate, EVP_PKEY* caKey) {
    std::unique_ptr<X509_CRL, CrlDeleter> crl(X509_CRL_new());
    check(crl != nullptr, "allocation");
    check(X509_CRL_set_version(crl.get(), X509_CRL_VERSION_2) == 1, "version");
    check(X509_CRL_set_issuer_name(crl.get(), X509_get_subject_name(caCertificate)) == 1, "issuer");
    check(X509_CRL_set1_lastUpdate(crl.get(), timeOf(spec.thisUpdate).get()) == 1, "thisUpdate");
    check(X509_CRL_set1_nextUpdate(crl.get(), timeOf(spec.nextUpdate).get()) == 1, "nextUpdate");
    for (const CrlEntry& entry : spec.entries) {
        addEntry(crl.get(), entry);
    }
    check(X509_CRL_sort(crl.get()) == 1, "sorting");

    X509V3_CTX context;
    X509V3_set_ctx(&context, caCertificate, nullptr, nullptr, crl.get(), 0);
    X509_EXTENSION* identifier =
        X509V3_EXT_conf_nid(nullptr, &context, NID_authority_key_identifier, "keyid:always");
    check(identifier != nullptr, "authority key identifier");
    const int added = X509_CRL_add_ext(crl.get(), identifier, -1);
    X509_EXTENSION_free(identifier);
    check(added == 1, "authority key identifier");
    IntegerPtr number(ASN1_INTEGER_new());
    check(number && ASN1_INTEGER_set_uint64(number.get(), spec.number) == 1, "CRL number");
    check(X509_CRL_add1_ext_i2d(crl.get(), NID_crl_number, number.get(), 0, 0) == 1, "CRL number");

    check(X509_CRL_sign(crl.get(), caKey, EVP_sha256()) > 0, "signature");
    unsigned char* buffer = nullptr;
    const int length = i2d_X509_CRL(crl.get(), &buffer);
    check(length > 0, "encoding");
    crypto::Bytes der(buffer, buffer + length);
    OPENSSL_free(buffer);
    return der;
}

} // namespace jpki::issuer
