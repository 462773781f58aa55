#include "card/four_items.h"

#include "card/ber_tlv.h"
#include "domain/utf8.h"

namespace jpki::card {

namespace {

constexpr TlvTag kTemplate = 0xFF20;
constexpr TlvTag kName = 0xDF22;
constexpr TlvTag kAddress = 0xDF23;
constexpr TlvTag kBirthDate = 0xDF24;
constexpr TlvTag kSex = 0xDF25;

CardError malformed(const char* what) {
    return CardError(CardErrorCode::MalformedResponse, what);
}

Result<const TlvElement*> uniqueItem(const std::vector<TlvElement>& items, TlvTag tag) {
    const TlvElement* found = nullptr;
    for (const TlvElement& item : items) {
        if (item.tag != tag) {
            continue;
        }
        if (found != nullptr || item.constructed) {
            return malformed("four items: duplicated or constructed item");
        }
        found = &item;
    }
    if (found == nullptr) {
        return malformed("four items: missing item");
    }
    return found;
}

std::string_view textOf(const TlvElement& element) {
    return {reinterpret_cast<const char*>(element.value.data()), element.value.size()};
}

Result<std::string> utf8Item(const std::vector<TlvElement>& items, TlvTag tag) {
    Result<const TlvElement*> item = uniqueItem(items, tag);
    if (!item) {
        return item.error();
    }
    const std::string_view text = textOf(**item);
    if (!domain::isValidUtf8(text)) {
        return malformed("four items: text is not UTF-8");
    }
    return std::string(text);
}

Result<Sex> sexFromIso5218(std::string_view code) {
    if (code == "0") {
        return Sex::NotKnown;
    }
    if (code == "1") {
        return Sex::Male;
    }
    if (code == "2") {
        return Sex::Female;
    }
    if (code == "9") {
        return Sex::NotApplicable;
    }
    return malformed("four items: unknown sex code");
}

} // namespace

Result<std::size_t> fourItemsRecordLength(std::span<const std::uint8_t> firstBytes) {
    Result<TlvHeader> header = parseTlvHeader(firstBytes);
    if (!header) {
        return header.error();
    }
    if (header->tag != kTemplate || !header->constructed) {
        return malformed("four items: not an FF 20 template");
    }
    return header->totalLength();
}

Result<BasicInfo> parseFourItems(std::span<const std::uint8_t> record) {
    Result<TlvElement> outer = parseTlvElement(record);
    if (!outer) {
        return outer.error();
    }
    if (outer->tag != kTemplate || !outer->constructed) {
        return malformed("four items: not an FF 20 template");
    }
    Result<std::vector<TlvElement>> items = outer->children();
    if (!items) {
        return items.error();
    }
    BasicInfo info;
    Result<std::string> name = utf8Item(*items, kName);
    if (!name) {
        return name.error();
    }
    info.name = std::move(name).value();
    Result<std::string> address = utf8Item(*items, kAddress);
    if (!address) {
        return address.error();
    }
    info.address = std::move(address).value();

    Result<const TlvElement*> birth = uniqueItem(*items, kBirthDate);
    if (!birth) {
        return birth.error();
    }
    const auto birthDate = parseCompactDate(textOf(**birth));
    if (!birthDate) {
        return malformed("four items: birth date is not YYYYMMDD");
    }
    info.birthDateText = std::string(textOf(**birth));
    info.birthDate = *birthDate;

    Result<const TlvElement*> sex = uniqueItem(*items, kSex);
    if (!sex) {
        return sex.error();
    }
    Result<Sex> sexCode = sexFromIso5218(textOf(**sex));
    if (!sexCode) {
        return sexCode.error();
    }
    info.sex = *sexCode;
    return info;
}

} // namespace jpki::card
