#include "card/certificate.h"

#include "card/certificate_holder.h"
#include "card/hex.h"

#include <chrono>
#include <climits>
#include <ctime>
#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/x509.h>

namespace jpki::card {

namespace {

// The rejection is told by the typed error: OpenSSL's queued reasons for it are dropped, or
// they would show up in a later, unrelated OpenSSL failure on this thread.
CardError malformed(const char* what) {
    ERR_clear_error();
    return CardError(CardErrorCode::MalformedResponse, what);
}

std::optional<std::string> nameText(const X509_NAME* name) {
    if (name == nullptr) {
        return std::nullopt;
    }
    const std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), &BIO_free);
    if (!bio) {
        return std::nullopt;
    }
    // RFC 2253 without escaping bytes above 0x7F, so that Japanese names stay UTF-8.
    if (X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) < 0) {
        return std::nullopt;
    }
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    if (length < 0) {
        return std::nullopt;
    }
    return std::string(data, static_cast<std::size_t>(length));
}

std::optional<std::string> serialText(const ASN1_INTEGER* serial) {
    if (serial == nullptr) {
        return std::nullopt;
    }
    const int length = ASN1_STRING_length(serial);
    const unsigned char* data = ASN1_STRING_get0_data(serial);
    if (length <= 0 || data == nullptr) {
        return std::string("00");
    }
    std::string text = ASN1_STRING_type(serial) == V_ASN1_NEG_INTEGER ? "-" : "";
    text += toHex(std::span<const std::uint8_t>(data, static_cast<std::size_t>(length)));
    return text;
}

} // namespace

std::optional<domain::Date> japanDateOf(const ASN1_TIME* time) {
    if (time == nullptr) {
        return std::nullopt;
    }
    std::tm utc{};
    if (ASN1_TIME_to_tm(time, &utc) != 1) {
        return std::nullopt;
    }
    using namespace std::chrono;
    const year_month_day day{year{utc.tm_year + 1900}, month{static_cast<unsigned>(utc.tm_mon + 1)},
                             std::chrono::day{static_cast<unsigned>(utc.tm_mday)}};
    if (!day.ok()) {
        return std::nullopt;
    }
    const sys_seconds instant =
        sys_days{day} + hours{utc.tm_hour} + minutes{utc.tm_min} + seconds{utc.tm_sec};
    return year_month_day{floor<days>(instant + hours{9})};
}

Result<Certificate> Certificate::fromDer(std::span<const std::uint8_t> der) {
    if (der.empty() || der.size() > static_cast<std::size_t>(LONG_MAX)) {
        return malformed("certificate: empty");
    }
    const unsigned char* cursor = der.data();
    X509* parsed = d2i_X509(nullptr, &cursor, static_cast<long>(der.size()));
    if (parsed == nullptr) {
        return malformed("certificate: not DER X.509");
    }
    Certificate certificate;
    certificate.m_x509.reset(parsed, X509_free);
    if (cursor != der.data() + der.size()) {
        return malformed("certificate: bytes after the certificate");
    }
    certificate.m_der.assign(der.begin(), der.end());
    const auto subject = nameText(X509_get_subject_name(parsed));
    const auto issuer = nameText(X509_get_issuer_name(parsed));
    const auto serial = serialText(X509_get0_serialNumber(parsed));
    const auto notBefore = japanDateOf(X509_get0_notBefore(parsed));
    const auto notAfter = japanDateOf(X509_get0_notAfter(parsed));
    if (!subject || !issuer || !serial || !notBefore || !notAfter) {
        return malformed("certificate: unreadable name, serial or validity");
    }
    certificate.m_subject = *subject;
    certificate.m_issuer = *issuer;
    certificate.m_serialHex = *serial;
    certificate.m_notBefore = *notBefore;
    certificate.m_notAfter = *notAfter;
    return certificate;
}

PublicKey Certificate::publicKey() const {
    EVP_PKEY* key = X509_get0_pubkey(m_x509.get());
    if (key == nullptr || EVP_PKEY_up_ref(key) != 1) {
        return PublicKey();
    }
    return PublicKey(key);
}

Result<std::optional<BasicInfo>> Certificate::holderInfo() const {
    return parseHolderInfo(m_x509.get());
}

int Certificate::daysLeft(const domain::Date& today) const {
    return domain::daysBetween(today, m_notAfter);
}

bool Certificate::validOn(const domain::Date& day) const {
    return m_notBefore <= day && day <= m_notAfter;
}

} // namespace jpki::card
