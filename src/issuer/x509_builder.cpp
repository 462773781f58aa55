#include "issuer/x509_builder.h"

#include "card/certificate_holder.h"

#include <chrono>
#include <cstdio>
#include <openssl/asn1.h>
#include <openssl/bn.h>
#include <openssl/objects.h>
#include <openssl/x509v3.h>

namespace jpki::issuer {

namespace {

using namespace std::chrono;

void check(bool ok, const char* what) {
    if (!ok) {
        throw crypto::CryptoError(std::string("building a certificate: ") + what);
    }
}

void addNameEntries(X509_NAME* name, const DistinguishedName& entries) {
    for (const auto& [field, value] : entries) {
        check(X509_NAME_add_entry_by_txt(name, field.c_str(), MBSTRING_UTF8,
                                         reinterpret_cast<const unsigned char*>(value.c_str()), -1,
                                         -1, 0) == 1,
              "name entry");
    }
}

void addExtension(X509* certificate, X509V3_CTX* context, int nid, const char* value) {
    X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, context, nid, value);
    check(extension != nullptr, value);
    const int added = X509_add_ext(certificate, extension, -1);
    X509_EXTENSION_free(extension);
    check(added == 1, value);
}

void addOtherName(GENERAL_NAMES* names, const char* oid, const std::string& value) {
    ASN1_OBJECT* type = OBJ_txt2obj(oid, 1);
    ASN1_UTF8STRING* text = ASN1_UTF8STRING_new();
    ASN1_TYPE* wrapped = ASN1_TYPE_new();
    GENERAL_NAME* entry = GENERAL_NAME_new();
    check(type && text && wrapped && entry, "otherName allocation");
    check(ASN1_STRING_set(text, value.data(), static_cast<int>(value.size())) == 1,
          "otherName value");
    ASN1_TYPE_set(wrapped, V_ASN1_UTF8STRING, text);
    check(GENERAL_NAME_set0_othername(entry, type, wrapped) == 1, "otherName");
    check(sk_GENERAL_NAME_push(names, entry) > 0, "otherName list");
}

void addHolderNames(X509* certificate, const HolderAttributes& holder) {
    GENERAL_NAMES* names = sk_GENERAL_NAME_new_null();
    check(names != nullptr, "subjectAltName allocation");
    addOtherName(names, card::kJlisNameOid, holder.name);
    addOtherName(names, card::kJlisSexOid, holder.sex);
    addOtherName(names, card::kJlisBirthDateOid, holder.birthDate);
    addOtherName(names, card::kJlisAddressOid, holder.address);
    const int added = X509_add1_ext_i2d(certificate, NID_subject_alt_name, names, 0, 0);
    GENERAL_NAMES_free(names);
    check(added == 1, "subjectAltName");
}

void setSerial(X509* certificate, const crypto::Bytes& serial) {
    check(!serial.empty() && (serial[0] & 0x80) == 0, "serial number must be positive");
    BIGNUM* number = BN_bin2bn(serial.data(), static_cast<int>(serial.size()), nullptr);
    check(number != nullptr, "serial number");
    ASN1_INTEGER* integer = BN_to_ASN1_INTEGER(number, nullptr);
    BN_free(number);
    check(integer != nullptr, "serial number");
    const int set = X509_set_serialNumber(certificate, integer);
    ASN1_INTEGER_free(integer);
    check(set == 1, "serial number");
}

} // namespace

crypto::Bytes randomSerial() {
    crypto::Bytes serial = crypto::randomBytes(16);
    serial[0] &= 0x7F; // positive
    serial[0] |= 0x01; // and without a leading zero byte
    return serial;
}

std::string opaqueCommonName() {
    return "TEST" + crypto::toHex(crypto::randomBytes(10));
}

std::time_t japanMidnight(const domain::Date& day) {
    const sys_seconds utc = sys_days(day) - hours(9);
    return static_cast<std::time_t>(utc.time_since_epoch().count());
}

crypto::Certificate issueCertificate(const CertificateSpec& spec, EVP_PKEY* subjectKey,
                                     X509* issuer, EVP_PKEY* issuerKey) {
    crypto::Certificate certificate(X509_new());
    check(certificate != nullptr, "allocation");
    X509* raw = certificate.get();
    check(X509_set_version(raw, X509_VERSION_3) == 1, "version");
    setSerial(raw, spec.serial.empty() ? randomSerial() : spec.serial);

    X509_NAME* subject = X509_get_subject_name(raw);
    addNameEntries(subject, spec.subject);
    check(X509_set_issuer_name(raw, issuer ? X509_get_subject_name(issuer) : subject) == 1,
          "issuer name");
    check(ASN1_TIME_set(X509_getm_notBefore(raw), japanMidnight(spec.firstDay)) != nullptr,
          "notBefore");
    const std::time_t lastSecond = japanMidnight(domain::addDays(spec.lastDay, 1)) - 1;
    check(ASN1_TIME_set(X509_getm_notAfter(raw), lastSecond) != nullptr, "notAfter");
    check(X509_set_pubkey(raw, subjectKey) == 1, "public key");

    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer ? issuer : raw, raw, nullptr, nullptr, 0);
    addExtension(raw, &context, NID_subject_key_identifier, "hash");
    addExtension(raw, &context, NID_authority_key_identifier, "keyid:always");
    switch (spec.role) {
    case CertificateRole::Authority:
        addExtension(raw, &context, NID_basic_constraints, "critical,CA:TRUE");
        addExtension(raw, &context, NID_key_usage, "critical,keyCertSign,cRLSign");
        break;
    case CertificateRole::UserAuthentication:
        addExtension(raw, &context, NID_key_usage, "critical,digitalSignature");
        break;
    case CertificateRole::Signature:
        addExtension(raw, &context, NID_key_usage, "critical,digitalSignature,nonRepudiation");
        break;
    }
    if (spec.role == CertificateRole::Signature && spec.holder) {
        addHolderNames(raw, *spec.holder);
    }

    check(X509_sign(raw, issuerKey, EVP_sha256()) > 0, "signature");
    return certificate;
}

std::string jlisBirthDate(const domain::Date& birth) {
    // First days of each era in the Gregorian calendar.
    const sys_days day(birth);
    char era = '1';
    if (day >= sys_days(2019y / May / 1)) {
        era = '5';
    } else if (day >= sys_days(1989y / January / 8)) {
        era = '4';
    } else if (day >= sys_days(1926y / December / 25)) {
        era = '3';
    } else if (day >= sys_days(1912y / July / 30)) {
        era = '2';
    }
    char text[16];
    std::snprintf(text, sizeof text, "%c%04d%02u%02u", era, static_cast<int>(birth.year()),
                  static_cast<unsigned>(birth.month()), static_cast<unsigned>(birth.day()));
    return text;
}

} // namespace jpki::issuer
