#include "card/certificate_holder.h"

#include "domain/utf8.h"

#include <array>
#include <memory>
#include <openssl/objects.h>
#include <openssl/x509v3.h>
#include <string>

namespace jpki::card {

namespace {

enum Item { kName, kSex, kBirthDate, kAddress, kItemCount };

CardError malformed(const char* what) {
    return CardError(CardErrorCode::MalformedResponse, what);
}

struct GeneralNamesDeleter {
    void operator()(GENERAL_NAMES* names) const noexcept { GENERAL_NAMES_free(names); }
};

std::optional<Item> itemOf(const ASN1_OBJECT* oid) {
    char text[80];
    const int length = OBJ_obj2txt(text, sizeof text, oid, 1);
    if (length <= 0 || static_cast<std::size_t>(length) >= sizeof text) {
        return std::nullopt;
    }
    const std::string_view dotted(text, static_cast<std::size_t>(length));
    if (dotted == kJlisNameOid) {
        return kName;
    }
    if (dotted == kJlisSexOid) {
        return kSex;
    }
    if (dotted == kJlisBirthDateOid) {
        return kBirthDate;
    }
    if (dotted == kJlisAddressOid) {
        return kAddress;
    }
    return std::nullopt;
}

std::optional<std::string> stringValue(const ASN1_TYPE* value) {
    if (value == nullptr) {
        return std::nullopt;
    }
    switch (value->type) {
    case V_ASN1_UTF8STRING:
    case V_ASN1_PRINTABLESTRING:
    case V_ASN1_IA5STRING:
        break;
    default:
        return std::nullopt;
    }
    const ASN1_STRING* text = value->value.asn1_string;
    if (text == nullptr) {
        return std::nullopt;
    }
    const int length = ASN1_STRING_length(text);
    const unsigned char* data = ASN1_STRING_get0_data(text);
    if (length < 0 || (length > 0 && data == nullptr)) {
        return std::nullopt;
    }
    std::string result(reinterpret_cast<const char*>(data), static_cast<std::size_t>(length));
    if (!domain::isValidUtf8(result)) {
        return std::nullopt;
    }
    return result;
}

Result<Sex> sexOf(const std::string& code) {
    if (code == "1") {
        return Sex::Male;
    }
    if (code == "2") {
        return Sex::Female;
    }
    if (code == "3") {
        return Sex::NotKnown;
    }
    return malformed("subject alternative name: unknown sex code");
}

} // namespace

Result<std::optional<BasicInfo>> parseHolderInfo(const X509* certificate) {
    if (certificate == nullptr) {
        return std::optional<BasicInfo>();
    }
    int critical = 0;
    std::unique_ptr<GENERAL_NAMES, GeneralNamesDeleter> names(static_cast<GENERAL_NAMES*>(
        X509_get_ext_d2i(certificate, NID_subject_alt_name, &critical, nullptr)));
    if (!names) {
        if (critical == -1) {
            return std::optional<BasicInfo>(); // no such extension
        }
        return malformed("subject alternative name: malformed or repeated");
    }
    std::array<std::optional<std::string>, kItemCount> items;
    const int count = sk_GENERAL_NAME_num(names.get());
    for (int i = 0; i < count; ++i) {
        const GENERAL_NAME* name = sk_GENERAL_NAME_value(names.get(), i);
        if (name == nullptr || name->type != GEN_OTHERNAME) {
            continue;
        }
        ASN1_OBJECT* oid = nullptr;
        ASN1_TYPE* value = nullptr;
        if (GENERAL_NAME_get0_otherName(name, &oid, &value) != 1 || oid == nullptr) {
            return malformed("subject alternative name: unreadable other-name");
        }
        const std::optional<Item> item = itemOf(oid);
        if (!item) {
            continue;
        }
        if (items[*item]) {
            return malformed("subject alternative name: repeated J-LIS entry");
        }
        std::optional<std::string> text = stringValue(value);
        if (!text) {
            return malformed("subject alternative name: J-LIS entry is not a UTF-8 string");
        }
        items[*item] = std::move(text);
    }
    std::size_t found = 0;
    for (const auto& item : items) {
        found += item.has_value() ? 1 : 0;
    }
    if (found == 0) {
        return std::optional<BasicInfo>();
    }
    if (found != kItemCount) {
        return malformed("subject alternative name: incomplete J-LIS entries");
    }
    BasicInfo info;
    info.name = *items[kName];
    info.address = *items[kAddress];
    const std::string& birth = *items[kBirthDate];
    // An era digit (0 unknown, 1 Meiji ... 5 Reiwa) before the Gregorian YYYYMMDD.
    if (birth.size() != 9 || birth[0] < '0' || birth[0] > '5') {
        return malformed("subject alternative name: birth date is not EYYYYMMDD");
    }
    const auto day = parseCompactDate(std::string_view(birth).substr(1));
    if (!day) {
        return malformed("subject alternative name: birth date is not EYYYYMMDD");
    }
    info.birthDateText = birth;
    info.birthDate = *day;
    Result<Sex> sex = sexOf(*items[kSex]);
    if (!sex) {
        return sex.error();
    }
    info.sex = *sex;
    return std::optional<BasicInfo>(std::move(info));
}

} // namespace jpki::card
