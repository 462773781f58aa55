#include "card/certificate.h"

#include "card/ber_tlv.h"
#include "card/certificate_holder.h"
#include "card/hex.h"

#include <algorithm>
#include <chrono>
#include <climits>
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

// The INTEGER's content as the certificate's serial: upper-case hex of the magnitude, "-" first
// when negative, "00" for zero, as OpenSSL's ASN1_INTEGER holds it.
std::optional<std::string> serialText(const Bytes& content) {
    if (content.empty()) {
        return std::nullopt; // an INTEGER has at least one byte
    }
    const bool negative = (content.front() & 0x80) != 0;
    Bytes magnitude = content;
    if (negative) { // two's complement: invert, then add one
        for (auto& byte : magnitude) {
            byte = static_cast<std::uint8_t>(~byte);
        }
        for (auto byte = magnitude.rbegin(); byte != magnitude.rend(); ++byte) {
            if (++*byte != 0) {
                break;
            }
        }
    }
    const auto first = std::find_if(magnitude.begin(), magnitude.end(),
                                    [](std::uint8_t byte) { return byte != 0; });
    if (first == magnitude.end()) {
        return std::string("00");
    }
    const std::span<const std::uint8_t> significant(
        &*first, static_cast<std::size_t>(magnitude.end() - first));
    return (negative ? "-" : "") + toHex(significant);
}

std::optional<unsigned> digits(const Bytes& text, std::size_t at, std::size_t count) {
    unsigned value = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        if (text[i] < '0' || text[i] > '9') {
            return std::nullopt;
        }
        value = value * 10 + static_cast<unsigned>(text[i] - '0');
    }
    return value;
}

constexpr TlvTag kInteger = 0x02;
constexpr TlvTag kBitString = 0x03;
constexpr TlvTag kUtcTime = 0x17;
constexpr TlvTag kGeneralizedTime = 0x18;
constexpr TlvTag kSequence = 0x30;
constexpr TlvTag kVersion = 0xA0;

// The Japan date of a certificate's time as RFC 5280 writes it: UTCTime YYMMDDHHMMSSZ (years
// 1950-2049) or GeneralizedTime YYYYMMDDHHMMSSZ; nothing for any other form.
std::optional<domain::Date> japanDateOfTime(const TlvElement& time) {
    const std::size_t yearDigits = time.tag == kUtcTime ? 2 : 4;
    if ((time.tag != kUtcTime && time.tag != kGeneralizedTime) ||
        time.value.size() != yearDigits + 11 || time.value.back() != 'Z') {
        return std::nullopt;
    }
    const auto year = digits(time.value, 0, yearDigits);
    const auto month = digits(time.value, yearDigits, 2);
    const auto day = digits(time.value, yearDigits + 2, 2);
    const auto hour = digits(time.value, yearDigits + 4, 2);
    const auto minute = digits(time.value, yearDigits + 6, 2);
    const auto second = digits(time.value, yearDigits + 8, 2);
    if (!year || !month || !day || !hour || !minute || !second || *hour > 23 || *minute > 59 ||
        *second > 59) {
        return std::nullopt;
    }
    const int fullYear = yearDigits == 4 ? static_cast<int>(*year)
                                         : static_cast<int>(*year) + (*year < 50 ? 2000 : 1900);
    using namespace std::chrono;
    const year_month_day date{std::chrono::year{fullYear}, std::chrono::month{*month},
                              std::chrono::day{*day}};
    if (!date.ok()) {
        return std::nullopt;
    }
    const sys_seconds instant = sys_days{date} + hours{*hour} + minutes{*minute} + seconds{*second};
    return domain::japanDateOf(instant);
}

struct Outline {
    std::string serialHex;
    domain::Date notBefore;
    domain::Date notAfter;
};

// The certificate's outline (RFC 5280 4.1): one SEQUENCE filling the input, holding the
// to-be-signed part, the algorithm and the signature; in the first, the serial, the algorithm,
// the issuer, the validity, the subject and the key in their places. What is inside the names,
// the key and the extensions is OpenSSL's to read, when it is asked for.
Result<Outline> readOutline(std::span<const std::uint8_t> der) {
    std::size_t consumed = 0;
    const auto certificate = parseTlvElement(der, &consumed);
    if (!certificate || certificate->tag != kSequence) {
        return malformed("certificate: not DER X.509");
    }
    if (consumed != der.size()) {
        return malformed("certificate: bytes after the certificate");
    }
    const auto parts = certificate->children();
    if (!parts || parts->size() != 3 || (*parts)[0].tag != kSequence ||
        (*parts)[1].tag != kSequence || (*parts)[2].tag != kBitString) {
        return malformed("certificate: not DER X.509");
    }
    const auto fields = (*parts)[0].children();
    if (!fields || fields->empty()) {
        return malformed("certificate: not DER X.509");
    }
    const std::size_t serialAt = fields->front().tag == kVersion ? 1 : 0;
    if (fields->size() < serialAt + 6 || (*fields)[serialAt].tag != kInteger) {
        return malformed("certificate: not DER X.509");
    }
    for (std::size_t i = serialAt + 1; i < serialAt + 6; ++i) {
        if ((*fields)[i].tag != kSequence) {
            return malformed("certificate: not DER X.509");
        }
    }
    const auto serial = serialText((*fields)[serialAt].value);
    const auto validity = (*fields)[serialAt + 3].children();
    if (!serial || !validity || validity->size() != 2) {
        return malformed("certificate: unreadable name, serial or validity");
    }
    const auto notBefore = japanDateOfTime((*validity)[0]);
    const auto notAfter = japanDateOfTime((*validity)[1]);
    if (!notBefore || !notAfter) {
        return malformed("certificate: unreadable name, serial or validity");
    }
    return Outline{*serial, *notBefore, *notAfter};
}

} // namespace

Result<Certificate> Certificate::fromDer(std::span<const std::uint8_t> der) {
    if (der.empty() || der.size() > static_cast<std::size_t>(LONG_MAX)) {
        return malformed("certificate: empty");
    }
    auto outline = readOutline(der);
    if (!outline) {
        return outline.error();
    }
    Certificate certificate;
    certificate.m_parsed = std::make_shared<Parsed>();
    certificate.m_parsed->der.assign(der.begin(), der.end());
    certificate.m_serialHex = std::move(outline->serialHex);
    certificate.m_notBefore = outline->notBefore;
    certificate.m_notAfter = outline->notAfter;
    return certificate;
}

const Certificate::Parsed& Certificate::parsed() const {
    Parsed& parsed = *m_parsed;
    std::call_once(parsed.once, [&parsed] {
        const unsigned char* cursor = parsed.der.data();
        X509* x509 = d2i_X509(nullptr, &cursor, static_cast<long>(parsed.der.size()));
        if (x509 == nullptr) {
            ERR_clear_error(); // told as a null x509() and empty names, never as a later error
            return;
        }
        parsed.x509.reset(x509, X509_free);
        parsed.subject = nameText(X509_get_subject_name(x509)).value_or(std::string());
        parsed.issuer = nameText(X509_get_issuer_name(x509)).value_or(std::string());
    });
    return parsed;
}

PublicKey Certificate::publicKey() const {
    EVP_PKEY* key = X509_get0_pubkey(x509());
    if (key == nullptr || EVP_PKEY_up_ref(key) != 1) {
        return PublicKey();
    }
    return PublicKey(key);
}

Result<std::optional<BasicInfo>> Certificate::holderInfo() const {
    if (x509() == nullptr) {
        return malformed("certificate: not readable by OpenSSL");
    }
    return parseHolderInfo(x509());
}

int Certificate::daysLeft(const domain::Date& today) const {
    return domain::daysBetween(today, m_notAfter);
}

bool Certificate::validOn(const domain::Date& day) const {
    return m_notBefore <= day && day <= m_notAfter;
}

} // namespace jpki::card
