#include "test_certificates.h"

#include <gtest/gtest.h>
#include <map>
#include <memory>
#include <mutex>
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace jpki::card::testing {

namespace {

template <typename T, void (*Free)(T*)> struct Deleter {
    void operator()(T* object) const { Free(object); }
};
using X509Owner = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using NamesOwner = std::unique_ptr<GENERAL_NAMES, Deleter<GENERAL_NAMES, GENERAL_NAMES_free>>;

void setTime(ASN1_TIME* field, const std::string& text) {
    if (ASN1_TIME_set_string_X509(field, text.c_str()) != 1) {
        ADD_FAILURE() << "bad test time " << text;
    }
}

X509_NAME* nameFor(const std::string& commonName) {
    X509_NAME* name = X509_NAME_new();
    X509_NAME_add_entry_by_txt(name, "C", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>("JP"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>("JPKI Test"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>(commonName.c_str()), -1, -1,
                               0);
    return name;
}

void addOtherNames(X509* certificate, const std::vector<OtherNameEntry>& entries) {
    NamesOwner names(GENERAL_NAMES_new());
    for (const OtherNameEntry& entry : entries) {
        ASN1_OBJECT* oid = OBJ_txt2obj(entry.oid.c_str(), 1);
        ASN1_TYPE* value = ASN1_TYPE_new();
        if (entry.asn1Type == V_ASN1_INTEGER) {
            ASN1_INTEGER* number = ASN1_INTEGER_new();
            ASN1_INTEGER_set(number, 7);
            ASN1_TYPE_set(value, V_ASN1_INTEGER, number);
        } else {
            ASN1_STRING* text = ASN1_STRING_type_new(entry.asn1Type);
            ASN1_STRING_set(text, entry.value.data(), static_cast<int>(entry.value.size()));
            ASN1_TYPE_set(value, entry.asn1Type, text);
        }
        GENERAL_NAME* name = GENERAL_NAME_new();
        GENERAL_NAME_set0_othername(name, oid, value);
        sk_GENERAL_NAME_push(names.get(), name);
    }
    X509_add1_ext_i2d(certificate, NID_subject_alt_name, names.get(), 0, 0);
}

void addRawSubjectAltName(X509* certificate, const Bytes& raw) {
    ASN1_OCTET_STRING* content = ASN1_OCTET_STRING_new();
    ASN1_OCTET_STRING_set(content, raw.data(), static_cast<int>(raw.size()));
    X509_EXTENSION* extension =
        X509_EXTENSION_create_by_NID(nullptr, NID_subject_alt_name, 0, content);
    X509_add_ext(certificate, extension, -1);
    X509_EXTENSION_free(extension);
    ASN1_OCTET_STRING_free(content);
}

} // namespace

EVP_PKEY* testKey(int index) {
    static std::mutex mutex;
    static std::map<int, PublicKey> keys;
    const std::lock_guard lock(mutex);
    auto found = keys.find(index);
    if (found == keys.end()) {
        found = keys.emplace(index, PublicKey(EVP_RSA_gen(2048))).first;
    }
    return found->second.get();
}

Bytes makeCertificate(const CertificateSpec& spec, EVP_PKEY* subjectKey, EVP_PKEY* issuerKey,
                      const Bytes* issuerCertificate) {
    X509Owner certificate(X509_new());
    X509_set_version(certificate.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(certificate.get()), spec.serial);
    setTime(X509_getm_notBefore(certificate.get()), spec.notBefore);
    setTime(X509_getm_notAfter(certificate.get()), spec.notAfter);
    X509_NAME* subject = nameFor(spec.commonName);
    X509_set_subject_name(certificate.get(), subject);
    if (issuerCertificate != nullptr) {
        const unsigned char* cursor = issuerCertificate->data();
        X509Owner issuer(d2i_X509(nullptr, &cursor, static_cast<long>(issuerCertificate->size())));
        X509_set_issuer_name(certificate.get(), X509_get_subject_name(issuer.get()));
    } else {
        X509_set_issuer_name(certificate.get(), subject);
    }
    X509_NAME_free(subject);
    X509_set_pubkey(certificate.get(), subjectKey);
    if (spec.isCa) {
        BASIC_CONSTRAINTS* constraints = BASIC_CONSTRAINTS_new();
        constraints->ca = 1;
        X509_add1_ext_i2d(certificate.get(), NID_basic_constraints, constraints, 1, 0);
        BASIC_CONSTRAINTS_free(constraints);
    }
    if (spec.rawSubjectAltName) {
        addRawSubjectAltName(certificate.get(), *spec.rawSubjectAltName);
    } else if (!spec.otherNames.empty()) {
        addOtherNames(certificate.get(), spec.otherNames);
    }
    if (X509_sign(certificate.get(), issuerKey, EVP_sha256()) <= 0) {
        ADD_FAILURE() << "X509_sign failed";
        return {};
    }
    const int length = i2d_X509(certificate.get(), nullptr);
    Bytes der(static_cast<std::size_t>(length));
    unsigned char* cursor = der.data();
    i2d_X509(certificate.get(), &cursor);
    return der;
}

std::vector<OtherNameEntry> jlisOtherNames(const std::string& name, const std::string& address,
                                           const std::string& birth, const std::string& sex) {
    return {
        {"1.2.392.200149.8.5.5.1", name},    {"1.2.392.200149.8.5.5.4", birth},
        {"1.2.392.200149.8.5.5.3", sex},     {"1.2.392.200149.8.5.5.5", address},
        {"1.2.392.200149.8.5.5.2", "00000"}, {"1.2.392.200149.8.5.5.6", "0000000000000000000000"},
    };
}

Bytes sha256DigestInfo(const std::string& message) {
    // DigestInfo ::= SEQUENCE { AlgorithmIdentifier sha256, OCTET STRING digest }
    Bytes info = {0x30, 0x31, 0x30, 0x0D, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01,
                  0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00, 0x04, 0x20};
    unsigned char digest[32];
    unsigned int length = 0;
    EVP_Digest(message.data(), message.size(), digest, &length, EVP_sha256(), nullptr);
    info.insert(info.end(), digest, digest + length);
    return info;
}

Bytes signDigestInfo(EVP_PKEY* key, const Bytes& digestInfo) {
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> context(
        EVP_PKEY_CTX_new(key, nullptr), &EVP_PKEY_CTX_free);
    EVP_PKEY_sign_init(context.get());
    EVP_PKEY_CTX_set_rsa_padding(context.get(), RSA_PKCS1_PADDING);
    std::size_t length = 0;
    EVP_PKEY_sign(context.get(), nullptr, &length, digestInfo.data(), digestInfo.size());
    Bytes signature(length);
    EVP_PKEY_sign(context.get(), signature.data(), &length, digestInfo.data(), digestInfo.size());
    signature.resize(length);
    return signature;
}

Bytes publicKeyDer(EVP_PKEY* key) {
    const int length = i2d_PUBKEY(key, nullptr);
    Bytes der(static_cast<std::size_t>(length));
    unsigned char* cursor = der.data();
    i2d_PUBKEY(key, &cursor);
    return der;
}

} // namespace jpki::card::testing
