#include "card/certificate_check.h"

#include <memory>
#include <openssl/rsa.h>

namespace jpki::card {

std::string_view verdictName(ChainVerdict verdict) {
    switch (verdict) {
    case ChainVerdict::Valid:
        return "valid";
    case ChainVerdict::IssuerMismatch:
        return "issuer mismatch";
    case ChainVerdict::SignatureMismatch:
        return "signature mismatch";
    case ChainVerdict::NotYetValid:
        return "not yet valid";
    case ChainVerdict::Expired:
        return "expired";
    case ChainVerdict::CaNotValid:
        return "CA certificate not valid";
    }
    return "?";
}

ChainVerdict checkIssuedBy(const Certificate& certificate, const Certificate& ca,
                           const domain::Date& day) {
    if (certificate.x509() == nullptr || ca.x509() == nullptr) {
        return ChainVerdict::SignatureMismatch; // OpenSSL could not read one: nothing checks
    }
    if (X509_NAME_cmp(X509_get_issuer_name(certificate.x509()), X509_get_subject_name(ca.x509())) !=
        0) {
        return ChainVerdict::IssuerMismatch;
    }
    const PublicKey caKey = ca.publicKey();
    // X509_verify takes a non-const certificate in OpenSSL 3 but does not modify it.
    if (!caKey || X509_verify(const_cast<X509*>(certificate.x509()), caKey.get()) != 1) {
        return ChainVerdict::SignatureMismatch;
    }
    if (day < certificate.notBefore()) {
        return ChainVerdict::NotYetValid;
    }
    if (day > certificate.notAfter()) {
        return ChainVerdict::Expired;
    }
    if (!ca.validOn(day)) {
        return ChainVerdict::CaNotValid;
    }
    return ChainVerdict::Valid;
}

Result<void> verifyDigestInfoSignature(EVP_PKEY* publicKey,
                                       std::span<const std::uint8_t> digestInfo,
                                       std::span<const std::uint8_t> signature) {
    if (publicKey == nullptr) {
        return CardError(CardErrorCode::InvalidArgument, "signature check without a key");
    }
    const std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> context(
        EVP_PKEY_CTX_new(publicKey, nullptr), &EVP_PKEY_CTX_free);
    if (!context || EVP_PKEY_verify_init(context.get()) != 1 ||
        EVP_PKEY_CTX_set_rsa_padding(context.get(), RSA_PKCS1_PADDING) != 1) {
        return CardError(CardErrorCode::CryptoFailure, "signature check setup");
    }
    // Without a digest set, OpenSSL compares the recovered block with the DigestInfo as is.
    if (EVP_PKEY_verify(context.get(), signature.data(), signature.size(), digestInfo.data(),
                        digestInfo.size()) != 1) {
        return CardError(CardErrorCode::SignatureMismatch, "signature check");
    }
    return {};
}

} // namespace jpki::card
